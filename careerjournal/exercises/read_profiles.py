"""Reading profiles and gaps honestly: the text for their shape, their bands, their trend.

Which text a profile shows follows its ``shape`` (see "Reading scores honestly" in
``docs/exercise-format.md``): a flat or low profile is said to be so, a tie is named
as a tie, and a persistent low mood gets a kind pointer to help.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from careerjournal.exercises.answers import mapping
from careerjournal.exercises.model import Band, Exercise, MatrixStep, ResultSpec, ScaleStep
from careerjournal.exercises.profile import band_of, tie_groups
from careerjournal.exercises.readout import (
    NOTHING,
    Bar,
    Rendered,
    fill,
    id_list,
    join,
    namer,
    number,
    numbers,
    previous,
)
from careerjournal.exercises.wording import and_list, say


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
        text = fill(spec.flat, lang, values) if spec.flat else say(default, lang)
    elif shape == "low":
        text = fill(spec.low, lang, values) if spec.low else say("low", lang)
    elif shape == "tied" and spec.code_letters:
        text = fill(spec.tied, lang, values) if spec.tied else say("tied", lang, **values)
    streak = outcome.get("low_streak")
    if spec.care_after and isinstance(streak, int) and streak >= spec.care_after:
        care = fill(spec.care, lang, values) if spec.care else say("care", lang, times=str(streak))
        text = (text if text is not None else fill(spec.summary, lang, values)) + "\n\n" + care
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
    scores, means = numbers(outcome.get("scores")), numbers(outcome.get("means"))

    def band(item: str) -> str:
        return band_of(bands, means.get(item, scores[item])).label.get(lang)

    top = [t for t in id_list(outcome.get("top")) if t in scores]
    named = []
    for group in tie_groups(top, scores):
        labels = and_list([name(i) for i in group], lang)
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
        "names": join([name(i) for i in top]),
        "first": name(first) if first else "",
        "scores": "\n".join(lines),
        "band": band_of(bands, overall).label.get(lang) if isinstance(overall, float) else "",
        "trend": _trend(outcome, bands, scale[1] - scale[0], name, lang),
    }


def render_scale_profile(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ScaleStep)
    dimensions = exercise.profile_dimensions(step)
    name = namer(dimensions, outcome, lang)
    values = _profile_values(outcome, step.bands, (step.min, step.max), name, lang)
    by_id = {d.id: d for d in dimensions}
    top = id_list(outcome.get("top"))
    # Readings are whole sentences, written to stand in a paragraph of their own.
    readings = "\n\n".join(by_id[i].reading.get(lang) for i in top if i in by_id)
    values.update(code=str(outcome.get("code", "")), readings=readings or NOTHING)
    scores, earlier = numbers(outcome.get("scores")), mapping(before.get("scores"))
    bars = tuple(
        Bar(d.label.get(lang), scores[d.id], previous(earlier, d.id))
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
    return Rendered(values, bars, (float(low), float(high)), text, items)


def render_matrix_profile(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, MatrixStep)
    name = namer(step.rows, outcome, lang)
    values = _profile_values(outcome, step.bands, (step.min, step.max), name, lang)
    scores, earlier = mapping(outcome.get("scores")), mapping(before.get("scores"))
    bars = tuple(Bar(name(k), v, previous(earlier, k)) for k, v in numbers(scores).items())
    columns = len(step.columns) if spec.method == "sum" else 1
    bar_range = (float(step.min * columns), float(step.max * columns))
    text = _profile_text(spec, outcome, lang, values)
    items = tuple(name(i) for i in id_list(outcome.get("top")))
    return Rendered(values, bars, bar_range, text, items)


def render_gap(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, MatrixStep)
    name = namer(step.rows, outcome, lang)
    rows = outcome.get("rows")
    pairs = [
        r
        for r in (rows if isinstance(rows, list) else [])
        if isinstance(r, list) and len(r) == 3 and all(isinstance(v, int) for v in r[1:])
    ]
    gap = {str(r[0]): int(r[1]) - int(r[2]) for r in pairs}
    gaps = [g for g in id_list(outcome.get("gaps")) if g in gap]
    named = []
    for group in tie_groups(gaps, {k: float(v) for k, v in gap.items()}):
        labels = and_list([name(i) for i in group], lang)
        tie = say("tie", lang) + ", " if len(group) > 1 else ""
        named.append(f"{labels} ({tie}{number(gap[group[0]], lang)})")
    matches = id_list(outcome.get("matches"))
    first = outcome.get("first")
    values = {
        "gaps": ", ".join(named) or NOTHING,
        "first": name(first) if first else "",
        "count": str(len(gaps)),
        "matches": join([name(m) for m in matches]),
    }
    bars = tuple(Bar(name(r[0]), float(r[1]), None, float(r[2])) for r in pairs)
    text = None
    if outcome.get("shape") == "flat":
        text = (
            fill(spec.flat, lang, values)
            if spec.flat
            else say("gap_none", lang, min_gap=number(spec.min_gap, lang))
        )
    items = tuple(name(g) for g in gaps)
    return Rendered(values, bars, (float(step.min), float(step.max)), text, items)
