"""A believable Dutch journal of someone doubting their job, of any length.

Everything comes from a seeded random generator, so a demo vault of the same
size has the same entries every time: benchmarks compare like with like.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from careerjournal.demo.phrases import CLOSERS, FILLERS, OPENERS, SWITCHERS
from careerjournal.demo.themes import THEMES, Theme
from careerjournal.journal import Entry, Link

DAYS_PER_ENTRY = 12  # a small demo covers a couple of years
MIN_SPAN_DAYS = 365
MAX_SPAN_DAYS = 6 * 365
WEEKDAY_MOOD = (-0.4, -0.1, 0.0, 0.0, 0.3, 0.5, 0.4)  # Monday blues, Friday relief


def demo_entries(count: int, today: date, rng: random.Random) -> Iterator[Entry]:
    """``count`` entries, oldest first, dated over the years up to ``today``."""
    span = min(max(count * DAYS_PER_ENTRY, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
    for offset in sorted((rng.randint(0, span) for _ in range(count)), reverse=True):
        day = today - timedelta(days=offset)
        yield _entry(day, progress=1 - offset / span, rng=rng)


def _entry(day: date, progress: float, rng: random.Random) -> Entry:
    """One entry; ``progress`` runs from 0 (the oldest day) to 1 (today)."""
    weights = [max(0.05, 1 + theme.trend * (2 * progress - 1)) for theme in THEMES]
    theme, second = rng.choices(THEMES, weights, k=2)
    fills = {slot: rng.choice(options) for slot, options in FILLERS.items()}
    fills["vriend"], fills["nieuw"] = rng.choice(SWITCHERS)
    mood = _rating(theme.mood + 0.6 * (progress - 0.5) + WEEKDAY_MOOD[day.weekday()], rng)
    energy = _rating(theme.energy + 0.4 * (progress - 0.5) + WEEKDAY_MOOD[day.weekday()], rng)
    tags = list(theme.tags if rng.random() < 0.8 else theme.tags[:1])
    if second is not theme and rng.random() < 0.5:
        tags.append(second.tags[0])
    if energy in (1, 5) and rng.random() < 0.5:
        tags.append("energie")
    written = datetime.combine(day, time(rng.randint(7, 23), rng.randint(0, 59)), tzinfo=UTC)
    return Entry(
        entry_date=day,
        title="" if rng.random() < 0.05 else rng.choice(theme.titles).format_map(fills),
        body=_body(theme, second, rng).format_map(fills),
        tags=tuple(tags),
        mood=mood,
        energy=energy,
        link=Link("exercise", theme.link) if theme.link and rng.random() < 0.15 else None,
        created_at=written,
        updated_at=written,
    )


def _rating(centre: float, rng: random.Random) -> int | None:
    """A 1–5 rating around ``centre``; sometimes the writer leaves it out."""
    if rng.random() < 0.12:
        return None
    return min(5, max(1, round(rng.gauss(centre, 0.8))))


def _body(theme: Theme, second: Theme, rng: random.Random) -> str:
    """A few sentences to a few paragraphs, mostly on ``theme`` with a detour to ``second``."""
    length = rng.choice((2, 3, 3, 4, 5, 5, 6, 7, 8, 10, 12, 14))
    sentences = rng.sample(theme.sentences, min(length, len(theme.sentences)))
    if second is not theme and rng.random() < 0.4:
        detour = rng.sample(second.sentences, rng.randint(1, 3))
        sentences[rng.randint(0, len(sentences)) : 0] = detour
    if rng.random() < 0.3:
        sentences.insert(0, rng.choice(OPENERS))
    if rng.random() < 0.35:
        sentences.append(rng.choice(CLOSERS))
    paragraphs = []
    while sentences:
        size = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[:size]))
        del sentences[:size]
    return "\n\n".join(paragraphs)
