"""The locked state: only a passphrase field, and the reason when it does not open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from careerjournal.ui.dialogs.passphrase_dialogs import RecoveryDialog
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell.formats import long_date
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.session import VaultSession
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.vault import VaultDamaged, VaultError
from careerjournal.vault.backup import Backup


class UnlockPage(Retranslatable):
    """Asks for the passphrase; shows nothing of the vault's content."""

    unlocked = Signal()
    restored = Signal(str)  # where the damaged vault was kept

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._heading = QLabel(objectName="pageHeading", alignment=Qt.AlignmentFlag.AlignHCenter)
        self._prompt = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self._passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self._error = QLabel(
            wordWrap=True, objectName="error", alignment=Qt.AlignmentFlag.AlignHCenter
        )
        self._unlock = QPushButton(objectName="unlock", default=True)
        self._restore = QPushButton(objectName="restoreBackup")
        self._restore.setVisible(False)
        self._forgot = QPushButton(objectName="forgot", flat=True)
        self._offered: Backup | None = None
        self._location = QLabel(
            wordWrap=True, objectName="hint", alignment=Qt.AlignmentFlag.AlignHCenter
        )

        column = QVBoxLayout()
        column.addStretch()
        for widget in (self._heading, self._prompt, self._passphrase, self._error):
            column.addWidget(widget)
        column.addWidget(self._unlock, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self._restore, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self._forgot, alignment=Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(24)
        column.addWidget(self._location)
        column.addStretch(2)
        outer = QVBoxLayout(self)
        holder = QWidget(maximumWidth=420)
        holder.setLayout(column)
        outer.addWidget(holder, alignment=Qt.AlignmentFlag.AlignHCenter)

        self._unlock.clicked.connect(self._try_unlock)
        self._passphrase.returnPressed.connect(self._try_unlock)
        self._restore.clicked.connect(self._restore_offered)
        self._forgot.clicked.connect(self._use_recovery_key)
        self.retranslate()

    def showEvent(self, event) -> None:
        self._passphrase.setFocus()
        super().showEvent(event)

    def reset(self) -> None:
        self._passphrase.clear()
        self._error.clear()
        self._offer(None)

    def retranslate(self) -> None:
        self._heading.setText(self.tr("CareerJournal is locked"))
        self._prompt.setText(self.tr("Enter your passphrase to open your vault."))
        self._passphrase.setAccessibleName(self.tr("Passphrase"))
        self._unlock.setText(self.tr("&Unlock"))
        self._forgot.setText(self.tr("Forgot your passphrase? Use your &recovery sheet…"))
        self._location.setText(str(self._session.path))

    def _try_unlock(self) -> None:
        passphrase = self._passphrase.text()
        if not passphrase:
            return
        try:
            with busy_cursor():
                self._session.unlock(passphrase)
        except VaultDamaged as error:
            self._error.setText(describe(error))
            with busy_cursor():
                self._offer(self._session.openable_backup(passphrase))
            return
        except VaultError as error:
            self._error.setText(describe(error))
            self._passphrase.selectAll()
            return
        self.reset()
        self.unlocked.emit()

    def _offer(self, backup: Backup | None) -> None:
        """Offer the newest backup that opens with the passphrase just typed."""
        self._offered = backup
        self._restore.setVisible(backup is not None)
        if backup is not None:
            day = long_date(backup.day)
            self._restore.setText(self.tr("&Restore the backup of %1").replace("%1", day))

    def _restore_offered(self) -> None:
        if self._offered is None:
            return
        try:
            with busy_cursor():
                kept = self._session.restore(self._offered)
                self._session.unlock(self._passphrase.text())
        except VaultError as error:
            self._error.setText(describe(error))
            return
        self.reset()
        self.restored.emit(str(kept))
        self.unlocked.emit()

    def _use_recovery_key(self) -> None:
        dialog = RecoveryDialog(self._session, self)
        if self.run_dialog(dialog):
            self.reset()
            self.unlocked.emit()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a modal dialog; tests replace this to drive the dialog themselves."""
        return dialog.exec() == QDialog.DialogCode.Accepted
