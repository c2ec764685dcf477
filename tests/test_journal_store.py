"""The journal on a real vault: writing, undoing, filtering, searching, and the index in step."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from careerjournal.journal import (
    Bucket,
    Entry,
    EntryNotFound,
    Filters,
    JournalStore,
    Link,
    Summary,
)
from careerjournal.journal.highlight import END, START, unmarked
from careerjournal.vault import Vault, kdf, open_vault, sniff
from tests.helpers.journal_index import index_is_intact
from tests.helpers.passphrases import PASSPHRASE

DAY = date(2024, 3, 14)


@pytest.fixture
def store(vault: Vault) -> JournalStore:
    return JournalStore(vault)


def write(
    store: JournalStore,
    title: str = "",
    body: str = "",
    *,
    days_ago: int = 0,
    tags: tuple[str, ...] = (),
    mood: int | None = None,
    energy: int | None = None,
) -> Entry:
    return store.add(Entry(DAY - timedelta(days=days_ago), title, body, tags, mood, energy))


def ids(summaries: list[Summary]) -> list[int]:
    return [s.id for s in summaries]


# --- writing ------------------------------------------------------------------


def test_add_and_get(store: JournalStore) -> None:
    entry = store.add(
        Entry(
            DAY,
            "  Gesprek met Marco ",
            "Hij vroeg naar mijn carrie\u0300re.",
            tags=("Werk", "#leidinggevende, gesprek", "werk"),
            mood=2,
            energy=4,
            link=Link("exercise", "energy-audit"),
        )
    )
    assert entry.id is not None and entry.created_at == entry.updated_at
    assert entry.title == "Gesprek met Marco"
    assert entry.body == "Hij vroeg naar mijn carrière."  # stored composed (NFC)
    assert entry.tags == ("werk", "leidinggevende", "gesprek")
    assert store.get(entry.id) == entry
    assert store.tags() == [("gesprek", 1), ("leidinggevende", 1), ("werk", 1)]


def test_mood_and_energy_are_one_to_five() -> None:
    with pytest.raises(ValueError):
        Entry(DAY, mood=0)
    with pytest.raises(ValueError):
        Entry(DAY, energy=6)


def test_update_keeps_creation_time_and_replaces_tags(store: JournalStore) -> None:
    entry = write(store, "Oud", "oude tekst", tags=("werk", "energie"))
    edited = store.update(
        replace(
            entry,
            title="Nieuw",
            body="nieuwe tekst",
            tags=("overstap",),
            entry_date=DAY + timedelta(days=1),
            mood=5,
        )
    )
    assert edited.created_at == entry.created_at and edited.updated_at > entry.updated_at
    assert store.get(entry.id) == edited
    assert store.tags() == [("overstap", 1)]
    assert store.search("oude") == [] and ids(store.search("nieuwe")) == [entry.id]


def test_update_or_delete_of_a_missing_entry(store: JournalStore) -> None:
    with pytest.raises(EntryNotFound):
        store.update(Entry(DAY, "nooit bewaard"))
    with pytest.raises(EntryNotFound):
        store.update(Entry(DAY, "weg", id=999))
    with pytest.raises(EntryNotFound):
        store.delete(999)


def test_delete_and_undo(store: JournalStore, vault: Vault) -> None:
    keep = write(store, "Blijft", "koffie met Lotte")
    gone = write(store, "Weg", "koffie met Jeroen", tags=("gesprek",), mood=3)
    deleted = store.delete(gone.id)
    assert deleted == gone
    assert store.get(gone.id) is None and store.tags() == []
    assert ids(store.search("koffie")) == [keep.id]

    restored = store.restore(deleted)
    assert restored == gone  # same id, times, tags
    assert store.get(gone.id) == gone and store.tags() == [("gesprek", 1)]
    assert set(ids(store.search("koffie"))) == {keep.id, gone.id}
    index_is_intact(vault)


def test_undo_after_the_id_was_taken_gives_a_new_id(store: JournalStore) -> None:
    first = write(store, "Eerste")
    last = write(store, "Laatste", "over de reünie")
    deleted = store.delete(last.id)
    newer = write(store, "Nieuwer")  # SQLite may reuse the highest id
    restored = store.restore(deleted)
    assert len({first.id, newer.id, restored.id}) == 3
    assert store.get(restored.id).title == "Laatste"
    assert ids(store.search("reunie")) == [restored.id]


def test_add_many_in_one_go(store: JournalStore) -> None:
    before = write(store, "Al bewaard")
    count = store.add_many(
        Entry(DAY - timedelta(days=n), f"Dag {n}", "energie", ("energie",), mood=3)
        for n in range(5)
    )
    assert count == 5 and store.count() == 6
    assert len(store.search("energie")) == 5
    assert ("energie", 5) in store.tags() and store.get(before.id).title == "Al bewaard"


# --- listing and filtering ------------------------------------------------------


def test_pages_are_newest_first(store: JournalStore) -> None:
    older = write(store, "Ouder", days_ago=3)
    same_day_first = write(store, "Eerst geschreven")
    same_day_second = write(store, "Daarna geschreven")
    assert ids(store.page(0, 10)) == [same_day_second.id, same_day_first.id, older.id]
    assert ids(store.page(1, 1)) == [same_day_first.id]
    assert store.page(3, 10) == []


def test_page_shows_a_short_preview(store: JournalStore) -> None:
    write(store, "Lang", "Eerste zin.\n\n" + "woord " * 200)
    [summary] = store.page(0, 1)
    assert summary.preview.startswith("Eerste zin. woord") and summary.preview.endswith("…")
    assert len(summary.preview) <= 161


def test_filters_by_tag_and_date(store: JournalStore) -> None:
    recent_work = write(store, "a", tags=("werk",), days_ago=1)
    old_work = write(store, "b", tags=("werk", "energie"), days_ago=40)
    recent_other = write(store, "c", tags=("energie",), days_ago=2)
    assert ids(store.page(0, 10, Filters(tag="werk"))) == [recent_work.id, old_work.id]
    assert ids(store.page(0, 10, Filters(tag=" #Werk "))) == [recent_work.id, old_work.id]
    recent = Filters(since=DAY - timedelta(days=7), until=DAY)
    assert ids(store.page(0, 10, recent)) == [recent_work.id, recent_other.id]
    both = Filters(tag="energie", since=DAY - timedelta(days=7))
    assert ids(store.page(0, 10, both)) == [recent_other.id]
    assert ids(store.page(0, 10, Filters(until=DAY - timedelta(days=2)))) == [
        recent_other.id,
        old_work.id,
    ]
    assert store.count(Filters(tag="werk")) == 2 and store.count(both) == 1
    assert store.count(Filters(tag="onbekend")) == 0


# --- searching ---------------------------------------------------------------------


def test_diacritics_are_folded_both_ways(store: JournalStore) -> None:
    accented = write(store, "Mijn carrière", "Een reünie in het café.")
    plain = write(store, "Over mijn carriere", "Een reunie in het cafe.")
    for query in ("carrière", "carriere", "CARRIÈRE", "reünie", "reunie", "cafe", "café"):
        assert set(ids(store.search(query))) == {accented.id, plain.id}, query


def test_prefix_search(store: JournalStore) -> None:
    career = write(store, "", "Ik denk na over mijn carrière.")
    talks = write(store, "", "Drie gesprekken vandaag.")
    assert ids(store.search("carr")) == [career.id]
    assert ids(store.search("gesprek")) == [talks.id]  # the start of "gesprekken"
    assert store.search('"gesprek"') == []  # quoted: the exact word only
    assert ids(store.search("ges van")) == [talks.id]  # every word is a prefix


def test_all_words_must_match(store: JournalStore) -> None:
    both = write(store, "", "Gesprek met mijn leidinggevende over energie.")
    write(store, "", "Gesprek met Lotte.")
    assert ids(store.search("gesprek leidinggevende")) == [both.id]
    assert ids(store.search('"met mijn leidinggevende"')) == [both.id]
    assert store.search('"leidinggevende met"') == []


def test_title_and_tags_weigh_more_than_the_text(store: JournalStore) -> None:
    in_text = write(store, "Dinsdag", "Veel vergaderingen vandaag, en energie kwijt door het werk.")
    in_tags = write(
        store, "Woensdag", "Veel vergaderingen vandaag, en het werk liep vast.", tags=("energie",)
    )
    in_title = write(store, "Energie", "Veel vergaderingen vandaag, en het werk liep vast.")
    assert ids(store.search("energie")) == [in_title.id, in_tags.id, in_text.id]


def test_more_occurrences_rank_higher(store: JournalStore) -> None:
    once = write(store, "", "Overstap? Misschien. Ik weet het niet, het is nog vaag allemaal.")
    often = write(store, "", "Overstap, overstap, overstap: ik denk aan niets anders.")
    assert ids(store.search("overstap")) == [often.id, once.id]


def test_hits_are_marked(store: JournalStore) -> None:
    write(store, "Carrière & <keuzes>", "Wat wil ik met mijn carrière? " + "Vul aan. " * 40)
    [hit] = store.search("carriere")
    assert hit.title == f"{START}Carrière{END} & <keuzes>"
    assert f"{START}carrière{END}" in hit.preview
    assert unmarked(hit.title) == "Carrière & <keuzes>"


def test_title_only_hit_previews_the_text(store: JournalStore) -> None:
    write(store, "Overstap", "Vandaag niets bijzonders.")
    [hit] = store.search("overstap")
    assert unmarked(hit.preview) == "Vandaag niets bijzonders."


def test_search_with_filters_and_count(store: JournalStore) -> None:
    tagged = write(store, "", "energie lek", tags=("werk",), days_ago=1)
    write(store, "", "energie lek", days_ago=1)
    old = write(store, "", "energie lek", tags=("werk",), days_ago=100)
    assert store.count(query="energie") == 3
    assert set(ids(store.search("energie", Filters(tag="werk")))) == {tagged.id, old.id}
    recent_work = Filters(tag="werk", since=DAY - timedelta(days=10))
    assert ids(store.search("energie", recent_work)) == [tagged.id]
    assert store.count(recent_work, "energie") == 1
    assert store.count(recent_work, "   ") == 1  # no query: just the filters


def test_search_pages_do_not_overlap(store: JournalStore) -> None:
    store.add_many(Entry(DAY, f"Notitie {n}", "werk " * (n % 7 + 1)) for n in range(30))
    pages = [store.search("werk", limit=7, offset=offset) for offset in range(0, 35, 7)]
    found = [i for page in pages for i in ids(page)]
    assert len(found) == 30 and len(set(found)) == 30


@pytest.mark.parametrize(
    "typed",
    ['"', "title:werk", "werk OR", "NOT", "(", "NEAR(", "*", "a*b", "'; DROP TABLE x"],
)
def test_any_typed_text_is_a_valid_search(store: JournalStore, typed: str) -> None:
    write(store, "Werk", "title werk near not")
    store.search(typed)
    store.count(query=typed)


# --- mood over time ----------------------------------------------------------------


def test_mood_series_averages_per_period(store: JournalStore) -> None:
    monday = date(2024, 3, 11)
    store.add(Entry(monday, "a", mood=2, energy=1))
    store.add(Entry(monday, "b", mood=4, energy=None))
    store.add(Entry(monday + timedelta(days=2), "c", mood=5, energy=5))
    store.add(Entry(monday + timedelta(days=3), "d"))  # nothing to plot
    store.add(Entry(monday + timedelta(days=7), "e", mood=1, energy=2, tags=("werk",)))
    days = store.mood_series(Filters(), Bucket.DAY)
    assert [(p.start, p.mood, p.energy) for p in days] == [
        (monday, 3.0, 1.0),
        (monday + timedelta(days=2), 5.0, 5.0),
        (monday + timedelta(days=7), 1.0, 2.0),
    ]
    weeks = store.mood_series(Filters(), Bucket.WEEK)
    assert [(p.start, round(p.mood, 2), p.energy) for p in weeks] == [
        (monday, 3.67, 3.0),
        (monday + timedelta(days=7), 1.0, 2.0),
    ]
    months = store.mood_series(Filters(tag="werk"), Bucket.MONTH)
    assert [(p.start, p.mood) for p in months] == [(date(2024, 3, 1), 1.0)]
    assert store.mood_series(Filters(since=date(2025, 1, 1)), Bucket.DAY) == []


def test_bucket_for_span() -> None:
    assert Bucket.for_span(30) is Bucket.DAY
    assert Bucket.for_span(365) is Bucket.WEEK
    assert Bucket.for_span(5 * 365) is Bucket.MONTH


# --- the index stays in step ---------------------------------------------------------


def test_index_stays_in_step_after_many_edits(store: JournalStore, vault: Vault) -> None:
    entries = [write(store, f"Titel {n}", f"tekst nummer{n}", tags=("werk",)) for n in range(10)]
    for entry in entries[::2]:
        store.update(replace(entry, body=entry.body + " bijgewerkt", tags=("energie",)))
    undo = [store.delete(entry.id) for entry in entries[::3]]
    store.restore(undo[0])
    index_is_intact(vault)
    alive = {e.id for e in entries} - {e.id for e in undo[1:]}
    assert set(ids(store.search("tekst", limit=50))) == alive
    assert set(ids(store.search("bijgewerkt"))) == {e.id for e in entries[::2]} & alive
    assert ids(store.search("nummer3")) == [] and ids(store.search("nummer0")) == [entries[0].id]


CRASH_CHILD = textwrap.dedent(
    """
    import contextlib, os, signal, sys
    from dataclasses import replace
    from datetime import date

    from careerjournal.vault import kdf, open_vault

    key = bytes.fromhex(sys.stdin.readline())
    kdf.derive_key = lambda *args: key  # the parent derived it already

    from careerjournal.journal import Entry, JournalStore

    vault = open_vault(sys.argv[1], "not needed")
    store = JournalStore(vault)

    @contextlib.contextmanager
    def dies_before_commit():
        conn = vault.connection
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        os.kill(os.getpid(), signal.SIGKILL)

    vault.transaction = dies_before_commit
    action, entry_id = sys.argv[2], int(sys.argv[3])
    if action == "add":
        store.add(Entry(date(2024, 5, 1), "Flamingo", "een flamingo", ("vogel",)))
    elif action == "update":
        store.update(replace(store.get(entry_id), title="Flamingo", body="een flamingo"))
    else:
        store.delete(entry_id)
    print("not killed")
    """
)


@pytest.mark.parametrize("action", ["add", "update", "delete"])
@pytest.mark.skipif(sys.platform == "win32", reason="the child kills itself with SIGKILL (POSIX)")
def test_crash_between_writes_leaves_table_and_index_as_committed(
    vault_path: Path, action: str
) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        store = JournalStore(vault)
        first = write(store, "Eerste", "pelikaan aan het water", tags=("vogel",))
        second = write(store, "Tweede", "reiger in de sloot")
    key = kdf.derive_key(PASSPHRASE, sniff.read_salt(vault_path), kdf.FORMATS[kdf.CURRENT_FORMAT])
    child = subprocess.run(
        [sys.executable, "-c", CRASH_CHILD, str(vault_path), action, str(first.id)],
        input=key.hex(),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ},
    )
    assert child.returncode == -9, child.stderr  # killed mid-transaction
    assert "not killed" not in child.stdout

    with open_vault(vault_path, PASSPHRASE) as vault:
        store = JournalStore(vault)
        assert [store.get(first.id), store.get(second.id)] == [first, second]
        assert store.count() == 2 and store.tags() == [("vogel", 1)]
        assert store.search("flamingo") == []
        assert ids(store.search("pelikaan")) == [first.id]
        assert ids(store.search("reiger")) == [second.id]
        index_is_intact(vault)


def test_a_very_common_search_ranks_the_newest_hits_and_lists_the_rest_by_date(
    store: JournalStore, monkeypatch
) -> None:
    monkeypatch.setattr("careerjournal.journal.store.RANK_WINDOW", 3)
    oldest_best = write(store, "Werk", "werk werk werk", days_ago=9)
    older = write(store, "", "werk en nog wat anders", days_ago=8)
    newer = [
        write(store, "", f"dag {n}: werk, maar vooral koffie en gepraat" + " ." * n)
        for n in range(3)
    ]
    best_new = write(store, "Werk", "werk werk werk")
    found = ids(store.search("werk", limit=10))
    assert found[0] == best_new.id  # ranked: the newest three hits ...
    assert set(found[:3]) == {best_new.id, newer[2].id, newer[1].id}
    assert found[3:] == [newer[0].id, older.id, oldest_best.id]  # ... then by date
    assert ids(store.search("werk", limit=2, offset=2)) == found[2:4]
    assert ids(store.search("werk", limit=2, offset=4)) == found[4:6]  # past the window
    since = Filters(None, DAY - timedelta(days=8))
    assert ids(store.search("werk", since, limit=10)) == [i for i in found if i != oldest_best.id]


def test_search_by_date_lists_hits_newest_first(store: JournalStore) -> None:
    from datetime import date as day

    old = store.add(Entry(title="Koffie koffie koffie", body="koffie", entry_date=day(2021, 5, 1)))
    new = store.add(Entry(title="Thee", body="ook wat koffie", entry_date=day(2024, 5, 1)))
    mid = store.add(Entry(title="Werk", body="koffie met Noor", entry_date=day(2022, 5, 1)))
    assert ids(store.search("koffie"))[0] == old.id, "by relevance the title hit leads"
    assert ids(store.search("koffie", order="date")) == [new.id, mid.id, old.id]
    assert ids(store.search("koffie", order="date", limit=1, offset=1)) == [mid.id]
