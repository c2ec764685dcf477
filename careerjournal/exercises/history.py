"""How a person's answers moved across runs: every chart of a result, run by run.

Only runs of the same exercise version are put side by side, so every run is read
on the same questions and the same scale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from careerjournal.exercises.model import Exercise, MatrixStep, ResultSpec
from careerjournal.exercises.reading import read


@dataclass(frozen=True)
class Series:
    """One result over time: a row per bar, a column per run (oldest first).

    ``values[row][run]`` is None where a run has no such bar (a list row named
    differently); ``bar_range`` is the one scale all runs are read on.
    """

    result_id: str
    title: str
    labels: tuple[str, ...]
    values: tuple[tuple[float | None, ...], ...]
    bar_range: tuple[float, float]


def _pair_names(exercise: Exercise, spec: ResultSpec, lang: str) -> tuple[str, str] | None:
    """For a gap result, the labels of its importance and presence columns."""
    step = exercise.step(spec.step)
    if spec.kind != "gap" or not isinstance(step, MatrixStep):
        return None
    columns = {c.id: c.label.get(lang) for c in step.columns}
    return columns[spec.importance or ""], columns[spec.presence or ""]


def over_time(
    exercise: Exercise, results: Sequence[Mapping[str, Mapping[str, Any]]], lang: str
) -> list[Series]:
    """A series per charted result of ``results`` (each a run's result, oldest first)."""
    readings = [read(exercise, result, lang) for result in results]
    series: list[Series] = []
    for spec in exercise.results:
        per_run = [next((r for r in run if r.result_id == spec.id), None) for run in readings]
        shown = [r for r in per_run if r is not None and r.bars]
        if not shown:
            continue
        labels = list(dict.fromkeys(bar.label for r in shown for bar in r.bars))
        names = _pair_names(exercise, spec, lang)
        rows: list[tuple[float | None, ...]] = []
        shown_labels: list[str] = []
        for label in labels:
            bars = [
                next((b for b in reading.bars if b.label == label), None) if reading else None
                for reading in per_run
            ]
            if names is None:
                shown_labels.append(label)
                rows.append(tuple(b.value if b else None for b in bars))
            else:  # a gap: importance and presence each get a row
                shown_labels += [f"{label}: {names[0]}", f"{label}: {names[1]}"]
                rows.append(tuple(b.value if b else None for b in bars))
                rows.append(tuple(b.second if b else None for b in bars))
        labels = shown_labels
        series.append(
            Series(spec.id, shown[-1].title, tuple(labels), tuple(rows), shown[-1].bar_range)
        )
    return series
