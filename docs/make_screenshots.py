"""Render every main page offscreen from a demo vault, in Dutch and English.

    make screenshots        # writes docs/screenshots/<page>-<lang>.png

The pictures in the docs are made by this script, so they stay true to the code.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from careerjournal.demo import build_demo_vault  # noqa: E402
from careerjournal.ui.app import build_main_window  # noqa: E402
from careerjournal.ui.pages.exercises.page import ExercisesPage  # noqa: E402
from careerjournal.ui.shell.main_window import MainWindow  # noqa: E402

PASSPHRASE = "schermafdrukken van een voorbeeldkluis"
SIZE = (1180, 780)
OUT = ROOT / "docs" / "screenshots"
PAGE_NAMES = ("home", "exercises", "journal", "plan", "share")
# Result pages: the six exercises of issue 12, the presence gap and the monthly check-in.
RESULT_PAGES = (
    "manager-conversation",
    "labour-market",
    "freelance",
    "asking-for-help",
    "job-crafting",
    "my-criteria",
    "work-values",
    "monthly-check-in",
)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        # Settings of this run stay in the throw-away folder, not the user's.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = folder
        vault = Path(folder) / "demo.cjv"
        build_demo_vault(vault, PASSPHRASE, entries=400)
        for lang in ("nl", "en"):
            window = build_main_window(app, vault, lang)
            window.resize(*SIZE)
            window.show()
            app.processEvents()
            window.grab().save(str(OUT / f"unlock-{lang}.png"))
            window.session.unlock(PASSPHRASE)
            window.unlock.unlocked.emit()
            for row, name in enumerate(PAGE_NAMES[: window.workspace.nav.count()]):
                window.workspace.nav.setCurrentRow(row)
                for _ in range(3):
                    app.processEvents()
                window.grab().save(str(OUT / f"{name}-{lang}.png"))
            _result_pages(app, window, lang)
            window.session.lock()
            window.hide()
            window.deleteLater()
            # Delete it now: its translator must go before the next language's window.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    print(f"screenshots written to {OUT}")
    return 0


def _result_pages(app: QApplication, window: MainWindow, lang: str) -> None:
    """Each exercise of ``RESULT_PAGES`` with its demo result, as ``result-<id>-<lang>.png``."""
    page = next(p for p in window.workspace.pages if isinstance(p, ExercisesPage))
    window.workspace.show_page(page)
    for exercise_id in RESULT_PAGES:
        if page.catalog.get(exercise_id) is None:
            continue
        page.select(exercise_id)
        page.show_current_results()
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(OUT / f"result-{exercise_id}-{lang}.png"))
        page.show_overview()


if __name__ == "__main__":
    raise SystemExit(main())
