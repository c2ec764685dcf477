"""Reads stored outcomes back in the user's language: texts, chart bars, plan suggestions.

Profiles and gaps are read by :mod:`read_profiles`; the other kinds here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from careerjournal.exercises import read_profiles
from careerjournal.exercises.answers import mapping
from careerjournal.exercises.model import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    ListStep,
    PickStep,
    RankStep,
    ResultKind,
    ResultSpec,
    Section,
    SynthesisStep,
)
from careerjournal.exercises.readout import (
    NOTHING,
    Bar,
    Reading,
    Rendered,
    fill,
    fill_if_known,
    id_list,
    join,
    named_values,
    namer,
    number,
    previous,
)
from careerjournal.exercises.wording import say

__all__ = ["NOTHING", "Bar", "Reading", "plan_suggestions", "read"]


def _render_top(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, CardSortStep | RankStep)
    top = id_list(outcome.get("top"))
    name = namer(step.cards if isinstance(step, CardSortStep) else step.items, outcome, lang)
    names = [name(i) for i in top]
    values = {"top": join(names), "count": str(len(top)), "first": names[0] if names else ""}
    # No chart: how many cards lie on each pile says nothing about the person.
    return Rendered(values, items=tuple(names))


def _render_extremes(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ListStep) and spec.field is not None
    field_ = step.field(spec.field)
    rows = named_values(outcome.get("rows"))
    earlier: dict[str, Any] = {}
    for label, value in named_values(before.get("rows")):
        earlier.setdefault(label, value)  # the first row of that name, as for the bars
    high = [label for label, _ in named_values(outcome.get("high"))]
    values = {
        "high": join(high),
        "low": join([label for label, _ in named_values(outcome.get("low"))]),
        "count": str(len(rows)),
        "mean": number(outcome.get("mean"), lang),
    }
    bars = tuple(Bar(label, value, previous(earlier, label)) for label, value in rows)
    text = None
    if outcome.get("shape") == "flat":
        text = fill(spec.flat, lang, values) if spec.flat else say("list_flat", lang)
    bar_range = (float(field_.min), float(field_.max))
    return Rendered(values, bars, bar_range, text, tuple(high))


def _render_count(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    return Rendered({"count": str(outcome.get("count", 0))})


def _render_choice(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ChoiceStep | PickStep)
    name = namer(step.options if isinstance(step, ChoiceStep) else (), outcome, lang)
    names = [name(i) for i in id_list(outcome.get("chosen"))]
    return Rendered({"choice": join(names), "first": names[0] if names else ""}, items=tuple(names))


def _render_synthesis(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, SynthesisStep)
    texts = mapping(outcome.get("texts"))
    parts = [f"{s.label.get(lang)}: {texts[s.id]}" for s in step.sources if s.id in texts]
    return Rendered({"page": "\n\n".join(parts) or NOTHING, "count": str(len(parts))})


_Renderer = Callable[[Exercise, ResultSpec, Mapping[str, Any], str, Mapping[str, Any]], Rendered]
_RENDERERS: dict[ResultKind, _Renderer] = {
    "scale_profile": read_profiles.render_scale_profile,
    "matrix_profile": read_profiles.render_matrix_profile,
    "gap": read_profiles.render_gap,
    "top_items": _render_top,
    "list_extremes": _render_extremes,
    "count": _render_count,
    "choice": _render_choice,
    "synthesis": _render_synthesis,
}


def read(
    exercise: Exercise,
    outcome_by_result: Mapping[str, Mapping[str, Any]],
    lang: str,
    previous: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Reading]:
    """The results in ``lang``, in the exercise's order; results without an outcome are left out.

    ``previous`` is the outcome of an earlier run (of the same exercise version), whose
    values become :attr:`Bar.previous` so the UI can show change over time. An insight
    whose placeholders come out empty (nothing stands out) is left out.
    """
    readings = []
    for spec in exercise.results:
        outcome = outcome_by_result.get(spec.id)
        if outcome is None:
            continue
        before = (previous or {}).get(spec.id, {})
        shown = _RENDERERS[spec.kind](exercise, spec, outcome, lang, before)
        quiet = outcome.get("shape") in ("flat", "low")
        readings.append(
            Reading(
                spec.id,
                spec.title.get(lang),
                shown.text if shown.text is not None else fill(spec.summary, lang, shown.values),
                fill_if_known(spec.insight, lang, shown.values)
                if spec.insight and not quiet
                else None,
                shown.bars,
                shown.bar_range,
                shown.values,
                shown.items,
            )
        )
    return readings


def plan_suggestions(
    exercise: Exercise, outcome_by_result: Mapping[str, Mapping[str, Any]], lang: str
) -> list[tuple[Section, str]]:
    """The exercise's suggestions for the plan, carrying the user's own results as text.

    A suggestion with ``each`` becomes one per item of its result; one whose result
    has nothing to fill in is left out rather than shown with a dash.
    """
    readings = {r.result_id: r for r in read(exercise, outcome_by_result, lang)}
    suggested: list[tuple[Section, str]] = []
    for suggestion in exercise.suggestions:
        if suggestion.result is None:
            suggested.append((suggestion.section, suggestion.text.get(lang)))
            continue
        reading = readings.get(suggestion.result)
        if reading is None:
            continue
        if suggestion.each:
            items = reading.items[: suggestion.count] if suggestion.count else reading.items
            texts = [
                fill_if_known(suggestion.text, lang, {**reading.values, "item": item})
                for item in items
            ]
        else:
            texts = [fill_if_known(suggestion.text, lang, reading.values)]
        suggested.extend((suggestion.section, t) for t in texts if t is not None)
    return suggested
