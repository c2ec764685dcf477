"""The Share page's "Prepare my session" tab: the user's topics and questions for the sheet.

Both are kept in the vault as they are typed. The rest of the sheet (what
changed, what got stuck) is made from the vault when it is previewed, so the
sheet is chosen, previewed and exported like everything else shared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QVBoxLayout, QWidget

from careerjournal.share.session_sheet import SessionDraft
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.widgets.autosave import Debouncer
from careerjournal.vault import VaultError

SHEET_KEY = ("sheet",)


class SessionTab(Retranslatable):
    """``use_requested``: the user wants the sheet in what they share (and to see it)."""

    use_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: SessionDraft | None = None
        self.intro = QLabel(wordWrap=True, objectName="hint")
        self.editors: dict[str, QTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.savers: dict[str, Debouncer] = {}
        column = QWidget()
        # Writing width: about 70 characters a line, as everywhere the user writes.
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        outer = QHBoxLayout(self)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        for key in SessionDraft.KEYS:
            editor = QTextEdit(objectName=f"session_{key}", acceptRichText=False)
            editor.setTabChangesFocus(True)
            saver = Debouncer(parent=self)
            editor.textChanged.connect(lambda s=saver: self._typed(s))
            saver.fire.connect(lambda k=key: self._save(k))
            label = QLabel(buddy=editor, objectName="subHeading")
            self.editors[key], self.labels[key], self.savers[key] = editor, label, saver
            layout.addWidget(label)
            layout.addWidget(editor, 1)
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.use_button = QPushButton(objectName="useSessionSheet")
        self.use_button.clicked.connect(self._use)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self._loading = False
        self.clear()
        self.retranslate()

    def open_vault(self, stores: Stores) -> None:
        self.draft = stores.session_draft
        self._loading = True
        for key, editor in self.editors.items():
            editor.setPlainText(self.draft.get(key))
        self._loading = False
        self.setEnabled(True)

    def flush(self) -> None:
        for saver in self.savers.values():
            saver.flush()

    def clear(self) -> None:
        for saver in self.savers.values():
            saver.cancel()
        self.draft = None
        self._loading = True
        for editor in self.editors.values():
            editor.clear()
        self._loading = False
        self.message.clear()
        self.setEnabled(False)

    def _typed(self, saver: Debouncer) -> None:
        if not self._loading:
            saver.touch()

    def _save(self, key: str) -> None:
        if self.draft is None:
            return
        try:
            self.draft.set(key, self.editors[key].toPlainText())
        except VaultError as error:
            self.message.setText(describe(error))

    def _use(self) -> None:
        self.flush()
        self.use_requested.emit()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A coach session goes further when you come prepared. Write what you want to "
                "talk about and your questions; CareerJournal adds what changed since you last "
                "shared and what got stuck. Kept in your vault as you type."
            )
        )
        self.labels["topics"].setText(self.tr("What I want to &talk about"))
        self.labels["questions"].setText(self.tr("My &questions"))
        for editor in self.editors.values():
            editor.setPlaceholderText(self.tr("One point per line"))
        self.use_button.setText(self.tr("&Add the sheet to what I share"))
