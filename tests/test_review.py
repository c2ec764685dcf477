"""The guided plan review on a real vault: its lines, the plan changes, the journal entry."""

from __future__ import annotations

from datetime import date

from careerjournal.journal import JournalStore
from careerjournal.plan import PlanStore
from careerjournal.review import ReviewLine, ReviewStore, to_review

TODAY = date(2027, 3, 10)


def _plan(vault):
    plan = PlanStore(vault)
    goal = plan.add("goal", "Move into UX research", due_date=date(2027, 9, 1))
    call = plan.add("action", "Call Anna", parent_id=goal.id, due_date=date(2027, 3, 1))
    course = plan.add("action", "Finish the course", parent_id=goal.id, due_date=date(2027, 2, 1))
    old = plan.add("action", "Read the old book", parent_id=goal.id)
    done = plan.add("action", "Already done", parent_id=goal.id)
    plan.set_status(done.id, "done")
    plan.set_review_date(TODAY)
    return plan, goal, call, course, old


def test_the_review_walks_open_goals_and_actions(vault) -> None:
    plan, goal, call, course, old = _plan(vault)
    assert [i.title for i in to_review(plan.plan())] == [
        "Move into UX research",
        "Call Anna",
        "Finish the course",
        "Read the old book",
    ]


def test_saving_writes_the_review_the_plan_changes_and_a_journal_entry(vault) -> None:
    plan, goal, call, course, old = _plan(vault)
    lines = [
        ReviewLine(goal.id, "goal", goal.title, "going", "Two talks went well", "Portfolio"),
        ReviewLine(call.id, "action", call.title, "done", "She said yes"),
        ReviewLine(
            course.id,
            "action",
            course.title,
            "stuck",
            "No evenings free",
            "Ask for study time",
            course.due_date,
            date(2027, 5, 1),
        ),
        ReviewLine(old.id, "action", old.title, "dropped", "Not relevant any more"),
    ]
    review = ReviewStore(vault).save(lines, "A good quarter.", date(2027, 6, 10), "en", TODAY)

    assert plan.item(goal.id).status == "doing"
    assert plan.item(call.id).status == "done"
    assert plan.item(course.id).due_date == date(2027, 5, 1)
    assert plan.item(course.id).status == "open"
    assert plan.item(old.id).archived
    assert plan.settings().review_date == date(2027, 6, 10)

    entry = JournalStore(vault).get(review.entry_id)
    assert entry.title == "Looking back at my plan" and entry.entry_date == TODAY
    assert entry.tags == ("plan-review",)
    assert "Stuck: Finish the course\nWhy: No evenings free\nNext: Ask for study time" in entry.body
    assert "New date: 1 May 2027" in entry.body
    assert "A good quarter." in entry.body and "10 June 2027" in entry.body


def test_earlier_reviews_stay_readable_after_the_plan_changes(vault) -> None:
    plan, goal, call, course, old = _plan(vault)
    store = ReviewStore(vault)
    store.save([ReviewLine(call.id, "action", call.title, "going")], "", None, "nl", TODAY)
    store.save([ReviewLine(call.id, "action", call.title, "done")], "Tweede", None, "nl", TODAY)
    plan.delete(goal.id)
    newest, first = store.list()
    assert [line.verdict for line in first.lines] == ["going"]
    assert newest.note == "Tweede" and newest.lines[0].title == "Call Anna"
    assert JournalStore(vault).get(first.entry_id).title == "Terugblik op mijn plan"
    assert plan.settings().review_date is None
