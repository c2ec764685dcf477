"""What a journal entry is, as plain data the store reads and writes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

LinkKind = Literal["exercise", "goal"]
LINK_KINDS: tuple[LinkKind, ...] = ("exercise", "goal")
SCALE = range(1, 6)  # mood and energy, 1 (low) to 5 (high)
PREVIEW_CHARS = 160

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Link:
    """What an entry is about: an exercise (by id) or a goal in the plan (by its id)."""

    kind: LinkKind
    ref: str

    def __post_init__(self) -> None:
        if self.kind not in LINK_KINDS:
            raise ValueError(f"unknown link kind {self.kind!r}")


@dataclass(frozen=True)
class Entry:
    """One journal entry; ``id`` and the times are None until the store has saved it."""

    entry_date: date
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    mood: int | None = None
    energy: int | None = None
    link: Link | None = None
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        for name, value in (("mood", self.mood), ("energy", self.energy)):
            if value is not None and value not in SCALE:
                raise ValueError(f"{name} must be 1 to 5, not {value!r}")

    @property
    def is_blank(self) -> bool:
        """Nothing written yet: a blank new entry is not worth saving."""
        return not self.title.strip() and not self.body.strip()


@dataclass(frozen=True)
class Summary:
    """One row of the entry list: enough to show it, without the whole text.

    For a search hit, ``title`` and ``preview`` hold highlight markers
    (see :mod:`careerjournal.journal.highlight`) around the matching words.
    """

    id: int
    entry_date: date
    title: str
    preview: str
    tags: tuple[str, ...]
    mood: int | None
    energy: int | None

    @classmethod
    def of(cls, entry: Entry) -> Summary:
        if entry.id is None:
            raise ValueError("an unsaved entry has no row in the list")
        return cls(
            entry.id,
            entry.entry_date,
            entry.title,
            preview(entry.body),
            entry.tags,
            entry.mood,
            entry.energy,
        )


@dataclass(frozen=True)
class Filters:
    """Which entries to show: with this tag, dated from ``since`` to ``until`` (both inclusive)."""

    tag: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class MoodPoint:
    """Average mood and energy of the entries in one period that starts on ``start``."""

    start: date
    mood: float | None
    energy: float | None


def preview(body: str) -> str:
    """The start of the text on one line, cut at a word with an ellipsis."""
    flat = _SPACE.sub(" ", body).strip()
    if len(flat) <= PREVIEW_CHARS:
        return flat
    cut = flat[:PREVIEW_CHARS].rsplit(" ", 1)[0]
    return cut + "…"


def normalise_text(text: str) -> str:
    """NFC, so text typed on any system is stored, indexed and compared the same way."""
    return unicodedata.normalize("NFC", text)


def normalise_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: lower case, no '#', single spaces, each once, in the order given.

    A value may hold several tags separated by commas, as typed in the tag field.
    """
    tags: dict[str, None] = {}
    for value in values:
        for part in normalise_text(value).split(","):
            tag = _SPACE.sub(" ", part).strip().lstrip("#").strip().lower()
            if tag:
                tags.setdefault(tag, None)
    return tuple(tags)
