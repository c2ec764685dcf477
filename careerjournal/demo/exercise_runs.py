"""Completed exercise runs with plausible answers, so a demo vault shows results too."""

from __future__ import annotations

import random
from typing import Any

from careerjournal.demo.phrases import ACTIVITIES, REFLECTIONS, SWITCHERS
from careerjournal.exercises import (
    CardSortStep,
    Catalog,
    ChoiceStep,
    Exercise,
    ExerciseStore,
    ListField,
    ListStep,
    MatrixStep,
    PickStep,
    RankStep,
    ReflectionStep,
    ScaleStep,
    Step,
    SynthesisStep,
    for_each_items,
)
from careerjournal.exercises.answers import matrix_rows, rank_items, source_items
from careerjournal.exercises.synthesis import gather
from careerjournal.vault import Vault


def complete_demo_runs(vault: Vault, catalog: Catalog, rng: random.Random) -> int:
    """Run every exercise once, answering each step as the demo writer might; returns how many."""
    store = ExerciseStore(vault)
    for exercise in catalog.exercises:
        run = store.start(exercise)
        answers: dict[str, Any] = {}
        for number, step in enumerate(exercise.steps, start=1):
            answer = _answer(exercise, step, answers, rng)
            if isinstance(step, SynthesisStep):  # confirm what the other exercises found
                found = gather(step, catalog, store.latest_results(), "nl")
                answer = {key: text or _reflection(rng) for key, text in found.items()}
            if answer is not None:
                answers[step.id] = answer
                store.save(run.id, step.id, answer, number)
        store.complete(run.id, exercise)
    return len(catalog.exercises)


def _reflection(rng: random.Random) -> str:
    return rng.choice(REFLECTIONS).format(vriend=rng.choice(SWITCHERS)[0])


def _answer(exercise: Exercise, step: Step, answers: dict[str, Any], rng: random.Random) -> object:
    """An answer in the shape :mod:`careerjournal.exercises.answers` reads; None for info steps."""
    if isinstance(step, ReflectionStep):
        if step.for_each is not None:
            return {item: _reflection(rng) for item, _ in for_each_items(exercise, step, answers)}
        return {question.id: _reflection(rng) for question in step.questions}
    if isinstance(step, ScaleStep):
        return {item.id: rng.randint(step.min, step.max) for item in step.items}
    if isinstance(step, CardSortStep):
        cards = [card.id for card in step.cards]
        rng.shuffle(cards)
        others = [pile.id for pile in step.piles if pile.id != step.rank_pile] or [step.rank_pile]
        ranked = cards[: step.rank_count + rng.randint(0, 2)]
        piles = {card: step.rank_pile if card in ranked else rng.choice(others) for card in cards}
        return {"piles": piles, "ranking": ranked}
    if isinstance(step, RankStep):
        ids = [item for item, _ in rank_items(exercise, step, answers)]
        return rng.sample(ids, len(ids))
    if isinstance(step, PickStep):
        offered = [item for item, _ in source_items(exercise, step.source, answers)]
        return offered[: step.choose]  # the earlier step's own order: its top comes first
    if isinstance(step, MatrixStep):
        values: list[str | int] = [o.id for o in step.options]
        values = values or list(range(step.min, step.max + 1))
        return {
            row: {column.id: rng.choice(values) for column in step.columns}
            for row, _ in matrix_rows(exercise, step, answers)
        }
    if isinstance(step, SynthesisStep):
        return {source.id: _reflection(rng) for source in step.sources}
    if isinstance(step, ChoiceStep):
        options = [option.id for option in step.options]
        count = rng.randint(step.min_choices, min(step.max_choices, len(options)))
        return rng.sample(options, count)
    if isinstance(step, ListStep):
        count = min(max(5, step.min_rows), step.max_rows)
        names = rng.sample(ACTIVITIES, min(count, len(ACTIVITIES)))
        return [
            {field.id: _field_value(field, name, rng) for field in step.fields} for name in names
        ]
    return None


def _field_value(field: ListField, name: str, rng: random.Random) -> object:
    if field.type == "rating":
        return rng.randint(field.min, field.max)
    if field.type == "choice":
        return rng.choice(field.options).id
    if field.type == "long_text":
        return _reflection(rng)
    return name
