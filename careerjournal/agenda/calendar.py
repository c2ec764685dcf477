"""Months as people count them, so "a month after 31 January" has one clear answer."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to that month's last day.

    31 January + 1 is 28 February (29 in a leap year); 29 February 2028 + 12 is
    28 February 2029. Clamping never skips a month, so a monthly rhythm stays monthly.
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
