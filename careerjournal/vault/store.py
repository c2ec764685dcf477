"""The encrypted vault: one SQLCipher file that holds everything the user writes."""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from urllib.parse import quote

import sqlcipher3

from careerjournal.vault import kdf, migrations, recovery, sniff
from careerjournal.vault.errors import (
    InvalidPassphrase,
    LocationNotWritable,
    NotAVault,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)

# Marks a SQLCipher database as ours ("CJv1" as a 32-bit integer), so that another
# program's encrypted database that happens to open is still refused.
APPLICATION_ID = 0x434A7631

# Every setting below is chosen on purpose; see docs/security.md.
_BEFORE_KEY = (
    # SQLCipher prints hmac failures on stderr by default; a wrong passphrase is
    # an ordinary event here and we report it ourselves.
    "PRAGMA cipher_log_level = NONE",
    # Wipe SQLCipher's buffers (keys, decrypted pages) when they are freed.
    "PRAGMA cipher_memory_security = ON",
)
_AFTER_KEY = (
    # SQLite's temporary files (sorts, temp tables) are NOT encrypted: keep them in RAM.
    "PRAGMA temp_store = MEMORY",
    # Overwrite deleted content instead of leaving it in free pages.
    "PRAGMA secure_delete = ON",
    # A rollback journal holds encrypted pages only and leaves one file at rest.
    "PRAGMA journal_mode = DELETE",
    # fsync at every commit, so a committed save survives a power cut.
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
)


def _key_pragma(verb: str, key: bytes, salt: bytes | None = None) -> str:
    """``PRAGMA key/rekey`` with a raw hex key: hex digits only, so nothing can break the quoting."""
    blob = key.hex() + (salt.hex() if salt else "")
    return f"PRAGMA {verb} = \"x'{blob}'\""


def _connect(path: Path, key: bytes, salt: bytes | None = None, *, read_only: bool = False):
    mode = "ro" if read_only else "rw"
    conn = sqlcipher3.connect(
        f"file:{_uri_path(path)}?mode={mode}", uri=True, isolation_level=None,
        check_same_thread=True,
    )
    for pragma in _BEFORE_KEY:
        conn.execute(pragma)
    conn.execute(_key_pragma("key", key, salt))
    return conn


def _uri_path(path: Path) -> str:
    return quote(str(path.resolve()), safe="/:")


def _check_writable_location(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LocationNotWritable(f"The folder {folder} cannot be written.", path)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise LocationNotWritable(f"The file {path} cannot be written.", path)


class Vault:
    """An open vault. Reads go through :attr:`connection`, writes through :meth:`transaction`."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, salt: bytes, key: bytes) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._salt = salt
        # A one-way tag of the key, never the key itself, to verify the passphrase later.
        self._key_check = _key_check(key)
        # Opened with the recovery key: a new passphrase must be set first.
        self.recovered = False
        # Which file we opened: a write to a vault that was moved or deleted
        # meanwhile would land in a file nobody will ever see again.
        self._identity = _identity(path)

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultClosed("The vault is locked.", self.path)
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        conn = self.connection
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                self._check_still_there()
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
            self._check_still_there()
            raise _write_error(exc, self.path) from exc

    def _check_still_there(self) -> None:
        if _identity(self.path) != self._identity:
            raise WriteFailed(
                f"The vault file {self.path} was moved or deleted; your change was not saved.",
                self.path,
            )

    def schema_version(self) -> int:
        return migrations.schema_version(self.connection)

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this vault's passphrase (costs one key derivation)."""
        candidate = kdf.derive_key(passphrase, self._salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
        return hmac.compare_digest(_key_check(candidate), self._key_check)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the vault under ``new``; SQLCipher's rekey is crash-safe."""
        _require_usable(new)
        if not self.matches(old):
            raise WrongPassphrase("The current passphrase is not right.", self.path)
        self._rekey(new)

    def set_passphrase(self, new: str) -> None:
        """Choose a new passphrase after opening with the recovery key."""
        if not self.recovered:
            raise WrongPassphrase("Use change_passphrase: the current passphrase is needed.", self.path)
        _require_usable(new)
        self._rekey(new)
        self.recovered = False

    def _rekey(self, new: str) -> None:
        key = kdf.derive_key(new, self._salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
        try:
            self.connection.execute(_key_pragma("rekey", key))
        except sqlcipher3.OperationalError as exc:
            raise _write_error(exc, self.path) from exc
        self._key_check = _key_check(key)

    def recovery_key(self, passphrase: str) -> str:
        """The text for the recovery sheet: the vault's raw key, readable and typable.

        Asks for the passphrase again, so the key is never kept in memory longer
        than it takes to print it. A passphrase change makes old sheets useless.
        """
        key = kdf.derive_key(passphrase, self._salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
        if not hmac.compare_digest(_key_check(key), self._key_check):
            raise WrongPassphrase("That passphrase does not open this vault.", self.path)
        return recovery.format_key(key)

    def close(self) -> None:
        """Close the database; SQLCipher wipes the key and page cache from memory."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _key_check(key: bytes) -> str:
    """A one-way tag of the key: enough to recognise it, useless to open the vault."""
    return hmac.new(key, b"careerjournal key check", "sha256").hexdigest()


def _require_usable(passphrase: str) -> None:
    if not passphrase:
        raise InvalidPassphrase("The passphrase cannot be empty.")


def _write_error(exc: sqlcipher3.Error, path: Path) -> VaultError:
    text = str(exc).lower()
    if "full" in text:
        return WriteFailed("The disk is full; your last change was not saved.", path)
    if "readonly" in text or "read-only" in text:
        return LocationNotWritable("The vault can no longer be written; it may be read-only.", path)
    if "disk i/o" in text or "unable to open" in text:
        return WriteFailed("The vault file could not be written; was it moved or removed?", path)
    if "locked" in text or "busy" in text:
        return WriteFailed("The vault is in use by another CareerJournal window.", path)
    return WriteFailed(f"Saving failed: {exc}", path)


def create_vault(path: Path | str, passphrase: str, *, schema: int | None = None) -> Vault:
    """Make a new vault at ``path``; refuses to overwrite anything.

    ``schema`` stops the migrations early; only tests of migrations use it.
    """
    path = Path(path)
    _require_usable(passphrase)
    if path.is_dir():
        raise NotAVault(f"{path} is a folder; choose a file name for the vault.", path)
    if path.exists():
        raise VaultExists(f"{path} already exists; CareerJournal will not overwrite it.", path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise LocationNotWritable(f"The folder {path.parent} cannot be made: {exc.strerror}.", path) from exc
    _check_writable_location(path)
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    key = kdf.derive_key(passphrase, salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
    try:
        # Owner-only from the first byte; SQLite gives its journal the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise LocationNotWritable(f"{path} cannot be created: {exc.strerror}.", path) from exc
    conn = None
    try:
        conn = _connect(path, key, salt)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for pragma in _AFTER_KEY:
            conn.execute(pragma)
        migrations.migrate(conn, migrations.LATEST if schema is None else schema)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        path.unlink(missing_ok=True)
        if isinstance(exc, sqlcipher3.OperationalError):
            raise _write_error(exc, path) from exc
        raise
    return Vault(path, conn, salt, key)


def open_vault(path: Path | str, passphrase: str, *, read_only: bool = False) -> Vault:
    """Open and unlock an existing vault, check it, and migrate its schema if it is older.

    ``read_only`` opens without writing anything (no migration): for checking backups.
    """
    path = Path(path)
    _check_openable(path)
    salt = sniff.read_salt(path)
    for fmt in sorted(kdf.FORMATS, reverse=True):
        key = kdf.derive_key(passphrase, salt, kdf.FORMATS[fmt])
        conn = _try_key(path, key, salt, read_only)
        if conn is not None:
            return _finish_open(path, conn, salt, key, read_only)
    raise WrongPassphrase("That passphrase does not open this vault.", path)


def open_with_recovery_key(path: Path | str, recovery_key: str) -> Vault:
    """Open a vault with the key printed on its recovery sheet.

    The vault returned has ``recovered`` set: the caller must make the user choose
    a new passphrase with :meth:`Vault.set_passphrase` before anything else.
    """
    path = Path(path)
    _check_openable(path)
    key = recovery.parse(recovery_key)
    salt = sniff.read_salt(path)
    conn = _try_key(path, key, salt, read_only=False)
    if conn is None:
        raise WrongRecoveryKey("That recovery key does not open this vault.", path)
    vault = _finish_open(path, conn, salt, key, read_only=False)
    vault.recovered = True
    return vault


def _try_key(path: Path, key: bytes, salt: bytes, read_only: bool) -> sqlcipher3.Connection | None:
    """A keyed connection if ``key`` opens the file, None if it is the wrong key."""
    conn = _connect(path, key, read_only=read_only)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        if any(sniff.authentic_pages(path, key, salt)):
            raise VaultDamaged("The passphrase is right, but the vault file is damaged.", path) from None
        return None
    return conn


def _finish_open(
    path: Path, conn: sqlcipher3.Connection, salt: bytes, key: bytes, read_only: bool
) -> Vault:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAVault(f"{path} is an encrypted database, but not a CareerJournal vault.", path)
        if not read_only:
            _check_writable_location(path)
            for pragma in _AFTER_KEY:
                conn.execute(pragma)
        _check_integrity(conn, path)
        if not read_only:
            migrations.migrate(conn)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(f"The vault file is damaged: {exc}.", path) from exc
    except BaseException:
        conn.close()
        raise
    return Vault(path, conn, salt, key)


def _check_integrity(conn: sqlcipher3.Connection, path: Path) -> None:
    """Both checks: SQLCipher's per-page HMACs, and SQLite's structure.

    ``cipher_integrity_check`` alone misses a file cut exactly at a page boundary.
    """
    bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    structure = conn.execute("PRAGMA integrity_check").fetchall()
    if bad_pages or structure != [("ok",)]:
        detail = "; ".join(str(row[0]) for row in (bad_pages + structure)[:3])
        raise VaultDamaged(f"The vault file is damaged ({detail}).", path)


def _check_openable(path: Path) -> None:
    """Refuse, with a clear reason, anything that cannot be a vault; touches nothing."""
    if not path.exists():
        raise VaultNotFound(f"There is no vault at {path}.", path)
    if path.is_dir():
        raise NotAVault(f"{path} is a folder, not a vault file.", path)
    if not os.access(path, os.R_OK):
        raise LocationNotWritable(f"{path} cannot be read (permissions).", path)
    shape, what = sniff.shape_of(path)
    if shape is sniff.Shape.TRUNCATED:
        raise VaultDamaged(f"{path} is {what}: the vault is damaged.", path)
    if shape is not sniff.Shape.PLAUSIBLE:
        raise NotAVault(f"{path} is {what}, not a CareerJournal vault.", path)


def sqlcipher_version() -> str:
    """The SQLCipher library in use, e.g. ``4.19.0 community`` (for the About page)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
