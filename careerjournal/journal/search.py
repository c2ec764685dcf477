"""Full-text search of the journal: which hits make a page, and their marked text.

FTS5 walks a prefix search's hits quickly oldest first and slowly newest
first (0.8 s for a common word in 50,000 entries), and merges a prefix's
doclists anew for every MATCH: for a word in nearly every entry that merge is
most of the cost of a query. So a search asks as few MATCHes as it can: one to
find the newest hits, one to rank them (bm25 adds one more of its own to count
the hits), and none to mark the page.
"""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from careerjournal.journal.marking import Marker
from careerjournal.journal.query import Phrase
from careerjournal.vault.at_rest import unpack_text

# bm25 weights of the indexed columns (title, body, tags): a word in the title
# or a tag says more about an entry than the same word somewhere in the text.
_WEIGHTS = "10.0, 1.0, 5.0"


def ranked_ids(
    conn: sqlcipher3.Connection,
    match: str,
    where: str,
    params: list[object],
    limit: int,
    offset: int,
    window: int,
) -> list[int]:
    """A page of hits: the newest ``window`` hits by bm25, then older ones newest first.

    ``where`` and ``params`` are filter conditions on ``journal_entry e``.
    """
    hits = (
        f"FROM journal_fts f{' JOIN journal_entry e ON e.id = f.rowid' if where else ''}"
        " WHERE journal_fts MATCH ?"
    )
    newest, complete = _newest(conn, hits, match, where, params, window)
    if not newest:
        return []
    start = newest[0]
    ids = [
        int(row[0])
        for row in conn.execute(
            f"SELECT f.rowid {hits} AND f.rowid >= ?{where}"
            f" ORDER BY bm25(journal_fts, {_WEIGHTS}), f.rowid DESC LIMIT ? OFFSET ?",
            (match, start, *params, limit, offset),
        )
    ]
    if len(ids) == limit or complete:
        return ids
    # A page past the ranked hits: the older ones, newest first, counted from the
    # oldest, as FTS5 walks them quickly only that way.
    older = int(
        conn.execute(
            f"SELECT count(*) {hits} AND f.rowid < ?{where}", (match, start, *params)
        ).fetchone()[0]
    )
    skip = max(0, offset - len(newest))  # of the older hits, newest first
    wanted = min(limit - len(ids), older - skip)
    if wanted > 0:
        rows = conn.execute(
            f"SELECT f.rowid {hits} AND f.rowid < ?{where} ORDER BY f.rowid LIMIT ? OFFSET ?",
            (match, start, *params, wanted, older - skip - wanted),
        )
        ids += reversed([int(row[0]) for row in rows])
    return ids


def _newest(
    conn: sqlcipher3.Connection,
    hits: str,
    match: str,
    where: str,
    params: list[object],
    window: int,
) -> tuple[list[int], bool]:
    """The newest ``window`` hits, oldest first, and whether there are no others.

    Read from the newest entries back, further each time until there are
    enough: one pass over the newest entries for a word found in most of them,
    where counting every hit and then finding the window's start took two
    passes over all of them (the prefix merged twice). A rarer word may take a
    second, wider pass, but its hits are fewer and merge quickly.
    """
    top = int(conn.execute("SELECT ifnull(max(id), 0) FROM journal_entry").fetchone()[0])
    found: list[int] = []  # every hit after ``low``
    low, span = top, 2 * window  # entries to look back over
    while True:
        low, high = top - span, low
        found[:0] = [
            rowid
            for (rowid,) in conn.execute(
                f"SELECT f.rowid {hits} AND f.rowid > ? AND f.rowid <= ?{where} ORDER BY f.rowid",
                (match, low, high, *params),
            )
        ]
        if len(found) >= window or low <= 0:
            return found[-window:], low <= 0 and len(found) <= window
        # Far enough back for the hits seen so far to make up the window twice over.
        span = max(4 * span, span * 2 * window // max(1, len(found)))


def marked_rows(
    conn: sqlcipher3.Connection, asked: tuple[Phrase, ...], ids: list[int]
) -> list[tuple[Any, ...]]:
    """Id, date, marked title, marked fragment, tags, mood and energy of ``ids``, in that order.

    The rows are read by key and marked in Python (:mod:`careerjournal.journal.marking`):
    the index is contentless, so FTS5's highlight() and snippet() have no text
    to mark, and every MATCH of a prefix would merge all of its hits again.
    """
    rows = conn.execute(
        "SELECT id, entry_date, title, body, tags, mood, energy FROM journal_entry"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    by_id = {int(row[0]): row for row in rows}
    marker = Marker(asked)
    return [
        (i, day, marker.marked(title), marker.fragment(unpack_text(body)), tags, mood, energy)
        for i, day, title, body, tags, mood, energy in (by_id[i] for i in ids)
    ]
