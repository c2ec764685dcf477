"""Turns the data of one exercise file into an :class:`Exercise`, or says all that is wrong with it.

Every problem in a file is found in one pass and printed as ``file: field: message``,
so an author can fix them all at once. A field is a path into the file that counts
list entries from 0: ``steps[2].items[5].dimension`` is the sixth item of the third
step; ``-`` stands for the whole file.

Besides the checks in ``docs/exercise-format.md``, a field the format does not know
is a problem too: a misspelt optional field (``revers = true``) would otherwise be
ignored without a word, and the exercise would quietly score differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from careerjournal.exercises.model import (
    CATEGORIES,
    FIELD_TYPES,
    LANGS,
    METHODS,
    PLACEHOLDER,
    RESULT_KINDS,
    SECTIONS,
    CardSortStep,
    ChoiceStep,
    Dimension,
    Exercise,
    HasId,
    InfoStep,
    ListField,
    ListStep,
    Option,
    Pile,
    Question,
    RankStep,
    ReflectionStep,
    ResultKind,
    ResultSpec,
    ScaleItem,
    ScaleStep,
    Step,
    Suggestion,
    Text,
    default_top_count,
    scored_dimensions,
)

SUPPORTED_FORMAT = 1

# No exercise needs more; a bigger number would overflow SQLite or a loop after loading.
_LARGEST = 1_000_000
_FILE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}
_TYPE_NAMES: dict[type, str] = {
    bool: "true or false",
    int: "a whole number",
    float: "a decimal number",
    str: "a string",
    dict: "a table",
    list: "a list",
}
_BLANK = Text("", "")

# Which step kinds each result kind reads, and which placeholders its texts may use.
_READS: dict[ResultKind, tuple[str, ...]] = {
    "scale_profile": ("scale",),
    "top_items": ("cardsort", "rank"),
    "list_extremes": ("list",),
    "count": ("list", "reflection"),
    "choice": ("choice",),
}
_PLACEHOLDERS: dict[ResultKind, tuple[str, ...]] = {
    "scale_profile": ("top", "code", "readings"),
    "top_items": ("top", "count"),
    "list_extremes": ("high", "low", "count", "mean"),
    "count": ("count",),
    "choice": ("choice",),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file; ``field`` is ``-`` when it is about the whole file."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class InvalidExercise(Exception):
    """An exercise file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


_V = TypeVar("_V")
_StepParser = Callable[["_Table", tuple[str, Text, Text | None]], Step]
_ResultOptions = Callable[["_Table", ResultSpec, Step | None], ResultSpec]
_S = TypeVar("_S", bound=str)
_I = TypeVar("_I", bound=HasId)


def _describe(value: object) -> str:
    return next(
        (name for kind, name in _TYPE_NAMES.items() if type(value) is kind), "a date or time"
    )


def _listing(names: Iterable[str]) -> str:
    return ", ".join(names) or "none"


class _Table:
    """One TOML table being read. It notes each key it reads, so the rest can be reported.

    A value with a problem is reported and replaced by a harmless stand-in, so that
    reading can go on and find the next problem; the stand-ins never leave this module
    because a file with problems raises :class:`InvalidExercise`.
    """

    def __init__(self, data: Mapping[str, Any], path: str, problems: list[Problem], file: str):
        self.data = data
        self.path = path
        self.problems = problems
        self.file = file
        self._read: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.at(key), message))

    def _value(self, key: str, kind: type[_V], required: bool) -> _V | None:
        self._read.add(key)
        if key not in self.data:
            if required:
                self.fail(key, "is missing")
            return None
        value = self.data[key]
        if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
            return value
        self.fail(key, f"must be {_TYPE_NAMES[kind]}, not {_describe(value)}")
        return None

    def _sub(self, path: str, data: Mapping[str, Any]) -> _Table:
        return _Table(data, path, self.problems, self.file)

    def optional_string(self, key: str) -> str | None:
        value = self._value(key, str, required=False)
        if value is not None and not value.strip():
            self.fail(key, "is empty")
        return value

    def string(self, key: str) -> str:
        value = self._value(key, str, required=True)
        if value is not None and not value.strip():
            self.fail(key, "is empty")
        return value or ""

    def integer(
        self,
        key: str,
        *,
        default: int | None = None,
        low: int | None = None,
        high: int | None = None,
    ) -> int:
        value = self._value(key, int, required=default is None)
        if value is None:
            return default if default is not None else low or 0
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = [f"at least {low}"] * (low is not None) + [f"at most {high}"] * (
                high is not None
            )
            self.fail(key, f"is {value}; it must be {' and '.join(bounds)}")
        if abs(value) > _LARGEST:
            self.fail(key, f"is {value}; no exercise needs a number beyond {_LARGEST:,}")
            return max(-_LARGEST, min(value, _LARGEST))  # checking goes on, safely
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self._value(key, bool, required=False)
        return default if value is None else value

    def one_of(self, key: str, allowed: tuple[_S, ...], default: _S | None = None) -> _S | None:
        """The value if it is one of ``allowed`` (typed as such), else None after a problem."""
        value = self._value(key, str, required=default is None)
        if value is None:
            return default
        for name in allowed:
            if name == value:
                return name
        self.fail(key, f'"{value}" is not one of: {_listing(allowed)}')
        return None

    def table(self, key: str, *, required: bool) -> _Table | None:
        value = self._value(key, dict, required)
        return None if value is None else self._sub(self.at(key), value)

    def optional_text(self, key: str, *, required: bool = False) -> Text | None:
        table = self.table(key, required=required)
        if table is None:
            return None
        nl, en = (table.language(lang) for lang in LANGS)
        table.finish("a text")
        return Text(nl, en)

    def text(self, key: str) -> Text:
        return self.optional_text(key, required=True) or _BLANK

    def language(self, lang: str) -> str:
        if lang not in self.data:
            self._read.add(lang)
            self.fail(lang, f"the {_LANGUAGE_NAMES[lang]} text is missing")
            return ""
        return self.string(lang)

    def labels(self, key: str, low: int, high: int, *, required: bool) -> tuple[Text, ...]:
        """Point labels ``{nl = [...], en = [...]}``: one per point from low to high, or two."""
        table = self.table(key, required=required)
        if table is None:
            return ()
        nl, en = (table.strings(lang) for lang in LANGS)
        table.finish("labels")
        points = high - low + 1
        if len(nl) != len(en):
            self.fail(key, f"has {len(nl)} Dutch and {len(en)} English labels; they must match")
        elif points > 1 and len(nl) not in (2, points):
            self.fail(key, f"has {len(nl)} labels; give {points} (one per point) or 2 (the ends)")
        return tuple(Text(a, b) for a, b in zip(nl, en, strict=False))

    def strings(self, key: str) -> list[str]:
        values = self._value(key, list, required=True) or []
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                self.fail(f"{key}[{index}]", f"must be a text that is not empty, not {value!r}")
        return [str(v) for v in values]

    def tables(
        self,
        key: str,
        *,
        required: bool = True,
        at_least: int = 1,
        at_most: int | None = None,
    ) -> list[_Table]:
        values = self._value(key, list, required)
        if values is None:
            return []
        if len(values) < at_least:
            self.fail(key, f"has {len(values)} entries; at least {at_least} are needed")
        if at_most is not None and len(values) > at_most:
            self.fail(key, f"has {len(values)} entries; at most {at_most} are allowed")
        tables = []
        for index, value in enumerate(values):
            path = f"{self.at(key)}[{index}]"
            if isinstance(value, dict):
                tables.append(self._sub(path, value))
            else:
                message = f"must be a table, not {_describe(value)}"
                self.problems.append(Problem(self.file, path, message))
        return tables

    def entries(
        self,
        key: str,
        parse: Callable[[_Table], _I | None],
        *,
        required: bool = True,
        at_least: int = 1,
        at_most: int | None = None,
    ) -> tuple[_I, ...]:
        """A list of tables parsed one by one, whose ids must differ."""
        parsed = [
            (table, parse(table))
            for table in self.tables(key, required=required, at_least=at_least, at_most=at_most)
        ]
        kept = [(table, item) for table, item in parsed if item is not None]
        first: dict[str, str] = {}
        for table, item in kept:
            if item.id in first:
                table.fail("id", f'"{item.id}" is already the id of {first[item.id]}')
            elif item.id:
                first[item.id] = table.path
        return tuple(item for _, item in kept)

    def finish(self, what: str) -> None:
        """Report every key that was not read: the format does not have it here."""
        for key in [k for k in self.data if k not in self._read]:
            self.fail(key, f'{what} has no field "{key}"')

    def check_placeholders(self, key: str, text: Text, allowed: tuple[str, ...]) -> None:
        for lang in LANGS:
            for name in PLACEHOLDER.findall(text.get(lang)):
                if name not in allowed:
                    self.fail(
                        f"{key}.{lang}",
                        f"{{{name}}} cannot be used here; placeholders here: {_listing(allowed)}",
                    )


class _ExerciseReader:
    """Reads one file's exercise; steps are read in order so ``for_each`` can look back."""

    def __init__(self, root: _Table) -> None:
        self.root = root
        self.dimensions: tuple[Dimension, ...] = ()
        self.steps: list[Step] = []
        self._kinds: dict[str, _StepParser] = {
            InfoStep.kind: lambda t, base: InfoStep(*base),
            ReflectionStep.kind: self.reflection_step,
            ScaleStep.kind: self.scale_step,
            CardSortStep.kind: self.cardsort_step,
            RankStep.kind: self.rank_step,
            ChoiceStep.kind: self.choice_step,
            ListStep.kind: self.list_step,
        }
        self._result_options: dict[ResultKind, _ResultOptions] = {
            "scale_profile": self.profile_options,
            "top_items": self.top_options,
            "list_extremes": self.extremes_options,
            "count": lambda t, spec, step: spec,
            "choice": lambda t, spec, step: spec,
        }

    def exercise(self, source: Path) -> Exercise:
        root = self.root
        file_format = root.integer("format", low=1)
        if file_format > SUPPORTED_FORMAT:
            raise InvalidExercise(
                [
                    Problem(
                        root.file,
                        "format",
                        f"format {file_format} is newer than this CareerJournal "
                        f"reads ({SUPPORTED_FORMAT}); update CareerJournal to use it",
                    )
                ]
            )
        exercise_id = root.string("id")
        if exercise_id and not _FILE_ID.match(exercise_id):
            root.fail("id", "must be lowercase letters, digits and hyphens, like work-values")
        version = root.integer("version", low=1)
        category = root.one_of("category", CATEGORIES) or CATEGORIES[0]
        minutes = root.integer("minutes", low=1, high=180)
        order = root.integer("order", default=100)
        title, intro = root.text("title"), root.text("intro")
        self.dimensions = root.entries("dimensions", self.dimension, required=False, at_least=0)
        steps: tuple[Step, ...] = root.entries("steps", self.step)
        results = root.entries("results", self.result, required=False, at_least=0)
        suggestions = tuple(
            self.suggestion(t) for t in root.tables("suggestions", required=False, at_least=0)
        )
        self.check_dimensions_used(steps)
        root.finish("an exercise file")
        if root.problems:
            raise InvalidExercise(root.problems)
        return Exercise(
            exercise_id,
            version,
            category,
            minutes,
            order,
            title,
            intro,
            steps,
            self.dimensions,
            results,
            suggestions,
            source,
        )

    # --- steps -----------------------------------------------------------------

    def step(self, t: _Table) -> Step | None:
        base = (t.string("id"), t.text("title"), t.optional_text("text"))
        kind = t.string("kind")
        parse = self._kinds.get(kind)
        if parse is None:
            if kind:
                t.fail("kind", f'unknown step kind "{kind}"; use one of: {_listing(self._kinds)}')
            return None
        step = parse(t, base)
        t.finish(f"a {kind} step")
        self.steps.append(step)
        return step

    def reflection_step(self, t: _Table, base: tuple[str, Text, Text | None]) -> Step:
        for_each = t.optional_string("for_each")
        if for_each is not None:
            self.step_ref(t, "for_each", ("cardsort", "rank"), self.steps, earlier=True)
        allowed = ("item",) if for_each else ()
        questions = t.entries(
            "questions", lambda q: self.question(q, allowed), at_most=1 if for_each else None
        )
        return ReflectionStep(*base, questions=questions, for_each=for_each)

    def question(self, t: _Table, allowed: tuple[str, ...]) -> Question:
        question = Question(t.string("id"), t.text("text"), t.optional_text("hint"))
        t.check_placeholders("text", question.text, allowed)
        for lang in LANGS:
            if allowed and "{item}" not in question.text.get(lang):
                t.fail(f"text.{lang}", "must contain {item}, which becomes each item's label")
        t.finish("a question")
        return question

    def scale_step(self, t: _Table, base: tuple[str, Text, Text | None]) -> Step:
        low, high = t.integer("min", low=0), t.integer("max", low=1, high=10)
        if low >= high:
            t.fail("max", f"must be more than min ({low})")
        labels = t.labels("labels", low, high, required=True)
        return ScaleStep(
            *base, min=low, max=high, labels=labels, items=t.entries("items", self.scale_item)
        )

    def scale_item(self, t: _Table) -> ScaleItem:
        item = ScaleItem(
            t.string("id"), t.string("dimension"), t.boolean("reverse", False), t.text("text")
        )
        known = [d.id for d in self.dimensions]
        if item.dimension and item.dimension not in known:
            t.fail("dimension", f'no dimension "{item.dimension}"; declared: {_listing(known)}')
        t.finish("a scale item")
        return item

    def cardsort_step(self, t: _Table, base: tuple[str, Text, Text | None]) -> Step:
        piles = t.entries("piles", self.pile, at_least=2)
        cards = t.entries("cards", lambda c: self.option(c, "a card"))
        rank_pile, rank_count = t.string("rank_pile"), t.integer("rank_count", low=1)
        if rank_pile and rank_pile not in [p.id for p in piles]:
            t.fail("rank_pile", f'no pile "{rank_pile}"; piles: {_listing(p.id for p in piles)}')
        if len(cards) < rank_count:
            t.fail("cards", f"has {len(cards)} cards; rank_count needs at least {rank_count}")
        return CardSortStep(
            *base, piles=piles, cards=cards, rank_pile=rank_pile, rank_count=rank_count
        )

    def rank_step(self, t: _Table, base: tuple[str, Text, Text | None]) -> Step:
        items = t.entries("items", lambda i: self.option(i, "a rank item"), at_least=2, at_most=12)
        return RankStep(*base, items=items)

    def choice_step(self, t: _Table, base: tuple[str, Text, Text | None]) -> Step:
        options = t.entries("options", lambda o: self.option(o, "an option"), at_least=2)
        least = t.integer("min_choices", default=1, low=0)
        most = t.integer("max_choices", default=1, low=max(1, least))
        if most > len(options):
            t.fail("max_choices", f"is {most}, but there are only {len(options)} options")
        return ChoiceStep(*base, options=options, min_choices=least, max_choices=most)

    def list_step(self, t: _Table, base: tuple[str, Text, Text | None]) -> Step:
        row_label = t.text("row_label")
        least = t.integer("min_rows", default=1, low=0)
        most = t.integer("max_rows", default=50, low=max(1, least))
        fields = t.entries("fields", self.list_field)
        if fields and not any(f.type == "text" for f in fields):
            t.fail("fields", 'needs a field of type "text": the first one names a row')
        return ListStep(*base, fields=fields, row_label=row_label, min_rows=least, max_rows=most)

    def list_field(self, t: _Table) -> ListField:
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

    def option(self, t: _Table, what: str) -> Option:
        option = Option(t.string("id"), t.text("label"), t.optional_text("hint"))
        t.finish(what)
        return option

    def pile(self, t: _Table) -> Pile:
        pile = Pile(t.string("id"), t.text("label"))
        t.finish("a pile")
        return pile

    def step_ref(
        self,
        t: _Table,
        key: str,
        kinds: tuple[str, ...],
        steps: Iterable[Step],
        *,
        earlier: bool = False,
    ) -> Step | None:
        """The step that ``key`` names, if it exists and is of one of ``kinds``."""
        step_id = t.string(key)
        step = next((s for s in steps if s.id == step_id), None)
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

    # --- dimensions, results, suggestions -----------------------------------------

    def dimension(self, t: _Table) -> Dimension:
        dimension = Dimension(
            t.string("id"), t.text("label"), t.optional_string("letter"), t.text("reading")
        )
        if dimension.letter is not None and len(dimension.letter) != 1:
            t.fail("letter", "must be a single letter")
        t.finish("a dimension")
        return dimension

    def check_dimensions_used(self, steps: tuple[Step, ...]) -> None:
        used = {i.dimension for s in steps if isinstance(s, ScaleStep) for i in s.items}
        for index, dimension in enumerate(self.dimensions):
            if dimension.id and dimension.id not in used:
                self.root.fail(
                    f"dimensions[{index}].id",
                    f'dimension "{dimension.id}" is not used by any scale item',
                )

    def result(self, t: _Table) -> ResultSpec | None:
        result_id, kind = t.string("id"), t.one_of("kind", RESULT_KINDS)
        title, summary, insight = t.text("title"), t.text("summary"), t.optional_text("insight")
        if kind is None:
            return None
        step = self.step_ref(t, "step", _READS[kind], self.steps)
        spec = ResultSpec(result_id, kind, step.id if step else "", title, summary, insight)
        spec = self._result_options[kind](t, spec, step)
        allowed = tuple(p for p in _PLACEHOLDERS[kind] if p != "code" or spec.code_letters)
        t.check_placeholders("summary", summary, allowed)
        if insight is not None:
            t.check_placeholders("insight", insight, allowed)
        t.finish(f"a {kind} result")
        return spec

    def profile_options(self, t: _Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        spec = replace(
            spec,
            method=t.one_of("method", METHODS, "mean") or "mean",
            top=t.integer("top", default=3, low=1),
            code_letters=t.integer("code_letters", default=0, low=0),
        )
        if spec.code_letters and isinstance(step, ScaleStep):
            dimensions = scored_dimensions(self.dimensions, step)
            if spec.code_letters > len(dimensions):
                t.fail(
                    "code_letters",
                    f'is {spec.code_letters}, but step "{step.id}" '
                    f"scores only {len(dimensions)} dimensions",
                )
            for dimension in dimensions:
                if dimension.letter is None:
                    t.fail("code_letters", f'dimension "{dimension.id}" has no letter')
        return spec

    def top_options(self, t: _Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        if not isinstance(step, CardSortStep | RankStep):
            return replace(spec, count=t.integer("count", default=3, low=1))
        most = step.rank_count if isinstance(step, CardSortStep) else len(step.items)
        return replace(
            spec, count=t.integer("count", default=default_top_count(step), low=1, high=most)
        )

    def extremes_options(self, t: _Table, spec: ResultSpec, step: Step | None) -> ResultSpec:
        spec = replace(spec, field=t.string("field"), count=t.integer("count", default=3, low=1))
        if isinstance(step, ListStep) and spec.field:
            fields = {f.id: f for f in step.fields}
            if spec.field not in fields:
                t.fail(
                    "field",
                    f'step "{step.id}" has no field "{spec.field}"; fields: {_listing(fields)}',
                )
            elif fields[spec.field].type != "rating":
                t.fail(
                    "field",
                    f'field "{spec.field}" is a {fields[spec.field].type} field; '
                    "list_extremes needs a rating field",
                )
        return spec

    def suggestion(self, t: _Table) -> Suggestion:
        suggestion = Suggestion(t.one_of("section", SECTIONS) or SECTIONS[0], t.text("text"))
        t.finish("a suggestion")
        return suggestion


def parse_exercise(data: Mapping[str, Any], source: Path) -> Exercise:
    """Check the data of one exercise file; raise :class:`InvalidExercise` with every problem."""
    return _ExerciseReader(_Table(data, "", [], source.name)).exercise(source)
