"""Block helpers every feature's document builder shares, so the same thing looks the same.

Features (``plan/document.py``, ``share/content.py``) decide what goes into a
:class:`~careerjournal.export.document.Document`; these helpers make the blocks
that more than one of them needs. Nothing here knows a feature.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from careerjournal.export.document import Chart, ChartBar, Fields
from careerjournal.wording import number


class Measured(Protocol):
    """A bar to chart: an exercise result's bar, for one."""

    @property
    def label(self) -> str: ...

    @property
    def value(self) -> float: ...


def chart(
    title: str,
    subtitle: str,
    bars: Iterable[Measured],
    bar_range: tuple[float, float],
    lang: str,
    caption: str | None = None,
) -> Chart:
    """A bar chart with each value written out in the language's number format."""
    drawn = tuple(ChartBar(b.label, b.value, number(b.value, lang)) for b in bars)
    return Chart(title, subtitle, drawn, bar_range, caption)


def fields(rows: Iterable[tuple[str, str]]) -> Fields:
    """Labelled values, leaving out the labels with nothing to show."""
    return Fields(tuple((label, value) for label, value in rows if value.strip()))
