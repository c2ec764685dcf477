"""Debounced saving: write shortly after the user pauses, so a crash loses at most a second."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

DEFAULT_DELAY_MS = 700


class Debouncer(QObject):
    """Call :meth:`touch` on every edit; ``fire`` is emitted once the edits pause."""

    fire = Signal()

    def __init__(self, delay_ms: int = DEFAULT_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.fire)

    def set_delay(self, delay_ms: int) -> None:
        """How long the edits must pause; tests shorten or lengthen it."""
        self._timer.setInterval(delay_ms)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def touch(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Save now if anything is waiting (before locking, leaving or quitting)."""
        if self._timer.isActive():
            self._timer.stop()
            self.fire.emit()

    def cancel(self) -> None:
        self._timer.stop()
