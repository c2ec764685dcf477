"""Locks the vault after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input; any input restarts the count.

    It watches the input only between :meth:`start` and :meth:`stop` (while the
    vault is open). An application-wide event filter written in Python makes
    PySide build a Python type for every kind of object any event is sent to:
    about 2.5 MB before the unlock screen is up, resident while Argon2id runs.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)

    def set_minutes(self, minutes: int) -> None:
        """0 switches the watch off."""
        self._timer.setInterval(minutes * 60_000)
        self.restart()

    def restart(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def start(self) -> None:
        """Watch the input from now on, and count from now."""
        _application().installEventFilter(self)
        self.restart()

    def stop(self) -> None:
        _application().removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "a watcher of input needs the running application"
    return app
