"""Turns the data of one exercise file into an :class:`Exercise`, or says all that is wrong with it.

Every problem in a file is found in one pass and printed as ``file: field: message``,
so an author can fix them all at once (see :mod:`toml_table` for how fields are
named). Steps are read by :mod:`step_reader`, results and suggestions by
:mod:`result_reader`; this module reads the rest and puts the exercise together.

Besides the checks in ``docs/exercise-format.md``, a field the format does not know
is a problem too: a misspelt optional field (``revers = true``) would otherwise be
ignored without a word, and the exercise would quietly score differently.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from careerjournal.exercises.model import (
    CATEGORIES,
    Dimension,
    Exercise,
    ScaleStep,
    Step,
)
from careerjournal.exercises.problems import InvalidExercise, Problem
from careerjournal.exercises.result_reader import ResultReader
from careerjournal.exercises.step_reader import EXERCISE_ID, StepReader
from careerjournal.exercises.toml_table import Table

SUPPORTED_FORMAT = 1

__all__ = ["SUPPORTED_FORMAT", "InvalidExercise", "Problem", "parse_exercise"]


def _check_format(root: Table) -> None:
    file_format = root.integer("format", low=1)
    if file_format > SUPPORTED_FORMAT:
        raise InvalidExercise(
            [
                Problem(
                    root.file,
                    "format",
                    f"format {file_format} is newer than this CareerJournal "
                    f"reads ({SUPPORTED_FORMAT}); update CareerJournal to use it",
                )
            ]
        )


def _dimension(t: Table) -> Dimension:
    dimension = Dimension(
        t.string("id"), t.text("label"), t.optional_string("letter"), t.text("reading")
    )
    if dimension.letter is not None and len(dimension.letter) != 1:
        t.fail("letter", "must be a single letter")
    t.finish("a dimension")
    return dimension


def _check_dimensions_used(
    root: Table, dimensions: tuple[Dimension, ...], steps: tuple[Step, ...]
) -> None:
    used = {i.dimension for s in steps if isinstance(s, ScaleStep) for i in s.items}
    for index, dimension in enumerate(dimensions):
        if dimension.id and dimension.id not in used:
            root.fail(
                f"dimensions[{index}].id",
                f'dimension "{dimension.id}" is not used by any scale item',
            )


def _exercise(root: Table, source: Path) -> Exercise:
    _check_format(root)
    exercise_id = root.string("id")
    if exercise_id and not EXERCISE_ID.match(exercise_id):
        root.fail("id", "must be lowercase letters, digits and hyphens, like work-values")
    version = root.integer("version", low=1)
    category = root.one_of("category", CATEGORIES) or CATEGORIES[0]
    minutes = root.integer("minutes", low=1, high=180)
    order = root.integer("order", default=100)
    title, intro = root.text("title"), root.text("intro")
    steps = StepReader()
    steps.dimensions = root.entries("dimensions", _dimension, required=False, at_least=0)
    step_list: tuple[Step, ...] = root.entries("steps", steps.step)
    results = ResultReader(steps)
    specs = root.entries("results", results.result, required=False, at_least=0)
    suggestions = tuple(
        results.suggestion(t) for t in root.tables("suggestions", required=False, at_least=0)
    )
    _check_dimensions_used(root, steps.dimensions, step_list)
    root.finish("an exercise file")
    if root.problems:
        raise InvalidExercise(root.problems)
    return Exercise(
        exercise_id,
        version,
        category,
        minutes,
        order,
        title,
        intro,
        step_list,
        steps.dimensions,
        specs,
        suggestions,
        source,
    )


def parse_exercise(data: Mapping[str, Any], source: Path) -> Exercise:
    """Check the data of one exercise file; raise :class:`InvalidExercise` with every problem."""
    return _exercise(Table(data, "", [], source.name), source)
