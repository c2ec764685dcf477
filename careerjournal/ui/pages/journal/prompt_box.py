"""The prompt of the day: a question from the exercises to write about, or to pass by."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from careerjournal.journal.prompts import Prompt, prompt_of_the_day
from careerjournal.ui.pages.base import Retranslatable


class PromptBox(Retranslatable):
    """Shows today's question; clicking ``write`` makes the page start an entry on it."""

    def __init__(
        self,
        prompts: tuple[Prompt, ...],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._language = language
        self._prompt: Prompt | None = None
        self._day: date | None = None
        self._dismissed_on: date | None = None
        self._heading = QLabel(objectName="sectionHeading")
        self.question = QLabel(
            objectName="prompt",
            wordWrap=True,
            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
        )
        self.write = QPushButton(objectName="writeAboutPrompt")
        self.dismiss = QPushButton(objectName="dismissPrompt", flat=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write)
        buttons.addWidget(self.dismiss)
        buttons.addStretch()
        frame = QFrame(frameShape=QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(self._heading)
        inner.addWidget(self.question)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)

        self.dismiss.clicked.connect(self._dismiss)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Prompt of the day"))
        self.write.setText(self.tr("&Write about this"))
        self.dismiss.setText(self.tr("Not today"))
        self.question.setText(self._prompt.text.get(self._language()) if self._prompt else "")

    def show_for(self, day: date) -> None:
        """Show the prompt of ``day``, unless the user put it away today or there is none."""
        self._day = day
        self._prompt = prompt_of_the_day(self._prompts, day)
        self.retranslate()
        self.setVisible(self._prompt is not None and self._dismissed_on != day)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def _dismiss(self) -> None:
        self._dismissed_on = self._day
        self.hide()
