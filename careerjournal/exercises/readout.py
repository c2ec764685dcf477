"""What a reading is made of: bars, readings, and filling in a result's placeholders.

Shared by :mod:`reading` and :mod:`read_profiles`; plain data and small helpers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from careerjournal import wording
from careerjournal.exercises.answers import mapping
from careerjournal.exercises.model import PLACEHOLDER, Text

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
class Rendered:
    values: dict[str, str]
    bars: tuple[Bar, ...] = ()
    bar_range: tuple[float, float] = (0.0, 0.0)
    text: str | None = None  # shown instead of the summary (a flat, low or tied profile)
    items: tuple[str, ...] = ()


class Labelled(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> Text: ...


def number(value: object, lang: str) -> str:
    """At most one decimal, with the decimal sign of ``lang``."""
    if not isinstance(value, int | float):
        return NOTHING
    return wording.number(value, lang)


def numbers(value: object) -> dict[str, float]:
    """The numeric entries of a stored mapping; anything else there is left out."""
    return {
        str(k): float(v)
        for k, v in mapping(value).items()
        if isinstance(v, int | float) and not isinstance(v, bool)
    }


def named_values(value: object) -> list[tuple[str, float]]:
    """Stored ``[[label, number], ...]`` rows; a malformed row is left out."""
    rows = value if isinstance(value, list) else []
    return [
        (str(row[0]), float(row[1]))
        for row in rows
        if isinstance(row, list)
        and len(row) == 2
        and isinstance(row[1], int | float)
        and not isinstance(row[1], bool)
    ]


def previous(values: Mapping[str, Any], key: str) -> float | None:
    value = values.get(key)
    return float(value) if isinstance(value, int | float) else None


def namer(
    items: tuple[Labelled, ...], outcome: Mapping[str, Any], lang: str
) -> Callable[[object], str]:
    """Names an id: by the exercise's items, or by labels the outcome carries along."""
    labels = {i.id: i.label.get(lang) for i in items}
    for key, pair in mapping(outcome.get("labels")).items():
        if isinstance(pair, list) and len(pair) == 2:
            labels.setdefault(key, str(wording.pick(lang, nl=pair[0], en=pair[1])))
    return lambda item_id: labels.get(str(item_id), str(item_id))


def join(names: list[str]) -> str:
    return ", ".join(names) or NOTHING


def id_list(value: object) -> list[str]:
    return [str(i) for i in value] if isinstance(value, list) else []


def fill(text: Text, lang: str, values: Mapping[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text.get(lang))


def fill_if_known(text: Text, lang: str, values: Mapping[str, str]) -> str | None:
    """``text`` filled in, or None when a placeholder it uses would come out empty."""
    used = PLACEHOLDER.findall(text.get(lang))
    if any(values.get(name, NOTHING) in ("", NOTHING) for name in used):
        return None
    return fill(text, lang, values)
