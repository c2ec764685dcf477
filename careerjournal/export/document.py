"""A printable document as a list of blocks, in one language, with no layout decided yet.

What goes into an export, and in what order, is decided once (for example in
:mod:`careerjournal.plan.document`); the PDF writer and the print
dialog then lay out the same blocks, each in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

CheckState = Literal["open", "doing", "done"]
TextStyle = Literal["body", "lead", "muted"]
MarkKind = Literal["goal", "action", "conversation", "training", "review"]


@dataclass(frozen=True)
class Cover:
    """The first page: a title, the user's chosen name (may be empty), a few short lines."""

    title: str
    name: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """A chapter (1), a part of one (2) or a small title (3); ``kicker`` is a line above it."""

    text: str
    level: Literal[1, 2, 3] = 1
    kicker: str = ""


@dataclass(frozen=True)
class Paragraph:
    """User or fixed text; line breaks in ``text`` are kept."""

    text: str
    style: TextStyle = "body"


@dataclass(frozen=True)
class Fields:
    """Labelled values, one per row: ("Why", "Because ...")."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """One table row; ``note`` goes under the first cell, ``check`` is a tick box in front."""

    cells: tuple[str, ...]
    check: CheckState | None = None
    note: str = ""


@dataclass(frozen=True)
class Table:
    """A table whose header (if any) repeats on every page; ``widths`` are shares of the line.

    A row with a ``check`` gets a narrow box column before the cells, not counted in ``widths``.
    """

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    value_text: str


@dataclass(frozen=True)
class Chart:
    """Horizontal bars from the low end of ``bar_range`` (or from zero, if it lies inside)."""

    title: str
    subtitle: str
    bars: tuple[ChartBar, ...]
    bar_range: tuple[float, float]
    caption: str | None = None


@dataclass(frozen=True)
class Mark:
    """Something dated on a timeline."""

    day: date
    kind: MarkKind
    done: bool = False


@dataclass(frozen=True)
class MonthStrip:
    """The coming months side by side, with a mark for every dated item."""

    first_month: date
    month_labels: tuple[str, ...]
    marks: tuple[Mark, ...]
    today: date
    legend: tuple[tuple[str, str], ...] = ()  # (kind, label)


@dataclass(frozen=True)
class NoteLines:
    """Ruled lines to write on, filling the rest of the page."""


@dataclass(frozen=True)
class PageBreak:
    """Continue on a new page."""


@dataclass(frozen=True)
class Keep:
    """Blocks to keep on one page if they fit there (a goal with its actions)."""

    blocks: tuple[Block, ...]


Block = (
    Cover
    | Heading
    | Paragraph
    | Fields
    | Bullets
    | Table
    | Chart
    | MonthStrip
    | NoteLines
    | PageBreak
    | Keep
)


@dataclass(frozen=True)
class Document:
    """A whole export: ``title`` goes into the footer and the file's metadata."""

    title: str
    lang: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
