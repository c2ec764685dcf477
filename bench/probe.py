"""One start-up of the app (or of a bare Qt window), for bench/run to time from outside.

Usage: probe.py floor | unlock-screen VAULT | unlocked VAULT
The passphrase for ``unlocked`` comes on standard input. The process exits as
soon as the window is on screen (and, for ``unlocked``, filled from the vault),
so its wall time is the start-up a user waits for.
"""

from __future__ import annotations

import sys
from pathlib import Path


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
    if what == "unlocked":
        window.unlock._passphrase.setText(sys.stdin.readline().rstrip("\n"))
        window.unlock._try_unlock()
        app.processEvents()
        assert window.session.vault is not None, "wrong passphrase"
        window.session.lock()


if __name__ == "__main__":
    main()
