"""Scores a run's answers into plain JSON: ids and numbers, never a translated word.

A stored result can so be compared over time and read again in any language
(:mod:`reading` turns it into words). The rules are those of ``docs/exercise-format.md``.
Exercises come from the validator, so the step a result reads is of the right kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from careerjournal.exercises.answers import (
    card_piles,
    cell,
    for_each_items,
    ids,
    mapping,
    matrix_rows,
    ranked,
    rating,
    row_name,
    rows,
    source_items,
    step_complete,
)
from careerjournal.exercises.model import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    ListStep,
    MatrixStep,
    PickStep,
    RankStep,
    ReflectionStep,
    ResultKind,
    ResultSpec,
    ScaleStep,
    SynthesisStep,
    Text,
)
from careerjournal.exercises.profile import EPSILON, EarlierOutcome, Scale, follow, judge
from careerjournal.exercises.reading import Bar, Reading, plan_suggestions, read

Outcome = dict[str, Any]
EarlierRun = tuple[int, Mapping[str, Any]]  # (exercise version, the run's whole result)
_Scorer = Callable[[Exercise, ResultSpec, Mapping[str, Any], Sequence[EarlierOutcome]], Outcome]

__all__ = [
    "Bar",
    "Reading",
    "for_each_items",
    "plan_suggestions",
    "read",
    "score",
    "step_complete",
]


def score(
    exercise: Exercise, answers: Mapping[str, Any], earlier: Sequence[EarlierRun] = ()
) -> dict[str, Outcome]:
    """Every result of ``exercise``, by result id, as JSON-ready outcomes.

    ``earlier`` are the results of the exercise's earlier completed runs, newest
    first; a profile notes its trend and how long it has been low from them.
    """
    outcomes = {}
    for spec in exercise.results:
        before = [(version, mapping(result.get(spec.id))) for version, result in earlier]
        outcomes[spec.id] = _SCORERS[spec.kind](exercise, spec, answers, before)
    return outcomes


def _labels(items: Sequence[tuple[str, Text]]) -> dict[str, list[str]]:
    """Labels of items that come from the user's answers, kept with the result to read it."""
    return {item_id: [label.nl, label.en] for item_id, label in items}


def _scale_profile(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, ScaleStep)
    given = mapping(answers.get(step.id))
    picked = set(ids(answers.get(spec.pick), {i.id for i in step.items})) if spec.pick else set()
    values: dict[str, list[tuple[int, int]]] = {}
    for item in step.items:
        value = rating(given.get(item.id), step.min, step.max)
        if value is not None:
            points = step.min + step.max - value if item.reverse else value
            weight = spec.pick_weight if item.id in picked else 1
            values.setdefault(item.dimension, []).append((points, weight))
    dimensions = [d for d in exercise.profile_dimensions(step) if d.id in values]
    means = {
        d.id: sum(p * w for p, w in values[d.id]) / sum(w for _, w in values[d.id])
        for d in dimensions
    }
    scores = (
        means
        if spec.method == "mean"
        else {d.id: float(sum(p for p, _ in values[d.id])) for d in dimensions}
    )
    scale = Scale(step.min, step.max, step.bands, spec.flat_within)
    letters = {d.id: d.letter or "" for d in dimensions}
    outline = judge(
        scores, means, scale, top=spec.top, letters=letters, code_letters=spec.code_letters
    )
    outcome = {"scores": scores, "means": means, **outline}
    return follow(outcome, means, scale, exercise.version, earlier)


def _matrix_cells(
    exercise: Exercise, step: MatrixStep, answers: Mapping[str, Any]
) -> tuple[list[tuple[str, Text]], dict[str, dict[str, int]]]:
    """The matrix's rows, and each row's rated cells by column."""
    items = matrix_rows(exercise, step, answers)
    given = mapping(answers.get(step.id))
    cells: dict[str, dict[str, int]] = {}
    for row, _ in items:
        for column in step.columns:
            value = cell(step, mapping(given.get(row)).get(column.id))
            if isinstance(value, int):
                cells.setdefault(row, {})[column.id] = value
    return items, cells


def _matrix_profile(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, MatrixStep)
    items, cells = _matrix_cells(exercise, step, answers)
    rated = [row for row, _ in items if row in cells]
    means = {row: sum(cells[row].values()) / len(cells[row]) for row in rated}
    scores = (
        means if spec.method == "mean" else {row: float(sum(cells[row].values())) for row in rated}
    )
    scale = Scale(step.min, step.max, step.bands, spec.flat_within)
    outline = judge(scores, means, scale, top=spec.top)
    outcome = {"scores": scores, "means": means, "labels": _labels(items), **outline}
    return follow(outcome, means, scale, exercise.version, earlier)


def _gap(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, MatrixStep) and spec.importance and spec.presence
    items, cells = _matrix_cells(exercise, step, answers)
    rated = [
        (row, cells[row][spec.importance], cells[row][spec.presence])
        for row, _ in items
        if spec.importance in cells.get(row, {}) and spec.presence in cells.get(row, {})
    ]
    rated.sort(key=lambda r: -(r[1] - r[2]))  # stable: equal gaps keep row order
    pairs = [list(r) for r in rated]
    gap = {row: importance - presence for row, importance, presence in rated}
    gaps = [row for row in gap if gap[row] >= spec.min_gap - EPSILON and gap[row] > 0]
    first = gaps[0] if len(gaps) == 1 or (gaps and gap[gaps[0]] != gap[gaps[1]]) else None
    return {
        "rows": pairs,
        "labels": _labels(items),
        "gaps": gaps,
        "matches": [row for row in gap if gap[row] <= 0],
        "first": first,
        "shape": "clear" if gaps else "flat",
    }


def _top_items(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, CardSortStep | RankStep)
    answer = answers.get(step.id)
    piles: dict[str, int] = {}
    if isinstance(step, CardSortStep):
        placed = Counter(card_piles(step, answer).values())
        piles = {p.id: placed[p.id] for p in step.piles}
    top = ranked(exercise, step, answers)[: spec.count]
    outcome: Outcome = {"top": [i for i, _ in top], "piles": piles}
    if isinstance(step, RankStep) and step.source is not None:
        outcome["labels"] = _labels(top)  # items the user wrote, kept to read them again
    return outcome


def _extreme(rated: list[tuple[str, int]], count: int, sign: int) -> list[tuple[str, int]]:
    """The ``count`` rows furthest out (``sign`` 1: highest), and every row tying the last."""
    ordered = sorted(rated, key=lambda r: -sign * r[1])
    if len(ordered) <= count:
        return ordered
    cutoff = ordered[count - 1][1]
    return [r for r in ordered if sign * r[1] >= sign * cutoff]


def _list_extremes(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, ListStep) and spec.field is not None
    field = step.field(spec.field)
    rated: list[tuple[str, int]] = []
    for number, row in rows(step, answers.get(step.id)):
        value = rating(row.get(field.id), field.min, field.max)
        if value is not None:
            rated.append((row_name(step, number, row), value))
    middle = (field.min + field.max) / 2
    high = _extreme([r for r in rated if r[1] > middle], spec.count, 1)
    low = _extreme([r for r in rated if r[1] < middle], spec.count, -1)
    mean = sum(v for _, v in rated) / len(rated) if rated else None
    flat = len(rated) >= 2 and len({v for _, v in rated}) == 1
    return {
        "high": _pairs(high),
        "low": _pairs(low),
        "mean": mean,
        "rows": _pairs(rated),
        "shape": "flat" if flat else "clear",
    }


def _pairs(named: list[tuple[str, int]]) -> list[list[str | int]]:
    """Rows as JSON keeps them, so a fresh outcome equals a stored one."""
    return [[label, value] for label, value in named]


def _count(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    answer = answers.get(step.id)
    if isinstance(step, ListStep):
        return {"count": len(rows(step, answer))}
    assert isinstance(step, ReflectionStep)
    asked = (
        [i for i, _ in for_each_items(exercise, step, answers)]
        if step.for_each
        else [q.id for q in step.questions]
    )
    given = mapping(answer)
    return {"count": sum(1 for key in asked if isinstance(v := given.get(key), str) and v.strip())}


def _choice(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    if isinstance(step, PickStep):
        offered = source_items(exercise, step.source, answers)
        picked = set(ids(answers.get(step.id), {i for i, _ in offered}))
        chosen = [item for item in offered if item[0] in picked]
        return {"chosen": [i for i, _ in chosen], "labels": _labels(chosen)}
    assert isinstance(step, ChoiceStep)
    given = set(ids(answers.get(step.id), {o.id for o in step.options}))
    return {"chosen": [o.id for o in step.options if o.id in given]}


def _synthesis(
    exercise: Exercise,
    spec: ResultSpec,
    answers: Mapping[str, Any],
    earlier: Sequence[EarlierOutcome],
) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, SynthesisStep)
    given = mapping(answers.get(step.id))
    texts = {
        s.id: text.strip()
        for s in step.sources
        if isinstance(text := given.get(s.id), str) and text.strip()
    }
    return {"texts": texts}


_SCORERS: dict[ResultKind, _Scorer] = {
    "scale_profile": _scale_profile,
    "matrix_profile": _matrix_profile,
    "gap": _gap,
    "top_items": _top_items,
    "list_extremes": _list_extremes,
    "count": _count,
    "choice": _choice,
    "synthesis": _synthesis,
}
