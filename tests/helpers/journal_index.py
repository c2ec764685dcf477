"""Checks that what the journal keeps beside its entries is in step with them."""

from __future__ import annotations

from careerjournal.vault import Vault


def index_is_intact(vault: Vault) -> None:
    """FTS5 checks its own structure, every entry and no other is in it, and tags count right.

    The index is contentless, so FTS5's check cannot compare it with the text;
    the rowids it holds (one size record per indexed entry) must be the entries'.
    """
    conn = vault.connection
    with vault.transaction() as writing:
        writing.execute("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')")
    indexed = [row[0] for row in conn.execute("SELECT id FROM journal_fts_docsize ORDER BY id")]
    stored = [row[0] for row in conn.execute("SELECT id FROM journal_entry ORDER BY id")]
    assert indexed == stored
    counted = conn.execute("SELECT tag, entries FROM journal_tag_use ORDER BY tag").fetchall()
    recounted = conn.execute(
        "SELECT tag, count(*) FROM journal_tag GROUP BY tag ORDER BY tag"
    ).fetchall()
    assert counted == recounted, "the tag counts are those of the tags"
