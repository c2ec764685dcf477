"""Getting rid of a widget that showed user text, at once and thoroughly."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def discard(widget: QWidget) -> None:
    """Empty every text control in ``widget``, detach it, and delete it.

    ``deleteLater`` alone leaves the widget (and the text in it) alive and
    findable until the event loop turns; a lock must not wait for that.
    """
    for editor in widget.findChildren(QLineEdit):
        editor.clear()
    for editor in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
        editor.clear()
    for label in widget.findChildren(QLabel):
        label.clear()
    widget.setParent(None)
    widget.deleteLater()
