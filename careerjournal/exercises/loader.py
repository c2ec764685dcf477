"""Loads the exercise folder: every good file becomes an exercise, every bad one a list of problems.

Loading never raises for what is in the files, so one broken exercise cannot keep
the app from starting; the problems are shown to the user instead. The folder is
the user's to point at, so a FIFO, a device, a huge file or TOML nested beyond
reason each become a problem too, never a hang or a traceback.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

from careerjournal.exercises.crossref import cross_problems
from careerjournal.exercises.model import Exercise
from careerjournal.exercises.validator import InvalidExercise, Problem, parse_exercise

MAX_BYTES = 256 * 1024  # the largest exercise that ships is about 20 KB
# tomllib's memory grows with the square of a dotted key's length (a.a.a...).
MAX_DOTS_PER_LINE = 100


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
        data = tomllib.loads(_read_text(path))
    except tomllib.TOMLDecodeError as exc:
        # The message ends with "(at line L, column C)".
        raise InvalidExercise([Problem(path.name, "-", f"not valid TOML: {exc}")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidExercise([Problem(path.name, "-", f"cannot be read: {exc}")]) from exc
    except (RecursionError, ValueError) as exc:  # ValueError: an integer of thousands of digits
        message = "is nested too deeply or holds a number too long to read"
        raise InvalidExercise([Problem(path.name, "-", message)]) from exc
    return parse_exercise(data, path)


def _read_text(path: Path) -> str:
    """The text of a regular file of sane size; a FIFO is never waited on, a device never read."""
    not_regular = InvalidExercise([Problem(path.name, "-", "is not a regular file")])
    if not stat.S_ISREG(os.stat(path).st_mode):  # follows links: a link to /dev/zero is a device
        raise not_regular
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # Windows has no FIFOs
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the check above
            raise not_regular
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InvalidExercise([Problem(path.name, "-", f"is larger than {MAX_BYTES // 1024} KB")])
    text = data.decode("utf-8")
    if any(line.count(".") > MAX_DOTS_PER_LINE for line in text.splitlines()):
        message = f"has a line with more than {MAX_DOTS_PER_LINE} dots, too deep to read safely"
        raise InvalidExercise([Problem(path.name, "-", message)])
    return text


def load_folder(folder: Path) -> Catalog:
    """Every ``*.toml`` in ``folder``; of two files with the same id the first (by name) wins."""
    try:
        names = sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return _folder_problem(folder, f"there is no exercise folder at {folder}")
    except OSError as exc:
        return _folder_problem(folder, f"cannot read the exercise folder {folder}: {exc.strerror}")
    paths = [folder / n for n in names if n.endswith(".toml") and not n.startswith(".")]
    if not paths:
        return _folder_problem(folder, f"there are no exercise files (*.toml) in {folder}")
    exercises: dict[str, Exercise] = {}
    problems: list[Problem] = []
    for path in paths:
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


def _folder_problem(folder: Path, message: str) -> Catalog:
    return Catalog((), (Problem(folder.name, "-", message),))
