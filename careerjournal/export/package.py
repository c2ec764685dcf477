"""The protected coach package: a document's blocks in an encrypted file of their own.

The file is a SQLCipher database of kind PACKAGE (see
:mod:`careerjournal.vault.cipherfile`), keyed by its own passphrase, never the
vault's. It holds a ``package_meta`` table (``format``, ``created_at``,
``app_version``, ``language``, ``title``) and a ``block`` table: one row per
block, with its kind and its fields as JSON.

A package comes from someone else, so reading one trusts nothing: the file's
size and schema are checked before SQLite reads a row of it
(:mod:`~careerjournal.export.package_schema`), and every block is rebuilt field
by field from the known block types within fixed bounds
(:mod:`~careerjournal.export.package_decode`). Anything else is
:class:`PackageInvalid`, one of the vault errors, never a traceback.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from careerjournal import __version__
from careerjournal.export import package_schema
from careerjournal.export.document import Document
from careerjournal.export.files import replacing
from careerjournal.export.package_decode import DocumentReader
from careerjournal.vault import cipherfile, kdf, sniff
from careerjournal.vault.errors import NotAVault, VaultDamaged, VaultError, VaultNotFound

FORMAT = 1
SUFFIX = ".cjshare"


class PackageTooNew(VaultError):
    """Made by a newer CareerJournal, in a format this one cannot read."""


class PackageTooLarge(VaultError):
    """A document the reader would refuse, so it is not written: too long, too many parts."""


class PackageInvalid(VaultDamaged):
    """Holds something CareerJournal never writes: damaged, or made to harm the reader."""


@dataclass(frozen=True)
class Package:
    """What a package holds, as read back."""

    document: Document
    created_at: datetime
    app_version: str


# --- writing ----------------------------------------------------------------------


def write_package(
    path: Path, passphrase: str, document: Document, *, replace: bool = False
) -> None:
    """Write ``document`` to ``path``, encrypted with ``passphrase``.

    Made whole under a fresh name in the same folder, then moved into place by
    :func:`careerjournal.export.files.replacing` (which never replaces a vault,
    backup or package, nor another file unless ``replace``). An empty passphrase
    is refused (SQLCipher would write plain text), and so is a document the
    reader would refuse (:class:`PackageTooLarge`): the coach would get a file
    that does not open.
    """
    rows = _rows(document, path)

    def fill(conn: sqlcipher3.Connection) -> None:
        meta = {
            "format": str(FORMAT),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "app_version": __version__,
            "language": document.lang,
            "title": document.title,
        }
        conn.execute("BEGIN IMMEDIATE")
        for statement in package_schema.TABLES.values():
            conn.execute(statement)
        conn.executemany("INSERT INTO package_meta (key, value) VALUES (?, ?)", meta.items())
        conn.executemany("INSERT INTO block (position, kind, data) VALUES (?, ?, ?)", rows)
        conn.execute("COMMIT")

    with replacing(path, replace=replace) as part:
        cipherfile.create(part, passphrase, cipherfile.PACKAGE, fill).conn.close()


def _rows(document: Document, path: Path) -> list[tuple[int, str, str]]:
    """The block rows, each checked as the reader will check it."""
    rows = [
        (n, type(block).__name__, json.dumps(_encode(block), ensure_ascii=False))
        for n, block in enumerate(document.blocks)
    ]
    reader = DocumentReader()
    try:
        if len(rows) > package_schema.MAX_BLOCKS:
            raise ValueError(f"it has {len(rows)} parts; at most {package_schema.MAX_BLOCKS}")
        for _, kind, data in rows:
            if len(data.encode("utf-8")) > package_schema.MAX_BLOCK_BYTES:
                raise ValueError(f"a part is larger than {package_schema.MAX_BLOCK_BYTES} bytes")
            reader.block(kind, data)
    except (ValueError, TypeError) as exc:
        raise PackageTooLarge(
            f"This selection cannot go into one package ({exc}). Share less at a time, "
            "or shorten the longest texts.",
            path,
        ) from exc
    return rows


def _encode(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- reading ----------------------------------------------------------------------


def read_package(path: Path, passphrase: str) -> Package:
    """Open the package read-only and rebuild its document; the file is not changed.

    Raises PassphraseOrDamage ("wrong passphrase or damaged file": a package has no
    backup that could tell the two apart), VaultDamaged (truncated, altered, unreadable
    content), :class:`PackageInvalid` (content CareerJournal never writes: hostile or
    damaged), NotAVault (a vault, a FIFO or any other file), VaultNotFound or
    :class:`PackageTooNew`. Nothing else, whatever the file holds.
    """
    _check_file(path)
    opened = _unlock(path, passphrase)
    try:
        try:
            package_schema.check_schema(opened.conn)  # before SQLite runs anything in it
        except ValueError as exc:
            raise PackageInvalid(_invalid(exc), path) from exc
        # A package is small, so SQLite's full check runs here, before anything is shown.
        problems = cipherfile.StructureCheck(path, opened.key).run()
        if problems:
            raise VaultDamaged(f"The shared package is damaged ({problems[0]}).", path)
        return _read(opened.conn, path)
    except sqlcipher3.DatabaseError as exc:
        raise VaultDamaged(f"The shared package cannot be read: {exc}.", path) from exc
    finally:
        opened.conn.close()


def _unlock(path: Path, passphrase: str) -> cipherfile.Opened:
    """Keyed and checked, with the schema's page looked at before SQLite parses it.

    When the passphrase opens nothing, :func:`cipherfile.unlock` says why (it
    tells a wrong passphrase from damage), at the cost of a second derivation.
    """
    cipherfile.check_openable(path, cipherfile.PACKAGE)
    salt = sniff.read_salt(path)
    for key in kdf.KeyRing(passphrase).keys(salt):
        try:
            ours = package_schema.schema_page_is_ours(path, key, salt)
        except ValueError as exc:
            raise PackageInvalid(_invalid(exc), path) from exc
        opened = ours and cipherfile.unlock_with_key(path, key, cipherfile.PACKAGE, read_only=True)
        if opened:
            return opened
    return cipherfile.unlock(path, passphrase, cipherfile.PACKAGE, read_only=True)


def _invalid(problem: Exception, part: int | None = None) -> str:
    where = f" (part {part})" if part is not None else ""
    return (
        f"This file is damaged or was not made by CareerJournal: {problem}{where}. "
        "It was not opened."
    )


def _check_file(path: Path) -> None:
    """A regular file of a package's size; a FIFO, a device or a huge file is never read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise VaultNotFound(f"There is no file at {path}.", path) from None
    except OSError as exc:
        raise NotAVault(f"{path} cannot be opened: {exc.strerror}.", path) from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotAVault(f"{path} is a folder, not a shared package.", path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAVault(f"{path} is not an ordinary file, so not a shared package.", path)
    if info.st_size > package_schema.MAX_FILE_BYTES:
        limit = package_schema.MAX_FILE_BYTES // (1024 * 1024)
        problem = ValueError(f"it is larger than the {limit} MB a package can be")
        raise PackageInvalid(_invalid(problem), path)


def _read(conn: sqlcipher3.Connection, path: Path) -> Package:
    try:
        meta = package_schema.check_meta(conn)
        made_in = _format(meta.get("format"))
    except ValueError as exc:
        raise PackageInvalid(_invalid(exc), path) from exc
    if made_in > FORMAT:
        raise PackageTooNew(
            f"This shared package has format {made_in}; this CareerJournal "
            f"reads up to {FORMAT}. Update CareerJournal to open it.",
            path,
        )
    try:
        description = _description(meta)
        count = package_schema.check_blocks(conn)
    except ValueError as exc:
        raise PackageInvalid(_invalid(exc), path) from exc
    reader = DocumentReader()
    blocks = []
    rows = conn.execute(
        "SELECT position, CAST(kind AS BLOB), CAST(data AS BLOB) FROM block ORDER BY position"
    )
    for position, kind, data in itertools.islice(rows, count):
        try:
            blocks.append(reader.block(package_schema.text(kind), package_schema.text(data)))
        except (ValueError, TypeError, RecursionError) as exc:
            raise PackageInvalid(_invalid(exc, position), path) from exc
    title, lang, created, version = description
    return Package(Document(title, lang, tuple(blocks)), created, version)


_FORMAT = re.compile(r"[0-9]{1,6}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})?")
_VERSION = re.compile(r"[0-9A-Za-z.+-]{1,40}")
# What the writer makes: UTC, to the second (fractions and other offsets are accepted).
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?([+-][0-9]{2}:[0-9]{2}|Z)"
)
# A package made before 2000 or after 2999 has a broken date (or clock).
_FIRST_YEAR, _LAST_YEAR = 2000, 2999


def _format(value: str | None) -> int:
    if value is None or not _FORMAT.fullmatch(value):
        raise ValueError("its format number is not readable")
    return int(value)


def _description(meta: dict[str, str]) -> tuple[str, str, datetime, str]:
    """Title, language, moment of sharing (in UTC) and app version, each checked strictly."""
    if set(meta) != package_schema.META_KEYS:
        raise ValueError("its description is not one CareerJournal writes")
    if not _LANGUAGE.fullmatch(meta["language"]):
        raise ValueError("its language is not a language code")
    if not _VERSION.fullmatch(meta["app_version"]):
        raise ValueError("its version number is not one")
    return meta["title"], meta["language"], _moment(meta["created_at"]), meta["app_version"]


def _moment(value: str) -> datetime:
    """When it was shared: a full ISO moment with its offset, in a plausible year."""
    if not _MOMENT.fullmatch(value):
        raise ValueError("the moment it was shared is not a date and time")
    moment = datetime.fromisoformat(value)
    # The offset is under a day, so this bound also keeps astimezone() in range.
    if not _FIRST_YEAR <= moment.year <= _LAST_YEAR:
        raise ValueError(f"it was shared outside the years {_FIRST_YEAR}-{_LAST_YEAR}")
    return moment.astimezone(UTC)
