"""One family of errors for everything that can go wrong with a vault.

Each class is a situation the user can act on; the UI maps the class to a
translated message, the command line prints ``str(error)``.
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base of all vault problems; ``path`` names the file involved, if any."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class WrongPassphrase(VaultError):
    """The file is an intact vault, but this passphrase does not open it."""


class WrongRecoveryKey(WrongPassphrase):
    """The recovery key is incomplete, mistyped, or from an older sheet."""


class VaultNotFound(VaultError):
    """No file at the given path."""


class VaultExists(VaultError):
    """Refused to create a vault over an existing file."""


class NotAVault(VaultError):
    """The file is something else: a plain database, a PDF, an empty file, a folder."""


class PassphraseOrDamage(WrongPassphrase):
    """The passphrase opens nothing, and nothing can tell whether it is wrong or the file damaged.

    Raised when no backup with the file's salt can confirm that the passphrase
    is wrong: a damaged salt (the file's first 16 bytes) looks exactly like a
    wrong passphrase, so the message must not blame the passphrase alone.
    """


class VaultDamaged(VaultError):
    """The file looks like a vault but parts of it are missing or altered.

    ``backup``: a backup that opens with the passphrase just typed, if one was found.
    """

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message, path)
        self.backup = backup


class VaultTooNew(VaultError):
    """Made by a newer CareerJournal; opening it here could lose data."""


class FolderMissing(VaultError):
    """The vault's folder does not exist (a USB stick not plugged in?); it is not made silently.

    Making it would put the vault on another disk than the person believes.
    """


class LocationNotWritable(VaultError):
    """The vault or its folder cannot be written (read-only stick, permissions)."""


class WriteFailed(VaultError):
    """A save did not reach the disk (disk full, file removed); nothing was committed."""


class VaultClosed(VaultError):
    """The vault was locked; reopen it before reading or writing."""


class InvalidPassphrase(VaultError):
    """A new passphrase that cannot be used (empty)."""


class VaultInUse(VaultError):
    """Another window or command has this vault open for writing."""
