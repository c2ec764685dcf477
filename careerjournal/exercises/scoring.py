"""Scores a run's answers, and reads the scores back in a language.

:func:`score` gives plain JSON (ids and numbers, never a translated word), so a
result can be stored and compared over time; :func:`read` turns it into texts and
chart bars in the user's language. The rules are those of ``docs/exercise-format.md``.

Answers, as the UI stores them under each step's id:

- ``info``: nothing.
- ``reflection``: ``{question_id: text}``; with ``for_each``: ``{item_id: text}``.
- ``scale``: ``{item_id: int}``.
- ``cardsort``: ``{"piles": {card_id: pile_id}, "ranking": [card ids of the rank pile,
  best first]}``; the ranking may hold the whole rank pile or just its top ``rank_count``.
- ``rank``: ``[item ids, best first]``. Store the order as shown when the step first
  appears: an untouched rank step has no answer, and no top items.
- ``choice``: ``[option ids]``.
- ``list``: ``[{field_id: value}, ...]``: a string for text fields and for a choice
  field (the option id), an int for a rating. A row with no value at all is ignored.

Answers come from the vault and may be from an older version of the exercise, so
anything unknown or malformed in them counts as unanswered instead of failing.
Exercises come from the validator, so the step a result reads is of the right kind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from careerjournal import wording
from careerjournal.exercises.model import (
    PLACEHOLDER,
    CardSortStep,
    ChoiceStep,
    Exercise,
    ListField,
    ListStep,
    Method,
    RankStep,
    ReflectionStep,
    ResultKind,
    ResultSpec,
    ScaleStep,
    Step,
    Text,
    default_top_count,
)

Outcome = dict[str, Any]
_NOTHING = "—"  # stands in for an empty list or a missing number in a reading


# --- reading answers -----------------------------------------------------------


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _ids(value: object, known: Container[str]) -> list[str]:
    """The known ids in a stored list, each once, in the stored order."""
    items = value if isinstance(value, list) else []
    return list(dict.fromkeys(i for i in items if isinstance(i, str) and i in known))


def _rating(value: object, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def _filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, int | float) and not isinstance(value, bool)


def _rows(step: ListStep, answer: object) -> list[tuple[int, Mapping[str, Any]]]:
    """The rows with at least one value, each with its 1-based place in the list."""
    rows = answer if isinstance(answer, list) else []
    return [
        (number, row)
        for number, row in enumerate(map(_mapping, rows), start=1)
        if any(_filled(row.get(f.id)) for f in step.fields)
    ]


def _card_piles(step: CardSortStep, answer: object) -> dict[str, str]:
    placed = _mapping(_mapping(answer).get("piles"))
    piles = {p.id for p in step.piles}
    return {
        c.id: pile
        for c in step.cards
        if isinstance(pile := placed.get(c.id), str) and pile in piles
    }


def _ranking(step: CardSortStep, answer: object) -> list[str]:
    """The ranked cards that really lie on the rank pile, best first."""
    piles = _card_piles(step, answer)
    in_rank_pile = {card for card, pile in piles.items() if pile == step.rank_pile}
    return _ids(_mapping(answer).get("ranking"), in_rank_pile)


def _top_ids(step: CardSortStep | RankStep, answer: object, count: int) -> list[str]:
    """The first ``count`` of the ranked pile (card sort) or of the ranked list (rank)."""
    if isinstance(step, CardSortStep):
        return _ranking(step, answer)[:count]
    return _ids(answer, {i.id for i in step.items})[:count]


def for_each_items(
    exercise: Exercise,
    step: Step,
    answers: Mapping[str, Any],
) -> list[tuple[str, Text]]:
    """The items a ``for_each`` reflection asks about: the top of the step it names."""
    if not isinstance(step, ReflectionStep) or step.for_each is None:
        return []
    source = exercise.step(step.for_each)
    assert isinstance(source, CardSortStep | RankStep)
    items = source.cards if isinstance(source, CardSortStep) else source.items
    labels = {i.id: i.label for i in items}
    top = _top_ids(source, answers.get(source.id), default_top_count(source))
    return [(i, labels[i]) for i in top]


def step_complete(step: Step, answer: object, answers: Mapping[str, Any]) -> bool:
    """Whether ``answer`` lets the user go on from ``step``.

    ``answers`` (the whole run's) is there for steps that depend on an earlier one;
    none of today's kinds needs it.
    """
    if isinstance(step, ScaleStep):
        given = _mapping(answer)
        return all(_rating(given.get(i.id), step.min, step.max) is not None for i in step.items)
    if isinstance(step, CardSortStep):
        return (
            len(_card_piles(step, answer)) == len(step.cards)
            and len(_ranking(step, answer)) >= step.rank_count
        )
    if isinstance(step, RankStep):
        return len(_ids(answer, {i.id for i in step.items})) == len(step.items)
    if isinstance(step, ChoiceStep):
        chosen = _ids(answer, {o.id for o in step.options})
        return step.min_choices <= len(chosen) <= step.max_choices
    if isinstance(step, ListStep):
        rows = _rows(step, answer)
        required = [f for f in step.fields if f.required]
        return step.min_rows <= len(rows) <= step.max_rows and all(
            _field_filled(f, row.get(f.id)) for _, row in rows for f in required
        )
    return True


def _field_filled(field: ListField, value: object) -> bool:
    if field.type == "rating":
        return _rating(value, field.min, field.max) is not None
    if field.type == "choice":
        return isinstance(value, str) and value in {o.id for o in field.options}
    return _filled(value)


# --- scoring -----------------------------------------------------------------------


def score(exercise: Exercise, answers: Mapping[str, Any]) -> dict[str, Outcome]:
    """Every result of ``exercise``, by result id, as JSON-ready outcomes."""
    return {spec.id: _SCORERS[spec.kind](exercise, spec, answers) for spec in exercise.results}


def _top_with_ties(ranked: list[str], scores: Mapping[str, float], count: int) -> list[str]:
    """The first ``count`` of ``ranked``, and every later one that ties with the last of them."""
    if len(ranked) <= count:
        return ranked
    cutoff = scores[ranked[count - 1]]
    return [d for d in ranked if scores[d] >= cutoff]


def _combine(points: list[int], method: Method) -> float:
    return sum(points) / len(points) if method == "mean" else float(sum(points))


def _scale_profile(exercise: Exercise, spec: ResultSpec, answers: Mapping[str, Any]) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, ScaleStep)
    given = _mapping(answers.get(step.id))
    values: dict[str, list[int]] = {}
    for item in step.items:
        value = _rating(given.get(item.id), step.min, step.max)
        if value is not None:
            points = step.min + step.max - value if item.reverse else value
            values.setdefault(item.dimension, []).append(points)
    scores = {
        d.id: _combine(values[d.id], spec.method)
        for d in exercise.profile_dimensions(step)
        if d.id in values
    }
    ranked = sorted(scores, key=lambda d: -scores[d])  # stable: equal scores keep declared order
    code = "".join(exercise.dimension(d).letter or "" for d in ranked[: spec.code_letters])
    return {"scores": scores, "top": _top_with_ties(ranked, scores, spec.top), "code": code}


def _top_items(exercise: Exercise, spec: ResultSpec, answers: Mapping[str, Any]) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, CardSortStep | RankStep)
    answer = answers.get(step.id)
    piles: dict[str, int] = {}
    if isinstance(step, CardSortStep):
        placed = Counter(_card_piles(step, answer).values())
        piles = {p.id: placed[p.id] for p in step.piles}
    return {"top": _top_ids(step, answer, spec.count), "piles": piles}


def _list_extremes(exercise: Exercise, spec: ResultSpec, answers: Mapping[str, Any]) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, ListStep) and spec.field is not None
    field, name = step.field(spec.field), step.name_field
    rows: list[tuple[str, int]] = []
    for number, row in _rows(step, answers.get(step.id)):
        value = _rating(row.get(field.id), field.min, field.max)
        if value is not None:
            label = row.get(name.id)
            rows.append(
                (label.strip() if isinstance(label, str) and label.strip() else f"#{number}", value)
            )
    middle = (field.min + field.max) / 2
    high = sorted((r for r in rows if r[1] > middle), key=lambda r: -r[1])[: spec.count]
    low = sorted((r for r in rows if r[1] < middle), key=lambda r: r[1])[: spec.count]
    mean = sum(v for _, v in rows) / len(rows) if rows else None
    return {"high": _pairs(high), "low": _pairs(low), "mean": mean, "rows": _pairs(rows)}


def _pairs(rows: list[tuple[str, int]]) -> list[list[str | int]]:
    """Rows as JSON keeps them, so a fresh outcome equals a stored one."""
    return [[label, value] for label, value in rows]


def _count(exercise: Exercise, spec: ResultSpec, answers: Mapping[str, Any]) -> Outcome:
    step = exercise.step(spec.step)
    answer = answers.get(step.id)
    if isinstance(step, ListStep):
        return {"count": len(_rows(step, answer))}
    assert isinstance(step, ReflectionStep)
    asked = (
        [i for i, _ in for_each_items(exercise, step, answers)]
        if step.for_each
        else [q.id for q in step.questions]
    )
    given = _mapping(answer)
    return {"count": sum(1 for key in asked if _filled(given.get(key)))}


def _choice(exercise: Exercise, spec: ResultSpec, answers: Mapping[str, Any]) -> Outcome:
    step = exercise.step(spec.step)
    assert isinstance(step, ChoiceStep)
    chosen = set(_ids(answers.get(step.id), {o.id for o in step.options}))
    return {"chosen": [o.id for o in step.options if o.id in chosen]}


_SCORERS: dict[ResultKind, Callable[[Exercise, ResultSpec, Mapping[str, Any]], Outcome]] = {
    "scale_profile": _scale_profile,
    "top_items": _top_items,
    "list_extremes": _list_extremes,
    "count": _count,
    "choice": _choice,
}


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    """One bar of a result's chart; ``previous`` is the same bar in an earlier run."""

    label: str
    value: float
    previous: float | None = None


@dataclass(frozen=True)
class Reading:
    """One result in plain words, ready to show; ``insight`` can go into the plan.

    ``bar_range`` is the chart's scale, the same for every run; (0, 0) when there are no bars.
    """

    result_id: str
    title: str
    summary: str
    insight: str | None
    bars: tuple[Bar, ...]
    bar_range: tuple[float, float]


@dataclass(frozen=True)
class _Rendered:
    values: dict[str, str]
    bars: tuple[Bar, ...] = ()
    bar_range: tuple[float, float] = (0.0, 0.0)


class _Labelled(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> Text: ...


def _join(items: tuple[_Labelled, ...], ids: object, lang: str) -> str:
    """The labels of ``ids`` joined with commas; an id the exercise no longer has shows as is."""
    labels = {i.id: i.label.get(lang) for i in items}
    names = [labels.get(str(i), str(i)) for i in (ids if isinstance(ids, list) else [])]
    return ", ".join(names) or _NOTHING


def _number(value: object, lang: str) -> str:
    """At most one decimal, with the decimal sign of ``lang``."""
    if not isinstance(value, int | float):
        return _NOTHING
    return wording.number(value, lang)


def _previous(values: Mapping[str, Any], key: str) -> float | None:
    value = values.get(key)
    return float(value) if isinstance(value, int | float) else None


def _render_profile(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ScaleStep)
    dimensions = exercise.profile_dimensions(step)
    scores, earlier = _mapping(outcome.get("scores")), _mapping(before.get("scores"))
    top = outcome.get("top", [])
    by_id = {d.id: d for d in dimensions}
    # Readings are whole sentences, written to stand in a paragraph of their own.
    readings = "\n\n".join(by_id[i].reading.get(lang) for i in top if i in by_id)
    values = {
        "top": _join(dimensions, top, lang),
        "code": str(outcome.get("code", "")),
        "readings": readings or _NOTHING,
    }
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
    return _Rendered(values, bars, (float(low), float(high)))


def _render_top(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, CardSortStep | RankStep)
    top = outcome.get("top", [])
    items = step.cards if isinstance(step, CardSortStep) else step.items
    values = {"top": _join(items, top, lang), "count": str(len(top))}
    if isinstance(step, RankStep):
        return _Rendered(values)
    piles, earlier = _mapping(outcome.get("piles")), _mapping(before.get("piles"))
    bars = tuple(
        Bar(p.label.get(lang), float(piles.get(p.id, 0)), _previous(earlier, p.id))
        for p in step.piles
    )
    return _Rendered(values, bars, (0.0, float(len(step.cards))))


def _render_extremes(
    exercise: Exercise,
    spec: ResultSpec,
    outcome: Mapping[str, Any],
    lang: str,
    before: Mapping[str, Any],
) -> _Rendered:
    step = exercise.step(spec.step)
    assert isinstance(step, ListStep) and spec.field is not None
    field = step.field(spec.field)
    rows = outcome.get("rows", [])
    earlier: dict[str, Any] = {}
    for label, value in before.get("rows", []):
        earlier.setdefault(label, value)  # the first row of that name, as for the bars
    values = {
        "high": ", ".join(str(label) for label, _ in outcome.get("high", [])) or _NOTHING,
        "low": ", ".join(str(label) for label, _ in outcome.get("low", [])) or _NOTHING,
        "count": str(len(rows)),
        "mean": _number(outcome.get("mean"), lang),
    }
    bars = tuple(Bar(str(label), float(value), _previous(earlier, label)) for label, value in rows)
    return _Rendered(values, bars, (float(field.min), float(field.max)))


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
    assert isinstance(step, ChoiceStep)
    return _Rendered({"choice": _join(step.options, outcome.get("chosen", []), lang)})


_Renderer = Callable[[Exercise, ResultSpec, Mapping[str, Any], str, Mapping[str, Any]], _Rendered]
_RENDERERS: dict[ResultKind, _Renderer] = {
    "scale_profile": _render_profile,
    "top_items": _render_top,
    "list_extremes": _render_extremes,
    "count": _render_count,
    "choice": _render_choice,
}


def _fill(text: Text, lang: str, values: Mapping[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text.get(lang))


def read(
    exercise: Exercise,
    outcome_by_result: Mapping[str, Mapping[str, Any]],
    lang: str,
    previous: Mapping[str, Mapping[str, Any]] | None = None,
) -> list[Reading]:
    """The results in ``lang``, in the exercise's order; results without an outcome are left out.

    ``previous`` is the outcome of an earlier run (of the same exercise version), whose
    values become :attr:`Bar.previous` so the UI can show change over time.
    """
    readings = []
    for spec in exercise.results:
        outcome = outcome_by_result.get(spec.id)
        if outcome is None:
            continue
        before = (previous or {}).get(spec.id, {})
        shown = _RENDERERS[spec.kind](exercise, spec, outcome, lang, before)
        readings.append(
            Reading(
                spec.id,
                spec.title.get(lang),
                _fill(spec.summary, lang, shown.values),
                _fill(spec.insight, lang, shown.values) if spec.insight else None,
                shown.bars,
                shown.bar_range,
            )
        )
    return readings
