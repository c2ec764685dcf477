"""Hostile and damaged coach packages, for the fuzz harness and the tests.

Nothing here uses the package reader or writer: a crafted package is plain SQL
in a SQLCipher file, keyed the way the real writer keys one (Argon2id through
``careerjournal.vault.kdf`` with the test passphrase, then the raw key and salt
through ``cipherfile.key_pragma``), so it decrypts and reaches the parser.
Three families, all from one seeded ``random.Random``:

- crafted: a fixed list of named attacks (views, triggers, recursive CTEs,
  deep JSON, huge counts, bad dates, NaN, wrong types, extra tables, ...);
- content: a valid document with one value, field, kind or text replaced;
- bytes: a valid encrypted file with bytes flipped, cut, zeroed or moved.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable, Iterator
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
_SURROGATE = re.compile("[\ud800-\udfff]")

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
                if _SURROGATE.search(text):
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


# --- crafted attacks ------------------------------------------------------------------


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _with_block(kind: str, data: Any) -> Callable[[Content], None]:
    return lambda c: c.blocks.append((kind, data))


def _with_meta(key: str, value: Any) -> Callable[[Content], None]:
    return lambda c: c.meta.__setitem__(key, value)


def _with_schema(*sql: str, replace: bool = False) -> Callable[[Content], None]:
    """Other schema statements; rows go only into tables the new schema still has."""

    def change(c: Content) -> None:
        c.schema = list(sql) if replace else [*c.schema, *sql]
        if BLOCK_TABLE not in c.schema and not any("TABLE block " in s for s in c.schema):
            c.blocks = []
        if META_TABLE not in c.schema and not any("TABLE package_meta " in s for s in c.schema):
            c.meta = {}

    return change


_RECURSIVE_VIEW = (
    "CREATE VIEW block AS WITH RECURSIVE r(position, kind, data) AS "
    "(SELECT 0, 'Paragraph', '{\"text\": \"x\"}' UNION ALL "
    "SELECT position + 1, kind, data || data FROM r) SELECT * FROM r"
)
_BAR = {"label": "x", "value": 1.0, "value_text": "1"}


def _chart(bars: list[Any], bar_range: Any = (0, 10)) -> dict[str, Any]:
    return {"title": "t", "subtitle": "", "bars": bars, "bar_range": list(bar_range)}


def _table(**changes: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "header": ["a", "b"],
        "rows": [{"cells": ["1", "2"]}],
        "widths": [0.5, 0.5],
    }
    return {**table, **changes}


def _strip(**changes: Any) -> dict[str, Any]:
    strip = dict(valid_blocks()[10][1])
    return {**strip, **changes}


CRAFTED: dict[str, Callable[[Content], None]] = {
    # schema: only the writer's two tables, nothing SQLite would run
    "recursive view as block": _with_schema(META_TABLE, _RECURSIVE_VIEW, replace=True),
    "view as package_meta": _with_schema(
        "CREATE VIEW package_meta AS SELECT 'format' AS key, '1' AS value",
        BLOCK_TABLE,
        replace=True,
    ),
    "extra view": _with_schema("CREATE VIEW spy AS SELECT * FROM block"),
    "trigger": _with_schema("CREATE TRIGGER t AFTER INSERT ON block BEGIN DELETE FROM block; END"),
    "index on an expression": lambda c: c.extra.append(
        ("CREATE INDEX big ON block(printf('%.*c', 100000, 'x'))", ())
    ),
    "plain index": lambda c: c.extra.append(("CREATE INDEX k ON block(kind)", ())),
    "extra table": _with_schema("CREATE TABLE secrets (x)"),
    "autoincrement table": _with_schema("CREATE TABLE s (id INTEGER PRIMARY KEY AUTOINCREMENT)"),
    "many tables": _with_schema(*(f"CREATE TABLE t{n} (x)" for n in range(500))),
    "no block table": _with_schema(META_TABLE, replace=True),
    "block with an extra column": _with_schema(
        META_TABLE,
        "CREATE TABLE block (position INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "data TEXT NOT NULL, more TEXT)",
        replace=True,
    ),
    "block without types": _with_schema(
        META_TABLE, "CREATE TABLE block (position INTEGER PRIMARY KEY, kind, data)", replace=True
    ),
    "meta as rowid table": _with_schema(
        "CREATE TABLE package_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        BLOCK_TABLE,
        replace=True,
    ),
    # JSON nesting
    "JSON 100,000 deep": _with_block("Paragraph", _nested(100_000)),
    "JSON 1,000 deep": _with_block("Bullets", '{"items": ' + _nested(1000) + "}"),
    "JSON objects 50,000 deep": _with_block("Paragraph", '{"a":' * 50_000 + "1" + "}" * 50_000),
    "JSON deep inside a field": _with_block("Table", _table(rows=json.loads(_nested(40)))),
    "JSON with a bracket in a string": _with_block("Paragraph", {"text": "[" * 5000}),
    "JSON unclosed string then brackets": _with_block("Paragraph", '{"text": "' + "[" * 5000),
    "JSON closers first": _with_block("Paragraph", "]]]]" + _nested(200)),
    # counts and sizes
    "200,000 bars": _with_block(
        "Chart",
        json.dumps(_chart([])).replace("[]", "[" + ",".join([json.dumps(_BAR)] * 200_000) + "]"),
    ),
    "201 bars": _with_block("Chart", _chart([_BAR] * 201)),
    "1,001 bars in all": lambda c: c.blocks.extend([("Chart", _chart([_BAR] * 200))] * 6),
    "60,000 blocks": lambda c: c.blocks.extend([("PageBreak", {})] * 60_000),
    "100,000 table rows": _with_block(
        "Table", _table(rows=[{"cells": ["1", "2"]}] * 100_000, header=[])
    ),
    "1,000 columns": _with_block(
        "Table", _table(header=["a"] * 1000, widths=[0.001] * 1000, rows=[])
    ),
    "2 MB paragraph": _with_block("Paragraph", {"text": "x" * (2 << 20)}),
    "50,001-character paragraph": _with_block("Paragraph", {"text": "x" * 50_001}),
    "50,000-character paragraph": _with_block("Paragraph", {"text": "x" * 50_000}),
    "5,001-character cell": _with_block("Table", _table(rows=[{"cells": ["x" * 5001, "y"]}])),
    "101-character header": _with_block("Table", _table(header=["h" * 101, "b"])),
    "narrow column": _with_block("Table", _table(widths=[0.1, 0.9])),
    "7 columns": _with_block(
        "Table", _table(header=[], widths=[0.14] * 7, rows=[{"cells": ["c"] * 7}])
    ),
    "8 million characters": lambda c: c.blocks.extend(
        [("Paragraph", {"text": "woord " * 8_000})] * 170
    ),
    "2 KB title": _with_meta("title", "t" * 2048),
    "blob block data": _with_block("Paragraph", b'{"text": "x"}'),
    "integer kind": _with_block(7, {"text": "x"}),
    "huge kind": _with_block("Paragraph" * 20, {"text": "x"}),
    "block table dropped": lambda c: c.extra.append(("DROP TABLE block", ())),
    "position gap": lambda c: c.extra.append(("UPDATE block SET position = position + 1000", ())),
    "negative position": lambda c: c.extra.append(
        ("INSERT INTO block VALUES (-1, 'NoteLines', '{}')", ())
    ),
    # the description
    "created_at year 1 at +23:59": _with_meta("created_at", "0001-01-01T00:00:00+23:59"),
    "created_at year 9999 at -23:59": _with_meta("created_at", "9999-12-31T23:59:59-23:59"),
    "created_at naive": _with_meta("created_at", "2026-03-10T09:00:00"),
    "created_at month 13": _with_meta("created_at", "2026-13-01T00:00:00+00:00"),
    "created_at other digits": _with_meta("created_at", "٢٠٢٦-03-10T09:00:00+00:00"),
    "created_at as integer": _with_meta("created_at", 1_700_000_000),
    "format 2": _with_meta("format", "2"),
    "format huge": _with_meta("format", "9" * 5000),
    "format negative": _with_meta("format", "-1"),
    "format as real": _with_meta("format", 1.0),
    "language as script": _with_meta("language", "<script>"),
    "extra meta key": _with_meta("owner", "x"),
    "missing meta": lambda c: c.meta.pop("title"),
    "many meta rows": lambda c: c.meta.update({f"k{n}": "v" for n in range(1000)}),
    # numbers
    "NaN bar": _with_block(
        "Chart",
        '{"title": "t", "subtitle": "", "bars": [{"label": "x", '
        '"value": NaN, "value_text": "x"}], "bar_range": [0, 10]}',
    ),
    "Infinity range": _with_block(
        "Chart", json.dumps(_chart([_BAR])).replace("[0, 10]", "[0, Infinity]")
    ),
    "1e999 bar": _with_block("Chart", json.dumps(_chart([_BAR])).replace("1.0", "1e999")),
    "10**400 bar": _with_block("Chart", json.dumps(_chart([_BAR])).replace("1.0", "1" + "0" * 400)),
    "bool bar": _with_block("Chart", _chart([{**_BAR, "value": True}])),
    "string bar": _with_block("Chart", _chart([{**_BAR, "value": "1"}])),
    "NaN width": _with_block("Table", json.dumps(_table()).replace("0.5, 0.5", "NaN, 0.5")),
    "negative width": _with_block("Table", _table(widths=[-5, 0.5])),
    "widths over a page": _with_block("Table", _table(widths=[50, 50])),
    "no columns": _with_block("Table", _table(widths=[], header=[], rows=[])),
    "ragged rows": _with_block("Table", _table(rows=[{"cells": ["1"]}])),
    "level True": _with_block("Heading", {"text": "x", "level": True}),
    # dates
    "strip from year 1": _with_block("MonthStrip", _strip(first_month="0001-01-01")),
    "strip to year 10000": _with_block(
        "MonthStrip", _strip(first_month="9999-12-01", month_labels=["a", "b"])
    ),
    "30 February": _with_block("MonthStrip", _strip(today="2026-02-30")),
    "compact date": _with_block("MonthStrip", _strip(today="20260310")),
    "week date": _with_block("MonthStrip", _strip(today="2026-W10-1")),
    "strip without months": _with_block("MonthStrip", _strip(month_labels=[])),
    "1,000 months": _with_block("MonthStrip", _strip(month_labels=["m"] * 1000)),
    # types and kinds
    "unknown kind": _with_block("Script", {"code": "x"}),
    "Keep": _with_block("Keep", {"blocks": [{"text": "x"}]}),
    "unknown field": _with_block("Paragraph", {"text": "x", "evil": 1}),
    "missing field": _with_block("Heading", {}),
    "list for a block": _with_block("Paragraph", ["x"]),
    "lone surrogate": _with_block("Paragraph", '{"text": "\\ud800"}'),
    "control characters": _with_block("Paragraph", {"text": "".join(map(chr, range(32)))}),
    "not JSON": _with_block("Paragraph", "{text: x}"),
    "empty JSON": _with_block("Paragraph", ""),
    "invalid UTF-8 text": lambda c: c.extra.append(
        (
            "INSERT INTO block VALUES (?, 'Paragraph', CAST(? AS TEXT))",
            (len(c.blocks), b'{"text": "\xff\xfe"}'),
        )
    ),
}


def crafted(rng: random.Random) -> Iterator[tuple[str, Content]]:
    """Every named attack, applied to a fresh valid document."""
    del rng
    for name, change in CRAFTED.items():
        content = valid_content()
        change(content)
        yield name, content


# --- content mutations ----------------------------------------------------------------


def _hostile_value(rng: random.Random) -> Any:
    pool: list[Callable[[], Any]] = [
        lambda: None,
        lambda: rng.choice([True, False]),
        lambda: rng.choice([0, -1, 1, 2, 3, 7, 2**63, -(2**70)]),
        lambda: rng.choice([0.0, -0.0, 1e308, -1e308, 5e-324, 0.5]),
        lambda: float(rng.choice(["nan", "inf", "-inf"])),
        lambda: "",
        lambda: rng.choice(["x", "woord "]) * rng.choice([1, 17, 100, 900, 5_001, 9_000, 100_000]),
        lambda: rng.choice(["0001-01-01", "9999-12-31", "2026-02-30", "2026-03-10", "x"]),
        lambda: rng.choice(["open", "done", "goal", "body", "lead", "nope"]),
        lambda: "".join(chr(rng.randrange(0x110000)) for _ in range(20)).replace("\x00", ""),
        lambda: "\ud800",
        lambda: [],
        lambda: {},
        lambda: json.loads(_nested(rng.choice([5, 20, 900]))),
        lambda: [rng.choice(["a", 1, None])] * rng.choice([2, 300, 30_000]),
    ]
    return rng.choice(pool)()


def _storable(value: Any) -> Any:
    """``value`` if SQLite can store it in a NOT NULL column, else its text."""
    if isinstance(value, bool | dict | list) or value is None:
        return str(value)
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, float) and value != value:
        return "nan"
    if isinstance(value, str) and _SURROGATE.search(value):
        return value.encode("utf-8", "surrogatepass")  # a blob where text belongs
    return value


def _containers(value: Any) -> list[Any]:
    """Every dict and list in ``value``, to pick one to change."""
    found, todo = [], [value]
    while todo:
        item = todo.pop()
        if isinstance(item, dict | list):
            found.append(item)
            todo.extend(item.values() if isinstance(item, dict) else item)
    return found


def _mutate_json(rng: random.Random, data: Any) -> None:
    target = rng.choice(_containers(data))
    if isinstance(target, dict):
        choice = rng.random()
        if target and choice < 0.6:
            target[rng.choice(list(target))] = _hostile_value(rng)
        elif target and choice < 0.8:
            target.pop(rng.choice(list(target)))
        else:
            target[rng.choice(["text", "extra", "value", "rows", "bars", "kind"])] = _hostile_value(
                rng
            )
    elif target and rng.random() < 0.5:
        target[rng.randrange(len(target))] = _hostile_value(rng)
    elif target and rng.random() < 0.5:
        target.extend(target * rng.choice([1, 50, 5000]))
    else:
        target.append(_hostile_value(rng))


def mutated_content(rng: random.Random) -> tuple[str, Content]:
    """A valid document with one thing changed: a value, a kind, a description or the text."""
    content = valid_content()
    blocks = content.blocks
    n = rng.randrange(len(blocks))
    kind, data = blocks[n]
    data = copy.deepcopy(data)
    how = rng.random()
    if how < 0.6:
        _mutate_json(rng, data)
        name = f"content: {kind} value"
    elif how < 0.7:
        kind = rng.choice([b[0] for b in valid_blocks()] + ["Keep", "", "block"])
        name = f"content: kind {kind!r}"
    elif how < 0.8:
        key = rng.choice(list(content.meta))
        content.meta[key] = _storable(_hostile_value(rng))
        name = f"content: meta {key}"
    else:
        text = json.dumps(data)
        cut = rng.randrange(len(text) + 1)
        noise = "".join(rng.choice('[]{}",:\\0123456789enalsrtu ') for _ in range(rng.randrange(8)))
        data = text[:cut] + noise + text[cut + rng.randrange(3) :]
        name = f"content: {kind} text"
    blocks[n] = (kind, data)
    return name, content


# --- byte mutations -------------------------------------------------------------------


def mutated_bytes(rng: random.Random, original: bytes) -> tuple[str, bytes]:
    """A valid encrypted package damaged the way disks, copies and people damage files."""
    data = bytearray(original)
    pages = len(data) // PAGE
    how = rng.random()
    if how < 0.35:
        for _ in range(rng.choice([1, 1, 2, 8])):
            start = 16 if rng.random() < 0.97 else 0  # the salt itself only now and then
            data[rng.randrange(start, len(data))] ^= 1 << rng.randrange(8)
        return "bytes: flipped", bytes(data)
    if how < 0.55:
        cut = rng.choice([rng.randrange(len(data)), PAGE * rng.randrange(pages)])
        return "bytes: truncated", bytes(data[:cut])
    if how < 0.7:
        page = rng.randrange(1, pages)
        data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
        return "bytes: page zeroed", bytes(data)
    if how < 0.85:
        a, b = rng.randrange(1, pages), rng.randrange(1, pages)
        pa, pb = bytes(data[a * PAGE : (a + 1) * PAGE]), bytes(data[b * PAGE : (b + 1) * PAGE])
        data[a * PAGE : (a + 1) * PAGE], data[b * PAGE : (b + 1) * PAGE] = pb, pa
        return "bytes: pages swapped", bytes(data)
    extra = rng.randbytes(rng.choice([1, 100, PAGE, 3 * PAGE]))
    return "bytes: junk appended", bytes(data) + extra


def other_file(rng: random.Random) -> tuple[str, bytes]:
    """Not a package at all: empty, random, a PDF head, a plain SQLite database."""
    choice = rng.randrange(4)
    if choice == 0:
        return "other: empty", b""
    if choice == 1:
        return "other: random", rng.randbytes(PAGE * rng.randrange(1, 5))
    if choice == 2:
        return "other: PDF", b"%PDF-1.7\n" + rng.randbytes(3 * PAGE)
    return "other: plain SQLite", b"SQLite format 3\x00" + rng.randbytes(3 * PAGE - 16)


# --- all together ---------------------------------------------------------------------


def generate(
    folder: Path, count: int, seed: int, *, with_crafted: bool = True
) -> Iterator[tuple[str, Path]]:
    """``count`` packages in ``folder`` (the crafted ones first), named and reproducible."""
    rng = random.Random(seed)
    keyring = Keyring.make(rng)
    original = folder / "original.cjshare"
    write_content(original, keyring, valid_content())
    base = original.read_bytes()
    made = 0

    def path_for(n: int) -> Path:
        return folder / f"case-{n:05}.cjshare"

    for name, content in crafted(rng) if with_crafted else ():
        if made >= count:
            return
        write_content(path_for(made), keyring, content)
        yield name, path_for(made)
        made += 1
    while made < count:
        roll = rng.random()
        path = path_for(made)
        if roll < 0.5:
            name, content = mutated_content(rng)
            write_content(path, keyring, content)
        elif roll < 0.95:
            name, data = mutated_bytes(rng, base)
            path.write_bytes(data)
        else:
            name, data = other_file(rng)
            path.write_bytes(data)
        yield name, path
        made += 1
