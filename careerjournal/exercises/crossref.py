"""Checks what one exercise file names in another: the sources of a synthesis step.

A single file cannot know the folder, so these checks run once all files are read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from careerjournal.exercises.model import Exercise, SynthesisSource, SynthesisStep
from careerjournal.exercises.problems import Problem
from careerjournal.exercises.result_reader import MAIN_PLACEHOLDER, PLACEHOLDERS
from careerjournal.exercises.toml_table import listing


def _source_problem(
    exercise: Exercise, source: SynthesisSource, by_id: Mapping[str, Exercise]
) -> tuple[str, str] | None:
    """(field, message) for what is wrong with one source, if anything."""
    if source.exercise == exercise.id:
        return "exercise", "must name another exercise, not this one"
    other = by_id.get(source.exercise)
    if other is None:
        return "exercise", f'no exercise "{source.exercise}" in the folder'
    spec = next((r for r in other.results if r.id == source.result), None)
    if spec is None:
        known = listing(r.id for r in other.results)
        return "result", f'"{other.id}" has no result "{source.result}"; results: {known}'
    value = source.value or MAIN_PLACEHOLDER[spec.kind]
    if value not in PLACEHOLDERS[spec.kind]:
        allowed = listing(PLACEHOLDERS[spec.kind])
        return "value", f'a {spec.kind} result has no "{value}"; use one of: {allowed}'
    return None


def cross_problems(exercises: Iterable[Exercise]) -> list[Problem]:
    """Every synthesis source that names an exercise, result or value the folder lacks."""
    everything = list(exercises)
    by_id = {e.id: e for e in everything}
    problems: list[Problem] = []
    for exercise in everything:
        for step_index, step in enumerate(exercise.steps):
            if not isinstance(step, SynthesisStep):
                continue
            for index, source in enumerate(step.sources):
                found = _source_problem(exercise, source, by_id)
                if found is not None:
                    field = f"steps[{step_index}].sources[{index}].{found[0]}"
                    problems.append(Problem(exercise.source.name, field, found[1]))
    return problems
