"""What an empty view says: what to do first, wrapped to the view's width."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QWidget


def hint_document(view: QWidget, text: str) -> QTextDocument:
    """``text`` in the muted colour, as a document that wraps (Qt cuts a placeholder at the edge)."""
    document = QTextDocument()
    colour = view.palette().color(QPalette.ColorRole.PlaceholderText).name()
    document.setHtml(f'<p style="color:{colour}">{html.escape(text)}</p>')
    return document
