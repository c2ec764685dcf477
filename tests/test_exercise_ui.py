"""Doing exercises through the real widgets, on a real vault."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from careerjournal.resources import exercises_dir
from careerjournal.ui.pages.exercises.page import ExercisesPage
from careerjournal.ui.widgets.chart import BarChart
from tests.helpers.driver import show_page, unlock
from tests.helpers.widgets import click
from tests.helpers.widgets import label_texts as texts


def exercises_page(window) -> ExercisesPage:
    return show_page(window, ExercisesPage)


def test_card_sort_end_to_end(main_window, qtbot) -> None:
    window = unlock(main_window(language="en"))
    page = exercises_page(window)
    page.select("work-values")
    click(qtbot, page.open_button)
    runner = page.runner
    sort = runner.step_widget
    assert sort.step.kind == "cardsort"
    assert not runner.next_button.isEnabled()

    # Deal every card: the first seven go on "very".
    for n in range(len(sort.cards)):
        pile = "very" if n < 7 else ("important" if n % 2 else "less")
        click(qtbot, sort.pile_buttons[pile])
    assert not sort._unsorted()
    very = [c for c, p in sort.placed.items() if p == "very"]
    assert len(very) == 7
    # Put the last "very" card on top with the keyboard.
    sort.ranking.view.setCurrentRow(6)
    for _ in range(6):
        qtbot.keyClick(sort.ranking.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected_top = [very[6], *very[:4]]
    assert sort.answer()["ranking"] == expected_top
    click(qtbot, runner.next_button)

    presence = runner.step_widget  # how important, how present: one row per ranked value
    assert [row for row, _ in presence.rows] == expected_top
    for row, column in presence.cells:
        presence.choose(row, column, 5 if column == "importance" else 2)
    click(qtbot, runner.next_button)

    why = runner.step_widget
    boxes = why.findChildren(QPlainTextEdit)
    assert len(boxes) == 5
    first_label = sort.cards[expected_top[0]].label.en
    assert first_label in texts(why)
    qtbot.keyClicks(boxes[0], "It keeps me going.")
    while page.stack.currentWidget() is runner:
        click(qtbot, runner.next_button)

    assert page.stack.currentWidget() is page.results
    shown = texts(page.results)
    assert "mirror, not a verdict" in shown
    assert all(sort.cards[c].label.en in shown for c in expected_top)
    # No chart of how many cards lie on each pile: that says nothing about the person.
    charted = [bar.label for chart in page.results.findChildren(BarChart) for bar in chart.bars()]
    assert not {pile.label.en for pile in sort.step.piles} & set(charted)


def test_scale_inventory_end_to_end_with_chart_and_reading(main_window, qtbot) -> None:
    window = unlock(main_window(language="nl"))
    page = exercises_page(window)
    page.select("career-anchors")
    click(qtbot, page.open_button)
    runner = page.runner
    scale = runner.step_widget
    items = scale.step.items
    for item in items[:-1]:
        scale.rate(item.id, 6 if item.dimension == "autonomy" and not item.reverse else 2)
    assert not runner.next_button.isEnabled(), "every statement needs an answer"
    scale.rate(items[-1].id, 2)
    assert runner.next_button.isEnabled()
    click(qtbot, runner.next_button)
    pick = runner.step_widget  # the forced choice: the three most true statements
    assert not runner.next_button.isEnabled()
    for box in list(pick.boxes.values())[: pick.needed]:
        box.setChecked(True)
    while page.stack.currentWidget() is runner:
        click(qtbot, runner.next_button)

    chart = page.results.findChildren(BarChart)[0]
    assert len(chart.bars()) == 8
    autonomy = window.workspace.pages[1].catalog.get("career-anchors").dimension("autonomy")
    top_bar = max(chart.bars(), key=lambda b: b.value)
    assert top_bar.label == autonomy.label.nl
    assert autonomy.label.nl in texts(page.results)
    assert "spiegel" in texts(page.results)


def test_leave_midway_and_resume_after_lock(main_window, qtbot) -> None:
    window = unlock(main_window(language="en"))
    page = exercises_page(window)
    page.select("work-values")
    click(qtbot, page.open_button)
    sort = page.runner.step_widget
    first_cards = list(sort.cards)[:3]
    for _ in first_cards:
        click(qtbot, sort.pile_buttons["important"])
    # Autosave fires shortly after the edits pause, without leaving the step.
    qtbot.waitUntil(lambda: not page.runner.autosave.pending, timeout=3000)
    window.lock()
    assert page.runner.step_widget is None
    unlock(window)

    page.select("work-values")
    assert page.open_button.text() == "&Continue"
    click(qtbot, page.open_button)
    resumed = page.runner.step_widget
    assert resumed.step.id == "sort"
    assert {c: resumed.placed[c] for c in first_cards} == dict.fromkeys(first_cards, "important")


def test_resume_at_the_same_step(main_window, qtbot) -> None:
    window = unlock(main_window(language="en"))
    page = exercises_page(window)
    page.select("talents")
    click(qtbot, page.open_button)
    click(qtbot, page.runner.next_button)
    box = page.runner.step_widget.findChildren(QPlainTextEdit)[0]
    qtbot.keyClicks(box, "People ask me to explain things.")
    click(qtbot, page.runner.close_button)
    assert page.stack.currentIndex() == 0
    assert "done" in page.meta.text()

    click(qtbot, page.open_button)
    assert page.runner.index == 1
    assert page.runner.step_widget.findChildren(QPlainTextEdit)[0].toPlainText() == (
        "People ask me to explain things."
    )


def test_redo_keeps_earlier_results_and_compares(main_window, qtbot) -> None:
    window = unlock(main_window(language="en"))
    page = exercises_page(window)
    for value in (2, 5):
        page.select("monthly-check-in")
        click(qtbot, page.restart_button if page.restart_button.isVisible() else page.open_button)
        scale = page.runner.step_widget
        for item in scale.step.items:
            scale.rate(item.id, value)
        while page.stack.currentWidget() is page.runner:
            click(qtbot, page.runner.next_button)
        click(qtbot, page.results.back_button)
    click(qtbot, page.results_button)
    assert page.results.compare.count() == 2  # "nothing" and the first run
    assert page.results.compare.isVisible()
    chart = page.results.findChildren(BarChart)[0]
    assert [(b.value, b.previous) for b in chart.bars()] == [(5, 2)] * len(chart.bars())


def test_broken_exercise_file_is_left_out_and_named(main_window, tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    shutil.copytree(exercises_dir(), folder)
    (folder / "broken.toml").write_text(
        'format = 1\nid = "broken"\nversion = "one"\n', encoding="utf-8"
    )
    window = unlock(main_window(language="en", exercises=folder))
    page = exercises_page(window)
    assert page.problems.isVisible()
    assert "broken.toml: version" in page.problems.text()
    assert page.model.rowCount() == len(list(exercises_dir().glob("*.toml")))


def test_exercise_list_model(qtmodeltester) -> None:
    from careerjournal.exercises.loader import load_folder
    from careerjournal.ui.pages.exercises.list_model import ExerciseListModel

    model = ExerciseListModel(load_folder(exercises_dir()).exercises)
    qtmodeltester.check(model)
    model.set_state({"work-values": 0.5}, {"career-anchors": 2})
    assert "50% done" in model.data(model.index(0))
    qtmodeltester.check(model)


def test_home_shows_progress_of_the_exercises(main_window, qtbot) -> None:
    # Opening the suggested exercise from Home is tested with Home's "Now" list.
    window = unlock(main_window(language="en"))
    home = window.workspace.pages[0]
    window.workspace.show_page(home)
    assert "0 of 17 exercises done, 0 under way" in home.progress_detail.text()
    page = exercises_page(window)
    page.select("talents")
    click(qtbot, page.open_button)
    click(qtbot, page.runner.close_button)
    window.workspace.show_page(home)
    assert "0 of 17 exercises done, 1 under way" in home.progress_detail.text()

    window.lock()
    assert not home.progress.isVisible()


def test_failed_save_keeps_the_text_says_why_and_retries(main_window, qtbot) -> None:
    window = unlock(main_window(language="en"))
    page = exercises_page(window)
    page.select("ambitions")
    click(qtbot, page.open_button)
    conn = window.session.vault.connection
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    box = page.runner.step_widget.findChildren(QPlainTextEdit)[0]
    text = "Over drie jaar wil ik " + "iets eigens " * 400
    box.setPlainText(text)
    qtbot.waitUntil(lambda: "full" in page.runner.status.text(), timeout=3000)
    assert box.toPlainText() == text, "nothing typed is thrown away"
    click(qtbot, page.runner.next_button)
    assert page.runner.index == 0, "it does not move on while the answer is unsaved"

    conn.execute("PRAGMA max_page_count = 1073741823")  # space again
    qtbot.waitUntil(lambda: page.runner.status.text() == "", timeout=3000)
    run = page.store.open_run("ambitions")
    assert text in run.answers[page.runner.step_widget.step.id].values()


def test_home_shows_next_plan_steps_and_latest_entries(main_window, qtbot) -> None:
    from datetime import date, timedelta

    from careerjournal.journal import JournalStore
    from careerjournal.journal.model import Entry
    from careerjournal.plan.store import PlanStore

    window = unlock(main_window(language="en"))
    vault = window.session.vault
    PlanStore(vault).add(
        "goal", "Talk to Noor about the design team", due_date=date.today() + timedelta(days=9)
    )
    JournalStore(vault).add(Entry(entry_date=date.today(), title="A long day at work", body="…"))
    home = window.workspace.pages[0]
    window.workspace.show_page(window.workspace.pages[1])
    window.workspace.show_page(home)  # coming back refreshes it
    assert "Talk to Noor about the design team" in home.plan_lines.text()
    assert "A long day at work" in home.journal_lines.text()
    click(qtbot, home.plan_button)
    assert window.workspace.current_page() is window.workspace.pages[3]
    window.lock()
    assert home.plan_lines.text() == "" and home.journal_lines.text() == ""
