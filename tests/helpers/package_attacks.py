"""Named attacks on the package reader, each a change to a valid package's content.

Views, triggers, recursive CTEs, deep JSON, huge counts, bad dates, NaN, wrong
types, extra tables: one entry each, applied by :func:`crafted`.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from typing import Any

from tests.helpers.package_content import (
    BLOCK_TABLE,
    META_TABLE,
    Content,
    valid_blocks,
    valid_content,
)


def nested(depth: int) -> str:
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
    "40,000 views": lambda c: c.extra.extend(
        [("PRAGMA writable_schema = ON", ())]
        + [
            (
                "INSERT INTO sqlite_master VALUES ('view', ?, ?, 0, ?)",
                (f"v{n}", f"v{n}", f"CREATE VIEW v{n} AS SELECT {n}"),
            )
            for n in range(40_000)
        ]
    ),
    "WAL mode and views": lambda c: c.extra.extend(
        [("PRAGMA journal_mode = WAL", ()), ("CREATE VIEW spy AS SELECT 1", ())]
    ),
    "a view of 30 KB": _with_schema("CREATE VIEW big AS SELECT '" + "x" * 30_000 + "'"),
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
    "JSON 100,000 deep": _with_block("Paragraph", nested(100_000)),
    "JSON 1,000 deep": _with_block("Bullets", '{"items": ' + nested(1000) + "}"),
    "JSON objects 50,000 deep": _with_block("Paragraph", '{"a":' * 50_000 + "1" + "}" * 50_000),
    "JSON deep inside a field": _with_block("Table", _table(rows=json.loads(nested(40)))),
    "JSON with a bracket in a string": _with_block("Paragraph", {"text": "[" * 5000}),
    "JSON unclosed string then brackets": _with_block("Paragraph", '{"text": "' + "[" * 5000),
    "JSON closers first": _with_block("Paragraph", "]]]]" + nested(200)),
    # counts and sizes
    "200,000 bars": _with_block(
        "Chart",
        json.dumps(_chart([])).replace("[]", "[" + ",".join([json.dumps(_BAR)] * 200_000) + "]"),
    ),
    "201 bars": _with_block("Chart", _chart([_BAR] * 201)),
    "501 bars in all": lambda c: c.blocks.extend([("Chart", _chart([_BAR] * 200))] * 3),
    "60,000 blocks": lambda c: c.blocks.extend([("PageBreak", {})] * 60_000),
    "1,001 table rows": _with_block("Table", _table(rows=[{"cells": ["1", "2"]}] * 1001)),
    "1,001 page breaks": lambda c: c.blocks.extend([("PageBreak", {})] * 1001),
    "101 note pages": lambda c: c.blocks.extend([("NoteLines", {})] * 101),
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
    "legend of an unknown kind": _with_block("MonthStrip", _strip(legend=[["", "x"]])),
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
