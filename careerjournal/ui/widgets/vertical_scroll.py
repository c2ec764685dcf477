"""A scroll area that only scrolls down: its content always takes the viewport's width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """No sideways scroll bar: the content wraps to the width it is given instead."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # New content may need more width: let the layout around hear of it.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As wide as the content must be, so the layout around gives it that room."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is not None:
            needed = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
            hint.setWidth(max(hint.width(), needed))
        return hint
