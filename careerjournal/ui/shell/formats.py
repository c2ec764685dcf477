"""Dates and numbers on screen, in the interface language, exactly as the PDFs write them.

The words and patterns live in ``careerjournal.wording`` (plain Python, also used by
the command line); this module only picks the current language and applies the
same pattern to Qt's date pickers (``widgets.date_edit``).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from careerjournal import wording
from careerjournal.ui.shell.i18n import current_language


def short_date(day: date) -> str:
    """``3 mrt 2027`` / ``3 Mar 2027``: lists, tables, charts."""
    return wording.short_date(day, current_language())


def long_date(day: date) -> str:
    """``3 maart 2027`` / ``3 March 2027``: sentences."""
    return wording.long_date(day, current_language())


def moment(when: datetime) -> str:
    """A local date and time: ``3 mrt 2027 14:05``."""
    local = when.astimezone()
    return f"{short_date(local.date())} {wording.time_of_day(local.hour, local.minute)}"


def number(value: float) -> str:
    """At most one decimal, with the decimal sign of the language."""
    return wording.number(value, current_language())


def day_of(value: QDate) -> date:
    """A QDate as a Python date (PySide's ``toPython`` is typed as returning object)."""
    return date(value.year(), value.month(), value.day())
