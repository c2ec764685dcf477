"""Home: a calm start page that shows where the user is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from careerjournal.ui.pages.base import Page
from careerjournal.vault import Vault


class HomePage(Page):
    """Greets the user; later issues add progress, due actions and recent entries."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._heading = QLabel(objectName="pageHeading")
        self._body = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        layout.addStretch()
        self.retranslate()

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", "Home")

    def open_vault(self, vault: Vault) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Good to see you"))
        self._body.setText(
            self.tr(
                "This is your own place to think about your work. Start with an exercise, "
                "write down what is on your mind, or work on your plan. Everything stays "
                "on this computer, encrypted."
            )
        )
