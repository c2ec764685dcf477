"""Day One's JSON export: the zip it makes, or the Journal.json inside it.

Day One stores each moment in UTC with the time zone it was written in; the
entry's date is the day it was *there*, so an entry written at 00:30 in Amsterdam
keeps its own date. Day One has no separate title: the first line of the text is
shown as one, so it becomes the title here. Photos, videos, audio and PDFs stay
out; the summary counts them.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from careerjournal.importing.errors import SourceError
from careerjournal.importing.raw import MAX_TEXT_CHARS, RawEntry, clean_tags
from careerjournal.importing.source import MAX_FILE_BYTES, entry_list, load_json

# A longer first line is a paragraph, not a title.
MAX_TITLE_CHARS = 120
_ATTACHMENT_KINDS = ("photos", "videos", "audios", "pdfAttachments")
# Where an attachment sat in the text: ![](dayone-moment://…) and its kin.
_MOMENT = r"!\[[^\]]*\]\(dayone-moment:[^)]*\)"
_MOMENT_LINE = re.compile(rf"^[ \t]*{_MOMENT}[ \t]*\n?", re.MULTILINE)
_MOMENT_INLINE = re.compile(_MOMENT)
# Day One escapes Markdown's special characters in plain text ("Klaar\!").
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


def parse_zip(archive: zipfile.ZipFile, name: str) -> list[RawEntry]:
    """Every journal (``*.json`` at the top of the zip) in the export."""
    journals = [
        i for i in archive.infolist() if i.filename.endswith(".json") and "/" not in i.filename
    ]
    if not journals:
        raise SourceError(f"{name} holds no Day One journal (.json file).")
    found: list[RawEntry] = []
    for info in journals:
        if info.file_size > MAX_FILE_BYTES:
            raise SourceError(f"{info.filename} in {name} is too large to be a journal.")
        try:
            data = archive.read(info)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise SourceError(f"{info.filename} in {name} cannot be read (damaged?).") from error
        found += parse(load_json(data, info.filename), info.filename)
    return found


def parse(document: Any, name: str) -> list[RawEntry]:
    entries = entry_list(document, name, "Day One's export")
    return [_entry(item, f"{name}, entry {number}") for number, item in enumerate(entries, 1)]


def _entry(item: Any, origin: str) -> RawEntry:
    if not isinstance(item, dict):
        raise SourceError(f"{origin} is not an entry.")
    text = item.get("text", "")
    if not isinstance(text, str):
        raise SourceError(f"{origin} has text that is not text.")
    if len(text) > MAX_TEXT_CHARS:
        raise SourceError(f"{origin} is too long to be a journal entry.")
    attachments = sum(
        len(item[kind]) for kind in _ATTACHMENT_KINDS if isinstance(item.get(kind), list)
    )
    title, body = _title_and_body(_ESCAPED.sub(r"\1", _without_moments(text)))
    tags = item.get("tags", [])
    return RawEntry(
        _local_date(item.get("creationDate"), item.get("timeZone"), origin),
        title,
        body,
        clean_tags(tags if isinstance(tags, list) else []),
        attachments,
        origin,
    )


def _without_moments(text: str) -> str:
    """The text without attachment placeholders; a line that held only one goes too."""
    return _MOMENT_INLINE.sub("", _MOMENT_LINE.sub("", text))


def _title_and_body(text: str) -> tuple[str, str]:
    """Day One shows the first line as the title: a heading, or a short first line."""
    first, _, rest = text.strip("\n").partition("\n")
    if first.lstrip().startswith("#") or (rest.strip() and len(first) <= MAX_TITLE_CHARS):
        return first.strip().lstrip("#").strip(), rest.strip("\n")
    return "", text.strip("\n")


def _local_date(value: Any, zone: Any, origin: str) -> date:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as error:
        raise SourceError(f"{origin} has no valid date ({value!r}).") from error
    if moment.tzinfo is None or not isinstance(zone, str) or not zone:
        return moment.date()
    try:
        return moment.astimezone(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError, OverflowError):
        return moment.date()  # an unknown zone: the UTC day, rather than no entry
