"""An encrypted SQLite file keyed by Argon2id: what a vault and a shared package both are.

Everything here is about the file and its key, nothing about what is stored in
it: :mod:`store` adds the vault's schema and :mod:`careerjournal.export.package`
the coach package's.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from careerjournal.vault import diagnosis, kdf, passphrase_rule, sniff
from careerjournal.vault.errors import (
    FolderMissing,
    LocationNotWritable,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    WriteFailed,
)


@dataclass(frozen=True)
class FileKind:
    """Which kind of encrypted file: its SQLite ``application_id`` and its name in messages."""

    application_id: int
    noun: str


# Another program's encrypted database, or the other kind of CareerJournal file,
# is refused by name.
VAULT = FileKind(sniff.VAULT_APP_ID, "CareerJournal vault")
PACKAGE = FileKind(sniff.PACKAGE_APP_ID, "CareerJournal shared package")
_KINDS = (VAULT, PACKAGE)

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


@dataclass
class Opened:
    """A keyed, checked connection, with the salt and key that opened it."""

    conn: sqlcipher3.Connection
    salt: bytes
    key: bytes


def key_pragma(verb: str, key: bytes, salt: bytes | None = None) -> str:
    """``PRAGMA key/rekey`` with a raw hex key: hex digits only, so nothing can break the quoting."""
    blob = key.hex() + (salt.hex() if salt else "")
    return f"PRAGMA {verb} = \"x'{blob}'\""


def _connect(
    path: Path,
    key: bytes,
    salt: bytes | None = None,
    *,
    read_only: bool = False,
    check_same_thread: bool = True,
) -> sqlcipher3.Connection:
    mode = "ro" if read_only else "rw"
    # A URI so that ``mode`` applies; as_uri() percent-encodes any character in the path.
    conn = sqlcipher3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        isolation_level=None,
        check_same_thread=check_same_thread,
    )
    for pragma in _BEFORE_KEY:
        conn.execute(pragma)
    conn.execute(key_pragma("key", key, salt))
    return conn


def require_usable(passphrase: str) -> None:
    """A new passphrase must meet the one rule, whichever way it arrives."""
    passphrase_rule.require_new(passphrase)


def identity(path: Path) -> tuple[int, int] | None:
    """Device and inode: tells whether the file at ``path`` is still the one we opened."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def write_error(exc: sqlcipher3.Error, path: Path) -> VaultError:
    """The known write failures, in words the user can act on."""
    text = str(exc).lower()
    if "full" in text:
        return WriteFailed("The disk is full; your last change was not saved.", path)
    if "readonly" in text or "read-only" in text:
        return LocationNotWritable("The file can no longer be written; it may be read-only.", path)
    if "disk i/o" in text or "unable to open" in text:
        return WriteFailed("The file could not be written; was it moved or removed?", path)
    if "locked" in text or "busy" in text:
        return WriteFailed("The vault is in use by another CareerJournal window.", path)
    return WriteFailed(f"Saving failed: {exc}", path)


def check_writable_location(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LocationNotWritable(f"The folder {folder} cannot be written.", path)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise LocationNotWritable(f"The file {path} cannot be written.", path)


def create(
    path: Path,
    passphrase: str,
    kind: FileKind,
    setup: Callable[[sqlcipher3.Connection], object],
    *,
    make_folder: bool = False,
) -> Opened:
    """A new encrypted file, owner-only from its first byte; refuses to overwrite anything.

    ``setup`` creates the content; if anything fails the file is removed again.
    A missing folder is made only with ``make_folder`` (the app's own data
    folder); otherwise it is FolderMissing, never silently made.
    """
    require_usable(passphrase)
    if path.is_dir():
        raise NotAVault(f"{path} is a folder; choose a file name.", path)
    if path.exists():
        raise VaultExists(f"{path} already exists; CareerJournal will not overwrite it.", path)
    if not make_folder:
        require_folder(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise LocationNotWritable(
            f"The folder {path.parent} cannot be made: {exc.strerror}.", path
        ) from exc
    check_writable_location(path)
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    key = kdf.derive_key(passphrase, salt, kdf.FORMATS[kdf.CURRENT_FORMAT])
    try:
        # SQLite gives its journal the same mode as the file.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise LocationNotWritable(f"{path} cannot be created: {exc.strerror}.", path) from exc
    conn = None
    try:
        conn = _connect(path, key, salt)
        conn.execute(f"PRAGMA application_id = {kind.application_id}")
        for pragma in _AFTER_KEY:
            conn.execute(pragma)
        setup(conn)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        path.unlink(missing_ok=True)
        if isinstance(exc, sqlcipher3.OperationalError):
            raise write_error(exc, path) from exc
        raise
    return Opened(conn, salt, key)


def unlock(
    path: Path,
    passphrase: str,
    kind: FileKind,
    *,
    read_only: bool = False,
    copies: Sequence[Path] = (),
    scan_pages: bool = True,
) -> Opened:
    """Open ``path`` with ``passphrase``: keyed, of the right kind, and through both integrity checks.

    ``scan_pages=False`` leaves the HMAC scan of every page to :class:`StructureCheck`,
    for the app, which runs that after its window is up (see :func:`_check_pages`).

    ``copies``: backups of this file, newest first. When the passphrase opens
    nothing they tell a wrong passphrase from damage (see :mod:`diagnosis`):
    WrongPassphrase only when damage is ruled out, else VaultDamaged (with the
    backup that opens) or PassphraseOrDamage.
    """
    check_openable(path, kind)
    keys = kdf.KeyRing(passphrase)

    def opens(copy: Path, key: bytes) -> bool:
        copy_opened = unlock_with_key(copy, key, kind, read_only=True)
        if copy_opened is not None:
            copy_opened.conn.close()
        return copy_opened is not None

    try:
        for key in keys.keys(sniff.read_salt(path)):
            opened = unlock_with_key(path, key, kind, read_only=read_only, scan_pages=scan_pages)
            if opened is not None:
                return opened
    except VaultDamaged as damaged:
        raise diagnosis.with_backup(damaged, keys, copies, opens) from damaged
    raise diagnosis.why_not(path, kind.noun, keys, copies, opens)


def unlock_with_key(
    path: Path, key: bytes, kind: FileKind, *, read_only: bool = False, scan_pages: bool = True
) -> Opened | None:
    """Like :func:`unlock` with a raw key; None if the key is wrong."""
    salt = sniff.read_salt(path)
    conn = _connect(path, key, read_only=read_only)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        if any(sniff.authentic_pages(path, key, salt)):
            raise VaultDamaged(
                f"The passphrase is right, but the {kind.noun} is damaged.", path
            ) from None
        return None
    try:
        _check_kind(conn, path, kind)
        if not read_only:
            check_writable_location(path)
            for pragma in _AFTER_KEY:
                conn.execute(pragma)
        _check_pages(conn, path, kind, every_page=scan_pages)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(f"The {kind.noun} is damaged: {exc}.", path) from exc
    except BaseException:
        conn.close()
        raise
    return Opened(conn, salt, key)


def _check_kind(conn: sqlcipher3.Connection, path: Path, kind: FileKind) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == kind.application_id:
        return
    other = next((k for k in _KINDS if k.application_id == app_id), None)
    what = f"a {other.noun}" if other else "an encrypted database of another program"
    raise NotAVault(f"{path} is {what}, not a {kind.noun}.", path)


def _check_pages(
    conn: sqlcipher3.Connection, path: Path, kind: FileKind, *, every_page: bool = True
) -> None:
    """The check at every open: the file's length, and (``every_page``) every page's HMAC.

    ``cipher_integrity_check`` alone misses a file cut exactly at a page
    boundary; reading the page count makes SQLite compare the size its header
    records with the file's and report the cut. The HMAC scan grows with the
    file (0.3 s at 50,000 entries), so the app leaves it to :class:`StructureCheck`,
    which it runs in the background with the structural check once its window
    is up; SQLCipher authenticates every page it reads meanwhile anyway.
    """
    conn.execute("PRAGMA page_count").fetchone()
    bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall() if every_page else []
    if bad_pages:
        detail = "; ".join(str(row[0]) for row in bad_pages[:3])
        raise VaultDamaged(f"The {kind.noun} is damaged ({detail}).", path)


class StructureCheck:
    """Every page's HMAC and SQLite's full ``integrity_check``, on a separate read-only connection.

    It decrypts every page (about 0.7 s for a 20 MB vault), so the app runs it in
    a background thread after unlocking. :meth:`cancel` may be called from any
    thread: it interrupts the check, so locking or quitting never waits for it
    and no thread is left inside SQLite when the process ends.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = path
        self._key: bytes | None = key
        self._conn: sqlcipher3.Connection | None = None
        self._cancelled = threading.Event()

    def run(self) -> list[str]:
        """The problems found; [] when sound or when cancelled."""
        key, self._key = self._key, None
        if key is None or self._cancelled.is_set():
            return []
        self._conn = _connect(self._path, key, read_only=True, check_same_thread=False)
        try:
            if self._cancelled.is_set():
                return []
            self._conn.execute("PRAGMA temp_store = MEMORY")
            # SQLite forgets an interrupt once no statement runs, and SQLCipher's page scan
            # does not look at it: a cancel during the scan must stop integrity_check,
            # which reads the whole file, through this handler (it also answers inside it).
            self._conn.set_progress_handler(self._cancelled.is_set, 1000)
            bad_pages = self._conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if bad_pages:
                return [str(row[0]) for row in bad_pages[:10]]
            if self._cancelled.is_set():
                return []
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        except sqlcipher3.OperationalError:
            if self._cancelled.is_set():
                return []
            raise
        except sqlcipher3.DatabaseError as exc:
            return [str(exc)]
        finally:
            conn, self._conn = self._conn, None
            conn.close()
        return [] if rows == [("ok",)] else [str(row[0]) for row in rows[:10]]

    def cancel(self) -> None:
        self._cancelled.set()
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.interrupt()


def require_folder(path: Path) -> None:
    """FolderMissing unless the folder that should hold ``path`` exists."""
    if not path.parent.exists():
        raise FolderMissing(
            f"The folder {path.parent} does not exist. Is the USB stick or disk plugged in? "
            "CareerJournal does not make it, so your vault never ends up on another disk.",
            path,
        )


def check_openable(path: Path, kind: FileKind) -> None:
    """Refuse, with a clear reason, anything that cannot be such a file; touches nothing."""
    if not path.exists():
        require_folder(path)
        raise VaultNotFound(f"There is no {kind.noun} at {path}.", path)
    if path.is_dir():
        raise NotAVault(f"{path} is a folder, not a {kind.noun}.", path)
    if not os.access(path, os.R_OK):
        raise LocationNotWritable(f"{path} cannot be read (permissions).", path)
    shape, what = sniff.shape_of(path)
    if shape is sniff.Shape.TRUNCATED:
        raise VaultDamaged(f"{path} is {what}: the {kind.noun} is damaged.", path)
    if shape is not sniff.Shape.PLAUSIBLE:
        raise NotAVault(f"{path} is {what}, not a {kind.noun}.", path)


def close_quietly(conn: sqlcipher3.Connection) -> None:
    with contextlib.suppress(sqlcipher3.Error):
        conn.close()
