"""One start-up of the app (or of a bare Qt window), for bench/run to time from outside.

Usage: probe.py floor | unlock-screen VAULT | unlocked VAULT | share VAULT
The app starts as the ``careerjournal`` command starts it (``careerjournal.cli.main``
with ``--vault VAULT --lang nl``), so its time and peak memory are the ones users
get, the command line's imports included. The passphrase for ``unlocked`` and
``share`` comes on standard input. The process exits as soon as the window is on
screen (and, for ``unlocked``, filled from the vault). The moment the window is
usable is printed as ``ready SECONDS`` on the system's monotonic clock, so the
caller can tell the start-up a user waits for from what follows it (the lock at
the end waits for the background page check, which grows with the vault).
``share`` then ticks the whole journal on the Share page and prints
``share MILLISECONDS`` until the preview's first paint.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

# This checkout's code, not whatever the venv has installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    what = sys.argv[1]
    if what == "floor":
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.show()
        app.processEvents()
        ready()
        return
    # Before Qt, as the command has it: PySide6 keeps the source of every module
    # imported after it (docs/performance.md, peak memory).
    from careerjournal.cli import main as careerjournal

    # isort: split
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    # Made here only to queue the steps below; the app's ``run`` takes it as its own.
    app = QApplication(sys.argv[:1])
    failed: list[BaseException] = []

    def in_the_event_loop() -> None:
        try:
            steps(what, app)
        except BaseException as error:  # reported after the loop; Qt would swallow it
            failed.append(error)
        finally:
            app.quit()

    QTimer.singleShot(0, in_the_event_loop)
    code = careerjournal(["--vault", sys.argv[2], "--lang", "nl"])
    if failed:
        raise failed[0]
    sys.exit(code)


def steps(what: str, app: Any) -> None:
    """In the app's event loop, its window on screen: unlock, and share if asked."""
    from careerjournal.ui.shell.main_window import MainWindow

    (window,) = (w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    app.processEvents()
    if what in ("unlocked", "share"):
        window.unlock._passphrase.setText(sys.stdin.readline().rstrip("\n"))
        window.unlock._try_unlock()
        app.processEvents()
        assert window.session.vault is not None, window.unlock._error.text()
    ready()
    if what == "share":
        print(f"share {share_preview(window, app):.1f}")
    window.session.lock()


def ready() -> None:
    """Say when the window became usable, on the clock the caller started on."""
    print(f"ready {time.monotonic():.6f}", flush=True)


def share_preview(window: Any, app: Any) -> float:
    """Milliseconds from ticking the whole journal to the preview painted with it."""
    from careerjournal.ui.pages.share.page import SharePage

    page = next(p for p in window.workspace.pages if isinstance(p, SharePage))
    window.workspace.show_page(page)
    app.processEvents()
    start = time.perf_counter()
    page.tick_matching(True)
    page.update_preview()
    page.preview.viewport().repaint()
    app.processEvents()
    return 1000 * (time.perf_counter() - start)


if __name__ == "__main__":
    main()
