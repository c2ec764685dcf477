"""What to tell the user when a vault operation fails, in their language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from careerjournal.vault import (
    FolderMissing,
    InvalidPassphrase,
    LocationNotWritable,
    NotAVault,
    PassphraseOrDamage,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)
from careerjournal.vault.location import on_network_share, sync_service


def describe(error: VaultError) -> str:
    """One or two plain sentences: what happened, and what the user can do."""
    if isinstance(error, WrongRecoveryKey):
        return QCoreApplication.translate(
            "VaultMessages",
            "That recovery key does not open this vault. Check each group of four characters; "
            "a sheet printed before a passphrase change no longer works.",
        )
    if isinstance(error, PassphraseOrDamage):
        return QCoreApplication.translate(
            "VaultMessages",
            "That passphrase does not open this vault. Check Caps Lock and try again. If you "
            "are sure it is right, the file itself may be damaged: then restore a backup.",
        )
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "VaultMessages",
            "That passphrase does not open this vault. Check Caps Lock and try again.",
        )
    if isinstance(error, VaultDamaged):
        return QCoreApplication.translate(
            "VaultMessages",
            "The vault file is damaged, so it cannot be opened. Nothing has been changed; "
            "restore a backup or keep the file for a later attempt.",
        )
    if isinstance(error, VaultTooNew):
        return QCoreApplication.translate(
            "VaultMessages",
            "This vault was made by a newer CareerJournal. Update the app to open it.",
        )
    if isinstance(error, VaultNotFound):
        return QCoreApplication.translate("VaultMessages", "There is no vault at %1.").replace(
            "%1", str(error.path)
        )
    if isinstance(error, VaultExists):
        return QCoreApplication.translate(
            "VaultMessages", "%1 already exists; CareerJournal will not overwrite it."
        ).replace("%1", str(error.path))
    if isinstance(error, NotAVault):
        return QCoreApplication.translate(
            "VaultMessages", "%1 is not a CareerJournal vault."
        ).replace("%1", str(error.path))
    if isinstance(error, FolderMissing):
        return QCoreApplication.translate(
            "VaultMessages",
            "The folder %1 does not exist. Is the USB stick or disk plugged in? CareerJournal "
            "does not make the folder, so your vault never ends up on another disk.",
        ).replace("%1", str(error.path.parent if error.path else ""))
    if isinstance(error, LocationNotWritable):
        return QCoreApplication.translate(
            "VaultMessages",
            "CareerJournal cannot write to %1. Is it a read-only folder or a locked USB stick?",
        ).replace("%1", str(error.path.parent if error.path else ""))
    if isinstance(error, InvalidPassphrase):
        return QCoreApplication.translate(
            "VaultMessages", "Choose a passphrase; it cannot be empty."
        )
    if isinstance(error, VaultInUse):
        return QCoreApplication.translate(
            "VaultMessages",
            "This vault is already open in another CareerJournal window or command. Close it "
            "there first; two programs writing one vault could undo each other's changes.",
        )
    if isinstance(error, WriteFailed):
        return QCoreApplication.translate(
            "VaultMessages", "Your last change could not be saved: %1"
        ).replace("%1", str(error))
    return str(error)


def location_warning(path: Path) -> str:
    """Why ``path`` may be a poor place for a vault, or "" if it looks private."""
    service = sync_service(path)
    if service:
        return QCoreApplication.translate(
            "VaultMessages",
            "This folder syncs to %1. The vault stays encrypted, but a copy (and its old "
            "versions) will sit on their servers. A folder that does not sync is more private.",
        ).replace("%1", service)
    if on_network_share(path):
        return QCoreApplication.translate(
            "VaultMessages",
            "This folder is on a network share, perhaps on a computer your employer manages. "
            "A folder on your own computer is more private.",
        )
    return ""
