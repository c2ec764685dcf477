"""Open questions, each with a multi-line answer box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from careerjournal.exercises.model import Exercise, ReflectionStep
from careerjournal.exercises.scoring import for_each_items
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class ReflectionWidget(StepWidget):
    """Answer: ``{question_id: text}``, or ``{item_id: text}`` for a ``for_each`` step."""

    step: ReflectionStep

    def __init__(
        self, exercise: Exercise, step: ReflectionStep, answers: dict[str, Any], lang: str
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.boxes: dict[str, QPlainTextEdit] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        for key, question, hint in self._questions():
            label = QLabel(question, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            box = QPlainTextEdit(objectName=f"answer-{key}")
            box.setTabChangesFocus(True)
            box.setAccessibleName(question)
            box.setPlaceholderText(hint)
            box.setMinimumHeight(90)
            box.textChanged.connect(self.changed)
            label.setBuddy(box)
            column.addWidget(label)
            column.addWidget(box)
            self.boxes[key] = box
        column.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll)

    def _questions(self) -> list[tuple[str, str, str]]:
        """(answer key, question text, hint) for every box to show."""
        lang = self.lang
        if self.step.for_each is None:
            return [
                (q.id, q.text.get(lang), q.hint.get(lang) if q.hint else "")
                for q in self.step.questions
            ]
        template = self.step.questions[0]
        hint = template.hint.get(lang) if template.hint else ""
        return [
            (item_id, template.text.get(lang).replace("{item}", label.get(lang)), hint)
            for item_id, label in for_each_items(self.exercise, self.step, self.answers)
        ]

    def answer(self) -> dict[str, str]:
        return {key: box.toPlainText() for key, box in self.boxes.items() if box.toPlainText()}

    def set_answer(self, answer: Any) -> None:
        if not isinstance(answer, dict):
            return
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setPlainText(str(answer.get(key, "")))
            box.blockSignals(False)
