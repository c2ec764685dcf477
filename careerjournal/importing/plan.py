"""From a source on disk to a preview, and from a preview to entries in the journal."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from careerjournal.importing import dayone, jrnl, markdown
from careerjournal.importing.errors import Cancelled, SourceError
from careerjournal.importing.raw import RawEntry, fingerprint
from careerjournal.importing.source import Format, load_json, open_zip, read_bytes, sniff
from careerjournal.journal import Entry, JournalStore

# Calls of the progress callback; a cancel is noticed at the next one.
PROGRESS_STEPS = 200


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add, to show before anything is written."""

    source: Path
    format: Format
    new: tuple[RawEntry, ...]
    duplicates: int  # already in the journal, or twice in the source
    attachments: int  # photos, files and embeds left out
    undated: int  # notes without a date, left out

    @property
    def first(self) -> date | None:
        return self.new[0].entry_date if self.new else None

    @property
    def last(self) -> date | None:
        return self.new[-1].entry_date if self.new else None

    def sample_titles(self, count: int = 3) -> list[str]:
        """A few titles, spread over the source, for the preview."""
        titled = [e.title.strip() for e in self.new if e.title.strip()]
        if len(titled) <= count:
            return titled
        step = (len(titled) - 1) / (count - 1)
        return [titled[round(i * step)] for i in range(count)]


def read_source(path: Path, journal: JournalStore, fmt: Format | None = None) -> ImportPlan:
    """Read and check the whole source, and compare it with the journal; writes nothing."""
    path = Path(path)
    chosen, document = (fmt, None) if fmt else sniff(path)
    entries, undated = _parse(path, chosen, document)
    entries.sort(key=lambda e: e.entry_date)
    known = _known_prints(journal, entries)
    new: list[RawEntry] = []
    for entry in entries:
        mark = fingerprint(entry.entry_date, entry.title, entry.body)
        if mark not in known:
            known.add(mark)
            new.append(entry)
    return ImportPlan(
        path,
        chosen,
        tuple(new),
        len(entries) - len(new),
        sum(e.attachments for e in entries),
        undated,
    )


def run_import(
    journal: JournalStore,
    plan: ImportPlan,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Add the plan's new entries in one transaction; returns how many.

    ``progress(done, total)`` is called now and then; when it returns False the
    import stops with :class:`Cancelled` and nothing of it is kept.
    """
    total = len(plan.new)
    every = max(1, total // PROGRESS_STEPS)

    def entries() -> Iterator[Entry]:
        for done, raw in enumerate(plan.new):
            if progress is not None and done % every == 0 and not progress(done, total):
                raise Cancelled
            yield raw.entry()

    added = journal.add_many(entries())
    if progress is not None:
        progress(total, total)
    return added


def _parse(path: Path, fmt: Format, document: Any) -> tuple[list[RawEntry], int]:
    """The entries and how many notes had no date; ``document`` is the JSON if already read."""
    if fmt == "markdown":
        if not path.is_dir():
            raise SourceError(f"{path} is not a folder of Markdown notes.")
        folder = markdown.parse_folder(path)
        return folder.entries, folder.undated
    if path.is_dir():
        raise SourceError(f"{path} is a folder; a {fmt} export is a file.")
    if fmt == "dayone" and document is None and zipfile.is_zipfile(path):  # by content
        with open_zip(path) as archive:
            return dayone.parse_zip(archive, path.name), 0
    if document is None:
        document = load_json(read_bytes(path), path.name)
    module = dayone if fmt == "dayone" else jrnl
    return module.parse(document, path.name), 0


def _known_prints(journal: JournalStore, entries: list[RawEntry]) -> set[str]:
    """The prints of the journal's entries in the source's date range."""
    if not entries:
        return set()
    return {
        fingerprint(day, title, body)
        for day, title, body in journal.texts_between(entries[0].entry_date, entries[-1].entry_date)
    }
