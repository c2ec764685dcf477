"""The Share preview of a long journal is built lazily: the start at once, then all of it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from careerjournal.journal import Entry, JournalStore
from careerjournal.ui.pages.plan.printing import text_document
from careerjournal.ui.pages.share.lazy_preview import CHUNK_BLOCKS
from careerjournal.ui.pages.share.page import SharePage
from careerjournal.ui.shell.stores import Stores

ENTRIES = 3 * CHUNK_BLOCKS  # two blocks each: several pieces


@pytest.fixture
def page(qtbot, vault, catalog):
    start = date(2020, 1, 1)
    JournalStore(vault).add_many(
        Entry(start + timedelta(days=n), f"ZqTitel{n:04d}", f"ZqTekst{n:04d}")
        for n in range(ENTRIES)
    )
    page = SharePage(catalog, lambda: "en")
    qtbot.addWidget(page)
    page.open_vault(Stores.of(vault))
    page.show()
    return page


def test_the_start_shows_at_once_and_the_rest_follows(page: SharePage, qtbot) -> None:
    page.journal_text.setChecked(True)
    page.tick_matching(True)
    page.update_preview()
    shown = page.preview.toPlainText()
    assert "ZqTitel0000" in shown and "ZqTekst0000" in shown
    assert f"ZqTitel{ENTRIES - 1:04d}" not in shown, "the whole journal waited for"
    assert page.lazy.filling
    qtbot.waitUntil(lambda: not page.lazy.filling, timeout=20000)
    assert page.shared is not None
    assert blocks(page.preview.document()) == blocks(text_document(page.shared.document))


def blocks(document) -> list[tuple[str, int, object, float, int]]:
    """Each block's text, heading level, page break, and its text's size and weight."""
    found, block = [], document.begin()
    while block.isValid():
        text = block.begin().fragment().charFormat() if block.text() else block.charFormat()
        found.append(
            (
                block.text(),
                block.blockFormat().headingLevel(),
                block.blockFormat().pageBreakPolicy(),
                text.fontPointSize(),
                text.fontWeight(),
            )
        )
        block = block.next()
    return found


def test_a_new_preview_or_locking_stops_the_old_one(page: SharePage, qtbot) -> None:
    page.tick_matching(True)
    page.update_preview()
    assert page.lazy.filling
    page.tick_matching(False)
    page.update_preview()
    assert not page.lazy.filling and page.preview.toPlainText().startswith("Tick what")
    page.tick_matching(True)
    page.update_preview()
    page.clear()
    assert not page.lazy.filling and page.preview.toPlainText() == ""
