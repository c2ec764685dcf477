"""The one open vault of a window, and the signals that tell pages to fill or forget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from careerjournal.vault import Vault, create_vault, open_vault


class VaultSession(QObject):
    """Owns the open :class:`Vault`; pages listen to ``unlocked`` and ``locked``."""

    unlocked = Signal(object)  # the Vault
    locked = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._vault: Vault | None = None

    @property
    def vault(self) -> Vault | None:
        return self._vault

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str) -> None:
        """Make the vault and unlock it; raises VaultError with the reason."""
        self._set(create_vault(self.path, passphrase))

    def unlock(self, passphrase: str) -> None:
        """Open the vault; raises VaultError (e.g. WrongPassphrase) and stays locked."""
        self._set(open_vault(self.path, passphrase))

    def lock(self) -> None:
        """Tell every page to forget, then close the database."""
        if self._vault is None:
            return
        self.locked.emit()
        self._vault.close()
        self._vault = None

    def _set(self, vault: Vault) -> None:
        self.lock()
        self._vault = vault
        self.unlocked.emit(vault)
