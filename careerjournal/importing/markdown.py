"""A folder of Markdown notes: Obsidian daily notes, Joplin's Markdown export, and the like.

A note's date comes from its front matter (``date``, ``created``), else from a date
in its file name (``2024-05-01.md``, ``20240501 Gesprek.md``); a note with neither is
left out and counted. The title is the front matter's, else the first ``#`` heading,
else the file name (without a date in it). Tags come from the front matter and from
``#tags`` in the text, which stays as written. Embedded images and files are left
out and counted. Hidden folders (``.obsidian``, ``.trash``) and links are skipped.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from careerjournal.importing.errors import SourceError
from careerjournal.importing.raw import MAX_TEXT_CHARS, RawEntry, clean_tags
from careerjournal.importing.source import read_bytes

MAX_NOTES = 200_000
_NOTE_BYTES = 4 * MAX_TEXT_CHARS
_SUFFIXES = (".md", ".markdown")
_NAME_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_EMBED = re.compile(r"!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)")
_INLINE_TAG = re.compile(r"(?<![\w#/&])#([^\W\d][\w/-]*)", re.UNICODE)
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Folder:
    """What a folder gave: the notes, and how many files were left out for want of a date."""

    entries: list[RawEntry]
    undated: int


def parse_folder(folder: Path) -> Folder:
    entries: list[RawEntry] = []
    undated = 0
    for path in _notes(folder):
        note = _note(path, folder)
        if note is None:
            undated += 1
        else:
            entries.append(note)
    if not entries and not undated:
        raise SourceError(f"{folder} holds no Markdown notes (.md files).")
    return Folder(entries, undated)


def _notes(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=_unreadable):
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not (Path(root) / d).is_symlink()
        )
        for name in sorted(files):
            path = Path(root) / name
            if (
                name.lower().endswith(_SUFFIXES)
                and not name.startswith(".")
                and not path.is_symlink()
            ):
                found.append(path)
                if len(found) > MAX_NOTES:
                    raise SourceError(f"{folder} holds more than {MAX_NOTES:,} notes.")
    return found


def _unreadable(error: OSError) -> None:
    raise SourceError(f"{error.filename} cannot be read: {error.strerror}") from error


def _note(path: Path, folder: Path) -> RawEntry | None:
    origin = str(path.relative_to(folder))
    try:
        text = read_bytes(path, _NOTE_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(f"{origin} is not UTF-8 text.") from error
    meta, body = _front_matter(text.replace("\r\n", "\n"))
    day = _meta_date(meta) or _name_date(path.stem)
    if day is None:
        return None
    attachments = len(_EMBED.findall(body))
    body = _EMBED.sub("", body)
    title = meta.get("title", "")
    if isinstance(title, list):
        title = " ".join(title)
    if not title:
        title, body = _heading_title(body, path.stem)
    tags = _as_list(meta.get("tags")) + _INLINE_TAG.findall(_without_code(body))
    return RawEntry(day, title, body.strip("\n"), clean_tags(tags), attachments, origin)


def _front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """The simple YAML front matter notes apps write: ``key: value`` and ``- item`` lists."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta: dict[str, str | list[str]] = {}
    key = ""
    for line in text[4:end].split("\n"):
        if line.lstrip().startswith("- ") and key:
            items = meta.get(key)
            meta[key] = [*(items if isinstance(items, list) else []), _unquote(line.strip()[2:])]
        elif ":" in line and not line.startswith(" "):
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip()
            meta[key] = _inline_list(value) if value.startswith("[") else _unquote(value)
    return meta, text[end + 4 :].lstrip("\n")


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value


def _inline_list(value: str) -> list[str]:
    return [_unquote(v.strip()) for v in value.strip("[]").split(",") if v.strip()]


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [v for v in re.split(r"[,\s]+", value) if v]


def _meta_date(meta: dict[str, str | list[str]]) -> date | None:
    for key in ("date", "created", "created_at", "creation date"):
        value = meta.get(key)
        if isinstance(value, str) and (found := _NAME_DATE.search(value)):
            return _valid(*found.groups())
    return None


def _name_date(stem: str) -> date | None:
    found = _NAME_DATE.search(stem)
    return _valid(*found.groups()) if found else None


def _valid(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _heading_title(body: str, stem: str) -> tuple[str, str]:
    """The first heading, taken out of the text; else the file name without its date."""
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if line.strip():
            heading = _HEADING.match(line.strip())
            if heading and line.startswith("# "):
                return heading.group(1), "\n".join(lines[number + 1 :])
            break
    name = _NAME_DATE.sub("", stem).strip(" -_")
    return name, body


def _without_code(body: str) -> str:
    """Text outside code blocks and headings, where a # is not a tag."""
    kept, fenced = [], False
    for line in body.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and not _HEADING.match(line.strip()):
            kept.append(line)
    return "\n".join(kept)
