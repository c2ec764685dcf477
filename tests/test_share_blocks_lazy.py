"""A share's journal blocks are made as they are asked for, a page of entries at a time.

The preview takes the blocks bit by bit, an export takes them all; both must be
the same blocks, in the order one read of every entry gives, and the export
must not depend on how much the preview had already taken.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import islice

import pytest

from careerjournal.export.document import Heading, Paragraph
from careerjournal.export.markdown import markdown
from careerjournal.journal import Entry, JournalStore
from careerjournal.journal.model import Filters
from careerjournal.share.content import ENTRY_PAGE, shared_document
from careerjournal.share.selection import Selection

TODAY = date(2026, 3, 10)
COUNT = 2 * ENTRY_PAGE + 7  # three pages, the last one short


@pytest.fixture
def store(vault) -> JournalStore:
    """Entries whose dates are shuffled against their ids, with several on one day."""
    start = date(2020, 1, 1)
    JournalStore(vault).add_many(
        Entry(start + timedelta(days=(n * 37) % (COUNT // 2)), f"ZqTitle{n:04d}", f"ZqBody{n:04d}")
        for n in range(COUNT)
    )
    return JournalStore(vault)


def test_entries_over_several_pages_come_in_the_order_of_one_read(vault, catalog, store) -> None:
    ids = store.ids()
    shared = shared_document(
        vault, catalog, Selection(entries=frozenset(ids), journal_text=True), "en", TODAY
    )
    everything = store.get_many(ids)
    assert shared.summary.entries == tuple(e.id for e in everything)
    blocks = shared.document.blocks
    titles = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
    bodies = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert titles == [e.title for e in everything]
    assert bodies == [e.body for e in everything]


def test_the_export_is_the_same_however_much_the_preview_took(vault, catalog, store) -> None:
    selection = Selection(journal_rule=Filters(), journal_text=True)
    fresh = shared_document(vault, catalog, selection, "en", TODAY).document
    for taken in (0, 1, ENTRY_PAGE, 3 * ENTRY_PAGE + 1, 10 * COUNT):
        shared = shared_document(vault, catalog, selection, "en", TODAY)
        started = list(islice(shared.blocks(), taken))
        document = shared.document
        assert document == fresh
        assert markdown(document) == markdown(fresh)
        assert list(document.blocks[: len(started)]) == started


def test_each_block_is_made_once(vault, catalog, store) -> None:
    shared = shared_document(vault, catalog, Selection(journal_rule=Filters()), "en", TODAY)
    preview = shared.blocks()
    first = list(islice(preview, 5))
    store.add(Entry(date(2019, 1, 1), "ZqLaterTitle"))  # after the preview began
    assert all(a is b for a, b in zip(first, shared.document.blocks, strict=False))
    assert list(preview) == list(shared.document.blocks[5:])
    assert "ZqLaterTitle" not in markdown(shared.document)


def test_only_entries_that_exist_count_oldest_first(vault, catalog, store) -> None:
    ids = store.ids()
    gone = ids[3]
    store.delete(gone)
    chosen = frozenset([*ids, 10 * COUNT])  # one deleted, one that never was
    shared = shared_document(vault, catalog, Selection(entries=chosen), "en", TODAY)
    assert shared.summary.entries == tuple(e.id for e in store.get_many(chosen))
    assert gone not in shared.summary.entries and len(shared.summary.entries) == COUNT - 1
