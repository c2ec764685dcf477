"""The encrypted store: one SQLCipher file per user, keyed with Argon2id."""

from careerjournal.vault.errors import (
    FolderMissing,
    InvalidPassphrase,
    LocationNotWritable,
    NotAVault,
    PassphraseOrDamage,
    VaultClosed,
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
from careerjournal.vault.store import (
    Vault,
    create_vault,
    open_vault,
    open_with_recovery_key,
    sqlcipher_version,
)

__all__ = [
    "FolderMissing",
    "InvalidPassphrase",
    "LocationNotWritable",
    "NotAVault",
    "PassphraseOrDamage",
    "Vault",
    "VaultClosed",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultTooNew",
    "WriteFailed",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "create_vault",
    "open_vault",
    "open_with_recovery_key",
    "sqlcipher_version",
]
