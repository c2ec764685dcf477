"""Every shipped exercise can be answered, scored and read in both languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from careerjournal.exercises import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    ListStep,
    RankStep,
    ReflectionStep,
    ScaleStep,
    Step,
    for_each_items,
    load_folder,
    read,
    score,
    step_complete,
)
from careerjournal.exercises.answers import matrix_rows, rank_items, source_items
from careerjournal.exercises.model import PLACEHOLDER, MatrixStep, PickStep, SynthesisStep

SHIPPED = Path(__file__).parent.parent / "exercises"


def _answer(exercise: Exercise, step: Step, answers: dict[str, Any]) -> Any:
    """A complete answer for any step, with varied values."""
    if isinstance(step, ScaleStep):
        width = step.max - step.min + 1
        return {item.id: step.min + (n * 7) % width for n, item in enumerate(step.items)}
    if isinstance(step, CardSortStep):
        others = [p.id for p in step.piles if p.id != step.rank_pile]
        piles = {
            c.id: step.rank_pile if n < step.rank_count + 1 else others[n % len(others)]
            for n, c in enumerate(step.cards)
        }
        return {"piles": piles, "ranking": [c.id for c in step.cards[: step.rank_count + 1]]}
    if isinstance(step, RankStep):
        return [i for i, _ in reversed(rank_items(exercise, step, answers))]
    if isinstance(step, ChoiceStep):
        return [o.id for o in step.options[: max(1, step.min_choices)]]
    if isinstance(step, ListStep):
        return [{f.id: _cell(f, n) for f in step.fields} for n in range(max(3, step.min_rows))]
    if isinstance(step, ReflectionStep):
        asked = (
            for_each_items(exercise, step, answers)
            if step.for_each
            else [(q.id, q.text) for q in step.questions]
        )
        return {key: "An answer." for key, _ in asked}
    if isinstance(step, PickStep):
        return [i for i, _ in source_items(exercise, step.source, answers)][: step.choose]
    if isinstance(step, MatrixStep):
        values = [o.id for o in step.options] or list(range(step.min, step.max + 1))
        return {
            row: {c.id: values[(n + m) % len(values)] for m, c in enumerate(step.columns)}
            for n, (row, _) in enumerate(matrix_rows(exercise, step, answers))
        }
    if isinstance(step, SynthesisStep):
        return {source.id: "Written by hand." for source in step.sources}
    return None


def _cell(field: Any, row: int) -> Any:
    if field.type == "rating":
        return field.min + row % (field.max - field.min + 1)
    if field.type == "choice":
        return field.options[0].id
    return f"Row {row}"


@pytest.mark.parametrize("exercise", load_folder(SHIPPED).exercises, ids=lambda e: e.id)
def test_shipped_exercise_scores_and_reads(exercise: Exercise) -> None:
    answers: dict[str, Any] = {}
    for step in exercise.steps:
        answer = _answer(exercise, step, answers)
        assert step_complete(step, answer, answers, exercise), step.id
        if answer is not None:
            answers[step.id] = answer
    outcomes = score(exercise, answers)
    assert json.loads(json.dumps(outcomes)) == outcomes
    for lang in ("nl", "en"):
        shown = read(exercise, outcomes, lang, previous=outcomes)
        assert len(shown) == len(exercise.results)
        for reading in shown:
            assert not PLACEHOLDER.search(reading.summary + (reading.insight or "")), reading
            low, high = reading.bar_range
            assert all(low <= bar.value <= high for bar in reading.bars), reading
