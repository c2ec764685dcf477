"""The new step kinds through the real widgets: pick, matrix, synthesis, pile caps; the gap
chart, plan ideas with content, and results over time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from careerjournal.exercises import ExerciseStore
from careerjournal.ui.pages.exercises.gap_chart import GapChart
from careerjournal.ui.pages.exercises.over_time import OverTimeTable
from careerjournal.ui.pages.exercises.page import ExercisesPage
from tests.helpers.driver import show_page, unlock
from tests.helpers.widgets import label_texts as texts

DATA = Path(__file__).parent / "data" / "exercises"


@pytest.fixture
def page(main_window) -> ExercisesPage:
    return show_page(unlock(main_window(exercises=DATA)), ExercisesPage)


def next_step(qtbot, page: ExercisesPage) -> None:
    assert page.runner.next_button.isEnabled(), page.runner.step_widget.step.id
    qtbot.mouseClick(page.runner.next_button, Qt.MouseButton.LeftButton)


def finish_sample(page: ExercisesPage) -> None:
    """A completed run of the sample exercise, for the synthesis step to gather from."""
    store: ExerciseStore = page.store
    sample = page.catalog.get("sample")
    run = store.start(sample)
    store.save(run.id, "pick", ["go"], 0)
    store.save(
        run.id,
        "sort",
        {"piles": {"autonomy": "very", "security": "very"}, "ranking": ["security", "autonomy"]},
        0,
    )
    store.complete(run.id, sample)


def walk_honest(qtbot, page: ExercisesPage, level: int) -> None:
    """Do the honest exercise through its widgets, with ``level`` for every rating."""
    page.select("honest")
    qtbot.mouseClick(
        page.restart_button if page.restart_button.isVisible() else page.open_button,
        Qt.MouseButton.LeftButton,
    )
    runner = page.runner
    scale = runner.step_widget
    for item in scale.step.items:
        scale.rate(item.id, level if item.id != "i1" else 5)
    next_step(qtbot, page)

    pick = runner.step_widget
    boxes = pick.findChildren(QCheckBox)
    assert boxes[0].text() == "I one"  # the highest rated statement comes first
    assert not runner.next_button.isEnabled()
    for box in boxes[:3]:
        box.click()
    assert [b.isChecked() for b in boxes[:3]] == [True, True, False], "a third tick is refused"
    assert "you have chosen 2" in pick.count.text()
    next_step(qtbot, page)

    month = runner.step_widget
    for item in month.step.items:
        month.rate(item.id, level)
    next_step(qtbot, page)

    sort = runner.step_widget
    for pile in ("very", "very", "very", "very"):
        qtbot.mouseClick(sort.pile_buttons[pile], Qt.MouseButton.LeftButton)
    assert "at most 3 cards" in sort.refusal.text()
    qtbot.mouseClick(sort.pile_buttons["other"], Qt.MouseButton.LeftButton)
    next_step(qtbot, page)

    presence = runner.step_widget
    rows = [r for r, _ in presence.rows]
    assert len(rows) == 3 and not runner.next_button.isEnabled()
    for number, row in enumerate(rows):
        presence.choose(row, "importance", 5)
        presence.choose(row, "presence", max(1, level - number))
    next_step(qtbot, page)

    options = runner.step_widget
    for row in ("stay", "move"):
        for column in ("money", "joy"):
            options.choose(row, column, level)
    next_step(qtbot, page)
    runner.step_widget.choose("manager", "plans", "no")
    next_step(qtbot, page)

    goals = runner.step_widget
    qtbot.keyClicks(goals.rows[0].editors["goal"], "Python")
    next_step(qtbot, page)
    runner.step_widget.findChildren(QCheckBox)[0].click()
    next_step(qtbot, page)


def test_new_steps_end_to_end_with_gap_chart_ideas_and_resume(qtbot, page) -> None:
    finish_sample(page)
    walk_honest(qtbot, page, 4)

    synthesis = page.runner.step_widget
    boxes = synthesis.findChildren(QPlainTextEdit)
    assert boxes[0].toPlainText() == "Security, Autonomy"  # gathered from the sample's result
    assert boxes[1].toPlainText() == "Go"
    assert boxes[0].accessibleName() == "What matters to me"
    boxes[0].setPlainText("Security above all")
    qtbot.mouseClick(page.runner.close_button, Qt.MouseButton.LeftButton)

    page.select("honest")
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.runner.step_widget.findChildren(QPlainTextEdit)[0].toPlainText() == (
        "Security above all"
    )
    page.runner.go(1)
    assert [b.isChecked() for b in page.runner.step_widget.findChildren(QCheckBox)[:2]] == [
        True,
        True,
    ]
    page.runner.go(4)
    assert page.runner.step_widget.answer()[page.runner.step_widget.rows[0][0]] == {
        "importance": 5,
        "presence": 4,
    }
    page.runner.go(len(page.runner.exercise.steps) - 1)
    next_step(qtbot, page)

    shown = texts(page.results)
    assert not page.results.compare.isVisible(), "nothing to compare with after one run"
    gap = page.results.findChildren(GapChart)[0]
    assert [(b.value, b.second) for b in gap.bars()] == [(5, 2), (5, 3), (5, 4)]
    assert "How important 5" in gap.accessibleDescription()
    assert "My first learning goal: Python" in shown
    assert "Security above all" in shown


def test_results_over_time_on_one_scale_and_a_kind_pointer(qtbot, page) -> None:
    for level in (2, 1):
        walk_honest(qtbot, page, level)
        next_step(qtbot, page)  # the synthesis step, left as gathered
        qtbot.mouseClick(page.results.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.results_button, Qt.MouseButton.LeftButton)
    tables = {t.objectName(): t for t in page.results.findChildren(OverTimeTable)}
    month = tables["overTime-month"]
    assert (month.rowCount(), month.columnCount()) == (2, 2)
    assert [month.item(0, c).text() for c in range(2)] == ["2", "1"]
    assert "from 1 to 5" in month.accessibleDescription()
    shown = texts(page.results)
    assert "How your answers moved" in shown
    assert "bedrijfsarts" in shown  # two low months in a row


def test_a_scale_below_zero_stores_its_own_values(qtbot) -> None:
    import dataclasses

    from careerjournal.exercises import load_file
    from careerjournal.ui.pages.exercises.steps import widget_for

    honest = load_file(DATA / "honest.toml")
    step = dataclasses.replace(honest.step("month"), min=-2, max=2)
    widget = widget_for(honest, step, {"month": {"energy": -1}}, "en")
    qtbot.addWidget(widget)
    assert widget.answer() == {"energy": -1}
    widget.rate("balance", -2)
    assert widget.answer() == {"energy": -1, "balance": -2}


def test_matrix_and_pick_work_by_keyboard_with_names(qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    from careerjournal.exercises import load_file
    from careerjournal.ui.pages.exercises.steps import widget_for

    honest = load_file(DATA / "honest.toml")
    matrix = widget_for(honest, honest.step("options"), {}, "nl")
    qtbot.addWidget(matrix)
    matrix.show()
    cells = matrix.findChildren(QComboBox)
    assert [c.accessibleName() for c in cells[:2]] == ["Blijven: Geld", "Blijven: Plezier"]
    cells[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cells[0])
    qtbot.keyClick(cells[0], Qt.Key.Key_Down)
    qtbot.keyClick(cells[0], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cells[1])
    assert matrix.answer() == {"stay": {"money": 1}}

    answers = {"statements": {"i1": 5}}
    pick = widget_for(honest, honest.step("most"), answers, "en")
    qtbot.addWidget(pick)
    pick.show()
    first = pick.findChildren(QCheckBox)[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert pick.answer() == ["i1"]
