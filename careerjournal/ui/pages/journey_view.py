"""My path over time, to look at: the same blocks as the PDF section, in a read-only window.

It shows the user's own text, so whoever opens it closes it when the vault locks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from careerjournal.exercises.loader import Catalog
from careerjournal.journey import journey, journey_document
from careerjournal.ui.pages.plan.printing import text_document
from careerjournal.vault import Vault


class JourneyView(QDialog):
    """The path of ``vault`` in ``lang``, with a pointer to sharing it."""

    def __init__(self, vault: Vault, catalog: Catalog, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journeyView")
        self.resize(760, 640)
        document = journey_document(journey(vault, catalog, lang), lang)
        self.setWindowTitle(document.title)
        self.browser = QTextBrowser(objectName="journey", openLinks=False)
        rich = text_document(document)
        rich.setParent(self.browser)
        self.browser.setDocument(rich)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.hint.setText(
            self.tr(
                "To give this to your coach, tick “My path over time” on the Share page: "
                "it then goes into the PDF or the coach package."
            )
        )
        buttons = QDialogButtonBox()
        # Our own word: Qt's translation of its standard Close is not always there.
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        """Forget the text when closed: nothing of it stays in memory for long."""
        self.browser.document().clear()
        super().done(result)
