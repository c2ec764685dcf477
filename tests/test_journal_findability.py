"""Finding things in the journal: hits by relevance or date (remembered), and empty lists that help."""

from __future__ import annotations

from datetime import date

import pytest

from careerjournal.journal import Entry, JournalStore, Summary
from careerjournal.vault import Vault
from tests.helpers.journal_page import open_journal_page, titles

TODAY = date.today()


@pytest.fixture
def store(vault: Vault) -> JournalStore:
    return JournalStore(vault)


@pytest.fixture
def page(qtbot, vault: Vault, catalog):
    return lambda: open_journal_page(qtbot, vault, catalog)


def ids(summaries: list[Summary]) -> list[int]:
    return [s.id for s in summaries]


def test_title_and_tags_weigh_more_than_the_text(store: JournalStore) -> None:
    in_text = store.add(
        Entry(TODAY, "Dinsdag", "Veel vergaderingen vandaag, en energie kwijt door het werk.")
    )
    in_tags = store.add(
        Entry(TODAY, "Woensdag", "Veel vergaderingen vandaag, en het werk liep vast.", ("energie",))
    )
    in_title = store.add(
        Entry(TODAY, "Energie", "Veel vergaderingen vandaag, en het werk liep vast.")
    )
    assert ids(store.search("energie")) == [in_title.id, in_tags.id, in_text.id]


def test_more_occurrences_rank_higher(store: JournalStore) -> None:
    once = store.add(
        Entry(TODAY, "", "Overstap? Misschien. Ik weet het niet, het is nog vaag allemaal.")
    )
    often = store.add(Entry(TODAY, "", "Overstap, overstap, overstap: ik denk aan niets anders."))
    assert ids(store.search("overstap")) == [often.id, once.id]


def test_search_order_by_date_is_remembered(page, store: JournalStore, qtbot) -> None:
    from datetime import date as day

    from careerjournal.ui.shell.settings import Settings

    store.add(Entry(day(2021, 3, 1), "Koffie koffie", "koffie"))
    store.add(Entry(day(2024, 3, 1), "Nieuw", "wat koffie"))
    store.add(Entry(day(2022, 3, 1), "Midden", "koffie en thee"))
    journal = page()
    with qtbot.waitSignal(journal.filter_bar.changed):
        qtbot.keyClicks(journal.filter_bar.search, "koffie")
    assert titles(journal)[0] == "Koffie koffie", "best match first"
    order = journal.filter_bar.order
    order.setCurrentIndex(order.findData("date"))
    order.activated.emit(order.currentIndex())
    assert [journal.model.summary(r).entry_date.year for r in range(3)] == [2024, 2022, 2021]
    assert Settings().search_order == "date"
    again = page()
    assert again.filter_bar.search_order() == "date"
    Settings().search_order = "relevance"


def test_empty_list_says_what_to_do_first(page, store: JournalStore, vault, qtbot) -> None:
    from careerjournal.ui.shell.stores import Stores

    journal = page()
    assert journal.empty.label.isVisible()
    assert "first entry" in journal.empty.label.text()
    store.add(Entry(TODAY, "Eerste", "koffie"))
    journal.open_vault(Stores.of(vault))
    assert not journal.empty.label.isVisible()
    with qtbot.waitSignal(journal.filter_bar.changed):
        qtbot.keyClicks(journal.filter_bar.search, "zzzz")
    assert journal.empty.label.isVisible() and "Nothing found" in journal.empty.label.text()
