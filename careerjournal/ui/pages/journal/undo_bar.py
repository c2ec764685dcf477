"""The bar under the list after a delete: says it happened and offers to undo it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from careerjournal.ui.pages.base import Retranslatable


class UndoBar(Retranslatable):
    """Hidden until something is deleted; ``undo_requested`` when the user takes it back."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = QLabel()
        self.undo = QPushButton(objectName="undoDelete")
        frame = QFrame(frameShape=QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        row.addWidget(self._message, 1)
        row.addWidget(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.undo.clicked.connect(self.undo_requested)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self._message.setText(self.tr("Entry deleted."))
        self.undo.setText(self.tr("&Undo"))
        self.undo.setToolTip(self.tr("Bring the deleted entry back (Ctrl+Z in the list)"))
