"""A page whose feature has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from careerjournal.ui.pages.base import Page


class ComingSoonPage(Page):
    """Names the feature and says it is on its way."""

    def __init__(self, title: str, parent=None) -> None:
        """``title`` is a source string marked with ``QT_TRANSLATE_NOOP("Navigation", ...)``."""
        super().__init__(parent)
        self._title = title
        self._heading = QLabel(objectName="pageHeading")
        self._body = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._body)
        layout.addStretch()
        self.retranslate()

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", self._title)

    def retranslate(self) -> None:
        self._heading.setText(self.nav_title())
        self._body.setText(self.tr("Coming soon. This part of CareerJournal is being built."))
