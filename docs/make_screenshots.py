"""Render every page and each exercise's result offscreen, in Dutch and English, light and dark.

    make screenshots        # writes docs/screenshots/<what>-<lang>-<theme>.png at 1000x700

From a demo vault (pages, results) and from a new, empty vault (the first
screens a new user sees). The pictures in the docs are made by this script, so
they stay true to the code.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from careerjournal.demo import build_demo_vault  # noqa: E402
from careerjournal.ui.app import build_main_window  # noqa: E402
from careerjournal.ui.shell.main_window import MainWindow  # noqa: E402

PASSPHRASE = "schermafdrukken van een voorbeeldkluis"
SIZE = (1000, 700)
OUT = ROOT / "docs" / "screenshots"
PAGE_NAMES = ("home", "exercises", "journal", "plan", "share")


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def open_window(app: QApplication, vault: Path, lang: str, scheme: str) -> MainWindow:
    window = build_main_window(app, vault, lang)
    window.theme.apply(scheme)
    window.resize(*SIZE)
    window.show()
    settle(app)
    return window


def close(app: QApplication, window: MainWindow) -> None:
    window.session.lock()
    window.hide()
    window.deleteLater()
    # Delete it now: its translator must go before the next language's window.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def unlock(app: QApplication, window: MainWindow) -> None:
    window.session.unlock(PASSPHRASE)
    window.unlock.unlocked.emit()
    settle(app)


def pages(app: QApplication, window: MainWindow, prefix: str = "") -> Iterator[str]:
    for row, name in enumerate(PAGE_NAMES[: window.workspace.nav.count()]):
        window.workspace.nav.setCurrentRow(row)
        settle(app)
        yield f"{prefix}{name}"


def results(app: QApplication, window: MainWindow) -> Iterator[str]:
    page = window.workspace.pages[1]
    window.workspace.show_page(page)
    for exercise in page.catalog.exercises:
        page.select(exercise.id)
        page.show_current_results()
        if page.stack.currentWidget() is page.results:
            settle(app)
            yield f"result-{exercise.id}"
        page.show_overview()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    written = 0
    with tempfile.TemporaryDirectory() as folder:
        # Settings of this run stay in the throw-away folder, not the user's.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = folder
        demo = Path(folder) / "demo.cjv"
        build_demo_vault(demo, PASSPHRASE, entries=400)
        for lang in ("nl", "en"):
            for scheme in ("light", "dark"):

                def save(window: MainWindow, what: str, lang=lang, scheme=scheme) -> None:
                    nonlocal written
                    window.grab().save(str(OUT / f"{what}-{lang}-{scheme}.png"))
                    written += 1

                fresh = Path(folder) / f"new-{lang}-{scheme}.cjv"
                window = open_window(app, fresh, lang, scheme)
                save(window, "welcome")
                window.session.create(PASSPHRASE)
                window.welcome.created.emit()
                settle(app)
                for what in pages(app, window, "empty-"):
                    save(window, what)
                close(app, window)

                window = open_window(app, demo, lang, scheme)
                save(window, "unlock")
                unlock(app, window)
                for what in pages(app, window):
                    save(window, what)
                for what in results(app, window):
                    save(window, what)
                close(app, window)
    print(f"{written} screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
