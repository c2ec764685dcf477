"""Dialogs tall enough for their wrapped text.

A top-level window takes its height from its size hint, which guesses the
width of word-wrapped labels; at the width it really gets, their text may need
more lines. This asks the layout for the height at the real width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget) -> None:
    """Grow ``window`` to the height its layout needs at its current width."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
