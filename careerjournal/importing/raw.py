"""One entry as a source wrote it, before it becomes a journal entry."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from careerjournal.journal import Entry, normalise_tags

# Far above any real entry; a larger one is a damaged or hostile file, not a diary.
MAX_TEXT_CHARS = 2_000_000


@dataclass(frozen=True)
class RawEntry:
    """Date, title, text and tags as written; ``attachments`` counts what was left out."""

    entry_date: date
    title: str
    body: str
    tags: tuple[str, ...] = ()
    attachments: int = 0
    origin: str = field(default="", compare=False)  # file name or entry number, for messages

    def entry(self) -> Entry:
        return Entry(self.entry_date, self.title.strip(), self.body.strip("\n"), self.tags)


def fingerprint(entry_date: date, title: str, body: str) -> str:
    """The same entry from the same source twice gives the same print: re-imports add nothing."""
    text = "\x1f".join(
        (
            entry_date.isoformat(),
            unicodedata.normalize("NFC", title).strip(),
            unicodedata.normalize("NFC", body).strip(),
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_tags(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Tags as the journal keeps them: jrnl's '@' and Markdown's '#' are markers, not names."""
    return normalise_tags(v.lstrip("@#") for v in values if isinstance(v, str) and v.strip("@# "))
