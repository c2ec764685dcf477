"""Every two-language text inside an exercise, for checks that read them all."""

from __future__ import annotations

import dataclasses

from careerjournal.exercises import Text


def all_texts(value: object) -> list[Text]:
    """Every Text inside ``value`` (an exercise or any part of it), however deep."""
    if isinstance(value, Text):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in all_texts(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [t for item in value for t in all_texts(item)]
    return []
