"""Rows x columns: a rating or a choice in every cell, one drop-down per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QWidget

from careerjournal.exercises.answers import matrix_rows
from careerjournal.exercises.model import Exercise, MatrixStep
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class MatrixWidget(StepWidget):
    """Answer: ``{row_id: {column_id: value}}`` for the filled cells.

    A drop-down per cell keeps the grid usable by keyboard (Tab from cell to cell,
    arrows or a digit to choose) and gives each cell a name: "row: column".
    """

    step: MatrixStep

    def __init__(
        self, exercise: Exercise, step: MatrixStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.cells: dict[tuple[str, str], QComboBox] = {}
        self.rows = matrix_rows(exercise, step, answers)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 1)
        for column, option in enumerate(step.columns, start=1):
            header = QLabel(option.label.get(lang), wordWrap=True, objectName="hint")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        for row_number, (row_id, label) in enumerate(self.rows, start=1):
            name = QLabel(label.get(lang), wordWrap=True)
            name.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row_number, 0)
            for column, option in enumerate(step.columns, start=1):
                combo = self._cell()
                combo.setAccessibleName(f"{label.get(lang)}: {option.label.get(lang)}")
                combo.currentIndexChanged.connect(self.changed)
                if column == 1:
                    name.setBuddy(combo)
                grid.addWidget(combo, row_number, column)
                self.cells[(row_id, option.id)] = combo
        if not self.rows:
            grid.addWidget(QLabel(self.tr("There is nothing to fill in here yet."), wordWrap=True))
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)

    def _cell(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        if self.step.rating:
            for value in range(self.step.min, self.step.max + 1):
                point = self.step.label_for(value)
                text = str(value) if point is None else f"{value} · {point.get(self.lang)}"
                combo.addItem(text, value)
        else:
            for option in self.step.options:
                combo.addItem(option.label.get(self.lang), option.id)
        return combo

    def answer(self) -> dict[str, dict[str, Any]]:
        given: dict[str, dict[str, Any]] = {}
        for (row, column), combo in self.cells.items():
            if combo.currentData() is not None:
                given.setdefault(row, {})[column] = combo.currentData()
        return given

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, dict):
            return
        for (row, column), combo in self.cells.items():
            values = answer.get(row)
            value = values.get(column) if isinstance(values, dict) else None
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.blockSignals(False)

    def choose(self, row: str, column: str, value: Any) -> None:
        """Set one cell as the user would (used by tests)."""
        combo = self.cells[(row, column)]
        combo.setCurrentIndex(combo.findData(value))
