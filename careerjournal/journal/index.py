"""The journal's full-text index, written beside the entries it finds.

The index is contentless: it keeps words and where they occur, not the text,
which lives once, deflated, in ``journal_entry`` (vault/at_rest.py). So no
trigger can feed it; :class:`~careerjournal.journal.store.JournalStore` writes
an entry and its index rows in the same transaction, with the functions here.

A bulk write indexes its batch in a few large segments (64 MiB of pending terms
before a flush) and merges nothing on the way, because the 'optimize' after it
merges everything once: at 50,000 entries this halves the index time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# From this many entries at once, the index is merged afterwards.
_MERGE_AFTER = 1000
_DEFAULTS = (("automerge", 4), ("hashsize", 1024 * 1024))
_BULK = (("automerge", 0), ("hashsize", 64 * 1024 * 1024))

Row = tuple[int, str, str, str]  # id, title, text, tags: the text as the user wrote it


def add(conn: Any, rows: list[Row]) -> None:
    """Index new entries; a batch of many is indexed and merged as one."""
    bulk = len(rows) >= _MERGE_AFTER
    if bulk:  # inside the caller's transaction: a failure or cancel keeps the settings
        _apply(conn, _BULK)
    conn.executemany("INSERT INTO journal_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)", rows)
    if bulk:
        # Many new segments: merge them, for a smaller index and faster search,
        # and give the pages the merge freed back to the file system.
        conn.execute("INSERT INTO journal_fts (journal_fts) VALUES ('optimize')")
        _apply(conn, _DEFAULTS)
        conn.execute("PRAGMA incremental_vacuum").fetchall()  # one page a step


def remove(conn: Any, ids: Iterable[int]) -> None:
    """Take entries out of the index (before they are changed or deleted)."""
    conn.executemany("DELETE FROM journal_fts WHERE rowid = ?", [(i,) for i in ids])


def _apply(conn: Any, settings: tuple[tuple[str, int], ...]) -> None:
    for name, value in settings:
        conn.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES (?, ?)", (name, value))
