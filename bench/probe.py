"""One start-up of the app (or of a bare Qt window), for bench/run to time from outside.

Usage: probe.py floor | unlock-screen VAULT | unlocked VAULT | share VAULT
The passphrase for ``unlocked`` and ``share`` comes on standard input. The
process exits as soon as the window is on screen (and, for ``unlocked``, filled
from the vault), so its wall time is the start-up a user waits for. ``share``
then ticks the whole journal on the Share page and prints the milliseconds
until the preview's first paint.
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
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    if what == "floor":
        window = QWidget()
        window.show()
        app.processEvents()
        return
    from careerjournal.ui.app import build_main_window

    window = build_main_window(app, Path(sys.argv[2]), "nl")
    window.show()
    app.processEvents()
    if what in ("unlocked", "share"):
        window.unlock._passphrase.setText(sys.stdin.readline().rstrip("\n"))
        window.unlock._try_unlock()
        app.processEvents()
        assert window.session.vault is not None, window.unlock._error.text()
        if what == "share":
            print(f"{share_preview(window, app):.1f}")
        window.session.lock()


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
