"""A date that may also be "no date": a tick box in front of a date editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from careerjournal.ui.shell.formats import day_of
from careerjournal.ui.widgets.date_edit import DateEdit


class OptionalDate(QWidget):
    """``changed`` carries the new date, or None once the box is unticked."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.editor = DateEdit()
        self.editor.setDate(QDate.currentDate())
        self.editor.setEnabled(False)
        self.enabled.toggled.connect(self._toggled)
        self.editor.dateChanged.connect(lambda *_: self._emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.editor)
        layout.addStretch()
        self.setFocusProxy(self.editor)

    def showEvent(self, event: QShowEvent) -> None:
        self._name_after_label()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_after_label()
        super().changeEvent(event)

    def _name_after_label(self) -> None:
        """The form's label names this widget; a screen reader lands on the date itself."""
        for label in self.window().findChildren(QLabel):
            if label.buddy() is self:
                self.editor.setAccessibleName(label.text().replace("&", ""))
                self.enabled.setAccessibleDescription(label.text().replace("&", ""))

    def value(self) -> date | None:
        return day_of(self.editor.date()) if self.enabled.isChecked() else None

    def set_value(self, when: date | None) -> None:
        """Show ``when`` without emitting ``changed``."""
        self.blockSignals(True)
        self.enabled.setChecked(when is not None)
        self.editor.setDate(QDate(when) if when else QDate.currentDate())
        self.blockSignals(False)

    def set_text(self, text: str) -> None:
        self.enabled.setText(text)

    def _toggled(self, checked: bool) -> None:
        self.editor.setEnabled(checked)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.value())
