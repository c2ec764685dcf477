"""Choose from a list: radio buttons for one, tick boxes for several."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QLabel, QRadioButton

from careerjournal.exercises.model import ChoiceStep, Exercise
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class ChoiceWidget(StepWidget):
    """Answer: the list of chosen option ids, in the order of the options."""

    step: ChoiceStep

    def __init__(
        self, exercise: Exercise, step: ChoiceStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        single = step.max_choices == 1
        self.group = QButtonGroup(self, exclusive=single)
        self.buttons: dict[str, QAbstractButton] = {}
        for option in step.options:
            button = (QRadioButton if single else QCheckBox)(option.label.get(lang))
            self.group.addButton(button)
            self.body.addWidget(button)
            if option.hint is not None:
                hint = QLabel(option.hint.get(lang), wordWrap=True, objectName="hint")
                hint.setIndent(24)
                self.body.addWidget(hint)
            self.buttons[option.id] = button
        self.group.buttonToggled.connect(self._limit)
        self.body.addStretch()

    def _limit(self, button: QAbstractButton, checked: bool) -> None:
        """Never more ticks than ``max_choices``: the newest tick wins over nothing, it is refused."""
        if checked and len(self.answer()) > self.step.max_choices:
            button.setChecked(False)
            return
        self.changed.emit()

    def answer(self) -> list[str]:
        return [option_id for option_id, button in self.buttons.items() if button.isChecked()]

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, list):
            return
        self.group.blockSignals(True)
        for option_id in answer:
            if option_id in self.buttons:
                self.buttons[option_id].setChecked(True)
        self.group.blockSignals(False)
