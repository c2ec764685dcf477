"""Passphrase to raw SQLCipher key, with Argon2id.

SQLCipher's own PBKDF2 is not memory-hard, so the vault is keyed with a raw
256-bit key that Argon2id derives from the passphrase and the vault's own
16-byte salt (the first 16 bytes of the file). The parameters are fixed per
vault format: they are not stored in the file, so changing them means a new
format number, and ``open_vault`` tries the formats newest first.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters of one vault format."""

    time_cost: int
    memory_kib: int
    parallelism: int


# Format 1: 64 MiB, 6 passes, 4 lanes. About 0.3 s on the 2-core development
# machine and about half a second on an ordinary laptop; in line with what
# Bitwarden and KeePassXC use for Argon2id.
FORMATS: dict[int, KdfParams] = {
    1: KdfParams(time_cost=6, memory_kib=64 * 1024, parallelism=4),
}
CURRENT_FORMAT = max(FORMATS)


def normalise(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same typed passphrase gives the same bytes everywhere."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The raw 32-byte vault key for ``passphrase`` and the vault's ``salt``."""
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    return hash_secret_raw(
        secret=normalise(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


class KeyRing:
    """The keys one passphrase gives, per salt and format, each derived at most once.

    Explaining a failed open tries the same passphrase with the salts kept in
    backups; this keeps that to one Argon2id run per distinct salt.
    """

    def __init__(self, passphrase: str) -> None:
        self._passphrase = passphrase
        self._keys: dict[tuple[bytes, int], bytes] = {}

    def keys(self, salt: bytes) -> list[bytes]:
        """The candidate keys for ``salt``, newest format first."""
        found = []
        for fmt in sorted(FORMATS, reverse=True):
            if (salt, fmt) not in self._keys:
                self._keys[salt, fmt] = derive_key(self._passphrase, salt, FORMATS[fmt])
            found.append(self._keys[salt, fmt])
        return found
