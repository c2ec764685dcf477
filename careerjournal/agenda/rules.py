"""Which items are due on a given day, and the next day anything will be.

Every rule gives candidates with the day they become due, independent of today;
snoozes and dismissals are applied afterwards. That one list answers both
"what is due now" (Home, the detailed agenda) and "when is something next due"
(the neutral record outside the vault).

- The plan's review is due from its date on: that is the day chosen to look back.
- An action, conversation or training is due the day after its date, while not done.
- The monthly check-in is due a month (see :func:`add_months`) after the last one,
  or after the vault was made if there has been none.
- An exercise is worth redoing some months after it was last done (by category).
- One suggested next step: an exercise under way, else one not done yet. It is
  never "due", so it alone never makes the neutral reminder speak.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from careerjournal.agenda.calendar import add_months
from careerjournal.agenda.items import KINDS, DueItem
from careerjournal.agenda.store import AgendaStore, State
from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Category
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.plan import Plan, PlanItem, PlanStore
from careerjournal.vault import Vault

CHECKIN = "checkin"
# Months after which an exercise says something new: values and anchors move slowly,
# what one wants next and whom to talk to move faster.
REDO_AFTER: dict[Category, int] = {
    "values": 12,
    "motivation": 12,
    "talents": 12,
    "direction": 6,
    "network": 6,
    "learning": 6,
}


@dataclass(frozen=True)
class Agenda:
    """What is due today, in the order to show it, and the next day anything is due."""

    due: tuple[DueItem, ...]
    next_due: date | None


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _plan_items(plan: Plan) -> Iterable[DueItem]:
    review = plan.settings.review_date
    if review is not None:
        yield DueItem(f"review:{review.isoformat()}", "review", review)
    actions: list[PlanItem] = [a for goal in plan.goals for a in goal.actions]
    for item in (*actions, *plan.conversations, *plan.training):
        if item.due_date is not None and not item.done:
            yield DueItem(
                f"action:{item.id}:{item.due_date.isoformat()}",
                "action",
                item.due_date + timedelta(days=1),
                title=item.title,
                item_id=item.id,
            )


def _exercise_items(catalog: Catalog, latest: Mapping[str, Run], since: date) -> list[DueItem]:
    """The monthly check-in and every exercise worth redoing, with the day each is due."""
    items: list[DueItem] = []
    for exercise in catalog.exercises:
        run = latest.get(exercise.id)
        done = _local_day(run.completed_at) if run and run.completed_at else None
        if exercise.category == CHECKIN:
            due = add_months(done or since, 1)
            items.append(
                DueItem(f"checkin:{due.isoformat()}", "checkin", due, exercise_id=exercise.id)
            )
        elif done is not None and exercise.category in REDO_AFTER:
            due = add_months(done, REDO_AFTER[exercise.category])
            items.append(
                DueItem(
                    f"redo:{exercise.id}:{due.isoformat()}", "redo", due, exercise_id=exercise.id
                )
            )
    return items


def _effective(item: DueItem, states: Mapping[str, State]) -> date | None:
    """The day the item shows, after its snooze; None when dismissed."""
    state = states.get(item.key)
    if state is None:
        return item.due_on
    if state.dismissed:
        return None
    return max(item.due_on, state.snoozed_until) if state.snoozed_until else item.due_on


def build_agenda(
    plan: Plan,
    catalog: Catalog,
    latest: Mapping[str, Run],
    started: Iterable[str],
    since: date,
    states: Mapping[str, State],
    today: date,
) -> Agenda:
    """The agenda from plain data; ``started`` are exercises with an unfinished run."""
    candidates = [*_plan_items(plan), *_exercise_items(catalog, latest, since)]
    shown = {item.key: _effective(item, states) for item in candidates}
    days = [day for day in shown.values() if day is not None]
    due = [item for item in candidates if (day := shown[item.key]) is not None and day <= today]
    redo = [item for item in due if item.kind == "redo"]
    due = [item for item in due if item.kind != "redo"] + sorted(redo, key=lambda i: i.due_on)[:1]
    step = _next_step(catalog, latest, tuple(started), {i.exercise_id for i in due}, states, today)
    if step is not None:
        due.append(step)
    due.sort(key=lambda i: (KINDS.index(i.kind), i.due_on, i.title.casefold()))
    return Agenda(tuple(due), min(days) if days else None)


def _next_step(
    catalog: Catalog,
    latest: Mapping[str, Run],
    started: tuple[str, ...],
    taken: set[str | None],
    states: Mapping[str, State],
    today: date,
) -> DueItem | None:
    """The exercise under way, else the first one never done (not one already listed)."""
    fresh = tuple(e.id for e in catalog.exercises if e.id not in latest and e.id not in started)
    for exercise_id in (*started, *fresh):
        item = DueItem(
            f"next:{exercise_id}",
            "next",
            date.min,
            exercise_id=exercise_id,
            continuing=exercise_id in started,
        )
        day = _effective(item, states)
        if exercise_id not in taken and day is not None and day <= today:
            return item
    return None


def agenda(vault: Vault, catalog: Catalog, today: date) -> Agenda:
    """The agenda of an open vault."""
    exercises = ExerciseStore(vault)
    started = [e.id for e in catalog.exercises if exercises.open_run(e.id) is not None]
    return build_agenda(
        PlanStore(vault).plan(),
        catalog,
        exercises.latest_results(),
        started,
        _vault_made(vault),
        AgendaStore(vault).states(),
        today,
    )


def _vault_made(vault: Vault) -> date:
    row = vault.connection.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    try:
        return datetime.fromisoformat(row[0]).date() if row else date.today()
    except ValueError:
        return date.today()
