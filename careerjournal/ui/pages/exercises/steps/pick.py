"""A forced choice: tick exactly N of the items an earlier step handed on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from careerjournal.exercises.answers import source_items
from careerjournal.exercises.model import Exercise, PickStep
from careerjournal.ui.pages.exercises.steps.base import StepWidget
from careerjournal.ui.widgets.vertical_scroll import VerticalScrollArea


class PickWidget(StepWidget):
    """Answer: the ids of the ticked items, in the order they are shown."""

    step: PickStep

    def __init__(
        self, exercise: Exercise, step: PickStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.boxes: dict[str, QCheckBox] = {}
        self.items = source_items(exercise, step.source, answers)
        self.needed = min(step.choose, len(self.items))
        self.count = QLabel(objectName="hint")
        content = QWidget()
        column = QVBoxLayout(content)
        for item_id, label in self.items:
            box = QCheckBox(label.get(lang))
            box.toggled.connect(lambda checked, b=box: self._limit(b, checked))
            column.addWidget(box)
            self.boxes[item_id] = box
        if not self.items:
            column.addWidget(QLabel(self.tr("There is nothing to choose from yet."), wordWrap=True))
        column.addStretch()
        scroll = VerticalScrollArea(content)  # long choices never push a sideways scroll bar
        self.body.addWidget(self.count)
        self.body.addWidget(scroll, 1)
        self._show_count()

    def _limit(self, box: QCheckBox, checked: bool) -> None:
        """Never more than N ticks: a tick beyond N is refused, and the count says why."""
        if checked and len(self.answer()) > self.needed:
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("Choose %1; you have chosen %2.")
            .replace("%1", str(self.needed))
            .replace("%2", str(len(self.answer())))
        )

    def answer(self) -> list[str]:
        return [item_id for item_id, box in self.boxes.items() if box.isChecked()]

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, list):
            return
        for item_id in answer[: self.needed]:
            box = self.boxes.get(item_id) if isinstance(item_id, str) else None
            if box is not None:
                box.blockSignals(True)
                box.setChecked(True)
                box.blockSignals(False)
        self._show_count()
