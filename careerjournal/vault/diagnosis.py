"""Why a file did not open: a wrong passphrase, or damage? Never blame the passphrase for damage.

SQLCipher answers both the same way. A passphrase gives a key only together
with the salt in the file's first 16 bytes, so a damaged salt looks exactly
like a wrong passphrase. The salt is also kept in every backup (each is a copy
made with the same key and salt), so the backups can tell: if the passphrase
opens one, it is right and the file is damaged; if the file's salt is intact
and the passphrase opens no copy either, it is wrong. Without such a copy,
nothing can tell, and the message says so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path

from careerjournal.vault import sniff
from careerjournal.vault.errors import (
    PassphraseOrDamage,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
)
from careerjournal.vault.kdf import KeyRing

# Whether ``key`` fully opens the file at the path (raises VaultDamaged if damaged).
Opens = Callable[[Path, bytes], bool]


def why_not(
    path: Path, noun: str, keys: KeyRing, copies: Sequence[Path], opens: Opens
) -> VaultError:
    """The honest error for ``path``, which the keys of ``keys`` did not open.

    ``copies`` are backups of this file, newest first; ``opens`` checks a copy.
    """
    salt = sniff.read_salt(path)
    confirmed_wrong = False
    for copy in copies:
        with contextlib.suppress(OSError, VaultError):
            copy_salt = sniff.read_salt(copy)
            if _opening_key(copy, keys, opens):
                return VaultDamaged(
                    f"The passphrase is right, but the {noun} is damaged. {_restore(copy)}",
                    path,
                    backup=copy,
                )
            confirmed_wrong = confirmed_wrong or copy_salt == salt
    if sniff.blank_pages(path):
        return VaultDamaged(
            f"The {noun} is damaged: parts of it are blank, so whether the passphrase is "
            "right cannot be told.",
            path,
        )
    if confirmed_wrong:
        return WrongPassphrase(f"That passphrase does not open this {noun} nor its backups.", path)
    return PassphraseOrDamage(
        f"Wrong passphrase or damaged file: that passphrase does not open this {noun}, "
        "and nothing can tell which of the two it is.",
        path,
    )


def with_backup(
    damaged: VaultDamaged, keys: KeyRing, copies: Sequence[Path], opens: Opens
) -> VaultDamaged:
    """``damaged``, naming the newest backup that opens with the same passphrase, if any."""
    for copy in copies:
        with contextlib.suppress(OSError, VaultError):
            if _opening_key(copy, keys, opens):
                return VaultDamaged(f"{damaged} {_restore(copy)}", damaged.path, backup=copy)
    return damaged


def _opening_key(copy: Path, keys: KeyRing, opens: Opens) -> bool:
    return any(opens(copy, key) for key in keys.keys(sniff.read_salt(copy)))


def _restore(copy: Path) -> str:
    return (
        f"The backup {copy} opens with this passphrase: restore it in CareerJournal, or "
        "move the damaged file aside and copy the backup in its place."
    )
