"""Reads the ``[[steps]]`` of an exercise file, one kind at a time, in file order.

Steps are read in order so that a step can only look back: ``for_each``,
``items_from`` and ``rows_from`` name an earlier step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from careerjournal.exercises.model import (
    FIELD_TYPES,
    LANGS,
    LEVELS,
    Band,
    CardSortStep,
    ChoiceStep,
    Dimension,
    InfoStep,
    ItemSource,
    ListField,
    ListStep,
    MatrixStep,
    Option,
    PickStep,
    Pile,
    Question,
    RankStep,
    ReflectionStep,
    ScaleItem,
    ScaleStep,
    Step,
    SynthesisSource,
    SynthesisStep,
    Text,
)
from careerjournal.exercises.toml_table import Table, listing
from careerjournal.exercises.wording import band_label

EXERCISE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# The kinds whose items a pick or a matrix can work on (see "Items of an earlier step").
SOURCE_KINDS = ("scale", "cardsort", "rank", "choice", "pick", "list")
_Base = tuple[str, Text, Text | None]


def default_bands(low: int, high: int) -> tuple[Band, ...]:
    """Three equal bands over the scale, named low, middle and high."""
    third = (high - low) / 3
    return (
        Band("low", round(low + third, 6), band_label("low")),
        Band("middle", round(high - third, 6), band_label("middle")),
        Band("high", None, band_label("high")),
    )


def most_items(step: Step) -> int:
    """How many items an earlier step can hand on at most (see ``SOURCE_KINDS``)."""
    if isinstance(step, RankStep):
        return len(step.items) if step.source is None else 0  # 0: not known before answering
    if isinstance(step, ScaleStep):
        return len(step.items)
    if isinstance(step, CardSortStep):
        return len(step.cards)
    if isinstance(step, ChoiceStep):
        return step.max_choices
    if isinstance(step, PickStep):
        return step.choose
    if isinstance(step, ListStep):
        return step.max_rows
    return 0


class StepReader:
    """Turns each ``[[steps]]`` table into a step; ``steps`` holds those read so far."""

    def __init__(self) -> None:
        self.dimensions: tuple[Dimension, ...] = ()
        self.steps: list[Step] = []
        self._kinds: dict[str, Callable[[Table, _Base], Step]] = {
            InfoStep.kind: lambda t, base: InfoStep(*base),
            ReflectionStep.kind: self.reflection_step,
            ScaleStep.kind: self.scale_step,
            CardSortStep.kind: self.cardsort_step,
            RankStep.kind: self.rank_step,
            ChoiceStep.kind: self.choice_step,
            ListStep.kind: self.list_step,
            PickStep.kind: self.pick_step,
            MatrixStep.kind: self.matrix_step,
            SynthesisStep.kind: self.synthesis_step,
        }

    def step(self, t: Table) -> Step | None:
        base = (t.string("id"), t.text("title"), t.optional_text("text"))
        kind = t.string("kind")
        parse = self._kinds.get(kind)
        if parse is None:
            if kind:
                t.fail("kind", f'unknown step kind "{kind}"; use one of: {listing(self._kinds)}')
            return None
        step = parse(t, base)
        t.finish(f"a {kind} step")
        self.steps.append(step)
        return step

    def step_ref(
        self, t: Table, key: str, kinds: tuple[str, ...], *, earlier: bool = True
    ) -> Step | None:
        """The step that ``key`` names, if it exists (earlier in the file) and is of ``kinds``."""
        step_id = t.string(key)
        step = next((s for s in self.steps if s.id == step_id), None)
        if step is None:
            if step_id:
                t.fail(key, f'no {"earlier " * earlier}step "{step_id}"')
        elif step.kind not in kinds:
            t.fail(
                key,
                f'step "{step_id}" is a {step.kind} step; this needs a {" or ".join(kinds)} step',
            )
            return None
        return step

    # --- the original kinds --------------------------------------------------------

    def reflection_step(self, t: Table, base: _Base) -> Step:
        for_each = t.optional_string("for_each")
        if for_each is not None:
            self.step_ref(t, "for_each", ("cardsort", "rank"))
        allowed = ("item",) if for_each else ()
        questions = t.entries(
            "questions", lambda q: self.question(q, allowed), at_most=1 if for_each else None
        )
        return ReflectionStep(*base, questions=questions, for_each=for_each)

    def question(self, t: Table, allowed: tuple[str, ...]) -> Question:
        question = Question(t.string("id"), t.text("text"), t.optional_text("hint"))
        t.check_placeholders("text", question.text, allowed)
        for lang in LANGS:
            if allowed and "{item}" not in question.text.get(lang):
                t.fail(f"text.{lang}", "must contain {item}, which becomes each item's label")
        t.finish("a question")
        return question

    def scale_range(self, t: Table) -> tuple[int, int]:
        low, high = t.integer("min", low=-10, high=9), t.integer("max", low=-9, high=10)
        if low >= high:
            t.fail("max", f"must be more than min ({low})")
        return low, high

    def scale_step(self, t: Table, base: _Base) -> Step:
        low, high = self.scale_range(t)
        labels = t.labels("labels", low, high, required=True)
        return ScaleStep(
            *base,
            min=low,
            max=high,
            labels=labels,
            items=t.entries("items", self.scale_item),
            bands=self.bands(t, low, high),
        )

    def scale_item(self, t: Table) -> ScaleItem:
        item = ScaleItem(
            t.string("id"), t.string("dimension"), t.boolean("reverse", False), t.text("text")
        )
        known = [d.id for d in self.dimensions]
        if item.dimension and item.dimension not in known:
            t.fail("dimension", f'no dimension "{item.dimension}"; declared: {listing(known)}')
        t.finish("a scale item")
        return item

    def bands(self, t: Table, low: int, high: int) -> tuple[Band, ...]:
        """The scale's bands as written, or three equal ones when there are none."""
        tables = t.tables("bands", required=False, at_least=2, at_most=3)
        if not tables:
            return default_bands(low, high)
        bands: list[Band] = []
        for index, band in enumerate(tables):
            last = index == len(tables) - 1
            level = band.one_of("level", LEVELS) or "low"
            upto = band.number("upto", low=low, high=high)
            if last and upto is not None:
                band.fail("upto", "the last band runs to the top of the scale; leave upto out")
            elif not last and upto is None:
                band.fail("upto", "is missing; every band but the last needs one")
            elif (
                upto is not None
                and bands
                and (before := bands[-1].upto) is not None
                and upto <= before
            ):
                band.fail("upto", f"must be more than the band before ({before:g})")
            bands.append(Band(level, None if last else upto, band.text("label")))
            band.finish("a band")
        levels = [b.level for b in bands]
        if levels not in (["low", "high"], ["low", "middle", "high"]):
            t.fail("bands", f"levels are {listing(levels)}; use low, high or low, middle, high")
        return tuple(bands)

    def cardsort_step(self, t: Table, base: _Base) -> Step:
        piles = t.entries("piles", self.pile, at_least=2)
        cards = t.entries("cards", lambda c: self.option(c, "a card"))
        rank_pile, rank_count = t.string("rank_pile"), t.integer("rank_count", low=1)
        known = {p.id: p for p in piles}
        if rank_pile and rank_pile not in known:
            t.fail("rank_pile", f'no pile "{rank_pile}"; piles: {listing(known)}')
        elif rank_pile and (cap := known[rank_pile].max) is not None and cap < rank_count:
            t.fail("rank_pile", f"its max ({cap}) is less than rank_count ({rank_count})")
        if len(cards) < rank_count:
            t.fail("cards", f"has {len(cards)} cards; rank_count needs at least {rank_count}")
        caps = [p.max for p in piles]
        if piles and None not in caps and sum(c or 0 for c in caps) < len(cards):
            t.fail("piles", f"the piles' max values leave no room for all {len(cards)} cards")
        return CardSortStep(
            *base, piles=piles, cards=cards, rank_pile=rank_pile, rank_count=rank_count
        )

    def pile(self, t: Table) -> Pile:
        cap = t.integer("max", default=0, low=1) if "max" in t.data else None
        pile = Pile(t.string("id"), t.text("label"), max=cap)
        t.finish("a pile")
        return pile

    def rank_step(self, t: Table, base: _Base) -> Step:
        if "items_from" in t.data:
            source, _ = self.item_source(t, "items_from")
            if "items" in t.data:
                t.refuse("items", "give either items or items_from, not both")
            return RankStep(*base, items=(), source=source)
        items = t.entries("items", lambda i: self.option(i, "a rank item"), at_least=2, at_most=12)
        return RankStep(*base, items=items)

    def choice_step(self, t: Table, base: _Base) -> Step:
        options = t.entries("options", lambda o: self.option(o, "an option"), at_least=2)
        least = t.integer("min_choices", default=1, low=0)
        most = t.integer("max_choices", default=1, low=max(1, least))
        if most > len(options):
            t.fail("max_choices", f"is {most}, but there are only {len(options)} options")
        return ChoiceStep(*base, options=options, min_choices=least, max_choices=most)

    def list_step(self, t: Table, base: _Base) -> Step:
        row_label = t.text("row_label")
        least = t.integer("min_rows", default=1, low=0)
        most = t.integer("max_rows", default=50, low=max(1, least))
        fields = t.entries("fields", self.list_field)
        if fields and not any(f.type == "text" for f in fields):
            t.fail("fields", 'needs a field of type "text": the first one names a row')
        return ListStep(*base, fields=fields, row_label=row_label, min_rows=least, max_rows=most)

    def list_field(self, t: Table) -> ListField:
        field = ListField(
            t.string("id"),
            t.one_of("type", FIELD_TYPES) or "text",
            t.text("label"),
            t.boolean("required", False),
        )
        if field.type == "rating":
            low, high = t.integer("min"), t.integer("max")
            if low >= high:
                t.fail("max", f"must be more than min ({low})")
            field = replace(
                field, min=low, max=high, labels=t.labels("labels", low, high, required=False)
            )
        elif field.type == "choice":
            options = t.entries("options", lambda o: self.option(o, "a field option"))
            field = replace(field, options=options)
        t.finish(f"a {field.type} field")
        return field

    def option(self, t: Table, what: str) -> Option:
        option = Option(t.string("id"), t.text("label"), t.optional_text("hint"))
        t.finish(what)
        return option

    # --- kinds that build on an earlier step ---------------------------------------------

    def item_source(self, t: Table, key: str) -> tuple[ItemSource, int]:
        """``key`` (with ``pile`` and ``count``) as a source, and how many items it gives at most."""
        step = self.step_ref(t, key, SOURCE_KINDS)
        pile = t.optional_string("pile")
        count = t.integer("count", default=0, low=1) if "count" in t.data else None
        most = most_items(step) if step is not None else 0
        if pile is not None and step is not None:
            if not isinstance(step, CardSortStep):
                t.fail("pile", f'only a cardsort has piles; step "{step.id}" is a {step.kind} step')
            elif pile not in {p.id for p in step.piles}:
                t.fail("pile", f'step "{step.id}" has no pile "{pile}"')
        elif isinstance(step, CardSortStep):
            most = step.rank_count
        if count is not None:
            most = min(most, count)
        return ItemSource(step.id if step else "", pile, count), most

    def pick_step(self, t: Table, base: _Base) -> Step:
        source, most = self.item_source(t, "items_from")
        choose = t.integer("choose", low=1)
        if most and choose > most:
            t.fail("choose", f"is {choose}, but the step it picks from gives at most {most} items")
        return PickStep(*base, source=source, choose=choose)

    def matrix_step(self, t: Table, base: _Base) -> Step:
        rows_from: ItemSource | None = None
        rows: tuple[Option, ...] = ()
        if "rows_from" in t.data:
            rows_from, _ = self.item_source(t, "rows_from")
            if "rows" in t.data:
                t.fail("rows", "give either rows or rows_from, not both")
        else:
            rows = t.entries("rows", lambda r: self.option(r, "a row"), at_most=30)
        columns = t.entries("columns", lambda c: self.option(c, "a column"), at_most=8)
        step = MatrixStep(*base, rows=rows, rows_from=rows_from, columns=columns)
        if "options" in t.data:
            for key in ("min", "max", "labels", "bands"):
                if key in t.data:
                    t.refuse(key, "a matrix of choices (with options) has no " + key)
            options = t.entries("options", lambda o: self.option(o, "an option"), at_least=2)
            return replace(step, options=options)
        low, high = self.scale_range(t)
        labels = t.labels("labels", low, high, required=False)
        return replace(step, min=low, max=high, labels=labels, bands=self.bands(t, low, high))

    def synthesis_step(self, t: Table, base: _Base) -> Step:
        return SynthesisStep(*base, sources=t.entries("sources", self.synthesis_source))

    def synthesis_source(self, t: Table) -> SynthesisSource:
        source = SynthesisSource(
            t.string("id"),
            t.string("exercise"),
            t.string("result"),
            t.optional_string("value"),
            t.text("label"),
            t.optional_text("hint"),
        )
        if source.exercise and not EXERCISE_ID.match(source.exercise):
            t.fail("exercise", "must be an exercise id: lowercase letters, digits and hyphens")
        t.finish("a synthesis source")
        return source
