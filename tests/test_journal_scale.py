"""The journal kept small and fast at scale: the index migration (8) keeps everything findable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from careerjournal.journal import Entry, JournalStore
from careerjournal.journal.highlight import START
from careerjournal.vault import Vault, create_vault, open_vault
from tests.helpers.journal_index import index_is_intact
from tests.helpers.passphrases import PASSPHRASE

DAY = date(2024, 3, 14)


def write_old(vault: Vault, entries: list[Entry]) -> None:
    """Entries as a vault before migration 9 held them (its triggers index them)."""
    stamp = "2024-03-14T09:30:00.000001+00:00"
    with vault.transaction() as conn:
        for entry in entries:
            cursor = conn.execute(
                "INSERT INTO journal_entry (entry_date, created_at, updated_at, title, body, tags)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry.entry_date.isoformat(),
                    stamp,
                    stamp,
                    entry.title,
                    entry.body,
                    ", ".join(entry.tags),
                ),
            )
            conn.executemany(
                "INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)",
                [(cursor.lastrowid, tag) for tag in entry.tags],
            )


def test_migration_8_keeps_entries_and_search_and_shrinks_the_file(tmp_path: Path) -> None:
    path = tmp_path / "v7.cjv"
    with create_vault(path, PASSPHRASE, schema=7) as vault:
        write_old(
            vault,
            [Entry(DAY, f"Gesprek {n}", "overstap naar het onderwijs " * 20) for n in range(300)]
            + [Entry(DAY, "Loopbaancoach", "Een eerlijk gesprek", ("coach",))],
        )
    size_before = path.stat().st_size
    with open_vault(path, PASSPHRASE) as vault:
        journal = JournalStore(vault)
        fts = vault.connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'journal_fts'"
        ).fetchone()[0]
        assert "prefix" not in fts
        kept = journal.get(301)
        assert journal.count() == 301 and kept is not None
        assert (kept.title, kept.body, kept.tags) == (
            "Loopbaancoach",
            "Een eerlijk gesprek",
            ("coach",),
        )
        assert journal.count(query="overst") == 300  # prefix search without prefix indexes
        assert journal.count(query="ov") == 300 and journal.count(query="lo") == 1
        hits = journal.search("loopbaan")
        assert [s.id for s in hits] == [301] and START in hits[0].title
        index_is_intact(vault)
        later = journal.add(Entry(DAY, "Nieuw", "onderwijsassistent"))
        assert [s.id for s in journal.search("onderwijsass")] == [later.id]
        index_is_intact(vault)
    assert path.stat().st_size < size_before  # compacted once after the migration
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.connection.execute("PRAGMA auto_vacuum").fetchone()[0] == 2


def test_a_large_import_leaves_no_free_pages_behind(vault) -> None:
    conn = vault.connection
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
    JournalStore(vault).add_many(
        Entry(DAY, f"Dag {n}", f"woord{n % 97} en nog wat tekst " * 8) for n in range(2000)
    )
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert JournalStore(vault).count(query='"woord5"') == len(range(5, 2000, 97))
    index_is_intact(vault)


def test_ids_and_get_many_read_what_page_and_get_read(vault) -> None:
    from careerjournal.journal import Filters

    journal = JournalStore(vault)
    journal.add_many(
        Entry(date(2024, 1, 1 + n % 28), f"Dag {n}", "tekst", ("werk",) if n % 3 else ())
        for n in range(60)
    )
    for filters in (Filters(), Filters("werk"), Filters(None, date(2024, 1, 10))):
        assert journal.ids(filters) == [s.id for s in journal.page(0, 100, filters)]
    chosen = journal.ids(Filters("werk"))[:7] + [9999]  # a deleted or unknown id is left out
    many = journal.get_many(chosen)
    singles = sorted((journal.get(i) for i in chosen[:7]), key=lambda e: (e.entry_date, e.id))
    assert many == singles


@pytest.fixture
def store(vault) -> JournalStore:
    return JournalStore(vault)


def test_add_many_indexes_in_one_batch_and_keeps_the_trigger(
    vault: Vault, store: JournalStore
) -> None:
    store.add_many(Entry(DAY, f"Dag {n}", "overleg met de coach") for n in range(1500))
    later = store.add(Entry(DAY, "Los geschreven", "coachgesprek"))  # through the trigger again
    assert store.count(query="coach") == 1501
    assert [s.id for s in store.search("coachgesprek")] == [later.id]
    index_is_intact(vault)


def test_add_many_that_fails_midway_leaves_entries_index_and_trigger(
    vault: Vault, store: JournalStore
) -> None:
    before = store.add(Entry(DAY, "Al bewaard", "overleg"))
    with vault.transaction() as conn:  # a real failure after the trigger is set aside
        conn.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON journal_tag WHEN new.tag = 'boem'"
            " BEGIN SELECT RAISE(ABORT, 'boem'); END"
        )
    with pytest.raises(Exception, match="boem"):
        store.add_many([Entry(DAY, "Eerste", "overleg"), Entry(DAY, "Tweede", "x", ("boem",))])
    assert [s.id for s in store.page(0, 10)] == [before.id] and store.count(query="overleg") == 1
    later = store.add(Entry(DAY, "Daarna", "overleg"))
    assert [s.id for s in store.search("overleg")] == [later.id, before.id]
    index_is_intact(vault)


def fts_settings(vault: Vault) -> dict[str, int]:
    rows = vault.connection.execute(
        "SELECT k, v FROM journal_fts_config WHERE k IN ('automerge', 'hashsize')"
    )
    return dict(rows.fetchall())


def test_a_bulk_write_puts_the_index_settings_back(vault: Vault, store: JournalStore) -> None:
    store.add_many(Entry(DAY, f"Dag {n}", "overleg met de coach") for n in range(1200))
    # FTS5's own defaults again: later entries merge as they come, in 1 MiB flushes.
    assert fts_settings(vault) in ({}, {"automerge": 4, "hashsize": 1024 * 1024})

    def stopped() -> Iterator[Entry]:
        yield from (Entry(DAY, f"Nacht {n}", "overleg") for n in range(1500))
        raise RuntimeError("geannuleerd")

    kept = fts_settings(vault)
    with pytest.raises(RuntimeError):
        store.add_many(stopped())
    assert fts_settings(vault) == kept and store.count() == 1200
    later = store.add(Entry(DAY, "Los", "coachgesprek"))
    assert [s.id for s in store.search("coachgesprek")] == [later.id]
    index_is_intact(vault)


# What one row may hold on a 4,096-byte page less SQLCipher's 80 reserved bytes,
# before SQLite spills it to an overflow page: 3,981 bytes, less the row header.
ONE_PAGE_BLOCK = 3977


def largest_index_block(vault: Vault) -> int:
    return int(
        vault.connection.execute("SELECT max(length(block)) FROM journal_fts_data").fetchone()[0]
    )


def test_index_blocks_fit_a_page_in_a_new_vault(vault: Vault, store: JournalStore) -> None:
    store.add_many(
        Entry(DAY, f"Dag {n}", f"woord{n} overleg met de coach " * 6) for n in range(3000)
    )
    assert 3000 < largest_index_block(vault) <= ONE_PAGE_BLOCK
    index_is_intact(vault)
