"""Looking at a vault file from the outside, without a database connection.

SQLCipher answers a wrong key and a damaged first page with the same error.
To tell them apart we check the per-page HMAC that SQLCipher 4 writes into
every page: if any page authenticates with the derived key, the passphrase is
right and the file is damaged; if none does, the passphrase is wrong.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import stat
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

# SQLCipher 4 defaults, used by every vault format so far.
PAGE_SIZE = 4096
HMAC_BYTES = 64  # HMAC-SHA512
HMAC_SALT_MASK = 0x3A
HMAC_KDF_ITER = 2  # SQLCipher's "fast_kdf_iter"
SQLITE_HEADER = b"SQLite format 3\x00"
# Pages checked when an open fails; enough to find an intact one in a damaged file.
PAGES_TO_CHECK = 16
# ... and pages spread over the rest of the file, so damage at the start cannot hide the key.
SPREAD_PAGES = 48

_FOREIGN_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
}


class Shape(Enum):
    """What a file looks like before we try to decrypt it."""

    PLAUSIBLE = "plausible"
    EMPTY = "empty"
    PLAIN_SQLITE = "plain SQLite"
    FOREIGN = "foreign"
    TRUNCATED = "truncated"


def shape_of(path: Path) -> tuple[Shape, str]:
    """Classify ``path`` and give a short description for messages."""
    size = path.stat().st_size
    if size == 0:
        return Shape.EMPTY, "an empty file"
    with path.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return Shape.PLAIN_SQLITE, "an unencrypted SQLite database"
    for magic, what in _FOREIGN_MAGIC.items():
        if head.startswith(magic):
            return Shape.FOREIGN, what
    if size < 2 * PAGE_SIZE or size % PAGE_SIZE:
        return Shape.TRUNCATED, "a file cut short"
    return Shape.PLAUSIBLE, "an encrypted file"


def read_salt(path: Path) -> bytes:
    """The 16-byte salt SQLCipher keeps at the start of the file."""
    with path.open("rb") as f:
        return f.read(16)


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, HMAC_KDF_ITER, len(key))


def sample_pages(path: Path) -> list[int]:
    """Page numbers to look at: the first ones, then some spread over the whole file.

    A file zeroed or overwritten from its start still has intact pages further on.
    """
    count = path.stat().st_size // PAGE_SIZE
    first = range(1, min(count, PAGES_TO_CHECK) + 1)
    spread = range(PAGES_TO_CHECK + 1, count + 1, max(1, count // SPREAD_PAGES))
    return sorted({*first, *list(spread)[:SPREAD_PAGES], *([count] if count else [])})


def _pages(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as f:
        for pgno in sample_pages(path):
            f.seek((pgno - 1) * PAGE_SIZE)
            page = f.read(PAGE_SIZE)
            if len(page) == PAGE_SIZE:
                yield pgno, page


def authentic_pages(path: Path, key: bytes, salt: bytes) -> list[bool]:
    """For each sampled page: does its HMAC verify with ``key`` and ``salt``?"""
    mac_key = _hmac_key(key, salt)
    results = []
    for pgno, page in _pages(path):
        body = page[16 if pgno == 1 else 0 : PAGE_SIZE - HMAC_BYTES]
        expected = hmac.new(mac_key, body + pgno.to_bytes(4, "little"), hashlib.sha512)
        results.append(hmac.compare_digest(expected.digest(), page[-HMAC_BYTES:]))
    return results


def blank_pages(path: Path) -> bool:
    """Whether some sampled page is one byte repeated (zeroed or erased): certain damage."""
    return any(len(set(page)) == 1 for _, page in _pages(path))


# A page of ciphertext has about 7.95 bits of entropy per byte; text, PDFs and
# images stay far below (or announce themselves with a magic number).
_CIPHERTEXT_BITS = 7.5
_APP_ID_OFFSET = 68  # where SQLite keeps PRAGMA application_id in its header
# SQLite's application_id of our two kinds of file, "CJv1" and "CJp1" as 32-bit integers
# (cipherfile.VAULT and cipherfile.PACKAGE are made with them).
VAULT_APP_ID = 0x434A7631
PACKAGE_APP_ID = 0x434A7031
_OUR_APP_IDS = (VAULT_APP_ID, PACKAGE_APP_ID)


def _entropy(data: bytes) -> float:
    counts = [0] * 256
    for byte in data:
        counts[byte] += 1
    total = len(data)
    return -sum(c / total * math.log2(c / total) for c in counts if c)


def is_keeper(path: Path) -> bool:
    """Whether ``path`` holds what an export must never replace: a vault, backup or package.

    Judged by content, not by name. Every vault, backup and coach package is a
    SQLCipher file, so any file whose first pages read as ciphertext (and that is
    no known other format) counts, damaged ones included; so does a plain SQLite
    file carrying one of CareerJournal's application ids. Only regular files are
    read, so a FIFO or a device never blocks this check.
    """
    try:
        info = path.stat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return False
    with path.open("rb") as f:
        head = f.read(PAGE_SIZE * PAGES_TO_CHECK)
    if head.startswith(SQLITE_HEADER):
        app_id = int.from_bytes(head[_APP_ID_OFFSET : _APP_ID_OFFSET + 4], "big")
        return app_id in _OUR_APP_IDS
    if any(head.startswith(magic) for magic in _FOREIGN_MAGIC):
        return False
    pages = [head[i : i + PAGE_SIZE] for i in range(0, len(head), PAGE_SIZE)]
    return any(len(page) >= 1024 and _entropy(page) >= _CIPHERTEXT_BITS for page in pages)
