"""Home's "Now" on a real vault in a real window: due items, acting, snoozing, dismissing,
and the neutral next-due record written beside the vault."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from careerjournal.agenda.reminder import read_record, record_path
from careerjournal.plan import PlanStore
from careerjournal.ui.pages.now_list import DueRow
from careerjournal.vault import open_vault
from tests.helpers.driver import unlock
from tests.helpers.passphrases import PASSPHRASE

TODAY = date.today()


@pytest.fixture
def planned(vault_path: Path) -> Path:
    """A vault whose review date passed and with one action a week overdue."""
    with open_vault(vault_path, PASSPHRASE) as vault:
        plan = PlanStore(vault)
        goal = plan.add("goal", "Work closer to people")
        plan.add(
            "action",
            "Call Anna from the clinic",
            parent_id=goal.id,
            due_date=TODAY - timedelta(days=7),
        )
        plan.set_review_date(TODAY - timedelta(days=1))
    return vault_path


@pytest.fixture
def window(main_window, planned: Path):
    def make(language: str = "en"):
        win = main_window(planned, language)
        win.resize(1100, 760)
        return unlock(win)

    return make


def rows(win):
    return win.workspace.pages[0].now.rows


def texts(win) -> list[str]:
    return [row.text.text() for row in rows(win)]


def test_home_shows_the_review_then_the_action_then_a_next_step(window) -> None:
    win = window()
    shown = texts(win)
    assert shown[0].startswith("You chose ") and "look back at your plan" in shown[0]
    assert shown[1].startswith("“Call Anna from the clinic” was planned for")
    assert shown[-1].startswith("A good next step:")
    assert [r.open_button.text() for r in rows(win)][:2] == ["Review my plan", "Open in my plan"]


def test_the_dutch_home_says_it_in_dutch(window) -> None:
    win = window("nl")
    shown = texts(win)
    assert "kijk" in shown[0].lower() and "“Call Anna from the clinic”" in shown[1]
    assert rows(win)[1].open_button.text() == "Openen in mijn plan"


def test_an_action_opens_in_the_plan_selected(window, qtbot) -> None:
    win = window()
    qtbot.mouseClick(rows(win)[1].open_button, Qt.MouseButton.LeftButton)
    plan = win.workspace.pages[3]
    assert win.workspace.current_page() is plan
    assert plan.editors["goal"].current_item().title == "Call Anna from the clinic"


def test_a_next_step_opens_the_exercise(window, qtbot) -> None:
    win = window()
    qtbot.mouseClick(rows(win)[-1].open_button, Qt.MouseButton.LeftButton)
    exercises = win.workspace.pages[1]
    assert win.workspace.current_page() is exercises
    assert exercises.stack.currentWidget() is exercises.runner


def test_snooze_and_dismiss_from_the_item(window, planned: Path) -> None:
    win = window()
    review = rows(win)[0]
    week = next(a for a in review.menu.actions() if a.text() == "In a week")
    week.trigger()
    assert not any("look back" in t for t in texts(win))
    action = next(r for r in rows(win) if "Call Anna" in r.text.text())
    next(a for a in action.menu.actions() if a.text() == "Not this time").trigger()
    assert not any("Call Anna" in t for t in texts(win))
    # The action was dismissed, the review comes back in a week: that is the next due day.
    assert read_record(planned).next_due == TODAY + timedelta(days=7)
    win.lock()
    with open_vault(planned, PASSPHRASE) as vault:
        from careerjournal.agenda import AgendaStore

        states = AgendaStore(vault).states()
    assert sum(s.dismissed for s in states.values()) == 1
    assert [s.snoozed_until for s in states.values() if s.snoozed_until] == [
        TODAY + timedelta(days=7)
    ]


def test_nothing_due_is_said_calmly(window, planned: Path, qtbot) -> None:
    with open_vault(planned, PASSPHRASE) as vault:
        plan = PlanStore(vault)
        plan.set_review_date(None)
        for goal in plan.plan().goals:
            plan.delete(goal.item.id)
    win = window()
    step = rows(win)[-1]
    next(a for a in step.menu.actions() if a.text() == "Not this time").trigger()
    # Dismissing one suggestion offers the next exercise, never an empty nag.
    assert texts(win) and texts(win)[-1].startswith("A good next step:")


def test_the_record_is_written_on_unlock_and_lock(window, planned: Path) -> None:
    record_path(planned).unlink(missing_ok=True)
    win = window()
    assert read_record(planned).next_due <= TODAY
    record_path(planned).unlink()
    win.lock()
    assert read_record(planned).next_due <= TODAY
    # Locking forgets: no row with an action's title is left behind.
    home = win.workspace.pages[0]
    assert not home.now.rows
    assert not [r for r in home.findChildren(DueRow) if "Call Anna" in r.text.text()]


def test_snooze_until_a_day_of_ones_choice(window, planned: Path) -> None:
    win = window()
    now = win.workspace.pages[0].now
    asked: list[date] = []

    def ask_day(first: date) -> date:
        asked.append(first)
        return TODAY + timedelta(days=20)

    now.ask_day = ask_day
    review = rows(win)[0]
    next(a for a in review.menu.actions() if a.text() == "On a day I choose…").trigger()
    assert asked == [TODAY + timedelta(days=1)]
    assert not any("look back" in t for t in texts(win))
    win.lock()
    with open_vault(planned, PASSPHRASE) as vault:
        from careerjournal.agenda import AgendaStore

        until = [s.snoozed_until for s in AgendaStore(vault).states().values()]
    assert until == [TODAY + timedelta(days=20)]


def test_many_late_actions_are_summed_up_in_one_row(window, planned: Path, qtbot) -> None:
    with open_vault(planned, PASSPHRASE) as vault:
        plan = PlanStore(vault)
        goal = plan.plan().goals[0].item
        for n in range(5):
            plan.add("action", f"Late {n}", parent_id=goal.id, due_date=TODAY - timedelta(days=2))
    win = window()
    shown = texts(win)
    assert sum("was planned for" in t for t in shown) == 3
    assert "3 more actions past their date." in shown
    more = next(r for r in rows(win) if "more action" in r.text.text())
    assert not more.later.isVisible()
    qtbot.mouseClick(more.open_button, Qt.MouseButton.LeftButton)
    assert win.workspace.current_page() is win.workspace.pages[3]
