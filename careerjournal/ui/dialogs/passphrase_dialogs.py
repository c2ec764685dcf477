"""Changing the passphrase, and choosing a new one with the recovery key."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.session import VaultSession
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.ui.widgets.dialog_size import fit_height
from careerjournal.ui.widgets.passphrase_fields import PassphraseFields
from careerjournal.vault import VaultError
from careerjournal.vault.rekey import CopiesRekeyed


class _NewPassphraseDialog(QDialog):
    """A first field (current passphrase, or recovery key), then the new passphrase twice."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.first = QLineEdit(objectName="first")
        self.first_label = QLabel(buddy=self.first)
        self.explanation = QLabel(wordWrap=True)
        self.fields = PassphraseFields()
        self.error = QLabel(objectName="error", wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.first.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height(self)  # the explanation wraps onto more lines than the size hint guessed

    def _update(self) -> None:
        ok = bool(self.first.text()) and self.fields.acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        try:
            with busy_cursor():
                self.apply()
        except VaultError as error:
            self.error.setText(describe(error))
            return
        self.first.clear()
        self.fields.clear()
        super().accept()

    def apply(self) -> None:
        raise NotImplementedError

    def tell(self, copies: CopiesRekeyed) -> None:
        """Speak up only when a copy could not follow the new passphrase."""
        if copies.removed or copies.left:
            self.report(copies)

    def report(self, copies: CopiesRekeyed) -> None:
        """Said only when a copy could not follow; tests replace this method."""
        lines = [
            self.tr("Deleted, because it could not be encrypted again: %1").replace("%1", str(path))
            for path in copies.removed
        ] + [
            self.tr(
                "Could not be encrypted again nor deleted (it may be damaged or read-only), so "
                "it may still open with the old passphrase. Delete it yourself when you no "
                "longer need it: %1"
            ).replace("%1", str(path))
            for path in copies.left
        ]
        if copies.removed and copies.fresh_backup is None:
            lines.append(
                self.tr(
                    "No fresh backup could be made just now: check that %1 can be written."
                ).replace("%1", str(self.session.backup_folder))
            )
        QMessageBox.information(self, self.windowTitle(), "\n\n".join(lines))


class ChangePassphraseDialog(_NewPassphraseDialog):
    """Re-encrypts the open vault under a new passphrase."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label.setText(self.tr("&Current passphrase:"))
        self.explanation.setText(
            self.tr(
                "Your vault, its backups (in %1) and any file set aside by a restore are "
                "encrypted again with the new passphrase. A backup that cannot be (a damaged "
                "one, or one from before an earlier change) is overwritten and deleted, and a "
                "fresh backup is made. After this, neither the old passphrase nor a recovery "
                "sheet printed before opens any of them: print a new sheet. Copies you made "
                "yourself elsewhere are not changed and still open with the old passphrase."
            ).replace("%1", str(session.backup_folder))
        )

    def apply(self) -> None:
        assert self.session.vault is not None
        copies = self.session.vault.change_passphrase(
            self.first.text(), self.fields.text(), backup_folder=self.session.backup_folder
        )
        self.tell(copies)


class RecoveryDialog(_NewPassphraseDialog):
    """Opens the vault with the recovery sheet's key and sets a new passphrase."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Open with recovery key"))
        self.first_label.setText(self.tr("Recovery &key:"))
        self.first.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.explanation.setText(
            self.tr(
                "Type the key from your recovery sheet (dashes and capitals do not matter), "
                "then choose a new passphrase. Your backups are encrypted again with it too. "
                "Without a recovery sheet, nobody can open the vault."
            )
        )

    def apply(self) -> None:
        self.tell(self.session.unlock_with_recovery_key(self.first.text(), self.fields.text()))
