"""Loads the exercise folder: every good file becomes an exercise, every bad one a list of problems.

Loading never raises for what is in the files, so one broken exercise cannot keep
the app from starting; the problems are shown to the user instead.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from careerjournal.exercises.crossref import cross_problems
from careerjournal.exercises.model import Exercise
from careerjournal.exercises.validator import InvalidExercise, Problem, parse_exercise


@dataclass(frozen=True)
class Catalog:
    """The usable exercises, in the order they are listed, and the problems of the rest."""

    exercises: tuple[Exercise, ...]
    problems: tuple[Problem, ...]

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)


def load_file(path: Path) -> Exercise:
    """Read and check one file; raise :class:`InvalidExercise` if it cannot be used."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except tomllib.TOMLDecodeError as exc:
        # The message ends with "(at line L, column C)".
        raise InvalidExercise([Problem(path.name, "-", f"not valid TOML: {exc}")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidExercise([Problem(path.name, "-", f"cannot be read: {exc}")]) from exc
    return parse_exercise(data, path)


def load_folder(folder: Path) -> Catalog:
    """Every ``*.toml`` in ``folder``; of two files with the same id the first (by name) wins."""
    if not folder.is_dir():
        return Catalog((), (Problem(folder.name, "-", f"there is no exercise folder at {folder}"),))
    exercises: dict[str, Exercise] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            exercise = load_file(path)
        except InvalidExercise as exc:
            problems.extend(exc.problems)
            continue
        if exercise.id in exercises:
            first = exercises[exercise.id].source.name
            message = f'"{exercise.id}" is already the id of {first}'
            problems.append(Problem(path.name, "id", message))
        else:
            exercises[exercise.id] = exercise
    crossed = cross_problems(exercises.values())  # what one file names in another
    problems.extend(crossed)
    left_out = {p.file for p in crossed}
    kept = [e for e in exercises.values() if e.source.name not in left_out]
    ordered = sorted(kept, key=lambda e: (e.order, e.id))
    return Catalog(tuple(ordered), tuple(problems))
