"""Full-text search of the journal: which hits make a page, and their marked text.

Every query here reads a bounded part of the index, so a search for a word in
nearly every entry costs about the same at 50,000 entries as at 10,000. FTS5
walks a prefix search's hits quickly oldest first and slowly newest first
(0.8 s for a common word in 50,000 entries), and merges a prefix's doclists
anew for every MATCH; the queries below are shaped around both.
"""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

from careerjournal.journal.marking import Marker
from careerjournal.journal.query import Phrase

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
    found = int(conn.execute(f"SELECT count(*) {hits}{where}", (match, *params)).fetchone()[0])
    older = max(0, found - window)  # hits before the ranked window
    start = 0
    if older:  # the oldest ranked hit, counted from the oldest
        start = int(
            conn.execute(
                f"SELECT f.rowid {hits}{where} ORDER BY f.rowid LIMIT 1 OFFSET ?",
                (match, *params, older),
            ).fetchone()[0]
        )
    ids = [
        int(row[0])
        for row in conn.execute(
            f"SELECT f.rowid {hits} AND f.rowid >= ?{where}"
            f" ORDER BY bm25(journal_fts, {_WEIGHTS}), f.rowid DESC LIMIT ? OFFSET ?",
            (match, start, *params, limit, offset),
        )
    ]
    skip = max(0, offset - window)  # of the older hits, newest first
    wanted = min(limit - len(ids), older - skip)
    if wanted > 0:
        rows = conn.execute(
            f"SELECT f.rowid {hits} AND f.rowid < ?{where} ORDER BY f.rowid LIMIT ? OFFSET ?",
            (match, start, *params, wanted, older - skip - wanted),
        )
        ids += reversed([int(row[0]) for row in rows])
    return ids


def marked_rows(
    conn: sqlcipher3.Connection, asked: tuple[Phrase, ...], ids: list[int]
) -> list[tuple[Any, ...]]:
    """Id, date, marked title, marked fragment, tags, mood and energy of ``ids``, in that order.

    The rows are read by key and marked in Python (:mod:`careerjournal.journal.marking`):
    FTS5's highlight() and snippet() need a MATCH, and every MATCH of a prefix
    merges all of its hits again.
    """
    rows = conn.execute(
        "SELECT id, entry_date, title, body, tags, mood, energy FROM journal_entry"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    by_id = {int(row[0]): row for row in rows}
    marker = Marker(asked)
    return [
        (i, day, marker.marked(title), marker.fragment(body), tags, mood, energy)
        for i, day, title, body, tags, mood, energy in (by_id[i] for i in ids)
    ]
