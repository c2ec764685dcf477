"""What the user chose to share: ids, never content, so nothing is copied until export.

Everything is opt-in. A journal entry shares its date, title, tags, mood and
energy; its text only with ``journal_text``. A rule (a tag and a date range)
picks entries too; it is resolved to ids when the document is built, so the
preview and the export always show the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from careerjournal.journal import Filters

# The plan's parts are the plan's own; named here too for what is chosen by part.
from careerjournal.plan.model import PLAN_PARTS as PLAN_PARTS
from careerjournal.plan.model import PlanPart as PlanPart


@dataclass(frozen=True)
class Selection:
    """The chosen items.

    - ``runs``: whole completed exercise runs: every result and what the user wrote.
    - ``results``: single results, as (run id, result id).
    - ``answers``: runs whose written answers (reflection steps) are shared.
    - ``plan_parts``: whole parts of the plan ("goals": every goal with its actions).
    - ``goals``: single goals (with their actions), by plan item id.
    - ``entries``: journal entries by id; ``journal_rule`` adds the entries it matches.
    - ``name``: the name on the cover, typed or confirmed by the user (may be empty).
    - ``session_sheet``: the coach-session sheet, first after the cover.
    - ``journey``: my path over time (exercises done, results moved, plan changes).
    """

    runs: frozenset[int] = frozenset()
    results: frozenset[tuple[int, str]] = frozenset()
    answers: frozenset[int] = frozenset()
    plan_parts: frozenset[PlanPart] = frozenset()
    goals: frozenset[int] = frozenset()
    entries: frozenset[int] = frozenset()
    journal_rule: Filters | None = None
    journal_text: bool = False
    name: str = ""
    session_sheet: bool = False
    journey: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.plan_parts) - set(PLAN_PARTS)
        if unknown:
            raise ValueError(f"not a part of the plan: {', '.join(sorted(unknown))}")

    @property
    def is_empty(self) -> bool:
        """Nothing chosen (a name or the journal-text switch alone shares nothing)."""
        return not (
            self.runs
            or self.results
            or self.answers
            or self.plan_parts
            or self.goals
            or self.entries
            or self.journal_rule
            or self.session_sheet
            or self.journey
        )
