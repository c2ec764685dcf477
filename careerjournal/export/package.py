"""The protected coach package: a document's blocks in an encrypted file of their own.

The file is a SQLCipher database of kind PACKAGE (see
:mod:`careerjournal.vault.cipherfile`), keyed by its own passphrase, never the
vault's. It holds a ``package_meta`` table (``format``, ``created_at``,
``app_version``, ``language``, ``title``) and a ``block`` table: one row per
block, with its kind and its fields as JSON.

A package comes from someone else, so reading one trusts nothing: every block
is rebuilt field by field from the known block types, and anything else makes
the package count as damaged.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

import sqlcipher3

from careerjournal import __version__
from careerjournal.export.document import Block, Document
from careerjournal.export.files import replacing
from careerjournal.vault import cipherfile
from careerjournal.vault.errors import VaultDamaged, VaultError

FORMAT = 1
SUFFIX = ".cjshare"

_SCHEMA = (
    "CREATE TABLE package_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE block (position INTEGER PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)",
)


class PackageTooNew(VaultError):
    """Made by a newer CareerJournal, in a format this one cannot read."""


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
    is refused (SQLCipher would write plain text).
    """

    def fill(conn: sqlcipher3.Connection) -> None:
        meta = {
            "format": str(FORMAT),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "app_version": __version__,
            "language": document.lang,
            "title": document.title,
        }
        conn.execute("BEGIN IMMEDIATE")
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.executemany("INSERT INTO package_meta (key, value) VALUES (?, ?)", meta.items())
        conn.executemany(
            "INSERT INTO block (position, kind, data) VALUES (?, ?, ?)",
            (
                (n, type(block).__name__, json.dumps(_encode(block), ensure_ascii=False))
                for n, block in enumerate(document.blocks)
            ),
        )
        conn.execute("COMMIT")

    with replacing(path, replace=replace) as part:
        cipherfile.create(part, passphrase, cipherfile.PACKAGE, fill).conn.close()


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
    backup that could tell the two apart), VaultDamaged (truncated, altered, unreadable content),
    NotAVault (a vault or any other file), VaultNotFound or :class:`PackageTooNew`.
    """
    opened = cipherfile.unlock(path, passphrase, cipherfile.PACKAGE, read_only=True)
    try:
        # A package is small, so SQLite's full check runs here, before anything is shown.
        problems = cipherfile.StructureCheck(path, opened.key).run()
        if problems:
            raise VaultDamaged(f"The shared package is damaged ({problems[0]}).", path)
        return _read(opened.conn, path)
    except sqlcipher3.DatabaseError as exc:
        raise VaultDamaged(f"The shared package cannot be read: {exc}.", path) from exc
    finally:
        opened.conn.close()


def _read(conn: sqlcipher3.Connection, path: Path) -> Package:
    meta = dict(conn.execute("SELECT key, value FROM package_meta").fetchall())
    try:
        made_in = int(meta["format"])
        created = datetime.fromisoformat(meta["created_at"])
        lang, title, version = meta["language"], meta["title"], meta["app_version"]
    except (KeyError, ValueError, TypeError) as exc:
        raise VaultDamaged("The shared package has no readable description.", path) from exc
    if made_in > FORMAT:
        raise PackageTooNew(
            f"This shared package has format {made_in}; this CareerJournal "
            f"reads up to {FORMAT}. Update CareerJournal to open it.",
            path,
        )
    blocks = []
    for position, kind, data in conn.execute(
        "SELECT position, kind, data FROM block ORDER BY position"
    ):
        try:
            blocks.append(_decode_block(str(kind), json.loads(data)))
        except (ValueError, TypeError, KeyError) as exc:
            raise VaultDamaged(
                f"Part {position} of the shared package cannot be read.", path
            ) from exc
    return Package(Document(str(title), str(lang), tuple(blocks)), created, str(version))


@cache
def _block_types() -> dict[str, type]:
    return {cls.__name__: cls for cls in typing.get_args(Block)}


def _decode_block(kind: str, data: object) -> Block:
    cls = _block_types().get(kind)
    if cls is None:
        raise ValueError(f"unknown kind of block {kind!r}")
    return _decode(cls, data)  # type: ignore[no-any-return]


def _decode(hint: Any, value: object) -> Any:
    """``value`` (from JSON) as type ``hint``, or ValueError/TypeError if it is not one."""
    origin = typing.get_origin(hint)
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise ValueError(f"{value!r} is not one of {typing.get_args(hint)}")
        return value
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        (only,) = [o for o in options if o is not type(None)]
        return _decode(only, value)
    if origin is tuple:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, not {type(value).__name__}")
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in value)
        if len(args) != len(value):
            raise ValueError(f"expected {len(args)} values, not {len(value)}")
        return tuple(_decode(arg, item) for arg, item in zip(args, value, strict=True))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, value)
    if hint is date:
        if not isinstance(value, str):
            raise TypeError("a date is written as text")
        return date.fromisoformat(value)
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, bool) and type(value) is hint:
        return value
    raise TypeError(f"expected {hint}, not {type(value).__name__}")


def _decode_dataclass(cls: type, value: object) -> object:
    if not isinstance(value, dict):
        raise TypeError(f"expected the fields of {cls.__name__}")
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    if not set(value) <= names:
        raise ValueError(f"unknown fields in {cls.__name__}: {sorted(set(value) - names)}")
    return cls(**{name: _decode(hints[name], item) for name, item in value.items()})


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
