"""Everything fits: every page, step kind, result and dialog, in Dutch and English.

No text is cut off and no sideways scroll bar shows, at the default 1000×700
and at 1366×768.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from careerjournal.ui.pages.journal.entry_delegate import PADDING
from careerjournal.ui.pages.journal.entry_model import EntryListModel
from tests.fit_checks import cut_offs
from tests.ui_walk import demo_copy, demo_vault, open_window, pages, unlock, walk  # noqa: F401


@pytest.mark.parametrize("size", [(1000, 700), (1366, 768)], ids=["1000x700", "1366x768"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nothing_is_cut_off(
    qtbot,
    demo_vault: Path,  # noqa: F811
    tmp_path: Path,
    lang: str,
    size,
) -> None:
    window = open_window(qtbot, demo_copy(demo_vault, tmp_path), lang, size)
    problems = [
        f"{where}: {problem}" for where, shown in walk(window) for problem in cut_offs(shown)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_journal_rows_show_date_mood_and_energy_and_whole_lines(
    qtbot,
    demo_vault: Path,  # noqa: F811
    tmp_path: Path,
    lang: str,
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = open_window(qtbot, demo_copy(demo_vault, tmp_path), lang)
    unlock(window)
    journal = window.workspace.pages[2]
    window.workspace.show_page(journal)
    view, delegate = journal.list, journal.list.itemDelegate()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    width = view.viewport().width() - 2 * PADDING
    row_height = view.visualRect(view.model().index(0, 0)).height()
    for row in range(view.model().rowCount()):
        summary = view.model().index(row, 0).data(EntryListModel.SummaryRole)
        (_, _), (details, _), (_, _) = delegate.parts(summary, option.font, width)
        cursor = QTextCursor(details)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText()
        expected = [str(v) for v in (summary.mood, summary.energy) if v is not None]
        assert re.findall(r" (\d)\b", shown.split("·", 1)[-1])[: len(expected)] == expected, shown
    total = sum(
        delegate.shown_height(doc, lines)
        for doc, lines in delegate.parts(summary, option.font, width)
    )
    assert total + 2 * PADDING <= row_height


@pytest.fixture
def large_font(qapp):
    """The system font at 150 %, as a user with larger text has it."""
    saved = qapp.font()
    large = qapp.font()
    large.setPointSizeF(saved.pointSizeF() * 1.5)
    qapp.setFont(large)
    yield
    qapp.setFont(saved)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nothing_is_cut_off_with_a_150_percent_font(
    qtbot,
    demo_vault: Path,  # noqa: F811
    tmp_path: Path,
    lang: str,
    large_font,
) -> None:
    window = open_window(qtbot, demo_copy(demo_vault, tmp_path), lang, (1366, 768))
    problems = [
        f"{where}: {problem}" for where, shown in walk(window) for problem in cut_offs(shown)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_new_users_empty_pages_fit(qtbot, vault_path: Path, lang: str) -> None:
    window = open_window(qtbot, vault_path, lang)
    unlock(window)
    problems = [f"{where}: {p}" for where in pages(window) for p in cut_offs(window)]
    assert not problems, "\n".join(problems)
