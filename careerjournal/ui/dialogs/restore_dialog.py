"""Choosing a backup to restore; the current vault is always kept aside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from careerjournal.ui.shell.formats import long_date
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.session import VaultSession
from careerjournal.vault import VaultError
from careerjournal.vault.backup import Backup


class RestoreDialog(QDialog):
    """Lists the backups newest first; restoring locks the vault and keeps the old file."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Restore from backup"))
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setText(
            self.tr(
                "Choose a backup. CareerJournal locks, puts the backup in place of your vault and "
                "keeps the current vault file beside it, so nothing is lost. Backups are in %1."
            ).replace("%1", str(session.backup_folder))
        )
        self.list = QListWidget(objectName="backups")
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in session.backups():
            item = QListWidgetItem(long_date(backup.day))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.list.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.list.count() == 0:
            self.error.setText(
                self.tr("There are no backups yet. One is made each day you use CareerJournal.")
            )
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.list, self.error, self.buttons):
            layout.addWidget(widget)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def confirm(self, backup: Backup) -> bool:
        """Asked before anything changes; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Restore the backup of %1? Everything written after it will be set aside "
                "with the current vault file."
            ).replace("%1", long_date(backup.day)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        backup = self.chosen()
        if backup is None or not self.confirm(backup):
            return
        try:
            self.kept_aside = self.session.restore(backup)
        except VaultError as error:
            self.error.setText(describe(error))
            return
        super().accept()
