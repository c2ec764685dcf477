"""Coach packages as raw SQL in an encrypted file, for the fuzz harness and the tests.

Nothing here uses the package reader or writer: a package is plain SQL in a
SQLCipher file, keyed the way the real writer keys one (Argon2id through
``careerjournal.vault.kdf`` with the test passphrase, then the raw key and salt
through ``cipherfile.key_pragma``), so it decrypts and reaches the parser.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from careerjournal.vault import cipherfile, kdf

PASSPHRASE = "fuzz passphrase for hostile packages"
APPLICATION_ID = 0x434A7031  # "CJp1"
META_TABLE = "CREATE TABLE package_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
BLOCK_TABLE = (
    "CREATE TABLE block (position INTEGER PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)"
)
PAGE = 4096
SURROGATE = re.compile("[\ud800-\udfff]")

Statement = tuple[str, tuple[Any, ...]]


@dataclass(frozen=True)
class Keyring:
    """One salt and the key the real derivation gives for it with the test passphrase."""

    salt: bytes
    key: bytes

    @classmethod
    def make(cls, rng: random.Random, passphrase: str = PASSPHRASE) -> Keyring:
        salt = rng.randbytes(kdf.SALT_BYTES)
        return cls(salt, kdf.derive_key(passphrase, salt, kdf.FORMATS[kdf.CURRENT_FORMAT]))


@dataclass
class Content:
    """What goes into a package: its schema, description rows and block rows (kind, data)."""

    schema: list[str] = field(default_factory=lambda: [META_TABLE, BLOCK_TABLE])
    meta: dict[str, Any] = field(default_factory=dict)
    blocks: list[tuple[Any, Any]] = field(default_factory=list)
    extra: list[Statement] = field(default_factory=list)  # run after the rows

    def statements(self) -> Iterator[Statement]:
        for sql in self.schema:
            yield sql, ()
        for key, value in self.meta.items():
            yield "INSERT INTO package_meta (key, value) VALUES (?, ?)", (key, value)
        for position, (kind, data) in enumerate(self.blocks):
            text = data
            if isinstance(data, dict | list):
                text = json.dumps(data, ensure_ascii=False)
                if SURROGATE.search(text):
                    text = json.dumps(data)  # as \\u escapes: SQLite cannot store them raw
            yield (
                "INSERT INTO block (position, kind, data) VALUES (?, ?, ?)",
                (position, kind, text),
            )
        yield from self.extra


def valid_blocks() -> list[tuple[str, dict[str, Any]]]:
    """A document with every kind of block a package holds, as the writer stores them."""
    bars = [{"label": f"Waarde {n}", "value": n * 1.5, "value_text": f"{n},5"} for n in range(6)]
    rows = [
        {"cells": [f"Actie {n}", "3 mrt 2027", "Te doen"], "check": "open", "note": "notitie"}
        for n in range(4)
    ]
    return [
        ("Cover", {"title": "Gedeeld met mijn coach", "name": "Sanne", "lines": ["10 maart 2026"]}),
        ("PageBreak", {}),
        ("Heading", {"text": "Oefeningen", "level": 1, "kicker": ""}),
        ("Heading", {"text": "Werkwaarden", "level": 2, "kicker": "Gedaan op 3 maart"}),
        ("Chart", {"title": "Wat telt", "subtitle": "", "bars": bars, "bar_range": [0, 10]}),
        ("Paragraph", {"text": "Een tekst\nover twee regels.", "style": "body"}),
        ("Paragraph", {"text": "Een vraag?", "style": "muted"}),
        ("Fields", {"rows": [["Stemming", "4 van 5"], ["Labels", "werk, rust"]]}),
        ("Bullets", {"items": ["een", "twee", "drie"]}),
        (
            "Table",
            {"header": ["Actie", "Wanneer", "Status"], "rows": rows, "widths": [0.62, 0.2, 0.18]},
        ),
        (
            "MonthStrip",
            {
                "first_month": "2026-03-01",
                "month_labels": ["mrt", "apr", "mei"],
                "marks": [{"day": "2026-04-12", "kind": "goal", "done": False}],
                "today": "2026-03-10",
                "legend": [["goal", "Doel"]],
            },
        ),
        ("NoteLines", {}),
    ]


def valid_meta() -> dict[str, str]:
    return {
        "format": "1",
        "created_at": "2026-03-10T09:00:00+00:00",
        "app_version": "0.1.0",
        "language": "nl",
        "title": "Gedeeld met mijn coach",
    }


def valid_content() -> Content:
    return Content(meta=valid_meta(), blocks=list(valid_blocks()))


def write_content(path: Path, keyring: Keyring, content: Content) -> None:
    """An encrypted package file holding exactly ``content``, keyed like the real writer."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(cipherfile.key_pragma("key", keyring.key, keyring.salt))
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        for sql, params in content.statements():
            conn.execute(sql, params)
        conn.execute("COMMIT")
    finally:
        conn.close()
