"""Reading a run's stored answers: what is filled in, what an earlier step hands on.

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
- ``pick``: ``[item ids]`` of the items its earlier step hands on.
- ``matrix``: ``{row_id: {column_id: value}}``: an int for a rating, an option id for a choice.
- ``synthesis``: ``{source_id: text}``, the texts the user confirmed.

Answers come from the vault and may be from an older version of the exercise, so
anything unknown or malformed in them counts as unanswered instead of failing.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from careerjournal.exercises.model import (
    CardSortStep,
    ChoiceStep,
    Exercise,
    ItemSource,
    ListField,
    ListStep,
    MatrixStep,
    Option,
    PickStep,
    RankStep,
    ReflectionStep,
    ScaleStep,
    Step,
    Text,
    default_top_count,
)

Item = tuple[str, Text]


def mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def ids(value: object, known: Container[str]) -> list[str]:
    """The known ids in a stored list, each once, in the stored order."""
    items = value if isinstance(value, list) else []
    return list(dict.fromkeys(i for i in items if isinstance(i, str) and i in known))


def rating(value: object, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, int | float) and not isinstance(value, bool)


def rows(step: ListStep, answer: object) -> list[tuple[int, Mapping[str, Any]]]:
    """The rows with at least one value, each with its 1-based place in the list."""
    given = answer if isinstance(answer, list) else []
    return [
        (number, row)
        for number, row in enumerate(map(mapping, given), start=1)
        if any(filled(row.get(f.id)) for f in step.fields)
    ]


def row_name(step: ListStep, number: int, row: Mapping[str, Any]) -> str:
    """A row's name: its first text field, or its number when that is empty."""
    label = row.get(step.name_field.id)
    return label.strip() if isinstance(label, str) and label.strip() else f"#{number}"


def card_piles(step: CardSortStep, answer: object) -> dict[str, str]:
    placed = mapping(mapping(answer).get("piles"))
    piles = {p.id for p in step.piles}
    return {
        c.id: pile
        for c in step.cards
        if isinstance(pile := placed.get(c.id), str) and pile in piles
    }


def ranking(step: CardSortStep, answer: object) -> list[str]:
    """The ranked cards that really lie on the rank pile, best first."""
    piles = card_piles(step, answer)
    in_rank_pile = {card for card, pile in piles.items() if pile == step.rank_pile}
    return ids(mapping(answer).get("ranking"), in_rank_pile)


def _labelled(options: tuple[Option, ...], chosen: list[str]) -> list[Item]:
    labels = {o.id: o.label for o in options}
    return [(i, labels[i]) for i in chosen]


def rank_items(exercise: Exercise, step: RankStep, answers: Mapping[str, Any]) -> list[Item]:
    """What a rank step puts in order: its own items, or those of the earlier step it names."""
    if step.source is None:
        return [(i.id, i.label) for i in step.items]
    return source_items(exercise, step.source, answers)


def ranked(
    exercise: Exercise, step: CardSortStep | RankStep, answers: Mapping[str, Any]
) -> list[Item]:
    """The ranked pile (card sort) or the ranked list (rank), best first, with labels."""
    answer = answers.get(step.id)
    if isinstance(step, CardSortStep):
        return _labelled(step.cards, ranking(step, answer))
    labels = dict(rank_items(exercise, step, answers))
    return [(i, labels[i]) for i in ids(answer, labels)]


def source_items(exercise: Exercise, source: ItemSource, answers: Mapping[str, Any]) -> list[Item]:
    """The items an earlier step hands on, as the user answered it (see the format doc)."""
    step = exercise.step(source.step)
    answer = answers.get(step.id)
    items: list[Item]
    if isinstance(step, ScaleStep):
        given = mapping(answer)
        rated = [(rating(given.get(i.id), step.min, step.max), i) for i in step.items]
        ordered = sorted(rated, key=lambda pair: -(pair[0] if pair[0] is not None else -99))
        items = [(i.id, i.text) for _, i in ordered]
    elif isinstance(step, CardSortStep) and source.pile is not None:
        on_pile = [c for c, p in card_piles(step, answer).items() if p == source.pile]
        first = [c for c in ranking(step, answer) if c in on_pile]
        items = _labelled(step.cards, first + [c for c in on_pile if c not in first])
    elif isinstance(step, CardSortStep):
        items = _labelled(step.cards, ranking(step, answer)[: step.rank_count])
    elif isinstance(step, RankStep):
        items = ranked(exercise, step, answers)
    elif isinstance(step, ChoiceStep):
        chosen = set(ids(answer, {o.id for o in step.options}))
        items = _labelled(step.options, [o.id for o in step.options if o.id in chosen])
    elif isinstance(step, PickStep):
        offered = source_items(exercise, step.source, answers)
        picked = set(ids(answer, {i for i, _ in offered}))
        items = [item for item in offered if item[0] in picked]
    elif isinstance(step, ListStep):
        items = [
            (str(n), Text(name, name))
            for n, row in rows(step, answer)
            if (name := row_name(step, n, row))
        ]
    else:
        items = []
    return items[: source.count] if source.count is not None else items


def matrix_rows(exercise: Exercise, step: MatrixStep, answers: Mapping[str, Any]) -> list[Item]:
    """A matrix's rows: its own, or the items of the earlier step it names."""
    if step.rows_from is None:
        return [(r.id, r.label) for r in step.rows]
    return source_items(exercise, step.rows_from, answers)


def cell(step: MatrixStep, value: object) -> int | str | None:
    """A matrix cell's value if it is a valid answer, else None."""
    if step.rating:
        return rating(value, step.min, step.max)
    return value if isinstance(value, str) and value in {o.id for o in step.options} else None


def for_each_items(exercise: Exercise, step: Step, answers: Mapping[str, Any]) -> list[Item]:
    """The items a ``for_each`` reflection asks about: the top of the step it names."""
    if not isinstance(step, ReflectionStep) or step.for_each is None:
        return []
    source = exercise.step(step.for_each)
    assert isinstance(source, CardSortStep | RankStep)
    return ranked(exercise, source, answers)[: default_top_count(source)]


def step_complete(
    step: Step, answer: object, answers: Mapping[str, Any], exercise: Exercise | None = None
) -> bool:
    """Whether ``answer`` lets the user go on from ``step``.

    A pick or a matrix over an earlier step needs ``exercise`` and ``answers`` (the
    whole run's) to know its items.
    """
    if isinstance(step, ScaleStep):
        given = mapping(answer)
        return all(rating(given.get(i.id), step.min, step.max) is not None for i in step.items)
    if isinstance(step, CardSortStep):
        placed = card_piles(step, answer)
        over = any(
            p.max is not None and sum(v == p.id for v in placed.values()) > p.max
            for p in step.piles
        )
        return (
            not over
            and len(placed) == len(step.cards)
            and len(ranking(step, answer)) >= step.rank_count
        )
    if isinstance(step, RankStep):
        if step.source is None:
            known = {i.id for i in step.items}
        else:
            assert exercise is not None
            known = {i for i, _ in rank_items(exercise, step, answers)}
        return len(ids(answer, known)) == len(known)
    if isinstance(step, ChoiceStep):
        chosen = ids(answer, {o.id for o in step.options})
        return step.min_choices <= len(chosen) <= step.max_choices
    if isinstance(step, ListStep):
        filled_rows = rows(step, answer)
        required = [f for f in step.fields if f.required]
        return step.min_rows <= len(filled_rows) <= step.max_rows and all(
            field_filled(f, row.get(f.id)) for _, row in filled_rows for f in required
        )
    if isinstance(step, PickStep):
        assert exercise is not None
        offered = {i for i, _ in source_items(exercise, step.source, answers)}
        return len(ids(answer, offered)) == min(step.choose, len(offered))
    if isinstance(step, MatrixStep):
        assert exercise is not None
        given = mapping(answer)
        return all(
            cell(step, mapping(given.get(row)).get(column.id)) is not None
            for row, _ in matrix_rows(exercise, step, answers)
            for column in step.columns
        )
    return True


def field_filled(field: ListField, value: object) -> bool:
    if field.type == "rating":
        return rating(value, field.min, field.max) is not None
    if field.type == "choice":
        return isinstance(value, str) and value in {o.id for o in field.options}
    return filled(value)
