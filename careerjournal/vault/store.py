"""The encrypted vault: one SQLCipher file that holds everything the user writes."""

from __future__ import annotations

import contextlib
import hmac
from collections.abc import Iterator, Sequence
from pathlib import Path

import sqlcipher3

from careerjournal.paths import default_backup_folder
from careerjournal.vault import cipherfile, kdf, migrations, recovery
from careerjournal.vault.backup import list_backups
from careerjournal.vault.cipherfile import VAULT, Opened, identity, key_pragma, write_error
from careerjournal.vault.errors import (
    VaultClosed,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)
from careerjournal.vault.lock import VaultLock
from careerjournal.vault.rekey import CopiesRekeyed, rekey_copies

APPLICATION_ID = VAULT.application_id


class Vault:
    """An open vault. Reads go through :attr:`connection`, writes through :meth:`transaction`."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        salt: bytes,
        key: bytes,
        lock: VaultLock | None = None,
    ) -> None:
        self.path = path
        # Held while open for writing: no second window or command writes here.
        self._lock = lock
        self._conn: sqlcipher3.Connection | None = conn
        self._salt = salt
        # A one-way tag of the key, never the key itself, to verify the passphrase later.
        self._key_check = _key_check(key)
        # Opened with the recovery key: a new passphrase must be set first. The key
        # is kept until then, to re-key the backups made with it.
        self.recovered = False
        self._recovery_key: bytes | None = None
        # Which file we opened: a write to a vault that was moved or deleted
        # meanwhile would land in a file nobody will ever see again.
        self._identity = identity(path)
        self._structure_key: bytes | None = key

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
            raise write_error(exc, self.path) from exc

    def _check_still_there(self) -> None:
        if identity(self.path) != self._identity:
            raise WriteFailed(
                f"The vault file {self.path} was moved or deleted; your change was not saved.",
                self.path,
            )

    def structure_check(self) -> cipherfile.StructureCheck | None:
        """SQLite's full structural check for this open, to run once (e.g. in a thread).

        The key it needs is handed over and dropped here: a second call gives None.
        """
        key, self._structure_key = self._structure_key, None
        return cipherfile.StructureCheck(self.path, key) if key is not None else None

    def schema_version(self) -> int:
        return migrations.schema_version(self.connection)

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this vault's passphrase (costs one key derivation)."""
        candidate = kdf.derive_key(passphrase, self._salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
        return hmac.compare_digest(_key_check(candidate), self._key_check)

    def change_passphrase(
        self, old: str, new: str, *, backup_folder: Path | None = None
    ) -> CopiesRekeyed:
        """Re-encrypt the vault under ``new``, then every copy the app keeps.

        SQLCipher's rekey is crash-safe. The backups in ``backup_folder`` (by
        default beside the vault) and the files a restore set aside follow: see
        :mod:`careerjournal.vault.rekey`, whose report is returned.
        """
        cipherfile.require_usable(new)
        if not self.matches(old):
            raise WrongPassphrase("The current passphrase is not right.", self.path)
        old_key = kdf.derive_key(old, self._salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
        return self._rekey(new, old_key, backup_folder)

    def set_passphrase(self, new: str, *, backup_folder: Path | None = None) -> CopiesRekeyed:
        """Choose a new passphrase after opening with the recovery key; copies follow too."""
        if not self.recovered or self._recovery_key is None:
            raise WrongPassphrase(
                "Use change_passphrase: the current passphrase is needed.", self.path
            )
        cipherfile.require_usable(new)
        copies = self._rekey(new, self._recovery_key, backup_folder)
        self.recovered, self._recovery_key = False, None
        return copies

    def _rekey(self, new: str, old_key: bytes, backup_folder: Path | None) -> CopiesRekeyed:
        key = kdf.derive_key(new, self._salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
        try:
            self.connection.execute(key_pragma("rekey", key))
        except sqlcipher3.OperationalError as exc:
            raise write_error(exc, self.path) from exc
        self._key_check = _key_check(key)
        folder = backup_folder or default_backup_folder(self.path)
        return rekey_copies(self, self._salt, old_key, key, folder)

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
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _key_check(key: bytes) -> str:
    """A one-way tag of the key: enough to recognise it, useless to open the vault."""
    return hmac.new(key, b"careerjournal key check", "sha256").hexdigest()


def create_vault(
    path: Path | str, passphrase: str, *, schema: int | None = None, make_folder: bool = False
) -> Vault:
    """Make a new vault at ``path``; refuses to overwrite anything.

    A missing folder raises FolderMissing (a USB stick not plugged in must not
    become a folder on the internal disk); ``make_folder`` is for the app's own
    default place. ``schema`` stops the migrations early; only tests of migrations use it.
    """
    path = Path(path)
    target = migrations.LATEST if schema is None else schema
    if make_folder:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _locked(path) as lock:
        opened = cipherfile.create(
            path,
            passphrase,
            VAULT,
            lambda conn: migrations.migrate(conn, target),
            make_folder=make_folder,
        )
        return Vault(path, opened.conn, opened.salt, opened.key, lock)


def open_vault(
    path: Path | str,
    passphrase: str,
    *,
    read_only: bool = False,
    backups: Sequence[Path] | None = None,
    scan_pages: bool = True,
) -> Vault:
    """Open and unlock an existing vault, check it, and migrate its schema if it is older.

    ``read_only`` opens without writing anything (no migration): for checking backups.
    ``backups`` (newest first; by default those in the ``backups`` folder beside the
    vault) tell a wrong passphrase from damage when the vault does not open: see
    :mod:`careerjournal.vault.diagnosis`. ``scan_pages=False`` defers the HMAC
    scan of every page to :meth:`Vault.structure_check` (the app, whose window
    should not wait for a scan that grows with the file).
    """
    path = Path(path)
    if backups is None:
        backups = [b.path for b in list_backups(default_backup_folder(path))]
    if read_only:
        opened = cipherfile.unlock(path, passphrase, VAULT, read_only=True, copies=backups)
        return _migrated(path, opened, None)
    with _locked(path) as lock:
        opened = cipherfile.unlock(path, passphrase, VAULT, copies=backups, scan_pages=scan_pages)
        return _migrated(path, opened, lock)


def open_with_recovery_key(path: Path | str, recovery_key: str) -> Vault:
    """Open a vault with the key printed on its recovery sheet.

    The vault returned has ``recovered`` set: the caller must make the user choose
    a new passphrase with :meth:`Vault.set_passphrase` before anything else.
    """
    path = Path(path)
    cipherfile.check_openable(path, VAULT)
    with _locked(path) as lock:
        opened = cipherfile.unlock_with_key(path, recovery.parse(recovery_key), VAULT)
        if opened is None:
            raise WrongRecoveryKey("That recovery key does not open this vault.", path)
        vault = _migrated(path, opened, lock)
    vault.recovered, vault._recovery_key = True, opened.key
    return vault


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[VaultLock]:
    """The vault's write lock, released again if opening fails."""
    lock = VaultLock(path).acquire()
    try:
        yield lock
    except BaseException:
        lock.release()
        raise


def _migrated(path: Path, opened: Opened, lock: VaultLock | None) -> Vault:
    """The open vault, migrated unless read-only (``lock`` is None only then)."""
    if lock is not None:
        try:
            migrations.migrate(opened.conn)
        except BaseException:
            cipherfile.close_quietly(opened.conn)
            raise
    return Vault(path, opened.conn, opened.salt, opened.key, lock)


def sqlcipher_version() -> str:
    """The SQLCipher library in use, e.g. ``4.19.0 community`` (for the About page)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
