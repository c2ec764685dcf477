"""A wait cursor for the short blocking moments (key derivation takes about half a second)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QGuiApplication.processEvents()
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
