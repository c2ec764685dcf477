"""The contract between the runner and a step widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from careerjournal.exercises.model import Exercise, Step
from careerjournal.ui.widgets.reading import reading_width


class StepWidget(QWidget):
    """Shows one step; emits ``changed`` on every edit so the runner can autosave.

    Subclasses lay out their controls in ``self.body`` (a QVBoxLayout under
    the step's title and guidance) and implement :meth:`answer` and
    :meth:`set_answer` in the JSON shapes documented in ``exercises.scoring``.
    """

    changed = Signal()

    def __init__(self, exercise: Exercise, step: Step, answers: dict[str, Any], lang: str) -> None:
        super().__init__()
        self.exercise = exercise
        self.step = step
        self.answers = answers
        self.lang = lang
        layout = QVBoxLayout(self)
        title = QLabel(step.title.get(lang), objectName="sectionHeading", wordWrap=True)
        layout.addWidget(title)
        if step.text is not None:
            guidance = reading_width(QLabel(step.text.get(lang), wordWrap=True))
            guidance.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(guidance)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)

    def answer(self) -> Any:
        """The current answer, JSON-serialisable; None for steps without one."""
        return None

    def set_answer(self, answer: Any) -> None:
        """Show a saved answer (it may come from an older version of the exercise)."""
