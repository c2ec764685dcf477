"""What an empty view says: what to do first, wrapped to the view's width."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget


def hint_document(view: QWidget, text: str) -> QTextDocument:
    """``text`` in the muted colour, as a document that wraps (Qt cuts a placeholder at the edge)."""
    document = QTextDocument()
    colour = view.palette().color(QPalette.ColorRole.PlaceholderText).name()
    document.setHtml(f'<p style="color:{colour}">{html.escape(text)}</p>')
    return document


class EmptyOverlay(QObject):
    """A muted, wrapped message over an item view while its model has no rows.

    ``message`` is asked each time, so it can say why the view is empty (nothing
    written yet, or nothing found) and follows a language switch.
    """

    def __init__(self, view: QAbstractItemView, message: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._message = message
        self.label = QLabel(view.viewport(), objectName="emptyState", wordWrap=True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMargin(16)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        self.update()

    def update(self) -> None:
        empty = self._view.model().rowCount() == 0
        self.label.setText(self._message() if empty else "")
        self.label.setVisible(empty)
        self.label.setGeometry(self._view.viewport().rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange):
            self.update()
        return super().eventFilter(watched, event)
