"""The shape of a coach package file, checked before a single row of it is read.

A package comes from someone else. SQLite runs whatever a file's schema says:
a ``block`` VIEW made of a recursive CTE never ends, a trigger or an index on
an expression runs code during a check, so the schema has to be exactly what
:func:`careerjournal.export.package.write_package` makes before anything else
is asked of the file. Then the rows are measured in SQL (``octet_length``
reads no content), so nothing large reaches Python.

Every limit is far above what a real export holds; each one bounds the time or
memory a hostile file can cost. Failures are ``ValueError`` with a short
English detail; :mod:`careerjournal.export.package` turns them into the
package's error.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from careerjournal.vault import cipherfile, sniff
from careerjournal.vault.errors import NotAVault

# The only objects a package holds, as their CREATE statements (SQLite keeps the
# text as written, so equal text means equal columns, types and constraints).
TABLES = {
    "package_meta": (
        "CREATE TABLE package_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
    ),
    "block": (
        "CREATE TABLE block (position INTEGER PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)"
    ),
}
META_KEYS = frozenset({"format", "created_at", "app_version", "language", "title"})

# The whole file. A package with 2,000 journal entries in full is about 4 MB.
MAX_FILE_BYTES = 32 * 1024 * 1024
# Blocks in one package: a journal entry is 2-3 blocks, so this is over 15,000 entries.
MAX_BLOCKS = 50_000
# One block's JSON (UTF-8): room for the longest text a block may hold
# (package_decode.MAX_CHARS) even in 4-byte characters.
MAX_BLOCK_BYTES = 512 * 1024
# Description rows (the writer makes 5; a later format may add some) and the
# length of one (the title is the longest, some 40 characters).
MAX_META_ROWS = 64
MAX_META_BYTES = 1024
# The name of a block type ("MonthStrip" is the longest).
MAX_KIND_BYTES = 32


def check_schema(conn: sqlcipher3.Connection) -> None:
    """Exactly the two tables the writer makes: no view, trigger, index or other table."""
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT {len(TABLES) + 1}"
    ).fetchall()
    for kind, name, table, sql in rows:
        if kind != "table":
            raise ValueError(f"it holds {shown(name)} of type {shown(kind)}, not just tables")
        if name not in TABLES:
            raise ValueError(f"it holds an unknown table {shown(name)}")
        if table != name or sql != TABLES[name]:
            raise ValueError(f"its table {shown(name)} is not laid out as CareerJournal makes it")
    missing = sorted(set(TABLES) - {row[1] for row in rows})
    if missing or len(rows) != len(TABLES):
        raise ValueError(f"its table {shown(missing[0] if missing else '?')} is missing")


def check_meta(conn: sqlcipher3.Connection) -> dict[str, str]:
    """The description, with text keys and short text values only."""
    count, odd, longest = conn.execute(
        "SELECT count(*), max(typeof(key) != 'text' OR typeof(value) != 'text'),"
        " max(octet_length(key) + octet_length(value)) FROM package_meta"
    ).fetchone()
    if count > MAX_META_ROWS or odd or (longest or 0) > MAX_META_BYTES:
        raise ValueError("its description is not one CareerJournal writes")
    rows = conn.execute("SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM package_meta")
    return {text(key): text(value) for key, value in rows}


def text(stored: bytes) -> str:
    """Text read as its stored bytes and decoded here: SQLite's own decoding error
    would quote the file's content in the message."""
    try:
        return stored.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("it holds text that is not UTF-8") from None


def check_blocks(conn: sqlcipher3.Connection) -> int:
    """The number of blocks, after checking their count, numbering, types and sizes."""
    count, first, last, odd, kind_bytes, data_bytes = conn.execute(
        "SELECT count(*), min(position), max(position),"
        " max(typeof(kind) != 'text' OR typeof(data) != 'text'),"
        " max(octet_length(kind)), max(octet_length(data)) FROM block"
    ).fetchone()
    if count > MAX_BLOCKS:
        raise ValueError(f"it has {count} parts; CareerJournal makes at most {MAX_BLOCKS}")
    if count and (first != 0 or last != count - 1):
        raise ValueError("parts of it are missing")
    if odd or (kind_bytes or 0) > MAX_KIND_BYTES:
        raise ValueError("a part of it is not stored as CareerJournal stores it")
    if (data_bytes or 0) > MAX_BLOCK_BYTES:
        raise ValueError(
            f"a part of it is {data_bytes // 1024} KB; CareerJournal makes at most "
            f"{MAX_BLOCK_BYTES // 1024} KB"
        )
    return int(count)


def shown(value: object, limit: int = 40) -> str:
    """A value from the file, short and on one line, to name it in a message."""
    text = str(value)
    return repr(text[:limit] + ("…" if len(text) > limit else ""))


# --- the schema's own page, before SQLite parses it --------------------------------
#
# SQLite parses the whole schema at the first statement, and parsing many views
# or triggers (which need no page of their own) takes time that grows with their
# square: 60,000 views in 7 MB took 19 s. The writer's schema is two short rows
# on page 1, so page 1 is decrypted here and must be a leaf holding a few short
# rows; anything else is refused before SQLite sees it.
_PAGE = 4096
_RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC-SHA512 at each page's end
# At offset 16: page size, rollback journal (not WAL), reserve, payload fractions.
_HEADER = bytes.fromhex("1000") + bytes([1, 1, _RESERVE, 64, 32, 32])
_LEAF_TABLE = 13
MAX_SCHEMA_ROWS = 8  # the writer makes 2
MAX_SCHEMA_ROW_BYTES = 1024  # a row of sqlite_master: type, names, root page, CREATE text


def schema_page_is_ours(path: Path, key: bytes, salt: bytes) -> bool:
    """Whether ``key`` authenticates page 1 (False: a wrong key or damage, which
    :func:`cipherfile.unlock` explains). NotAVault for another kind of file;
    ValueError if page 1 is not the small schema the writer makes."""
    # Only here: cryptography is ~7 MB resident, and a module that imports this one
    # (the coach viewer, Share) should not load it before a package is opened.
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if sniff.authentic_pages(path, key, salt)[:1] != [True]:  # page 1 comes first
        return False
    with path.open("rb") as f:
        page = f.read(_PAGE)
    iv = page[_PAGE - _RESERVE : _PAGE - _RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = bytes(16) + decryptor.update(page[16 : _PAGE - _RESERVE]) + decryptor.finalize()
    app_id = int.from_bytes(plain[68:72], "big")  # checked here: SQLite would parse first
    if app_id != cipherfile.PACKAGE.application_id:
        what = (
            f"a {cipherfile.VAULT.noun}"
            if app_id == cipherfile.VAULT.application_id
            else "an encrypted database of another program"
        )
        raise NotAVault(f"{path} is {what}, not a {cipherfile.PACKAGE.noun}.", path)
    kind, cells = plain[100], int.from_bytes(plain[103:105], "big")
    if plain[16:24] != _HEADER or kind != _LEAF_TABLE or cells > MAX_SCHEMA_ROWS:
        raise ValueError("its list of tables is not the short one CareerJournal writes")
    for n in range(cells):
        offset = int.from_bytes(plain[108 + 2 * n : 110 + 2 * n], "big")
        if _varint(plain, offset) > MAX_SCHEMA_ROW_BYTES:
            raise ValueError("its list of tables is not the short one CareerJournal writes")
    return True


def _varint(data: bytes, offset: int) -> int:
    """SQLite's variable-length integer at ``offset`` (a cell's payload size)."""
    value = 0
    for n in range(9):
        if offset + n >= len(data):
            return 1 << 64  # runs off the page: no real row does
        byte = data[offset + n]
        if n == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value
    return value
