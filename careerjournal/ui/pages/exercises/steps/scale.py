"""Statements rated on a scale: a row of radio buttons per statement."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from careerjournal.exercises.model import Exercise, ScaleStep
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class ScaleWidget(StepWidget):
    """Answer: ``{item_id: value}`` for the rated statements."""

    step: ScaleStep

    def __init__(
        self, exercise: Exercise, step: ScaleStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.groups: dict[str, QButtonGroup] = {}
        points = range(step.min, step.max + 1)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setHorizontalSpacing(6)
        grid.setColumnStretch(0, 1)
        for column, value in enumerate(points, start=1):
            label = step.label_for(value)
            header = QLabel(
                label.get(lang) if label else str(value),
                alignment=Qt.AlignmentFlag.AlignCenter,
                wordWrap=True,
                objectName="hint",
            )
            header.setMaximumWidth(90)
            grid.addWidget(header, 0, column)
        for row, item in enumerate(step.items, start=1):
            statement = QLabel(item.text.get(lang), wordWrap=True)
            statement.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(statement, row, 0)
            group = QButtonGroup(self)
            for column, value in enumerate(points, start=1):
                button = QRadioButton(str(value))
                point = step.label_for(value)
                button.setAccessibleName(
                    f"{item.text.get(lang)}: {point.get(lang) if point else value}"
                )
                group.addButton(button, value - step.min)  # ids from 0: -1 means "none" to Qt
                grid.addWidget(button, row, column, alignment=Qt.AlignmentFlag.AlignCenter)
            group.idClicked.connect(self.changed)
            self.groups[item.id] = group
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll)

    def answer(self) -> dict[str, int]:
        return {
            item_id: group.checkedId() + self.step.min
            for item_id, group in self.groups.items()
            if group.checkedButton() is not None
        }

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, dict):
            return
        for item_id, value in answer.items():
            group = self.groups.get(item_id)
            if group is None or not isinstance(value, int):
                continue
            button = group.button(value - self.step.min)
            if button is not None:
                button.setChecked(True)

    def rate(self, item_id: str, value: int) -> None:
        """Choose ``value`` for a statement, as a click would (used by keyboard and tests)."""
        self.groups[item_id].button(value - self.step.min).click()
