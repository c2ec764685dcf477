"""The path read from the vault: exercise runs, result movements and plan events, by date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from careerjournal.exercises import read
from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Exercise
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.review import ReviewStore
from careerjournal.vault import Vault

EventKind = Literal["added", "done", "dropped", "review"]
# A bar that moved less than this (on its own scale) is not called a movement.
MOVED = 0.25


@dataclass(frozen=True)
class Movement:
    """One bar of a result between the two newest runs: from ``before`` to ``now``."""

    result: str
    label: str
    before: float
    now: float


@dataclass(frozen=True)
class Track:
    """One exercise: the days it was done (oldest first) and what moved last time."""

    exercise_id: str
    title: str
    days: tuple[date, ...]
    moved: tuple[Movement, ...] = ()
    comparable: bool = False  # the two newest runs used the same questions


@dataclass(frozen=True)
class PlanEvent:
    """Something that happened to the plan; ``title`` is the item's (empty for a review).

    For a review, ``verdicts`` counts its lines by verdict.
    """

    day: date
    kind: EventKind
    section: str = ""
    title: str = ""
    verdicts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Journey:
    tracks: tuple[Track, ...]
    events: tuple[PlanEvent, ...]

    @property
    def is_empty(self) -> bool:
        return not self.tracks and not self.events


def _day(moment: datetime) -> date:
    return moment.astimezone().date()


def _track(exercise: Exercise, runs: list[Run], lang: str) -> Track | None:
    if not runs:
        return None
    days = tuple(sorted(_day(r.completed_at) for r in runs if r.completed_at is not None))
    newest, *older = runs  # newest first
    comparable = bool(older) and older[0].exercise_version == newest.exercise_version
    moved: list[Movement] = []
    if comparable:
        readings = read(exercise, newest.result or {}, lang, older[0].result or {})
        for reading in readings:
            moved += [
                Movement(reading.title, bar.label, bar.previous, bar.value)
                for bar in reading.bars
                if bar.previous is not None and abs(bar.value - bar.previous) >= MOVED
            ]
    return Track(exercise.id, exercise.title.get(lang), days, tuple(moved), comparable)


def _plan_events(vault: Vault) -> list[PlanEvent]:
    """Added, done and dropped items, from the plan's own stamps (archived ones too)."""
    rows = vault.connection.execute(
        "SELECT section, title, status, archived, created_at, updated_at FROM plan_item"
        " WHERE section IN ('goal', 'action', 'conversation', 'training') AND title != ''"
        " ORDER BY id"
    ).fetchall()
    events: list[PlanEvent] = []
    for section, title, status, archived, created, updated in rows:
        events.append(PlanEvent(_day(datetime.fromisoformat(created)), "added", section, title))
        changed = _day(datetime.fromisoformat(updated))
        if archived:
            events.append(PlanEvent(changed, "dropped", section, title))
        elif status == "done":
            events.append(PlanEvent(changed, "done", section, title))
    return events


def journey(vault: Vault, catalog: Catalog, lang: str) -> Journey:
    """Everything on the path, exercises in catalog order and plan events oldest first."""
    store = ExerciseStore(vault)
    tracks = [
        track
        for exercise in catalog.exercises
        if (track := _track(exercise, store.runs(exercise.id), lang)) is not None
    ]
    events = _plan_events(vault)
    for review in ReviewStore(vault).list():
        counts = Counter(line.verdict for line in review.lines)
        events.append(
            PlanEvent(_day(review.created_at), "review", verdicts=tuple(sorted(counts.items())))
        )
    order = {"added": 0, "done": 1, "dropped": 2, "review": 3}
    events.sort(key=lambda e: (e.day, order[e.kind]))  # stable: the plan's own order
    return Journey(tuple(tracks), tuple(events))
