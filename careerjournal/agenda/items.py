"""What one due item is: plain data, the same for Home and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Kind = Literal["review", "action", "checkin", "redo", "next"]
# The calm order in which items are shown: the plan first, a suggestion last.
KINDS: tuple[Kind, ...] = ("review", "action", "checkin", "redo", "next")


@dataclass(frozen=True)
class DueItem:
    """Something worth doing, from ``due_on``.

    ``key`` names this one occurrence (a moved date is a new occurrence), so a
    dismissed review does not hide next quarter's. ``title`` is the user's own text
    (an action) or empty; ``exercise_id`` and ``item_id`` say where to act.
    """

    key: str
    kind: Kind
    due_on: date
    title: str = ""
    exercise_id: str | None = None
    item_id: int | None = None
    continuing: bool = False  # a next step that finishes a started exercise
