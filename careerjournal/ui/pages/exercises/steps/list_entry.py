"""A list the user fills in row by row: people to talk to, activities of a week, ..."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises.model import Exercise, ListField, ListStep
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class _Row(QFrame):
    """One row: an editor per field, and a button to remove the row."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, step: ListStep, lang: str, remove_text: str) -> None:
        super().__init__(objectName="listRow", frameShape=QFrame.Shape.StyledPanel)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for field in step.fields:
            editor = self._editor(field, lang)
            editor.setAccessibleName(field.label.get(lang))
            form.addRow(field.label.get(lang), editor)
            self.editors[field.id] = editor
        remove = QPushButton(remove_text)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(remove)

    def _editor(self, field: ListField, lang: str) -> QWidget:
        if field.type == "text":
            editor = QLineEdit()
            editor.textChanged.connect(self.changed)
            return editor
        if field.type == "long_text":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
            box.textChanged.connect(self.changed)
            return box
        combo = QComboBox()
        combo.addItem("—", None)
        if field.type == "rating":
            for value in range(field.min, field.max + 1):
                label = field.label_for(value)
                combo.addItem(f"{value:+d}" if field.min < 0 else str(value), value)
                if label is not None:
                    combo.setItemText(
                        combo.count() - 1,
                        f"{combo.itemText(combo.count() - 1)}  ·  {label.get(lang)}",
                    )
        else:
            for option in field.options:
                combo.addItem(option.label.get(lang), option.id)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def value(self) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for field_id, editor in self.editors.items():
            if isinstance(editor, QLineEdit):
                value: Any = editor.text().strip()
            elif isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip()
            else:
                assert isinstance(editor, QComboBox)
                value = editor.currentData()
            if value not in ("", None):
                row[field_id] = value
        return row

    def set_value(self, row: dict[str, Any]) -> None:
        for field_id, editor in self.editors.items():
            value = row.get(field_id)
            editor.blockSignals(True)
            if isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value or ""))
            else:
                assert isinstance(editor, QComboBox)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            editor.blockSignals(False)


class ListWidget(StepWidget):
    """Answer: a list of ``{field_id: value}`` rows, empty rows left out."""

    step: ListStep

    def __init__(
        self, exercise: Exercise, step: ListStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.rows: list[_Row] = []
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.add_button = QPushButton(self.tr("&Add: %1").replace("%1", step.row_label.get(lang)))
        self.add_button.clicked.connect(self._add_clicked)
        self.body.addWidget(scroll, 1)
        self.body.addWidget(self.add_button)
        for _ in range(max(1, step.min_rows)):
            self.add_row()

    def add_row(self) -> _Row:
        row = _Row(self.step, self.lang, self.tr("Remove"))
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.column.insertWidget(self.column.count() - 1, row)
        self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < self.step.max_rows)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        next(iter(row.editors.values())).setFocus()

    def _remove(self, row: _Row) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.add_button.setEnabled(len(self.rows) < self.step.max_rows)
        self.changed.emit()

    def answer(self) -> list[dict[str, Any]]:
        return [value for value in (row.value() for row in self.rows) if value]

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, list):
            return
        while len(self.rows) < len(answer):
            self.add_row()
        for row, value in zip(self.rows, answer, strict=False):
            if isinstance(value, dict):
                row.set_value(value)
