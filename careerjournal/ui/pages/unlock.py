"""The locked state: only a passphrase field, and the reason when it does not open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from careerjournal.ui.busy import busy_cursor
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.messages import describe
from careerjournal.ui.session import VaultSession
from careerjournal.vault import VaultError


class UnlockPage(Retranslatable):
    """Asks for the passphrase; shows nothing of the vault's content."""

    unlocked = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._heading = QLabel(objectName="pageHeading", alignment=Qt.AlignmentFlag.AlignHCenter)
        self._prompt = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self._passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self._error = QLabel(wordWrap=True, objectName="error", alignment=Qt.AlignmentFlag.AlignHCenter)
        self._unlock = QPushButton(objectName="unlock", default=True)
        self._location = QLabel(wordWrap=True, objectName="hint", alignment=Qt.AlignmentFlag.AlignHCenter)

        column = QVBoxLayout()
        column.addStretch()
        for widget in (self._heading, self._prompt, self._passphrase, self._error):
            column.addWidget(widget)
        column.addWidget(self._unlock, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(24)
        column.addWidget(self._location)
        column.addStretch(2)
        outer = QVBoxLayout(self)
        holder = QWidget(maximumWidth=420)
        holder.setLayout(column)
        outer.addWidget(holder, alignment=Qt.AlignmentFlag.AlignHCenter)

        self._unlock.clicked.connect(self._try_unlock)
        self._passphrase.returnPressed.connect(self._try_unlock)
        self.retranslate()

    def showEvent(self, event) -> None:
        self._passphrase.setFocus()
        super().showEvent(event)

    def reset(self) -> None:
        self._passphrase.clear()
        self._error.clear()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("CareerJournal is locked"))
        self._prompt.setText(self.tr("Enter your passphrase to open your vault."))
        self._passphrase.setAccessibleName(self.tr("Passphrase"))
        self._unlock.setText(self.tr("&Unlock"))
        self._location.setText(str(self._session.path))

    def _try_unlock(self) -> None:
        passphrase = self._passphrase.text()
        if not passphrase:
            return
        try:
            with busy_cursor():
                self._session.unlock(passphrase)
        except VaultError as error:
            self._error.setText(describe(error))
            self._passphrase.selectAll()
            return
        self.reset()
        self.unlocked.emit()
