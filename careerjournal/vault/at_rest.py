"""How journal text and times are kept in the vault: small, and read back exactly.

A journal entry's text is stored deflated (a BLOB starting with its format
number) when that makes it smaller, as plain TEXT otherwise, so short notes
cost nothing to read and both kinds can sit side by side. The full-text index
does not keep a copy of the text (it is contentless), so this is the only copy.
Compressing before encrypting is safe here: nobody can make the app mix their
own text with the user's and watch the file size. Times are whole microseconds
since 1970 UTC, eight bytes instead of a 32-character ISO string.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta

import sqlcipher3

from careerjournal.vault.deflate_words import WORDS_1

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Format 1: one byte b"\x01", then raw deflate (no zlib header or checksum:
# SQLCipher's page HMAC already guards the bytes) with the preset WORDS_1 and a
# 4 KiB window: as small as entries come out with a 32 KiB one, made twice as fast.
_FORMAT_1 = b"\x01"
_RAW_DEFLATE_4K = -12


def pack_text(text: str) -> str | bytes:
    """``text`` as stored: deflated if shorter that way."""
    raw = text.encode()
    if len(raw) < 64:  # too short to gain anything
        return text
    packer = zlib.compressobj(6, zlib.DEFLATED, _RAW_DEFLATE_4K, zdict=WORDS_1)
    packed = _FORMAT_1 + packer.compress(raw) + packer.flush()
    return packed if len(packed) < len(raw) else text


def unpack_text(stored: str | bytes) -> str:
    """The text that :func:`pack_text` stored."""
    if isinstance(stored, str):
        return stored
    if stored[:1] != _FORMAT_1:
        raise ValueError("journal text in an unknown format")
    unpacker = zlib.decompressobj(_RAW_DEFLATE_4K, zdict=WORDS_1)
    return (unpacker.decompress(stored[1:]) + unpacker.flush()).decode()


def micros(moment: datetime) -> int:
    """A time as stored: whole microseconds since 1970 UTC (a time without a zone is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(microseconds=1)


def moment(stored: int) -> datetime:
    """The UTC time that :func:`micros` stored."""
    return _EPOCH + timedelta(microseconds=stored)


def _micros_of_iso(text: str) -> int:
    return micros(datetime.fromisoformat(text))


def _packed_utf8(raw: bytes) -> bytes | None:
    packed = pack_text(raw.decode())
    return packed if isinstance(packed, bytes) else None


def register(conn: sqlcipher3.Connection) -> None:
    """The SQL functions migrations use to bring older journals to this form.

    Text crosses into and out of a Python SQL function cut at its first NUL
    character, so ``cj_pack_text`` takes the text as a BLOB (``CAST(body AS
    BLOB)``) and gives back the packed BLOB, or NULL where the text stays as it is.
    """
    conn.create_function("cj_pack_text", 1, _packed_utf8, deterministic=True)
    conn.create_function("cj_micros", 1, _micros_of_iso, deterministic=True)
