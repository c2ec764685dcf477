"""What is due: month ends, leap days, plan dates, redoing, the next step, snooze and dismiss."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from careerjournal.agenda import AgendaStore, add_months, agenda
from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.plan import PlanStore


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 1, date(2028, 3, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2027, 3, 31), 1, date(2027, 4, 30)),
        (date(2027, 12, 31), 1, date(2028, 1, 31)),  # across the year
        (date(2027, 8, 15), 6, date(2028, 2, 15)),
        (date(2027, 5, 10), 0, date(2027, 5, 10)),
    ],
)
def test_a_month_later_is_the_same_day_clamped_to_the_months_end(start, months, expected):
    assert add_months(start, months) == expected


def _made_on(vault, day: date) -> None:
    with vault.transaction() as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'created_at'", (f"{day} 12:00:00",))


def _done(vault, catalog, exercise_id: str, day: date) -> None:
    """A completed run of the exercise, finished at noon on ``day``."""
    store = ExerciseStore(vault)
    exercise = catalog.get(exercise_id)
    run = store.complete(store.start(exercise).id, exercise)
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).isoformat()
    with vault.transaction() as conn:
        conn.execute("UPDATE exercise_run SET completed_at = ? WHERE id = ?", (moment, run.id))


def _kinds(vault, catalog, today):
    return [(i.kind, i.exercise_id or i.title) for i in agenda(vault, catalog, today).due]


def test_the_check_in_is_due_a_month_after_the_vault_was_made_across_a_leap_february(
    vault, catalog
):
    _made_on(vault, date(2028, 1, 31))
    assert "checkin" not in dict(_kinds(vault, catalog, date(2028, 2, 28)))
    assert dict(_kinds(vault, catalog, date(2028, 2, 29)))["checkin"] == "monthly-check-in"
    assert agenda(vault, catalog, date(2028, 2, 1)).next_due == date(2028, 2, 29)


def test_the_check_in_counts_a_month_from_the_last_one(vault, catalog):
    _made_on(vault, date(2027, 1, 1))
    _done(vault, catalog, "monthly-check-in", date(2027, 3, 31))
    assert "checkin" not in dict(_kinds(vault, catalog, date(2027, 4, 29)))
    assert "checkin" in dict(_kinds(vault, catalog, date(2027, 4, 30)))


def test_review_date_and_actions_past_their_date(vault, catalog):
    _made_on(vault, date(2027, 6, 1))
    plan = PlanStore(vault)
    goal = plan.add("goal", "Find a new role")
    late = plan.add("action", "Call Anna", parent_id=goal.id, due_date=date(2027, 6, 10))
    plan.add("action", "Update my CV", parent_id=goal.id, due_date=date(2027, 6, 20))
    done = plan.add("action", "Read the vacancy", parent_id=goal.id, due_date=date(2027, 6, 1))
    plan.set_status(done.id, "done")
    plan.add("conversation", "Talk to my manager", due_date=date(2027, 6, 5))
    plan.set_review_date(date(2027, 6, 15))

    on_the_day = _kinds(vault, catalog, date(2027, 6, 10))
    assert ("action", "Call Anna") not in on_the_day  # its own day is not yet past
    after = _kinds(vault, catalog, date(2027, 6, 15))
    assert after[:3] == [
        ("review", ""),
        ("action", "Talk to my manager"),
        ("action", "Call Anna"),
    ]
    assert ("action", "Read the vacancy") not in after
    assert ("action", "Update my CV") not in after
    # Moving the date makes it a new occurrence that is not due yet.
    plan.save(replace(plan.item(late.id), due_date=date(2027, 7, 1)))
    assert ("action", "Call Anna") not in _kinds(vault, catalog, date(2027, 6, 15))


def test_one_exercise_worth_redoing_after_its_time(vault, catalog):
    _made_on(vault, date(2026, 1, 1))
    _done(vault, catalog, "work-values", date(2026, 2, 28))
    _done(vault, catalog, "ambitions", date(2026, 3, 1))
    assert "redo" not in dict(_kinds(vault, catalog, date(2026, 8, 31)))
    # Ambitions (direction) after six months; values after a year: one at a time.
    assert ("redo", "ambitions") in _kinds(vault, catalog, date(2026, 9, 1))
    redo = [i for i in _kinds(vault, catalog, date(2027, 3, 1)) if i[0] == "redo"]
    assert redo == [("redo", "ambitions")]


def test_the_next_step_continues_what_was_started_and_never_alone_sets_the_next_due(vault, catalog):
    _made_on(vault, date(2027, 1, 1))
    items = agenda(vault, catalog, date(2027, 1, 2))
    assert [(i.kind, i.exercise_id, i.continuing) for i in items.due] == [
        ("next", catalog.exercises[0].id, False)
    ]
    assert items.next_due == date(2027, 2, 1)  # the check-in, not the suggestion
    store = ExerciseStore(vault)
    store.start(catalog.get("talents"))
    step = agenda(vault, catalog, date(2027, 1, 2)).due[-1]
    assert (step.exercise_id, step.continuing) == ("talents", True)


def test_snooze_hides_until_the_day_and_moves_the_next_due(vault, catalog):
    _made_on(vault, date(2027, 1, 1))
    PlanStore(vault).set_review_date(date(2027, 1, 10))
    key = agenda(vault, catalog, date(2027, 1, 10)).due[0].key
    AgendaStore(vault).snooze(key, date(2027, 1, 17))
    assert "review" not in dict(_kinds(vault, catalog, date(2027, 1, 16)))
    assert agenda(vault, catalog, date(2027, 1, 16)).next_due == date(2027, 1, 17)
    assert "review" in dict(_kinds(vault, catalog, date(2027, 1, 17)))
    AgendaStore(vault).restore(key)
    assert "review" in dict(_kinds(vault, catalog, date(2027, 1, 16)))


def test_dismiss_hides_this_occurrence_for_good_but_not_the_next(vault, catalog):
    _made_on(vault, date(2027, 1, 1))
    plan = PlanStore(vault)
    plan.set_review_date(date(2027, 1, 10))
    key = agenda(vault, catalog, date(2027, 1, 10)).due[0].key
    AgendaStore(vault).dismiss(key)
    assert "review" not in dict(_kinds(vault, catalog, date(2028, 1, 1)))
    plan.set_review_date(date(2027, 4, 10))
    assert "review" in dict(_kinds(vault, catalog, date(2027, 4, 10)))


def test_a_dismissed_suggestion_makes_room_for_the_next_one(vault, catalog):
    first, second = catalog.exercises[0].id, catalog.exercises[1].id
    AgendaStore(vault).dismiss(f"next:{first}")
    assert agenda(vault, catalog, date.today()).due[-1].exercise_id == second


def test_snoozes_and_dismissals_survive_closing_the_vault(vault_path, catalog):
    from careerjournal.vault import open_vault
    from tests.helpers.passphrases import PASSPHRASE

    with open_vault(vault_path, PASSPHRASE) as vault:
        AgendaStore(vault).snooze("review:2027-01-10", date(2027, 2, 1))
        AgendaStore(vault).dismiss("checkin:2027-02-01")
    with open_vault(vault_path, PASSPHRASE) as vault:
        states = AgendaStore(vault).states()
    assert states["review:2027-01-10"].snoozed_until == date(2027, 2, 1)
    assert states["checkin:2027-02-01"].dismissed
