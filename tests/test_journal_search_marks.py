"""Search marks its page in Python; the marks and fragments are those FTS5 itself would make.

FTS5's highlight() and snippet() were the reference before the marking moved
out of SQL; they are asked here directly, on a copy of the same entries, for
texts chosen to catch a different reading of words, accents, phrases and fragments.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlcipher3

from careerjournal.journal import Entry, Filters, JournalStore
from careerjournal.journal.highlight import END, START
from careerjournal.journal.query import to_match
from careerjournal.vault import Vault

DAY = date(2024, 3, 14)
FILLER = " ".join(f"vulling{n}" for n in range(40))
ENTRIES = [
    ("Carrière & <keuzes>", "Wat wil ik met mijn carrière? Een carriere-switch misschien."),
    ("Werkdag", "Werken bij mijn werkgever; thuiswerken op vrijdag. Werk, werk, werk."),
    (
        "Gesprek",
        f"{FILLER}. Een hard gesprek met mijn leidinggevende: hard, maar eerlijk. {FILLER}",
    ),
    ("E-mail", "Drie e-mails en een E-mail over het gesprek; email bleef liggen."),
    ("Blij 🙂", "Blij 🙂 met het team. 日本語 les gehad. Reünie op zaterdag, réunie!"),
    ("", f"{FILLER} overstap {FILLER} overstap naar het onderwijs. {FILLER}"),
    ("Overstap", f"Alleen de titel. {FILLER}"),
    ("2024: a-z", "Plan_2024 voor a en b; aan de slag in 2024."),
]
QUERIES = [
    "carriere",
    "carrière keuzes",
    "werk",
    '"werk"',
    '"hard gesprek"',
    "gesprek leidinggevende",
    "e-mail",
    "blij team",
    "日本",
    "reunie",
    "overstap",
    "overstap onderwijs",
    "2024",
    "a",
    "hard eerlijk",
]


@pytest.fixture
def store(vault: Vault) -> JournalStore:
    journal = JournalStore(vault)
    for n, (title, body) in enumerate(ENTRIES):
        journal.add(Entry(DAY - timedelta(days=n), title, body))
    return journal


def fts5_marks(journal: JournalStore, typed: str) -> dict[int, tuple[str, str]]:
    """Title and fragment of every hit of ``typed``, marked by FTS5 itself.

    The vault's index is contentless, so FTS5 can mark only a table that holds
    the text: the same entries, under the same ids, in a table in memory.
    """
    reference = sqlcipher3.connect(":memory:")
    reference.execute(
        "CREATE VIRTUAL TABLE journal_fts USING fts5 (title, body, tags,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    for entry_id in journal.ids():
        entry = journal.get(entry_id)
        assert entry is not None
        reference.execute(
            "INSERT INTO journal_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            (entry_id, entry.title, entry.body, ", ".join(entry.tags)),
        )
    rows = reference.execute(
        "SELECT rowid, highlight(journal_fts, 0, ?1, ?2),"
        " snippet(journal_fts, 1, ?1, ?2, '…', 24)"
        " FROM journal_fts WHERE journal_fts MATCH ?3",
        (START, END, to_match(typed)),
    )
    return {rowid: (title, fragment) for rowid, title, fragment in rows}


@pytest.mark.parametrize("typed", QUERIES)
def test_marks_and_fragments_are_those_of_fts5(
    store: JournalStore, vault: Vault, typed: str
) -> None:
    expected = fts5_marks(store, typed)
    found = store.search(typed)
    assert expected, "every query finds something"
    assert {hit.id: (hit.title, hit.preview) for hit in found} == expected


def test_a_page_of_sparse_hits_is_the_newest_ranked_then_the_rest_by_date(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The newest hits are looked for among the newest entries first, then further back:
    # with hits in one entry of five the first look finds too few.
    monkeypatch.setattr("careerjournal.journal.store.RANK_WINDOW", 3)
    journal = JournalStore(vault)
    added = journal.add_many(
        Entry(
            DAY + timedelta(days=n), f"Dag {n}", "koffie " * (n % 3 + 1) if n % 5 == 0 else "thee"
        )
        for n in range(60)
    )
    assert added == 60
    hits = [
        row[0]
        for row in vault.connection.execute(
            "SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'koffie' ORDER BY rowid DESC"
        )
    ]
    found = [hit.id for hit in journal.search("koffie", limit=20)]
    assert sorted(found[:3]) == sorted(hits[:3])  # the newest three, by relevance
    assert found[3:] == hits[3:]  # the older ones newest first
    pages = [hit.id for n in range(0, 12, 5) for hit in journal.search("koffie", limit=5, offset=n)]
    assert pages == found
    recent = Filters(since=DAY + timedelta(days=30))
    assert [hit.id for hit in journal.search("koffie", recent, limit=20)] == [
        i for i in found if i in hits[:6]
    ]
