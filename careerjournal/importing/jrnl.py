"""jrnl's JSON export (``jrnl --export json``): date, time, title, body and @tags.

jrnl keeps local times without a zone, so the date is taken as written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from careerjournal.importing.errors import SourceError
from careerjournal.importing.raw import MAX_TEXT_CHARS, RawEntry, clean_tags
from careerjournal.importing.source import entry_list


def parse(document: Any, name: str) -> list[RawEntry]:
    entries = entry_list(document, name, "jrnl's export")
    return [_entry(item, f"{name}, entry {number}") for number, item in enumerate(entries, 1)]


def _entry(item: Any, origin: str) -> RawEntry:
    if not isinstance(item, dict):
        raise SourceError(f"{origin} is not an entry.")
    title, body = item.get("title", ""), item.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        raise SourceError(f"{origin} has a title or text that is not text.")
    if len(title) + len(body) > MAX_TEXT_CHARS:
        raise SourceError(f"{origin} is too long to be a journal entry.")
    tags = item.get("tags", [])
    return RawEntry(
        _date(item.get("date"), origin),
        title,
        body,
        clean_tags(tags if isinstance(tags, list) else []),
        origin=origin,
    )


def _date(value: Any, origin: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise SourceError(f"{origin} has no valid date ({value!r}).") from error
