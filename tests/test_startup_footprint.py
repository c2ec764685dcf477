"""The unlock screen loads only what it needs: the app's peak memory is what is loaded
when Argon2id runs plus its 64 MiB (docs/performance.md, peak memory).

A fresh process starts the app as the ``careerjournal`` command does, shows the
unlock screen, unlocks, and reports which modules were loaded at three moments;
the checks are on module names only, never on sizes or times.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from careerjournal.cli import COMMANDS
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
    "careerjournal.demo",
    # The command line's own commands: the app and --help load none of them.
    *(f"careerjournal.cli.{module}" for module, _, _ in COMMANDS.values()),
)

# As the command starts the app (careerjournal.cli before Qt); the QApplication is
# made first only to queue the steps, the app's ``run`` takes it as its own.
SESSION = textwrap.dedent(
    """
    import json
    import sys

    from careerjournal.cli import main

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])

    from careerjournal.vault import kdf

    seen = {}
    derive_key = kdf.derive_key

    def noting_derive_key(*args, **kwargs):
        seen.setdefault("deriving the key", sorted(sys.modules))
        return derive_key(*args, **kwargs)

    def steps():
        from careerjournal.ui.shell.main_window import MainWindow
        from tests.helpers.driver import unlock

        try:
            (window,) = (w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            app.processEvents()
            seen["unlock screen"] = sorted(sys.modules)
            unlock(window)
            app.processEvents()
            assert window.session.vault is not None
            seen["unlocked"] = sorted(sys.modules)
            window.close()
        finally:
            app.quit()

    kdf.derive_key = noting_derive_key
    QTimer.singleShot(0, steps)
    assert main(["--vault", sys.argv[1], "--lang", "en"]) == 0
    print(json.dumps(seen))
    """
)

# ``careerjournal [COMMAND] --help``: the modules loaded once the help is written.
HELP = textwrap.dedent(
    """
    import contextlib
    import io
    import json
    import sys

    from careerjournal.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main(sys.argv[1:])
    print(json.dumps(sorted(sys.modules)))
    """
)


def deferred_in(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == d or m.startswith(d + ".") for d in DEFERRED)]


def in_a_fresh_process(code: str, *args: str) -> Any:
    """What ``code`` prints last, as JSON, run in a new offscreen Python from the checkout."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def loaded(template_vault: Path, tmp_path_factory) -> dict[str, list[str]]:
    """The modules loaded at each moment of one start, unlock included."""
    path = tmp_path_factory.mktemp("footprint") / "vault.cjv"
    shutil.copy2(template_vault, path)
    return in_a_fresh_process(SESSION, str(path))


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


def test_the_app_loads_no_command_even_unlocked(loaded: dict[str, list[str]]) -> None:
    commands = [m for m in deferred_in(loaded["unlocked"]) if m.startswith("careerjournal.cli.")]
    assert commands == []


def test_the_help_loads_no_command() -> None:
    assert deferred_in(in_a_fresh_process(HELP, "--help")) == []


def test_a_commands_help_loads_that_command_only() -> None:
    """Shows the check above can see them: ``share --help`` needs the share module."""
    commands = [
        m for m in in_a_fresh_process(HELP, "share", "--help") if m.startswith("careerjournal.cli.")
    ]
    assert "careerjournal.cli.share" in commands
    assert "careerjournal.cli.import_journal" not in commands


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
