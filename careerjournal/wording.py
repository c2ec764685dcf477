"""The fixed texts of plain-Python code, in Dutch and English, without Qt.

Exports, the recovery sheet and the exercises are made without Qt (also from the
command line), so they cannot use ``tr()``. Their words live in :class:`Catalogue`
tables, and every text in two languages picks its language with :func:`pick`:
English when asked for, Dutch for anything else, as the app is Dutch first. Numbers
and dates are written here too, once. ``tests/test_wording.py`` fails when a
catalogue lacks a text in a language or a translation's ``{placeholders}`` differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Literal, TypeVar

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")

_T = TypeVar("_T")


def language(lang: str) -> Language:
    """The language a text is given in: English when asked for, Dutch for any other."""
    return "en" if lang == "en" else "nl"


def pick(lang: str, nl: _T, en: _T) -> _T:
    """The Dutch or the English of a text given in both, by :func:`language`."""
    return en if language(lang) == "en" else nl


class Catalogue:
    """A table of fixed texts by language and key; ``{name}`` placeholders are filled on use."""

    def __init__(self, texts: Mapping[Language, Mapping[str, str]]) -> None:
        self.texts = texts

    def text(self, key: str, lang: str, **values: object) -> str:
        """The text ``key`` in ``lang``, with ``{name}`` filled from ``values``."""
        return self.texts[language(lang)][key].format(**values)


_MONTHS: dict[Language, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
_SHORT_MONTHS: dict[Language, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
}


# The one date format per language, everywhere: these functions for PDFs and exports,
# and the same patterns under these locales for Qt's lists and pickers (a test compares).
# English: Qt's en_US month names ("Sep", where en_GB has "Sept"), written day first.
LOCALES: dict[Language, str] = {"nl": "nl_NL", "en": "en_US"}
SHORT_DATE_PATTERN = "d MMM yyyy"
LONG_DATE_PATTERN = "d MMMM yyyy"


def long_date(day: date, lang: str) -> str:
    """``3 March 2027`` or ``3 maart 2027``."""
    return f"{day.day} {_MONTHS[language(lang)][day.month - 1]} {day.year}"


def short_date(day: date, lang: str) -> str:
    """``3 Mar 2027`` or ``3 mrt 2027``, for tables and lists."""
    return f"{day.day} {short_month(day.month, lang)} {day.year}"


def month_name(year: int, month: int, lang: str) -> str:
    """``March 2027`` or ``maart 2027``."""
    return f"{_MONTHS[language(lang)][month - 1]} {year}"


def short_month(month: int, lang: str) -> str:
    return _SHORT_MONTHS[language(lang)][month - 1]


def time_of_day(hour: int, minute: int) -> str:
    """``14:05`` in both languages."""
    return f"{hour:02d}:{minute:02d}"


def number(value: float, lang: str) -> str:
    """At most one decimal, with a decimal comma in Dutch."""
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if language(lang) == "nl" else text
