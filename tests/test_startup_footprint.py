"""The unlock screen loads only what it needs: the app's peak memory is what is loaded
when Argon2id runs plus its 64 MiB (docs/performance.md, peak memory).

A fresh process shows the unlock screen, unlocks, and reports which modules were
loaded at three moments; the checks are on module names only, never on sizes or times.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from tests.helpers.driver import unlock

ROOT = Path(__file__).resolve().parent.parent

# Not needed to show the unlock screen or derive the key: each of these loaded
# there once and made the peak larger.
DEFERRED = (
    "cryptography",  # coach packages only (~7 MB)
    "reportlab",
    "pypdf",
    "careerjournal.agenda",
    "careerjournal.exercises",
    "careerjournal.export",
    "careerjournal.importing",
    "careerjournal.journal",
    "careerjournal.plan",
    "careerjournal.review",
    "careerjournal.share",
    "careerjournal.ui.pages.exercises",
    "careerjournal.ui.pages.home",
    "careerjournal.ui.pages.journal",
    "careerjournal.ui.pages.plan",
    "careerjournal.ui.pages.share",
    "careerjournal.ui.pages.welcome",  # first run only
    "careerjournal.ui.dialogs.coach_viewer",
    "careerjournal.ui.dialogs.import_dialog",
)

SESSION = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from careerjournal.ui.app import build_main_window
    from careerjournal.vault import kdf
    from tests.helpers.driver import unlock

    seen = {}
    derive_key = kdf.derive_key

    def noting_derive_key(*args, **kwargs):
        seen.setdefault("deriving the key", sorted(sys.modules))
        return derive_key(*args, **kwargs)

    kdf.derive_key = noting_derive_key
    window = build_main_window(app, Path(sys.argv[1]), "en")
    window.show()
    app.processEvents()
    seen["unlock screen"] = sorted(sys.modules)
    unlock(window)
    app.processEvents()
    assert window.session.vault is not None
    seen["unlocked"] = sorted(sys.modules)
    window.close()
    print(json.dumps(seen))
    """
)


def deferred_in(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == d or m.startswith(d + ".") for d in DEFERRED)]


@pytest.fixture(scope="module")
def loaded(template_vault: Path, tmp_path_factory) -> dict[str, list[str]]:
    """The modules loaded at each moment of one start, unlock included."""
    path = tmp_path_factory.mktemp("footprint") / "vault.cjv"
    shutil.copy2(template_vault, path)
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("moment", ["unlock screen", "deriving the key"])
def test_the_unlock_screen_and_the_key_derivation_load_no_feature(
    loaded: dict[str, list[str]], moment: str
) -> None:
    assert deferred_in(loaded[moment]) == []


def test_the_features_load_after_the_key_is_derived(loaded: dict[str, list[str]]) -> None:
    """Shows the check above can see them: the pages are there once unlocked."""
    after = deferred_in(loaded["unlocked"])
    assert "careerjournal.ui.pages.journal" in after
    assert "careerjournal.journal" in after


def test_cryptography_waits_for_a_coach_package(loaded: dict[str, list[str]]) -> None:
    assert not [m for m in loaded["unlocked"] if m.split(".")[0] == "cryptography"]


def test_input_while_unlocked_restarts_the_idle_count(main_window, qtbot) -> None:
    """The idle watcher watches the input from the unlock on (not from start-up)."""
    window = unlock(main_window())
    qtbot.waitUntil(lambda: window.session.vault is not None)
    timer: QTimer = window.idle._timer
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # remainingTime to the millisecond
    window.idle.set_minutes(10)
    qtbot.wait(200)
    counted = timer.remainingTime()
    QTest.keyClick(window.workspace.current_page(), Qt.Key.Key_Shift)
    assert timer.remainingTime() > counted
