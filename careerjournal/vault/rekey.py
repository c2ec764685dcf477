"""A passphrase change that reaches every copy the app keeps, not only the vault.

The backups and the files set aside by a restore are copies of the vault with
the same salt, so the old passphrase and an old recovery sheet would still
open them. After the vault itself is re-keyed, each copy is re-keyed in place
too. A backup that cannot be (damaged, or from before an earlier change) is
overwritten and deleted, and a fresh backup under the new key takes its place.
A set-aside file is never deleted (it may hold the only copy of recent work):
if it cannot be re-keyed it is left, and the caller is told.

Files with another salt belong to another vault and are not touched.
What "overwritten and deleted" can and cannot guarantee: docs/security.md.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from careerjournal.vault import cipherfile, sniff
from careerjournal.vault.backup import list_backups, make_backup, set_aside_files
from careerjournal.vault.cipherfile import VAULT, key_pragma
from careerjournal.vault.errors import VaultError

if TYPE_CHECKING:
    from careerjournal.vault.store import Vault

_CHUNK = 1 << 20


@dataclass(frozen=True)
class CopiesRekeyed:
    """What a passphrase change did beyond the vault itself."""

    rekeyed: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()  # backups that could not be re-keyed: overwritten, deleted
    # Neither re-keyed nor deleted (a damaged set-aside file, a read-only backup): old key.
    left: tuple[Path, ...] = ()
    fresh_backup: Path | None = None


def rekey_copies(
    vault: Vault, salt: bytes, old_key: bytes, new_key: bytes, backup_folder: Path
) -> CopiesRekeyed:
    """Bring the vault's backups and set-aside files from ``old_key`` to ``new_key``.

    Call after the vault itself was re-keyed to ``new_key``.
    """
    rekeyed: list[Path] = []
    removed: list[Path] = []
    left: list[Path] = []
    for backup in (b.path for b in list_backups(backup_folder)):
        outcome = _rekey_file(backup, salt, old_key, new_key)
        if outcome is True:
            rekeyed.append(backup)
        elif outcome is False:
            (removed if shred(backup) else left).append(backup)
    for aside in set_aside_files(vault.path):
        outcome = _rekey_file(aside, salt, old_key, new_key)
        if outcome is True:
            rekeyed.append(aside)
        elif outcome is False:
            left.append(aside)
    fresh = None
    if removed:
        # The passphrase has changed by now: a failing backup must not read as a failed change.
        with contextlib.suppress(VaultError):
            fresh = make_backup(vault, backup_folder)
    return CopiesRekeyed(tuple(rekeyed), tuple(removed), tuple(left), fresh)


def _rekey_file(path: Path, salt: bytes, old_key: bytes, new_key: bytes) -> bool | None:
    """True: now under ``new_key``. False: could not be. None: another vault's file."""
    try:
        if sniff.read_salt(path) != salt:
            return None
        opened = cipherfile.unlock_with_key(path, old_key, VAULT)
        if opened is None:
            return _opens(path, new_key)  # already done by an earlier, interrupted change
        try:
            opened.conn.execute(key_pragma("rekey", new_key))
        finally:
            cipherfile.close_quietly(opened.conn)
        return _opens(path, new_key)
    except (VaultError, OSError, sqlcipher3.Error):
        return False


def _opens(path: Path, key: bytes) -> bool:
    opened = cipherfile.unlock_with_key(path, key, VAULT, read_only=True)
    if opened is None:
        return False
    cipherfile.close_quietly(opened.conn)
    return True


def shred(path: Path) -> bool:
    """Overwrite ``path`` with zeros, flush it to the disk, then delete it; False if it stays.

    On SSDs, copy-on-write filesystems and snapshots the old blocks may survive
    elsewhere; see docs/security.md. A symlink is never followed.
    """
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            remaining = os.fstat(descriptor).st_size
            zeros = bytes(_CHUNK)
            while remaining > 0:
                remaining -= os.write(descriptor, zeros[: min(_CHUNK, remaining)])
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    return not os.path.lexists(path)
