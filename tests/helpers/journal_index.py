"""Checks that the journal's full-text index is in step with the entries."""

from __future__ import annotations

from careerjournal.vault import Vault


def index_is_intact(vault: Vault) -> None:
    """FTS5 checks its own structure, and every entry, and no other, is in it.

    The index is contentless, so FTS5's check cannot compare it with the text;
    the rowids it holds (one size record per indexed entry) must be the entries'.
    """
    conn = vault.connection
    with vault.transaction() as writing:
        writing.execute("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')")
    indexed = [row[0] for row in conn.execute("SELECT id FROM journal_fts_docsize ORDER BY id")]
    stored = [row[0] for row in conn.execute("SELECT id FROM journal_entry ORDER BY id")]
    assert indexed == stored
