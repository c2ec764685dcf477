"""A page gathered from other exercises' results, for the user to edit and confirm."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from careerjournal.exercises.model import Exercise, SynthesisStep
from careerjournal.ui.pages.exercises.steps.base import StepWidget


class SynthesisWidget(StepWidget):
    """Answer: ``{source_id: text}``; each box starts with what the other exercise found."""

    step: SynthesisStep

    def __init__(
        self,
        exercise: Exercise,
        step: SynthesisStep,
        answers: dict[str, Any],
        lang: str,
        gathered: Mapping[str, str | None],
    ) -> None:
        super().__init__(exercise, step, answers, lang)
        self.boxes: dict[str, QPlainTextEdit] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        for source in step.sources:
            label = QLabel(source.label.get(lang), objectName="sectionHeading", wordWrap=True)
            box = QPlainTextEdit(objectName=f"source-{source.id}")
            box.setTabChangesFocus(True)
            box.setAccessibleName(source.label.get(lang))
            box.setMinimumHeight(70)
            text = gathered.get(source.id)
            box.setPlainText(text or "")
            if source.hint is not None:
                box.setPlaceholderText(source.hint.get(lang))
            box.textChanged.connect(self.changed)
            label.setBuddy(box)
            column.addWidget(label)
            if text is None:
                note = QLabel(
                    self.tr("Not done yet, or nothing stood out: write what you think now.")
                )
                note.setObjectName("hint")
                note.setWordWrap(True)
                note.setTextFormat(Qt.TextFormat.PlainText)
                column.addWidget(note)
            column.addWidget(box)
            self.boxes[source.id] = box
        column.addStretch()
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.body.addWidget(scroll, 1)

    def answer(self) -> dict[str, str]:
        # Every box, an emptied one too, so a cleared text is not gathered again on resume.
        return {key: box.toPlainText() for key, box in self.boxes.items()}

    def set_answer(self, answer: Any) -> None:
        """A saved answer wins over what was gathered: the user's own edits stay."""
        if not isinstance(answer, dict):
            return
        for key, box in self.boxes.items():
            if isinstance(answer.get(key), str):
                box.blockSignals(True)
                box.setPlainText(answer[key])
                box.blockSignals(False)
