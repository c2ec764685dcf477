"""The Journal page with real widgets on a real vault: writing, undo, search, filters, locking."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from careerjournal.journal import Entry, JournalStore, Link, Summary
from careerjournal.journal.highlight import START
from careerjournal.ui.pages.journal import JournalPage
from careerjournal.ui.pages.journal.entry_delegate import EntryDelegate
from careerjournal.ui.pages.journal.entry_model import EntryListModel
from careerjournal.ui.shell.i18n import current_language
from careerjournal.ui.shell.stores import Stores
from careerjournal.vault import Vault
from tests.helpers.journal_page import open_journal_page, titles

TODAY = date.today()


@pytest.fixture
def store(vault: Vault) -> JournalStore:
    return JournalStore(vault)


@pytest.fixture
def page(qtbot, vault: Vault, catalog):
    return lambda: open_journal_page(qtbot, vault, catalog)


def select(journal: JournalPage, row: int) -> None:
    journal.list.setCurrentIndex(journal.model.index(row))


# --- the lazy model -------------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    rows = [Summary(n, TODAY, f"Titel {n}", "tekst", ("werk",), 3, None) for n in range(1, 26)]
    model = EntryListModel(page_size=10)
    model.show(lambda offset, limit: rows[offset : offset + limit])
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20 and model.canFetchMore()
    qtmodeltester.check(model)  # fetches the rest
    assert model.rowCount() == 25 and not model.canFetchMore()
    model.show(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_model_over_the_store_passes_the_model_tester(qtmodeltester, store: JournalStore) -> None:
    store.add_many(Entry(TODAY - timedelta(days=n), f"Dag {n}", "koffie") for n in range(45))
    model = EntryListModel(page_size=20)
    model.show(lambda offset, limit: store.page(offset, limit))
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 45
    assert [model.summary(row).id for row in range(45)] == [s.id for s in store.page(0, 50)]


def test_a_big_journal_opens_with_one_page_and_fetches_more_on_scroll(
    page, store: JournalStore, qtbot
) -> None:
    store.add_many(Entry(TODAY - timedelta(days=n), f"Notitie {n}", "tekst") for n in range(700))
    journal = page()
    assert journal.model.rowCount() == 200
    assert journal.count.text() == "Entries: 700"
    journal.list.scrollToBottom()
    qtbot.waitUntil(lambda: journal.model.rowCount() > 200)


# --- writing ----------------------------------------------------------------------------


def test_typing_autosaves_a_new_entry(page, store: JournalStore, qtbot) -> None:
    journal = page()
    assert journal.model.rowCount() == 0
    qtbot.keyClicks(journal.editor.title, "Na het overleg")
    qtbot.keyClicks(journal.editor.body, "Ik was moe.")
    journal.editor.mood.setValue(2)
    qtbot.keyClicks(journal.editor.tags, "werk, Energie")
    qtbot.waitUntil(lambda: journal.editor.status.text() == "Saved")
    [summary] = store.page(0, 10)
    entry = store.get(summary.id)
    assert (entry.title, entry.body, entry.mood, entry.tags) == (
        "Na het overleg",
        "Ik was moe.",
        2,
        ("werk", "energie"),
    )
    assert titles(journal) == ["Na het overleg"]
    assert journal.list.currentIndex().row() == 0
    assert journal.filter_bar.tag.findData("energie") > 0
    assert store.count() == 1  # saved once, then updated


def test_a_blank_new_entry_is_not_saved(page, store: JournalStore) -> None:
    journal = page()
    journal.editor.mood.setValue(3)
    journal.flush()
    assert store.count() == 0


def test_edit_an_entry_and_flush_saves_at_once(page, store: JournalStore, qtbot) -> None:
    old = store.add(Entry(TODAY - timedelta(days=1), "Oud", "eerste versie"))
    journal = page()
    journal.autosave.set_delay(60_000)
    select(journal, 0)
    assert journal.editor.title.text() == "Oud"
    journal.editor.title.selectAll()
    qtbot.keyClicks(journal.editor.title, "Nieuw")
    journal.flush()  # what locking does
    assert store.get(old.id).title == "Nieuw"
    assert titles(journal) == ["Nieuw"]


def test_opening_another_entry_saves_the_one_being_edited(page, store, qtbot) -> None:
    first = store.add(Entry(TODAY, "Eerste"))
    store.add(Entry(TODAY - timedelta(days=1), "Tweede"))
    journal = page()
    journal.autosave.set_delay(60_000)
    select(journal, 0)
    qtbot.keyClicks(journal.editor.body, "bijgeschreven")
    select(journal, 1)
    assert store.get(first.id).body == "bijgeschreven"
    assert journal.editor.title.text() == "Tweede"


def test_changing_the_date_moves_the_entry(page, store: JournalStore) -> None:
    store.add(Entry(TODAY, "Vandaag"))
    store.add(Entry(TODAY - timedelta(days=5), "Eerder"))
    journal = page()
    select(journal, 1)
    journal.editor.date.setDate(TODAY + timedelta(days=1))
    journal.flush()
    assert titles(journal) == ["Eerder", "Vandaag"]
    assert journal.list.currentIndex().row() == 0


def test_ctrl_n_starts_a_new_entry(page, store: JournalStore, qtbot) -> None:
    store.add(Entry(TODAY, "Bestaand"))
    journal = page()
    select(journal, 0)
    journal.editor.title.setFocus()
    qtbot.keyClick(journal.editor.title, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert journal.editor.entry_id is None and journal.editor.title.text() == ""
    assert not journal.list.currentIndex().isValid()
    qtbot.keyClicks(journal.editor.title, "Tweede notitie")
    qtbot.waitUntil(lambda: store.count() == 2)


def test_delete_and_undo(page, store: JournalStore, qtbot) -> None:
    keep = store.add(Entry(TODAY - timedelta(days=1), "Blijft"))
    gone = store.add(Entry(TODAY, "Weg", "tekst", ("werk",), mood=4))
    journal = page()
    select(journal, 0)
    qtbot.mouseClick(journal.delete_button, Qt.MouseButton.LeftButton)
    assert store.get(gone.id) is None and titles(journal) == ["Blijft"]
    assert journal.undo_bar.isVisible() and journal.editor.entry_id is None
    assert journal.filter_bar.tag.findData("werk") < 0

    qtbot.mouseClick(journal.undo_bar.undo, Qt.MouseButton.LeftButton)
    assert store.get(gone.id) == gone
    assert titles(journal) == ["Weg", "Blijft"] and not journal.undo_bar.isVisible()
    assert journal.editor.entry_id == gone.id and journal.list.currentIndex().row() == 0
    assert store.get(keep.id) == keep


def test_delete_key_and_ctrl_z_in_the_list(page, store: JournalStore, qtbot) -> None:
    first = store.add(Entry(TODAY, "Een"))
    second = store.add(Entry(TODAY - timedelta(days=1), "Twee"))
    journal = page()
    journal.list.setFocus()
    for _ in range(2):
        select(journal, 0)
        qtbot.keyClick(journal.list, Qt.Key.Key_Delete)
    assert store.count() == 0 and titles(journal) == []
    qtbot.keyClick(journal.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(journal) == ["Twee"] and journal.undo_bar.isVisible()
    qtbot.keyClick(journal.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(journal) == ["Een", "Twee"] and not journal.undo_bar.isVisible()
    assert [store.get(first.id), store.get(second.id)] == [first, second]


def test_deleting_an_unsaved_entry_just_drops_it(page, store: JournalStore, qtbot) -> None:
    journal = page()
    journal.autosave.set_delay(60_000)
    qtbot.keyClicks(journal.editor.body, "toch niet")
    journal.autosave.cancel()
    qtbot.mouseClick(journal.delete_button, Qt.MouseButton.LeftButton)
    assert journal.editor.body.toPlainText() == "" and store.count() == 0
    assert not journal.undo_bar.isVisible()


# --- finding ----------------------------------------------------------------------------


def test_search_shows_highlighted_hits(page, store: JournalStore, qtbot) -> None:
    store.add(Entry(TODAY, "<b>Carrière</b>", "Wat wil ik met mijn carrière?"))
    store.add(Entry(TODAY, "Anders", "Over iets anders."))
    journal = page()
    with qtbot.waitSignal(journal.filter_bar.changed):
        qtbot.keyClicks(journal.filter_bar.search, "carriere")
    assert titles(journal) == ["<b>Carrière</b>"] and journal.count.text() == "Found: 1"
    hit = journal.model.summary(0)
    assert START in hit.title and START in hit.preview
    rendered = "".join(EntryDelegate().html_parts(hit))
    assert "&lt;b&gt;<b>Carrière</b>&lt;/b&gt;" in rendered
    assert "mijn <b>carrière</b>?" in rendered
    journal.list.grab()  # paints the rows

    journal.filter_bar.search.clear()
    qtbot.keyClick(journal.filter_bar.search, Qt.Key.Key_Return)
    assert len(titles(journal)) == 2 and journal.count.text() == "Entries: 2"


def test_search_saves_the_edit_first_and_finds_it(page, store: JournalStore, qtbot) -> None:
    journal = page()
    journal.autosave.set_delay(60_000)
    qtbot.keyClicks(journal.editor.body, "flamingo")
    qtbot.keyClicks(journal.filter_bar.search, "flam")
    qtbot.keyClick(journal.filter_bar.search, Qt.Key.Key_Return)
    assert titles(journal) == ["Untitled"] and store.count() == 1


def test_filter_by_tag_and_dates(page, store: JournalStore, qtbot) -> None:
    store.add(Entry(TODAY, "Werk", tags=("werk",), mood=2))
    store.add(Entry(TODAY - timedelta(days=60), "Oud werk", tags=("werk",), mood=4))
    store.add(Entry(TODAY - timedelta(days=2), "Vrij", tags=("balans",)))
    journal = page()
    bar = journal.filter_bar
    assert [bar.tag.itemText(i) for i in range(bar.tag.count())] == [
        "All tags",
        "balans (1)",
        "werk (2)",
    ]
    bar.tag.setFocus()
    qtbot.keyClick(bar.tag, Qt.Key.Key_End)  # the user picks "werk"
    assert titles(journal) == ["Werk", "Oud werk"]
    bar.since.setDate(TODAY - timedelta(days=30))
    bar.between.setChecked(True)
    assert titles(journal) == ["Werk"] and journal.count.text() == "Entries: 1"
    assert [p.mood for p in journal.chart._points] == [2.0]
    qtbot.keyClick(bar.tag, Qt.Key.Key_Home)
    assert titles(journal) == ["Werk", "Vrij"]
    bar.between.setChecked(False)
    assert len(titles(journal)) == 3


def test_chart_shows_mood_and_energy(page, store: JournalStore) -> None:
    for n in range(10):
        store.add(Entry(TODAY - timedelta(days=7 * n), f"Week {n}", mood=n % 5 + 1, energy=3))
    journal = page()
    points = journal.chart._points
    assert len(points) == 10 and all(p.energy == 3.0 for p in points)
    assert not journal.chart.grab().isNull()


# --- the prompt of the day ------------------------------------------------------------


def test_write_about_the_prompt(page, store: JournalStore, qtbot, catalog) -> None:
    journal = page()
    box = journal.prompt_box
    assert box.isVisible() and box.question.text()
    question = box.question.text()
    qtbot.mouseClick(box.write, Qt.MouseButton.LeftButton)
    assert journal.editor.title.text() == question and store.count() == 0
    qtbot.keyClicks(journal.editor.body, "Mijn antwoord.")
    journal.flush()
    [summary] = store.page(0, 1)
    entry = store.get(summary.id)
    assert entry.title == question and entry.link is not None
    assert entry.link.kind == "exercise" and catalog.get(entry.link.ref) is not None
    assert journal.editor.link.currentText().startswith("Exercise: ")


def test_prompt_can_be_put_away_and_follows_the_language(page, qtbot) -> None:
    journal = page()
    box = journal.prompt_box
    english = box.question.text()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    try:
        box.retranslate()
        assert box.question.text() and box.question.text() != english
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    qtbot.mouseClick(box.dismiss, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    box.show_for(TODAY)
    assert not box.isVisible(), "stays away for the rest of the day"
    box.show_for(TODAY + timedelta(days=1))
    assert box.isVisible()


def test_links_to_something_unknown_are_kept(page, store: JournalStore, qtbot) -> None:
    entry = store.add(Entry(TODAY, "Doel", link=Link("goal", "g-17")))
    journal = page()
    select(journal, 0)
    assert journal.editor.link.currentText() == "Goal: g-17"
    qtbot.keyClicks(journal.editor.title, ", bijgewerkt")
    journal.flush()
    assert store.get(entry.id).link == Link("goal", "g-17")


# --- locking ----------------------------------------------------------------------------


def test_clear_forgets_every_piece_of_user_text(page, store: JournalStore, qtbot) -> None:
    canary = "kanarie7f3a"
    store.add(Entry(TODAY, f"{canary} titel", f"{canary} tekst", (f"{canary}tag",), mood=3))
    store.add(Entry(TODAY, "weg", canary))
    journal = page()
    select(journal, 0)
    qtbot.mouseClick(journal.delete_button, Qt.MouseButton.LeftButton)
    select(journal, 0)
    qtbot.keyClicks(journal.editor.body, f" {canary} typed")
    qtbot.keyClicks(journal.filter_bar.search, canary)
    qtbot.keyClick(journal.filter_bar.search, Qt.Key.Key_Return)
    journal.flush()
    journal.clear()

    for edit in journal.findChildren(QLineEdit):
        assert canary not in edit.text() and not edit.isUndoAvailable()
    for edit in journal.findChildren(QPlainTextEdit):
        assert edit.toPlainText() == "" and not edit.document().isUndoAvailable()
    for combo in journal.findChildren(QComboBox):
        assert not any(canary in combo.itemText(i) for i in range(combo.count()))
    for label in journal.findChildren(QLabel):
        assert canary not in label.text()
    assert journal.model.rowCount() == 0 and journal._deleted == []
    assert journal.chart._points == [] and not journal.undo_bar.isVisible()
    assert not journal._content.isEnabled()


def test_a_failed_save_says_so(page, vault: Vault, qtbot) -> None:
    journal = page()
    qtbot.keyClicks(journal.editor.title, "Niet bewaard")
    vault.close()
    journal.flush()
    qtbot.waitUntil(lambda: journal.editor.status.text() not in ("", "Saved"))


def test_an_entry_can_be_about_a_plan_goal(qtbot, vault) -> None:
    from careerjournal.exercises import load_folder
    from careerjournal.journal import JournalStore
    from careerjournal.plan.store import PlanStore
    from careerjournal.resources import exercises_dir
    from careerjournal.ui.pages.journal import JournalPage

    goal = PlanStore(vault).add("goal", "Een baan bij een kleiner bureau")
    page = JournalPage(load_folder(exercises_dir()), current_language)
    qtbot.addWidget(page)
    page.open_vault(Stores.of(vault))
    combo = page.editor.link
    row = combo.findData(f"goal:{goal.id}")
    assert row > 0 and "kleiner bureau" in combo.itemText(row)
    page.editor.title.setText("Gesprek gehad")
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    page.flush()
    saved = JournalStore(vault).get(JournalStore(vault).page(0, 1)[0].id)
    assert saved.link is not None and (saved.link.kind, saved.link.ref) == ("goal", str(goal.id))
    page.clear()
    assert all("kleiner bureau" not in combo.itemText(i) for i in range(combo.count()))
