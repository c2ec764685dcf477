"""A package's stored blocks turned back into Document blocks, trusting nothing in them.

Each block's JSON is measured before it is parsed (nesting depth without
recursion), then rebuilt field by field from the known block types. Numbers
must be finite, dates real ISO days in a sane range, tables as wide as their
columns, and every list is bounded, as is the whole document; anything else is
a ``ValueError`` or ``TypeError`` that names the problem in a few words.

The limits are far above what a real export holds; each one bounds the time or
memory a hostile package can cost the reader, the viewer or Print as PDF.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import types
import typing
from collections import Counter
from datetime import date
from functools import cache
from typing import Any, Literal

from careerjournal.export.document import Block, Keep, MarkKind, MonthStrip, Table
from careerjournal.export.package_schema import MAX_BLOCKS
from careerjournal.json_depth import nesting

# JSON nesting: a real block nests at most 4 deep (Table -> rows -> Row -> cells).
MAX_JSON_DEPTH = 16
# Items in one list, by "Block.field"; real exports stay far below each.
MAX_ITEMS = {
    "Cover.lines": 20,  # real covers have 2
    "Fields.rows": 500,  # a goal or journal entry has up to 4
    "Bullets.items": 2_000,
    "Row.cells": 6,  # real tables have 3 columns (see MIN_COLUMN_WIDTH)
    "Table.header": 6,
    "Table.widths": 6,
    "Table.rows": 1_000,  # one per plan action; laying out a table grows with rows squared
    "Chart.bars": 200,  # one bar per scale or card of an exercise
    "MonthStrip.month_labels": 36,  # the plan shows 6
    "MonthStrip.marks": 1_000,
    "MonthStrip.legend": 20,
}
# Parts of one kind that cost a page or a drawing each, however little they hold
# (a real package has one cover and a page break per chapter).
MAX_OF_KIND = {"Cover": 10, "PageBreak": 1_000, "NoteLines": 100, "MonthStrip": 50}
# Characters in one text. Laying out a long text costs time that grows faster
# than its length, worst in narrow table cells (a 5,000-character cell without
# spaces in the narrowest column takes about a second), so: a paragraph may
# hold about 15 printed pages, other texts 5,000 characters, labels less.
MAX_CHARS = {
    "Paragraph.text": 50_000,
    "Table.header": 100,  # repeated on every page, so it must fit on one
    "Chart.title": 500,
    "Chart.subtitle": 500,
    "ChartBar.label": 500,
    "ChartBar.value_text": 100,
    "Heading.kicker": 500,
    "MonthStrip.month_labels": 100,
    "MonthStrip.legend": 100,
}
MAX_CHARS_OTHER = 5_000
# Column widths are shares of the line; real tables have 0.17 at the narrowest.
MIN_COLUMN_WIDTH = 0.15
# The whole document: its text (some 2,500 printed pages; 2,000 journal entries
# in full hold about 4 million), its bars (the coach's viewer paints each one
# into an image of about 250 KB; 40 exercise results of 12 bars are 480) and all
# list items together (rows, bullets, lines).
MAX_CHARS_TOTAL = 8_000_000
MAX_BARS_TOTAL = 500
MAX_ITEMS_TOTAL = 250_000
# Days in blocks (month strips) lie in these years.
FIRST_YEAR, LAST_YEAR = 1900, 2999

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_json(text: str) -> object:
    """``json.loads`` after checking the nesting depth without recursion; no NaN or Infinity."""
    deepest, shallowest = nesting(text)
    if deepest > MAX_JSON_DEPTH or shallowest < 0:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    return json.loads(text, parse_constant=_no_constant)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


class DocumentReader:
    """Decodes one document's blocks in order, keeping count of the whole document."""

    def __init__(self) -> None:
        self.items = 0
        self.bars = 0
        self.chars = 0
        self.kinds: Counter[str] = Counter()

    def block(self, kind: str, data: str) -> Block:
        cls = _block_types().get(kind)
        if cls is None:
            raise ValueError(f"unknown kind of part {kind[:32]!r}")
        self.kinds[kind] += 1
        if self.kinds[kind] > MAX_OF_KIND.get(kind, MAX_BLOCKS):
            raise ValueError(f"more than {MAX_OF_KIND[kind]} parts of kind {kind}")
        block = self._decode(cls, load_json(data), kind)
        _check_block(block)
        self.bars += len(getattr(block, "bars", ()))
        if self.bars > MAX_BARS_TOTAL:
            raise ValueError(f"more than {MAX_BARS_TOTAL} bars in its charts")
        return block  # type: ignore[no-any-return]

    def _decode(self, hint: Any, value: object, where: str) -> Any:
        """``value`` (from JSON) as type ``hint``, or ValueError/TypeError if it is not one."""
        origin = typing.get_origin(hint)
        if origin is Literal:
            if not any(type(value) is type(a) and value == a for a in typing.get_args(hint)):
                raise ValueError(f"{where} is not one of {typing.get_args(hint)}")
            return value
        if origin in (types.UnionType, typing.Union):
            options = typing.get_args(hint)
            if value is None and type(None) in options:
                return None
            (only,) = [o for o in options if o is not type(None)]
            return self._decode(only, value, where)
        if origin is tuple:
            return self._tuple(typing.get_args(hint), value, where)
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return self._dataclass(hint, value)
        if hint is date:
            return _day(value, where)
        if hint is float:
            return _finite(value, where)
        if hint is str and type(value) is str:
            return self._text(value, where)
        if hint in (int, bool) and type(value) is hint:
            return value
        raise TypeError(f"{where} is {type(value).__name__}, not {getattr(hint, '__name__', hint)}")

    def _text(self, value: str, where: str) -> str:
        limit = MAX_CHARS.get(where, MAX_CHARS_OTHER)
        if len(value) > limit:
            raise ValueError(f"{where} has {len(value)} characters; at most {limit}")
        self.chars += len(value)
        if self.chars > MAX_CHARS_TOTAL:
            raise ValueError(f"more than {MAX_CHARS_TOTAL} characters in all")
        if _SURROGATE.search(value):
            raise ValueError(f"{where} holds a broken character")
        return value

    def _tuple(self, args: tuple[Any, ...], value: object, where: str) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"{where} is not a list")
        if len(args) == 2 and args[1] is Ellipsis:
            limit = MAX_ITEMS.get(where, 100)
            if len(value) > limit:
                raise ValueError(f"{where} has {len(value)} items; at most {limit}")
            self.items += len(value)
            if self.items > MAX_ITEMS_TOTAL:
                raise ValueError(f"more than {MAX_ITEMS_TOTAL} items in all")
            return tuple(self._decode(args[0], item, where) for item in value)
        if len(args) != len(value):
            raise ValueError(f"{where} has {len(value)} values, not {len(args)}")
        return tuple(self._decode(arg, item, where) for arg, item in zip(args, value, strict=True))

    def _dataclass(self, cls: type, value: object) -> object:
        if not isinstance(value, dict):
            raise TypeError(f"a {cls.__name__} is not written as its fields")
        hints = _hints(cls)
        if set(value) - set(hints):
            raise ValueError(f"a {cls.__name__} has unknown fields")
        if _required(cls) - set(value):
            raise ValueError(f"a {cls.__name__} lacks some of its fields")
        fields = {
            name: self._decode(hints[name], item, f"{cls.__name__}.{name}")
            for name, item in value.items()
        }
        return cls(**fields)


def _day(value: object, where: str) -> date:
    """Only ``YYYY-MM-DD`` (what the writer makes), in a year the renderers can count on from."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise ValueError(f"{where} is not a date")
    day = date.fromisoformat(value)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"{where} lies outside {FIRST_YEAR}-{LAST_YEAR}")
    return day


def _finite(value: object, where: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{where} is not a number")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ValueError(f"{where} is not a finite number")
    return number


def _check_block(block: object) -> None:
    """What the types cannot say: tables as wide as their columns, a strip with months."""
    if isinstance(block, Table):
        columns = len(block.widths)
        if not columns or (block.header and len(block.header) != columns):
            raise ValueError("a table's header does not match its columns")
        if any(len(row.cells) != columns for row in block.rows):
            raise ValueError("a table's rows do not match its columns")
        if min(block.widths) < MIN_COLUMN_WIDTH or sum(block.widths) > 1.001:
            raise ValueError("a table's columns do not fit on the page")
    elif isinstance(block, MonthStrip):
        if not block.month_labels:
            raise ValueError("a month strip has no months")
        if any(kind not in typing.get_args(MarkKind) for kind, _ in block.legend):
            raise ValueError("a month strip's legend names an unknown kind of mark")


@cache
def _block_types() -> dict[str, type]:
    """The block types a package may hold; a Keep only groups blocks for the PDF's pages."""
    return {cls.__name__: cls for cls in typing.get_args(Block) if cls is not Keep}


@cache
def _required(cls: type) -> frozenset[str]:
    return frozenset(
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)
