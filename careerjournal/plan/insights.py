"""What the exercises offer the plan: insights, ideas per section, and profiles to print.

Everything comes from the newest completed run of each exercise. Each insight
and idea has a ``source`` key that stays the same for the same run and
exercise file, so the plan can tell that it was already pulled in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Section
from careerjournal.exercises.scoring import Bar, plan_suggestions, read
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.vault import Vault

# Results whose bars describe the person (not just counts of cards per pile).
_PROFILE_KINDS = frozenset({"scale_profile", "matrix_profile", "list_extremes"})


@dataclass(frozen=True)
class Insight:
    """One sentence about the user, e.g. their strongest career anchors; it goes into the vision."""

    source: str
    exercise: str
    title: str
    text: str


@dataclass(frozen=True)
class Idea:
    """An exercise's suggestion for one section of the plan."""

    source: str
    exercise: str
    section: Section
    text: str


@dataclass(frozen=True)
class Profile:
    """A chart of one result, for the printed plan."""

    exercise: str
    title: str
    bars: tuple[Bar, ...]
    bar_range: tuple[float, float]
    caption: str | None


@dataclass(frozen=True)
class Harvest:
    insights: tuple[Insight, ...] = ()
    ideas: tuple[Idea, ...] = ()
    profiles: tuple[Profile, ...] = ()


def insight_source(exercise_id: str, result_id: str, run_id: int) -> str:
    return f"insight:{exercise_id}/{result_id}@{run_id}"


def idea_source(exercise_id: str, index: int) -> str:
    return f"idea:{exercise_id}/{index}"


def harvest(catalog: Catalog, latest: Mapping[str, Run], lang: str) -> Harvest:
    """Insights, ideas and profiles of every exercise with a completed run, in catalog order."""
    insights: list[Insight] = []
    ideas: list[Idea] = []
    profiles: list[Profile] = []
    for exercise in catalog.exercises:
        run = latest.get(exercise.id)
        if run is None or run.result is None:
            continue
        name = exercise.title.get(lang)
        kinds = {spec.id: spec.kind for spec in exercise.results}
        for reading in read(exercise, run.result, lang):
            if reading.insight:
                insights.append(
                    Insight(
                        insight_source(exercise.id, reading.result_id, run.id),
                        name,
                        reading.title,
                        reading.insight,
                    )
                )
            if reading.bars and kinds[reading.result_id] in _PROFILE_KINDS:
                profiles.append(
                    Profile(name, reading.title, reading.bars, reading.bar_range, reading.insight)
                )
        # A suggestion may carry the run's own results, so its key names the run too.
        carries = any(s.result for s in exercise.suggestions)
        ideas.extend(
            Idea(idea_source(exercise.id, n) + f"@{run.id}" * carries, name, section, text)
            for n, (section, text) in enumerate(plan_suggestions(exercise, run.result, lang))
        )
    return Harvest(tuple(insights), tuple(ideas), tuple(profiles))


def harvest_vault(catalog: Catalog, vault: Vault, lang: str) -> Harvest:
    return harvest(catalog, ExerciseStore(vault).latest_results(), lang)
