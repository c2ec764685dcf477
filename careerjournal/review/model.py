"""What a plan review is: a line per goal or action, with a verdict, why, and what is next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from careerjournal.plan import Plan, PlanItem

Verdict = Literal["done", "going", "stuck", "changed", "dropped"]
VERDICTS: tuple[Verdict, ...] = ("done", "going", "stuck", "changed", "dropped")


@dataclass(frozen=True)
class ReviewLine:
    """One goal or action as the user saw it that day.

    ``title`` and ``section`` are copied from the plan, so the line still reads
    after the item is renamed or deleted. ``new_date`` moves the item's date.
    """

    item_id: int | None
    section: str
    title: str
    verdict: Verdict
    why: str = ""
    next_step: str = ""
    old_date: date | None = None
    new_date: date | None = None

    @property
    def moved(self) -> bool:
        return self.new_date is not None and self.new_date != self.old_date


@dataclass(frozen=True)
class Review:
    id: int
    created_at: datetime
    note: str
    next_review: date | None
    entry_id: int | None
    lines: tuple[ReviewLine, ...]


def to_review(plan: Plan) -> list[PlanItem]:
    """The items a review walks: each open goal, then its open actions, in the plan's order."""
    items: list[PlanItem] = []
    for goal in plan.goals:
        if goal.item.done:
            continue
        items.append(goal.item)
        items += [action for action in goal.actions if not action.done]
    return items
