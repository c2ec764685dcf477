"""The journal in the vault: entries, their tags, and full-text search.

Every write is one transaction, and writes the entry's full-text index rows
(:mod:`careerjournal.journal.index`) in it, so an entry and its index entry
commit together or not at all. Text is stored deflated and times as
microseconds (:mod:`careerjournal.vault.at_rest`); dates are ISO dates, so they
sort as they read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Literal

from careerjournal.journal import index, tag_use
from careerjournal.journal.model import (
    Entry,
    Filters,
    Link,
    MoodPoint,
    Summary,
    normalise_tags,
    normalise_text,
    preview,
)
from careerjournal.journal.query import expression, phrases, to_match
from careerjournal.journal.search import marked_rows, ranked_ids
from careerjournal.vault import Vault
from careerjournal.vault.at_rest import micros, moment, pack_text, unpack_text

SearchOrder = Literal["relevance", "date"]
# How many of the newest hits are ranked by relevance (see JournalStore.search).
RANK_WINDOW = 2000
# Enough of the text to make a preview from, without scanning long entries whole.
_PREVIEW_SOURCE_CHARS = 400

_ENTRY_COLUMNS = (
    "id, entry_date, created_us, updated_us, title, body, tags, mood, energy, link_kind, link_ref"
)
_SUMMARY_COLUMNS = "e.id, e.entry_date, e.title, e.body, e.tags, e.mood, e.energy"


class EntryNotFound(LookupError):
    """No entry has that id: it was deleted, or never saved."""


class Bucket(Enum):
    """The period one point of the mood chart stands for."""

    DAY = "entry_date"
    WEEK = "date(entry_date, '-6 days', 'weekday 1')"  # the Monday of its week
    MONTH = "date(entry_date, 'start of month')"

    @classmethod
    def for_span(cls, days: int) -> Bucket:
        """Days for about a season, weeks for up to two years, months beyond."""
        if days <= 92:
            return cls.DAY
        return cls.WEEK if days <= 731 else cls.MONTH


def _now() -> datetime:
    return datetime.now(UTC)


def _split_tags(stored: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in stored.split(",") if tag.strip())


def _entry(row: tuple[Any, ...]) -> Entry:
    (
        entry_id,
        entry_date,
        created,
        updated,
        title,
        body,
        tags,
        mood,
        energy,
        link_kind,
        link_ref,
    ) = row
    return Entry(
        entry_date=date.fromisoformat(entry_date),
        title=title,
        body=unpack_text(body),
        tags=_split_tags(tags),
        mood=mood,
        energy=energy,
        link=Link(link_kind, link_ref) if link_kind else None,
        id=int(entry_id),
        created_at=moment(created),
        updated_at=moment(updated),
    )


def _summary(row: tuple[Any, ...]) -> Summary:
    entry_id, entry_date, title, body, tags, mood, energy = row
    return Summary(
        int(entry_id),
        date.fromisoformat(entry_date),
        title,
        preview(unpack_text(body)[:_PREVIEW_SOURCE_CHARS]),
        _split_tags(tags),
        mood,
        energy,
    )


def _clean(entry: Entry) -> Entry:
    """The entry as it is stored: normalised text and tags."""
    return replace(
        entry,
        title=normalise_text(entry.title).strip(),
        body=normalise_text(entry.body),
        tags=normalise_tags(entry.tags),
    )


def _content(entry: Entry) -> tuple[object, ...]:
    """The columns the user writes, in the order the statements below name them."""
    return (
        entry.entry_date.isoformat(),
        entry.title,
        pack_text(entry.body),
        ", ".join(entry.tags),
        entry.mood,
        entry.energy,
        entry.link.kind if entry.link else None,
        entry.link.ref if entry.link else None,
    )


def _index_row(entry_id: int, entry: Entry) -> index.Row:
    """What the full-text index reads of a saved entry: the text as written, not as stored."""
    return (entry_id, entry.title, entry.body, ", ".join(entry.tags))


def _filter_sql(filters: Filters) -> tuple[str, list[object]]:
    """``AND ...`` conditions on ``journal_entry e`` for the filters, and their parameters."""
    sql = ""
    params: list[object] = []
    tags = normalise_tags([filters.tag]) if filters.tag else ()
    if tags:
        sql += " AND EXISTS (SELECT 1 FROM journal_tag t WHERE t.entry_id = e.id AND t.tag = ?)"
        params.append(tags[0])
    if filters.since is not None:
        sql += " AND e.entry_date >= ?"
        params.append(filters.since.isoformat())
    if filters.until is not None:
        sql += " AND e.entry_date <= ?"
        params.append(filters.until.isoformat())
    return sql, params


class JournalStore:
    """The journal of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # --- writing ---------------------------------------------------------------

    def add(self, entry: Entry) -> Entry:
        """Save a new entry; returns it with its id and times."""
        now = _now()
        saved = replace(_clean(entry), id=None, created_at=now, updated_at=now)
        with self._vault.transaction() as conn:
            return self._insert(conn, saved)

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Save many new entries in one transaction (imports, demo vaults); returns how many.

        The batch is indexed with one statement at the end and merged once
        (:func:`careerjournal.journal.index.add`); a failure or a cancel leaves
        the entries and the index as they were.
        """
        stamp = micros(_now())
        with self._vault.transaction() as conn:
            first_id = int(
                conn.execute("SELECT coalesce(max(id), 0) + 1 FROM journal_entry").fetchone()[0]
            )
            # Straight to parameters: no Entry copy and no time stamp made per row.
            rows: list[tuple[object, ...]] = []
            tag_rows: list[tuple[int, str]] = []
            index_rows: list[index.Row] = []
            for entry_id, entry in enumerate(entries, first_id):
                clean = _clean(entry)
                created = micros(entry.created_at) if entry.created_at else stamp
                updated = micros(entry.updated_at) if entry.updated_at else stamp
                rows.append((entry_id, created, updated, *_content(clean)))
                tag_rows.extend((entry_id, tag) for tag in clean.tags)
                index_rows.append(_index_row(entry_id, clean))
            conn.executemany(self._INSERT, rows)
            conn.executemany("INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)", tag_rows)
            tag_use.count_in(conn, first_id, first_id + len(rows) - 1)
            index.add(conn, index_rows)
        return len(rows)

    def update(self, entry: Entry) -> Entry:
        """Save changes to a stored entry; its creation time stays."""
        if entry.id is None:
            raise EntryNotFound("An unsaved entry cannot be updated; add it first.")
        with self._vault.transaction() as conn:
            row = conn.execute(
                "SELECT created_us FROM journal_entry WHERE id = ?", (entry.id,)
            ).fetchone()
            if row is None:
                raise EntryNotFound(f"There is no journal entry {entry.id}.")
            now = _now()
            saved = replace(_clean(entry), created_at=moment(row[0]), updated_at=now)
            conn.execute(
                "UPDATE journal_entry SET updated_us = ?, entry_date = ?, title = ?, body = ?,"
                " tags = ?, mood = ?, energy = ?, link_kind = ?, link_ref = ? WHERE id = ?",
                (micros(now), *_content(saved), saved.id),
            )
            tag_use.count_out(conn, entry.id)
            conn.execute("DELETE FROM journal_tag WHERE entry_id = ?", (saved.id,))
            self._insert_tags(conn, saved)
            index.remove(conn, [entry.id])
            index.add(conn, [_index_row(entry.id, saved)])
        return saved

    def delete(self, entry_id: int) -> Entry:
        """Remove an entry; returns it as it was, so :meth:`restore` can undo this."""
        with self._vault.transaction() as conn:
            row = conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM journal_entry WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise EntryNotFound(f"There is no journal entry {entry_id}.")
            tag_use.count_out(conn, entry_id)
            conn.execute("DELETE FROM journal_entry WHERE id = ?", (entry_id,))
            index.remove(conn, [entry_id])
        return _entry(row)

    def restore(self, entry: Entry) -> Entry:
        """Put a deleted entry back as it was, under its old id if that is still free."""
        with self._vault.transaction() as conn:
            taken = (
                entry.id is not None
                and conn.execute("SELECT 1 FROM journal_entry WHERE id = ?", (entry.id,)).fetchone()
            )
            now = _now()
            restored = replace(
                _clean(entry),
                id=None if taken else entry.id,
                created_at=entry.created_at or now,
                updated_at=entry.updated_at or now,
            )
            return self._insert(conn, restored)

    _INSERT = (
        "INSERT INTO journal_entry (id, created_us, updated_us, entry_date, title, body,"
        " tags, mood, energy, link_kind, link_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    @staticmethod
    def _params(entry: Entry) -> tuple[object, ...]:
        assert entry.created_at is not None and entry.updated_at is not None
        return (entry.id, micros(entry.created_at), micros(entry.updated_at), *_content(entry))

    def _insert(self, conn: Any, entry: Entry) -> Entry:
        entry_id = int(conn.execute(self._INSERT, self._params(entry)).lastrowid)
        saved = replace(entry, id=entry_id)
        self._insert_tags(conn, saved)
        index.add(conn, [_index_row(entry_id, saved)])
        return saved

    @staticmethod
    def _insert_tags(conn: Any, entry: Entry) -> None:
        assert entry.id is not None
        conn.executemany(
            "INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)",
            [(entry.id, tag) for tag in entry.tags],
        )
        tag_use.count_in(conn, entry.id, entry.id)

    # --- reading ---------------------------------------------------------------

    def get(self, entry_id: int) -> Entry | None:
        row = self._vault.connection.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entry WHERE id = ?", (entry_id,)
        ).fetchone()
        return _entry(row) if row else None

    def get_many(self, ids: Iterable[int]) -> list[Entry]:
        """The entries with these ids that still exist, oldest first, in one read (sharing)."""
        rows = self._vault.connection.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entry"
            " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY entry_date, id",
            (json.dumps(sorted(set(ids))),),
        )
        return [_entry(row) for row in rows]

    def ids(self, filters: Filters = Filters()) -> list[int]:
        """The ids of the entries that pass the filters, newest first (ticking many at once)."""
        where, params = _filter_sql(filters)
        rows = self._vault.connection.execute(
            f"SELECT e.id FROM journal_entry e WHERE 1{where} ORDER BY e.entry_date DESC, e.id DESC",
            params,
        )
        return [int(row[0]) for row in rows]

    def texts_between(self, since: date, until: date) -> Iterator[tuple[date, str, str]]:
        """Date, title and text of the entries from ``since`` to ``until`` (for imports)."""
        rows = self._vault.connection.execute(
            "SELECT entry_date, title, body FROM journal_entry WHERE entry_date BETWEEN ? AND ?",
            (since.isoformat(), until.isoformat()),
        )
        for day, title, body in rows:
            yield date.fromisoformat(day), title, unpack_text(body)

    def page(self, offset: int, limit: int, filters: Filters = Filters()) -> list[Summary]:
        """Entries newest first (by date, then by when they were written)."""
        where, params = _filter_sql(filters)
        rows = self._vault.connection.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM journal_entry e WHERE 1{where}"
            " ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return [_summary(row) for row in rows]

    def count(self, filters: Filters = Filters(), query: str = "") -> int:
        """How many entries pass the filters and, if ``query`` says anything, match it."""
        where, params = _filter_sql(filters)
        match = to_match(query)
        conn = self._vault.connection
        if match is None:
            sql = f"SELECT count(*) FROM journal_entry e WHERE 1{where}"
        elif where:
            sql = (
                "SELECT count(*) FROM journal_fts f JOIN journal_entry e ON e.id = f.rowid"
                f" WHERE journal_fts MATCH ?{where}"
            )
        else:
            sql = "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?"
        return int(conn.execute(sql, params if match is None else (match, *params)).fetchone()[0])

    def search(
        self,
        query: str,
        filters: Filters = Filters(),
        limit: int = 50,
        offset: int = 0,
        order: SearchOrder = "relevance",
    ) -> list[Summary]:
        """The matches for what the user typed, best first (or newest first), with the matches marked.

        By relevance, hits are ranked by bm25 among the newest ``RANK_WINDOW`` hits;
        older hits of a very common search follow, newest first. Ranking every hit
        of a word found in nearly every entry would cost more than it tells (see
        :mod:`careerjournal.journal.search`). By date, hits come as the journal
        lists them: newest entry date first. Only the page of hits is marked.
        """
        asked = phrases(query)
        match = expression(asked)
        if match is None:
            return []
        where, params = _filter_sql(filters)
        conn = self._vault.connection
        if order == "date":
            ids = [
                int(row[0])
                for row in conn.execute(
                    "SELECT f.rowid FROM journal_fts f JOIN journal_entry e ON e.id = f.rowid"
                    f" WHERE journal_fts MATCH ?{where}"
                    " ORDER BY e.entry_date DESC, f.rowid DESC LIMIT ? OFFSET ?",
                    (match, *params, limit, offset),
                )
            ]
        else:
            ids = ranked_ids(conn, match, where, params, limit, offset, RANK_WINDOW)
        return [
            Summary(int(i), date.fromisoformat(d), title, snippet, _split_tags(tags), m, en)
            for i, d, title, snippet, tags, m, en in marked_rows(conn, asked, ids)
        ]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, alphabetically."""
        return [
            (str(tag), int(n))
            for tag, n in self._vault.connection.execute(
                "SELECT tag, entries FROM journal_tag_use ORDER BY tag"
            )
        ]

    def mood_series(self, filters: Filters, bucket: Bucket) -> list[MoodPoint]:
        """Average mood and energy per period, oldest first; periods without either are left out."""
        where, params = _filter_sql(filters)
        rows = self._vault.connection.execute(
            f"SELECT {bucket.value} AS period, avg(mood), avg(energy) FROM journal_entry e"
            f" WHERE (mood IS NOT NULL OR energy IS NOT NULL){where}"
            " GROUP BY period ORDER BY period",
            params,
        ).fetchall()
        return [MoodPoint(date.fromisoformat(start), mood, energy) for start, mood, energy in rows]
