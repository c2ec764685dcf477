"""What a personal plan is: plain, immutable data read from the vault.

Every kind of item lives in one table (see migration 4); ``section`` says what
it is. Fields mean slightly different things per section, so they are named
here once:

- ``vision``: a line of "what I am looking for" (often an insight pulled in from
  an exercise); only ``title`` is used.
- ``goal``: ``title``; ``detail`` is *why*; ``outcome`` is the measurable result;
  ``due_date`` is the target date.
- ``action``: belongs to a goal (``parent_id``); ``title``, ``detail``, ``due_date``.
- ``planb``: ``title`` and ``detail``; no date or status.
- ``conversation`` and ``training``: ``title``, ``detail``, ``due_date``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from careerjournal.exercises.model import SECTIONS, Section

Status = Literal["open", "doing", "done"]
STATUSES: tuple[Status, ...] = ("open", "doing", "done")

# Sections whose items carry a date and a status.
SCHEDULED: frozenset[Section] = frozenset({"goal", "action", "conversation", "training"})

# The parts a plan is shown, printed and shared in, in this order.
PlanPart = Literal["vision", "goals", "planb", "conversations", "training"]
PLAN_PARTS: tuple[PlanPart, ...] = ("vision", "goals", "planb", "conversations", "training")

__all__ = [
    "PLAN_PARTS",
    "SCHEDULED",
    "SECTIONS",
    "STATUSES",
    "Goal",
    "Plan",
    "PlanItem",
    "PlanPart",
    "PlanSettings",
    "Section",
    "Status",
]


@dataclass(frozen=True)
class PlanItem:
    """One line of the plan; ``source`` names the exercise insight or idea it came from."""

    id: int
    section: Section
    parent_id: int | None
    position: int
    title: str
    detail: str
    outcome: str
    due_date: date | None
    status: Status
    archived: bool
    source: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass(frozen=True)
class PlanSettings:
    """The plan's single values: the vision text, when to look back, the name on the cover."""

    vision: str = ""
    review_date: date | None = None
    cover_name: str = ""


@dataclass(frozen=True)
class Goal:
    """A goal with its actions, in their order."""

    item: PlanItem
    actions: tuple[PlanItem, ...]

    @property
    def actions_done(self) -> int:
        return sum(action.done for action in self.actions)


@dataclass(frozen=True)
class Plan:
    """Everything of the plan that is not archived, in the user's order."""

    settings: PlanSettings
    vision: tuple[PlanItem, ...] = ()
    goals: tuple[Goal, ...] = ()
    planb: tuple[PlanItem, ...] = ()
    conversations: tuple[PlanItem, ...] = ()
    training: tuple[PlanItem, ...] = ()

    def filled(self, part: PlanPart) -> bool:
        """Whether ``part`` holds anything: the one rule for which parts a view or export shows."""
        if part == "vision":
            return bool(self.settings.vision.strip() or self.vision)
        return bool(getattr(self, part))

    def dated(self) -> list[PlanItem]:
        """Every item with a date, soonest first (ties keep the plan's order)."""
        items = [item for goal in self.goals for item in (goal.item, *goal.actions)]
        items += [*self.conversations, *self.training]
        return sorted(
            (i for i in items if i.due_date is not None), key=lambda i: i.due_date or date.min
        )
