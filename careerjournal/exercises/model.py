"""What an exercise is, once its file has been checked: plain, immutable data.

Only the validator builds these objects, so every id a field names (a
dimension, a step, a pile, a field) is known to exist and lookups may raise
``KeyError`` for anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal, Protocol, TypeVar, get_args

from careerjournal.wording import pick

# Each Literal type and, beside it, its values as a tuple (for checking a file).
Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
Category = Literal["values", "motivation", "talents", "direction", "network", "learning", "checkin"]
CATEGORIES: tuple[Category, ...] = get_args(Category)
Section = Literal["vision", "goal", "action", "planb", "conversation", "training"]
SECTIONS: tuple[Section, ...] = get_args(Section)
FieldType = Literal["text", "long_text", "rating", "choice"]
FIELD_TYPES: tuple[FieldType, ...] = get_args(FieldType)
ResultKind = Literal[
    "scale_profile",
    "matrix_profile",
    "gap",
    "top_items",
    "list_extremes",
    "count",
    "choice",
    "synthesis",
]
RESULT_KINDS: tuple[ResultKind, ...] = get_args(ResultKind)
Level = Literal["low", "middle", "high"]
LEVELS: tuple[Level, ...] = get_args(Level)
Method = Literal["mean", "sum"]
METHODS: tuple[Method, ...] = get_args(Method)

# ``{name}`` in a summary, an insight or a for_each question is filled in when shown.
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Text:
    """A text in both languages; every text a user sees comes as one of these."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        """The text in ``lang``; Dutch for a language the app does not have."""
        return pick(lang, nl=self.nl, en=self.en)


class HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=HasId)


def by_id(items: tuple[_T, ...], item_id: str) -> _T:
    """The item with ``item_id``; ``KeyError`` if there is none."""
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def _point_label(labels: tuple[Text, ...], low: int, high: int, value: int) -> Text | None:
    """One label per point, or two for the ends only: the label shown at ``value``, if any."""
    if len(labels) == high - low + 1:
        return labels[value - low]
    if value == low:
        return labels[0]
    if value == high:
        return labels[-1]
    return None


@dataclass(frozen=True)
class Option:
    """Something picked or moved by its label: a choice option, a card, a pile, a rank item."""

    id: str
    label: Text
    hint: Text | None = None


Card = Option


@dataclass(frozen=True)
class Pile(Option):
    """A card-sort pile; ``max`` caps how many cards may lie on it (None: no cap)."""

    max: int | None = None


@dataclass(frozen=True)
class Band:
    """A named range of a scale: scores up to and including ``upto`` (None: to the top)."""

    level: Level
    upto: float | None
    label: Text


@dataclass(frozen=True)
class ItemSource:
    """The items of an earlier step that a pick or a matrix works on (see the format doc)."""

    step: str
    pile: str | None = None
    count: int | None = None


@dataclass(frozen=True)
class Question:
    """One open question; ``hint`` is placeholder text in the answer box."""

    id: str
    text: Text
    hint: Text | None


@dataclass(frozen=True)
class ScaleItem:
    """A statement rated on the step's scale, scored into one dimension."""

    id: str
    dimension: str
    reverse: bool
    text: Text


@dataclass(frozen=True)
class ListField:
    """A column of a list step: ``min``, ``max`` and ``labels`` are for a rating,
    ``options`` for a choice."""

    id: str
    type: FieldType
    label: Text
    required: bool
    min: int = 0
    max: int = 0
    labels: tuple[Text, ...] = ()
    options: tuple[Option, ...] = ()

    def label_for(self, value: int) -> Text | None:
        """The label a rating shows at ``value`` (None between two end labels)."""
        return _point_label(self.labels, self.min, self.max, value) if self.labels else None


@dataclass(frozen=True)
class _StepBase:
    id: str
    title: Text
    text: Text | None


@dataclass(frozen=True)
class InfoStep(_StepBase):
    """Something to read; it has no answer."""

    kind: ClassVar[Literal["info"]] = "info"


@dataclass(frozen=True)
class ReflectionStep(_StepBase):
    """Open questions; with ``for_each`` one question asked about each top item of that step."""

    questions: tuple[Question, ...]
    for_each: str | None
    kind: ClassVar[Literal["reflection"]] = "reflection"


@dataclass(frozen=True)
class ScaleStep(_StepBase):
    """Statements rated from ``min`` to ``max``; ``labels`` has one per point or two ends."""

    min: int
    max: int
    labels: tuple[Text, ...]
    items: tuple[ScaleItem, ...]
    bands: tuple[Band, ...] = ()
    kind: ClassVar[Literal["scale"]] = "scale"

    def label_for(self, value: int) -> Text | None:
        """The label shown at ``value`` (None between two end labels)."""
        return _point_label(self.labels, self.min, self.max, value)


@dataclass(frozen=True)
class CardSortStep(_StepBase):
    """Cards into piles; then the top ``rank_count`` of ``rank_pile`` are put in order."""

    piles: tuple[Pile, ...]
    cards: tuple[Card, ...]
    rank_pile: str
    rank_count: int
    kind: ClassVar[Literal["cardsort"]] = "cardsort"


@dataclass(frozen=True)
class RankStep(_StepBase):
    """A short list the user puts in order: ``items``, or the items of an earlier step."""

    items: tuple[Option, ...]
    source: ItemSource | None = None
    kind: ClassVar[Literal["rank"]] = "rank"


@dataclass(frozen=True)
class ChoiceStep(_StepBase):
    """Pick between ``min_choices`` and ``max_choices`` options."""

    options: tuple[Option, ...]
    min_choices: int
    max_choices: int
    kind: ClassVar[Literal["choice"]] = "choice"


@dataclass(frozen=True)
class ListStep(_StepBase):
    """Rows the user fills in; the first ``text`` field names a row."""

    fields: tuple[ListField, ...]
    row_label: Text
    min_rows: int
    max_rows: int
    kind: ClassVar[Literal["list"]] = "list"

    def field(self, field_id: str) -> ListField:
        return by_id(self.fields, field_id)

    @property
    def name_field(self) -> ListField:
        """The field that names a row: the first plain text field."""
        return next(f for f in self.fields if f.type == "text")


@dataclass(frozen=True)
class PickStep(_StepBase):
    """Exactly ``choose`` of the items of an earlier step (a forced choice)."""

    source: ItemSource
    choose: int
    kind: ClassVar[Literal["pick"]] = "pick"


@dataclass(frozen=True)
class MatrixStep(_StepBase):
    """Rows x columns; each cell a rating (``min``..``max``) or, with ``options``, a choice.

    Rows are ``rows``, or the items of an earlier step when ``rows_from`` is set.
    """

    rows: tuple[Option, ...]
    rows_from: ItemSource | None
    columns: tuple[Option, ...]
    min: int = 0
    max: int = 0
    labels: tuple[Text, ...] = ()
    options: tuple[Option, ...] = ()
    bands: tuple[Band, ...] = ()
    kind: ClassVar[Literal["matrix"]] = "matrix"

    @property
    def rating(self) -> bool:
        return not self.options

    def label_for(self, value: int) -> Text | None:
        """The label shown at ``value`` (None between two end labels)."""
        return _point_label(self.labels, self.min, self.max, value) if self.labels else None


@dataclass(frozen=True)
class SynthesisSource:
    """One earlier result of another exercise, gathered onto a synthesis page."""

    id: str
    exercise: str
    result: str
    value: str | None
    label: Text
    hint: Text | None


@dataclass(frozen=True)
class SynthesisStep(_StepBase):
    """Earlier results of other exercises, shown for the user to edit and confirm."""

    sources: tuple[SynthesisSource, ...]
    kind: ClassVar[Literal["synthesis"]] = "synthesis"


Step = (
    InfoStep
    | ReflectionStep
    | ScaleStep
    | CardSortStep
    | RankStep
    | ChoiceStep
    | ListStep
    | PickStep
    | MatrixStep
    | SynthesisStep
)


@dataclass(frozen=True)
class Dimension:
    """What a scale measures; ``reading`` carefully says what a high score may mean."""

    id: str
    label: Text
    letter: str | None
    reading: Text


@dataclass(frozen=True)
class ResultSpec:
    """What one result reads and how; options that do not apply to ``kind`` keep their defaults."""

    id: str
    kind: ResultKind
    step: str
    title: Text
    summary: Text
    insight: Text | None
    method: Method = "mean"
    top: int = 3
    code_letters: int = 0
    count: int = 3
    field: str | None = None
    flat_within: float | None = None
    pick: str | None = None
    pick_weight: int = 2
    care_after: int = 0
    importance: str | None = None
    presence: str | None = None
    min_gap: float = 1.0
    flat: Text | None = None
    low: Text | None = None
    tied: Text | None = None
    care: Text | None = None


@dataclass(frozen=True)
class Suggestion:
    """A proposal for one section of the personal plan; with ``result`` it carries that
    result's content (``each``: one proposal per item, at most ``count``)."""

    section: Section
    text: Text
    result: str | None = None
    each: bool = False
    count: int | None = None


@dataclass(frozen=True)
class Exercise:
    """One checked exercise file."""

    id: str
    version: int
    category: Category
    minutes: int
    order: int
    title: Text
    intro: Text
    steps: tuple[Step, ...]
    dimensions: tuple[Dimension, ...]
    results: tuple[ResultSpec, ...]
    suggestions: tuple[Suggestion, ...]
    source: Path

    def step(self, step_id: str) -> Step:
        return by_id(self.steps, step_id)

    def dimension(self, dimension_id: str) -> Dimension:
        return by_id(self.dimensions, dimension_id)

    def profile_dimensions(self, step: ScaleStep) -> tuple[Dimension, ...]:
        return scored_dimensions(self.dimensions, step)


def scored_dimensions(dimensions: tuple[Dimension, ...], step: ScaleStep) -> tuple[Dimension, ...]:
    """The dimensions ``step`` scores into, in the order they are declared."""
    used = {item.dimension for item in step.items}
    return tuple(d for d in dimensions if d.id in used)


def default_top_count(step: CardSortStep | RankStep) -> int:
    """How many items count as the top: the ranked cards of a sort, or three of a rank."""
    if isinstance(step, CardSortStep):
        return step.rank_count
    return 3 if step.source is not None else min(3, len(step.items))
