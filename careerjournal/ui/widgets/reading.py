"""Reading text no wider than about 70 characters: long lines tire the eye."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)

READING_CHARS = 70


def reading_width(widget: W, chars: int = READING_CHARS) -> W:
    """Cap ``widget``'s width at ``chars`` average characters of its font; returns it."""
    widget.setMaximumWidth(widget.fontMetrics().averageCharWidth() * chars)
    return widget
