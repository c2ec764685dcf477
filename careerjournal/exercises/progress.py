"""How far the user is: per exercise, and over all exercises for the Home page."""

from __future__ import annotations

from dataclasses import dataclass, field

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Exercise, InfoStep
from careerjournal.exercises.scoring import step_complete
from careerjournal.exercises.sessions import ExerciseStore, Run


def exercise_progress(exercise: Exercise, run: Run | None) -> float:
    """From 0 to 1: the share of steps answered well enough to go on.

    An info step has no answer, so it counts once the user has moved past it.
    """
    if run is None:
        return 0.0
    if run.completed_at is not None:
        return 1.0
    done = sum(
        index < run.current_step
        if isinstance(step, InfoStep)
        else step.id in run.answers
        and step_complete(step, run.answers[step.id], run.answers, exercise)
        for index, step in enumerate(exercise.steps)
    )
    return done / len(exercise.steps)


@dataclass(frozen=True)
class Overview:
    """Exercises done at least once, exercises with an unfinished run, and overall progress.

    ``started`` (unfinished, in catalog order) and ``fresh`` (never done nor started)
    let the Home page suggest what to do next without asking the vault again.
    """

    total: int
    completed: int
    in_progress: int
    fraction: float
    started: tuple[str, ...] = field(default=(), compare=False)
    fresh: tuple[str, ...] = field(default=(), compare=False)


def overview(catalog: Catalog, store: ExerciseStore) -> Overview:
    """Progress over the catalog; an exercise done once counts as done, even if redone now."""
    done = store.latest_results()
    open_runs = {e.id: store.open_run(e.id) for e in catalog.exercises}
    shares = [
        1.0 if e.id in done else exercise_progress(e, open_runs[e.id]) for e in catalog.exercises
    ]
    return Overview(
        total=len(catalog.exercises),
        completed=sum(e.id in done for e in catalog.exercises),
        in_progress=sum(run is not None for run in open_runs.values()),
        fraction=sum(shares) / len(shares) if shares else 0.0,
        started=tuple(e.id for e in catalog.exercises if open_runs[e.id] is not None),
        fresh=tuple(
            e.id for e in catalog.exercises if e.id not in done and open_runs[e.id] is None
        ),
    )
