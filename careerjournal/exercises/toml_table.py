"""Reading one TOML table of an exercise file, noting every problem instead of stopping.

A field is a path into the file that counts list entries from 0:
``steps[2].items[5].dimension`` is the sixth item of the third step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from careerjournal.exercises.model import LANGS, PLACEHOLDER, HasId, Text
from careerjournal.exercises.problems import Problem

_LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}
# No exercise needs more; a bigger number would overflow SQLite or a loop after loading.
_LARGEST = 1_000_000
_TYPE_NAMES: dict[type, str] = {
    bool: "true or false",
    int: "a whole number",
    float: "a decimal number",
    str: "a string",
    dict: "a table",
    list: "a list",
}
BLANK = Text("", "")


_V = TypeVar("_V")
_S = TypeVar("_S", bound=str)
_I = TypeVar("_I", bound=HasId)


def describe(value: object) -> str:
    return next(
        (name for kind, name in _TYPE_NAMES.items() if type(value) is kind), "a date or time"
    )


def listing(names: Iterable[str]) -> str:
    return ", ".join(names) or "none"


class Table:
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

    def refuse(self, key: str, message: str) -> None:
        """Report a field that is known, but not allowed here."""
        self._read.add(key)
        self.fail(key, message)

    def _value(self, key: str, kind: type[_V], required: bool) -> _V | None:
        self._read.add(key)
        if key not in self.data:
            if required:
                self.fail(key, "is missing")
            return None
        value = self.data[key]
        if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
            return value
        self.fail(key, f"must be {_TYPE_NAMES[kind]}, not {describe(value)}")
        return None

    def _sub(self, path: str, data: Mapping[str, Any]) -> Table:
        return Table(data, path, self.problems, self.file)

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

    def number(
        self, key: str, *, default: float | None = None, low: float, high: float
    ) -> float | None:
        """A whole or decimal number from ``low`` to ``high``; None if absent (and no default)."""
        self._read.add(key)
        if key not in self.data:
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, not {describe(value)}")
            return default
        if not low <= value <= high:
            self.fail(key, f"is {value}; it must be from {low:g} to {high:g}")
            return default  # float() of a huge whole number would overflow
        return float(value)

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
        self.fail(key, f'"{value}" is not one of: {listing(allowed)}')
        return None

    def table(self, key: str, *, required: bool) -> Table | None:
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
        return self.optional_text(key, required=True) or BLANK

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
    ) -> list[Table]:
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
                message = f"must be a table, not {describe(value)}"
                self.problems.append(Problem(self.file, path, message))
        return tables

    def entries(
        self,
        key: str,
        parse: Callable[[Table], _I | None],
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
                        f"{{{name}}} cannot be used here; placeholders here: {listing(allowed)}",
                    )
