"""The one open vault of a window, and the signals that tell pages to fill or forget."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from careerjournal.paths import default_backup_folder
from careerjournal.vault import (
    FolderMissing,
    Vault,
    VaultError,
    create_vault,
    open_vault,
    open_with_recovery_key,
)
from careerjournal.vault.backup import Backup, backup_due, list_backups, make_backup, restore
from careerjournal.vault.cipherfile import StructureCheck, require_folder
from careerjournal.vault.rekey import CopiesRekeyed


class VaultSession(QObject):
    """Owns the open :class:`Vault`; pages listen to ``unlocked`` and ``locked``."""

    unlocked = Signal(object)  # the Vault
    locked = Signal()
    # SQLite's full structural check found problems (list of messages); runs after unlock.
    damaged = Signal(list)

    def __init__(
        self,
        path: Path,
        backup_folder: str = "",
        parent: QObject | None = None,
        *,
        make_folder: bool = False,
    ) -> None:
        super().__init__(parent)
        self.path = path
        # Only the app's own default place may have its folder made; a chosen
        # path on a stick that is not plugged in must not appear on the internal disk.
        self.make_folder = make_folder
        self.default_backup_folder = default_backup_folder(path)
        self.backup_folder = self.default_backup_folder
        self.set_backup_folder(backup_folder)
        self._vault: Vault | None = None
        self._check: StructureCheck | None = None
        self._checker: threading.Thread | None = None

    def set_backup_folder(self, folder: str) -> None:
        """Where backups go; empty means beside the vault."""
        self.backup_folder = Path(folder) if folder else self.default_backup_folder

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def exists(self) -> bool:
        return self.path.exists()

    def missing_folder(self) -> FolderMissing | None:
        """What creating would say if the vault's folder is missing (a stick not plugged in)."""
        if self.make_folder:
            return None
        try:
            require_folder(self.path)
        except FolderMissing as error:
            return error
        return None

    def create(self, passphrase: str) -> None:
        """Make the vault and unlock it; raises VaultError with the reason."""
        self._set(create_vault(self.path, passphrase, make_folder=self.make_folder))

    def unlock(self, passphrase: str) -> None:
        """Open the vault; raises VaultError (e.g. WrongPassphrase) and stays locked."""
        backups = [backup.path for backup in self.backups()]  # they tell damage from a typo
        # Every page's HMAC is checked by the background check of _set, not before the window.
        self._set(open_vault(self.path, passphrase, backups=backups, scan_pages=False))

    def unlock_with_recovery_key(self, recovery_key: str, new_passphrase: str) -> CopiesRekeyed:
        """Open with the recovery sheet's key and set a new passphrase at once.

        Returns what became of the backups (they follow the new passphrase).
        """
        vault = open_with_recovery_key(self.path, recovery_key)
        try:
            copies = vault.set_passphrase(new_passphrase, backup_folder=self.backup_folder)
        except VaultError:
            vault.close()
            raise
        self._set(vault)
        return copies

    def backups(self) -> list[Backup]:
        return list_backups(self.backup_folder)

    def backup_if_due(self, today: date) -> Path | None:
        """The daily backup, made at most once a day (called when the app closes)."""
        if self._vault is None or not backup_due(self.backup_folder, today):
            return None
        return make_backup(self._vault, self.backup_folder, today)

    def openable_backup(self, passphrase: str) -> Backup | None:
        """The newest backup that opens with ``passphrase`` and passes both checks."""
        for candidate in self.backups():
            try:
                open_vault(candidate.path, passphrase, read_only=True).close()
            except VaultError:
                continue
            return candidate
        return None

    def restore(self, backup: Backup) -> Path:
        """Lock, then put ``backup`` in place; returns where the old vault was kept."""
        self.lock()
        return restore(backup.path, self.path)

    def lock(self) -> None:
        """Tell every page to forget, then close the database."""
        if self._vault is None:
            return
        self._stop_check()
        self.locked.emit()
        self._vault.close()
        self._vault = None

    def _set(self, vault: Vault) -> None:
        self.lock()
        self._vault = vault
        self.unlocked.emit(vault)
        # The full check reads every page: in the background, on its own connection.
        check = vault.structure_check()
        if check is not None:
            self._check = check
            self._checker = threading.Thread(target=self._run_check, args=(check, vault))
            self._checker.start()

    def _run_check(self, check: StructureCheck, vault: Vault) -> None:
        problems = check.run()
        if problems and vault is self._vault:
            self.damaged.emit(problems)

    def _stop_check(self) -> None:
        """Interrupt the background check and wait for it: no thread outlives the vault."""
        if self._checker is not None:
            self._check.cancel()
            self._checker.join()
            self._checker = self._check = None
