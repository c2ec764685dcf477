"""An information step: text to read, nothing to answer."""

from __future__ import annotations

from typing import Any

from careerjournal.exercises.model import Exercise, Step
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class InfoWidget(StepWidget):
    """The base already shows the title and text; an info step adds nothing."""

    def __init__(self, exercise: Exercise, step: Step, answers: dict[str, Any], lang: str) -> None:
        super().__init__(exercise, step, answers, lang)
        self.body.addStretch()
