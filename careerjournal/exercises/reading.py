"""Reads stored outcomes back in the user's language: texts, chart bars, plan suggestions.

Which text a result shows follows the outcome's ``shape`` (see "Reading scores
honestly" in ``docs/exercise-format.md``): a flat or low profile is said to be
so, a tie is named as a tie, and a persistent low mood gets a kind pointer to help.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from careerjournal import wording
from careerjournal.exercises.answers import mapping
from careerjournal.exercises.model import (
    PLACEHOLDER,
    Band,
    CardSortStep,
    ChoiceStep,
    Exercise,
    ListStep,
    MatrixStep,
    PickStep,
    RankStep,
    ResultKind,
    ResultSpec,
    ScaleStep,
    Section,
    SynthesisStep,
    Text,
)
from careerjournal.exercises.profile import band_of, tie_groups
from careerjournal.exercises.wording import say

NOTHING = "—"  # stands in for an empty list or a missing number in a reading


@dataclass(frozen=True)
class Bar:
    """One bar of a result's chart; ``previous`` is the same bar in an earlier run.

    ``second`` is the paired bar of a gap chart (presence next to importance).
    """

    label: str
    value: float
    previous: float | None = None
    second: float | None = None


@dataclass(frozen=True)
class Reading:
    """One result in plain words, ready to show; ``insight`` can go into the plan.

    ``bar_range`` is the chart's scale, the same for every run; (0, 0) when there are no bars.
    ``values`` are the filled-in placeholders and ``items`` the result's items one by one,
    for a plan suggestion that carries them.
    """

    result_id: str
    title: str
    summary: str
    insight: str | None
    bars: tuple[Bar, ...]
    bar_range: tuple[float, float]
    values: Mapping[str, str] = field(default_factory=dict)
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Rendered:
    values: dict[str, str]
    bars: tuple[Bar, ...] = ()
    bar_range: tuple[float, float] = (0.0, 0.0)
    text: str | None = None  # shown instead of the summary (a flat, low or tied profile)
    items: tuple[str, ...] = ()


class _Labelled(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> Text: ...


def number(value: object, lang: str) -> str:
    """At most one decimal, with the decimal sign of ``lang``."""
    if not isinstance(value, int | float):
        return NOTHING
    return wording.number(value, lang)


def _previous(values: Mapping[str, Any], key: str) -> float | None:
    value = values.get(key)
    return float(value) if isinstance(value, int | float) else None


def _namer(
    items: tuple[_Labelled, ...], outcome: Mapping[str, Any], lang: str
) -> Callable[[object], str]:
    """Names an id: by the exercise's items, or by labels the outcome carries along."""
    labels = {i.id: i.label.get(lang) for i in items}
    for key, pair in mapping(outcome.get("labels")).items():
        if isinstance(pair, list) and len(pair) == 2:
            labels.setdefault(key, str(wording.pick(lang, nl=pair[0], en=pair[1])))
    return lambda item_id: labels.get(str(item_id), str(item_id))


def _join(names: list[str]) -> str:
    return ", ".join(names) or NOTHING


def _id_list(value: object) -> list[str]:
    return [str(i) for i in value] if isinstance(value, list) else []


# --- profiles ----------------------------------------------------------------------------


def _profile_text(
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    values: Mapping[str, str],
) -> str | None:
    """The text for a profile that is not clear, and the care pointer when it is due."""
    shape = outcome.get("shape")
    text: str | None = None
    if shape == "flat":
        default = "flat_high" if outcome.get("level") == "high" else "flat_middle"
        text = _fill(spec.flat, lang, values) if spec.flat else say(default, lang)
    elif shape == "low":
        text = _fill(spec.low, lang, values) if spec.low else say("low", lang)
    elif shape == "tied" and spec.code_letters:
        text = _fill(spec.tied, lang, values) if spec.tied else say("tied", lang, **values)
    streak = outcome.get("low_streak")
    if spec.care_after and isinstance(streak, int) and streak >= spec.care_after:
        care = _fill(spec.care, lang, values) if spec.care else say("care", lang, times=str(streak))
        text = (text if text is not None else _fill(spec.summary, lang, values)) + "\n\n" + care
    return text


def _trend(
    outcome: Mapping[str, Any],
    bands: tuple[Band, ...],
    span: float,
    name: Callable[[object], str],
    lang: str,
) -> str:
    overall = outcome.get("overall")
    earlier = [v for v in outcome.get("trend", []) if isinstance(v, int | float)]
    if not earlier or not isinstance(overall, int | float):
        return say("trend_first", lang)
    series = [*reversed(earlier), overall]
    change = overall - series[0]
    key = "trend_steady" if abs(change) < span / 10 else "trend_up" if change > 0 else "trend_down"
    sentences = [say(key, lang, series=" → ".join(number(v, lang) for v in series))]
    labels = {b.level: b.label.get(lang) for b in bands}
    for item, pair in mapping(outcome.get("moved")).items():
        if isinstance(pair, list) and len(pair) == 2:
            before, now = (labels.get(level, str(level)) for level in pair)
            sentences.append(say("moved", lang, label=name(item), before=before, now=now))
    return " ".join(sentences)


def _profile_values(
    outcome: Mapping[str, Any],
    bands: tuple[Band, ...],
    scale: tuple[int, int],
    name: Callable[[object], str],
    lang: str,
) -> dict[str, str]:
    """``{top}``, ``{first}``, ``{scores}``, ``{band}`` and ``{trend}`` of a profile."""
    scores = {k: float(v) for k, v in mapping(outcome.get("scores")).items()}
    means = {k: float(v) for k, v in mapping(outcome.get("means")).items()}

    def band(item: str) -> str:
        return band_of(bands, means.get(item, scores[item])).label.get(lang)

    top = [t for t in _id_list(outcome.get("top")) if t in scores]
    named = []
    for group in tie_groups(top, scores):
        labels = say("and", lang).join(name(i) for i in group)
        tie = say("tie", lang) + ", " if len(group) > 1 else ""
        named.append(f"{labels} ({tie}{band(group[0])})")
    ranked = sorted(scores, key=lambda k: -scores[k])
    lines = [
        say("score_line", lang, label=name(k), score=number(scores[k], lang), band=band(k))
        for k in ranked
    ]
    lines.append(say("scale_line", lang, min=str(scale[0]), max=str(scale[1])))
    overall = outcome.get("overall")
    first = outcome.get("first")
    return {
        "top": ", ".join(named) or NOTHING,
        "first": name(first) if first else "",
        "scores": "\n".join(lines),
        "band": band_of(bands, overall).label.get(lang) if isinstance(overall, float) else "",
        "trend": _trend(outcome, bands, scale[1] - scale[0], name, lang),
    }


def _render_scale_profile(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ScaleStep)
    dimensions = exercise.profile_dimensions(step)
    name = _namer(dimensions, outcome, lang)
    values = _profile_values(outcome, step.bands, (step.min, step.max), name, lang)
    by_id = {d.id: d for d in dimensions}
    top = _id_list(outcome.get("top"))
    # Readings are whole sentences, written to stand in a paragraph of their own.
    readings = "\n\n".join(by_id[i].reading.get(lang) for i in top if i in by_id)
    values.update(code=str(outcome.get("code", "")), readings=readings or NOTHING)
    scores, earlier = mapping(outcome.get("scores")), mapping(before.get("scores"))
    bars = tuple(
        Bar(d.label.get(lang), float(scores[d.id]), _previous(earlier, d.id))
        for d in dimensions
        if d.id in scores
    )
    per_dimension = Counter(item.dimension for item in step.items).values()
    low, high = (
        (step.min * min(per_dimension), step.max * max(per_dimension))
        if spec.method == "sum"
        else (step.min, step.max)
    )
    text = _profile_text(spec, outcome, lang, values)
    items = tuple(name(i) for i in top)
    return _Rendered(values, bars, (float(low), float(high)), text, items)


def _render_matrix_profile(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, MatrixStep)
    name = _namer(step.rows, outcome, lang)
    values = _profile_values(outcome, step.bands, (step.min, step.max), name, lang)
    scores, earlier = mapping(outcome.get("scores")), mapping(before.get("scores"))
    bars = tuple(Bar(name(k), float(v), _previous(earlier, k)) for k, v in scores.items())
    columns = len(step.columns) if spec.method == "sum" else 1
    bar_range = (float(step.min * columns), float(step.max * columns))
    text = _profile_text(spec, outcome, lang, values)
    items = tuple(name(i) for i in _id_list(outcome.get("top")))
    return _Rendered(values, bars, bar_range, text, items)


def _render_gap(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, MatrixStep)
    name = _namer(step.rows, outcome, lang)
    pairs = [r for r in outcome.get("rows", []) if isinstance(r, list) and len(r) == 3]
    gap = {str(r[0]): int(r[1]) - int(r[2]) for r in pairs}
    gaps = [g for g in _id_list(outcome.get("gaps")) if g in gap]
    named = []
    for group in tie_groups(gaps, {k: float(v) for k, v in gap.items()}):
        labels = say("and", lang).join(name(i) for i in group)
        tie = say("tie", lang) + ", " if len(group) > 1 else ""
        named.append(f"{labels} ({tie}{number(gap[group[0]], lang)})")
    matches = _id_list(outcome.get("matches"))
    first = outcome.get("first")
    values = {
        "gaps": ", ".join(named) or NOTHING,
        "first": name(first) if first else "",
        "count": str(len(gaps)),
        "matches": _join([name(m) for m in matches]),
    }
    bars = tuple(Bar(name(r[0]), float(r[1]), None, float(r[2])) for r in pairs)
    text = None
    if outcome.get("shape") == "flat":
        text = (
            _fill(spec.flat, lang, values)
            if spec.flat
            else say("gap_none", lang, min_gap=number(spec.min_gap, lang))
        )
    items = tuple(name(g) for g in gaps)
    return _Rendered(values, bars, (float(step.min), float(step.max)), text, items)


# --- the other kinds ----------------------------------------------------------------------


def _render_top(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, CardSortStep | RankStep)
    top = _id_list(outcome.get("top"))
    name = _namer(step.cards if isinstance(step, CardSortStep) else step.items, outcome, lang)
    names = [name(i) for i in top]
    values = {"top": _join(names), "count": str(len(top)), "first": names[0] if names else ""}
    if isinstance(step, RankStep):
        return _Rendered(values, items=tuple(names))
    piles, earlier = mapping(outcome.get("piles")), mapping(before.get("piles"))
    bars = tuple(
        Bar(p.label.get(lang), float(piles.get(p.id, 0)), _previous(earlier, p.id))
        for p in step.piles
    )
    return _Rendered(values, bars, (0.0, float(len(step.cards))), items=tuple(names))


def _render_extremes(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ListStep) and spec.field is not None
    field_ = step.field(spec.field)
    rows = outcome.get("rows", [])
    earlier: dict[str, Any] = {}
    for label, value in before.get("rows", []):
        earlier.setdefault(label, value)  # the first row of that name, as for the bars
    high = [str(label) for label, _ in outcome.get("high", [])]
    values = {
        "high": _join(high),
        "low": _join([str(label) for label, _ in outcome.get("low", [])]),
        "count": str(len(rows)),
        "mean": number(outcome.get("mean"), lang),
    }
    bars = tuple(Bar(str(label), float(value), _previous(earlier, label)) for label, value in rows)
    text = None
    if outcome.get("shape") == "flat":
        text = _fill(spec.flat, lang, values) if spec.flat else say("list_flat", lang)
    bar_range = (float(field_.min), float(field_.max))
    return _Rendered(values, bars, bar_range, text, tuple(high))


def _render_count(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    return _Rendered({"count": str(outcome.get("count", 0))})


def _render_choice(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ChoiceStep | PickStep)
    name = _namer(step.options if isinstance(step, ChoiceStep) else (), outcome, lang)
    names = [name(i) for i in _id_list(outcome.get("chosen"))]
    return _Rendered(
        {"choice": _join(names), "first": names[0] if names else ""}, items=tuple(names)
    )


def _render_synthesis(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, SynthesisStep)
    texts = mapping(outcome.get("texts"))
    parts = [f"{s.label.get(lang)}: {texts[s.id]}" for s in step.sources if s.id in texts]
    return _Rendered({"page": "\n\n".join(parts) or NOTHING, "count": str(len(parts))})


_Renderer = Callable[[Exercise, ResultSpec, Mapping[str, Any], str, Mapping[str, Any]], _Rendered]
_RENDERERS: dict[ResultKind, _Renderer] = {
    "scale_profile": _render_scale_profile,
    "matrix_profile": _render_matrix_profile,
    "gap": _render_gap,
    "top_items": _render_top,
    "list_extremes": _render_extremes,
    "count": _render_count,
    "choice": _render_choice,
    "synthesis": _render_synthesis,
}


def _fill(text: Text, lang: str, values: Mapping[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text.get(lang))


def _fill_if_known(text: Text, lang: str, values: Mapping[str, str]) -> str | None:
    """``text`` filled in, or None when a placeholder it uses would come out empty."""
    used = PLACEHOLDER.findall(text.get(lang))
    if any(values.get(name, NOTHING) in ("", NOTHING) for name in used):
        return None
    return _fill(text, lang, values)


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
                shown.text if shown.text is not None else _fill(spec.summary, lang, shown.values),
                _fill_if_known(spec.insight, lang, shown.values)
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
                _fill_if_known(suggestion.text, lang, {**reading.values, "item": item})
                for item in items
            ]
        else:
            texts = [_fill_if_known(suggestion.text, lang, reading.values)]
        suggested.extend((suggestion.section, t) for t in texts if t is not None)
    return suggested
