"""The path as document blocks: one overview for the app's view and the PDF alike."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from careerjournal.export.document import Block, Document, Heading, Paragraph, Row, Table
from careerjournal.journey.model import Journey, PlanEvent, Track
from careerjournal.review.wording import say as verdict_word
from careerjournal.wording import Catalogue, number, short_date

# Titles named in one row of plan changes; the rest are counted.
NAMED = 3

WORDS = Catalogue(
    {
        "en": {
            "title": "My path over time",
            "intro": "When I did each exercise, how my results moved, and how my plan changed.",
            "exercises": "Exercises",
            "exercise": "Exercise",
            "done_on": "Done on",
            "moved": "How results moved",
            "moved_intro": "Between the two most recent times, only what moved noticeably.",
            "result": "Result",
            "before": "Before",
            "now": "Now",
            "nothing_moved": "{exercise}: nothing moved noticeably.",
            "plan": "How my plan changed",
            "when": "When",
            "what": "What",
            "added": "Added: {titles}",
            "done": "Done: {titles}",
            "dropped": "Dropped: {titles}",
            "review": "Plan review: {counts}",
            "review_empty": "Plan review",
            "and_more": "{titles} and {count} more",
            "empty": "Nothing yet: your path starts with your first exercise or plan.",
        },
        "nl": {
            "title": "Mijn weg door de tijd",
            "intro": "Wanneer ik elke oefening deed, hoe mijn uitkomsten bewogen en hoe mijn plan veranderde.",
            "exercises": "Oefeningen",
            "exercise": "Oefening",
            "done_on": "Gedaan op",
            "moved": "Hoe mijn uitkomsten bewogen",
            "moved_intro": "Tussen de laatste twee keren, alleen wat merkbaar bewoog.",
            "result": "Uitkomst",
            "before": "Eerder",
            "now": "Nu",
            "nothing_moved": "{exercise}: niets bewoog merkbaar.",
            "plan": "Hoe mijn plan veranderde",
            "when": "Wanneer",
            "what": "Wat",
            "added": "Toegevoegd: {titles}",
            "done": "Klaar: {titles}",
            "dropped": "Laten vallen: {titles}",
            "review": "Terugblik op mijn plan: {counts}",
            "review_empty": "Terugblik op mijn plan",
            "and_more": "{titles} en nog {count}",
            "empty": "Nog niets: je weg begint met je eerste oefening of je plan.",
        },
    }
)


say = WORDS.text


def _exercises(tracks: Sequence[Track], lang: str) -> list[Block]:
    rows = tuple(Row((t.title, ", ".join(short_date(day, lang) for day in t.days))) for t in tracks)
    return [
        Heading(say("exercises", lang), 2),
        Table((say("exercise", lang), say("done_on", lang)), rows, (0.45, 0.55)),
    ]


def _moved(tracks: Sequence[Track], lang: str) -> list[Block]:
    compared = [t for t in tracks if t.comparable]
    if not compared:
        return []
    blocks: list[Block] = [
        Heading(say("moved", lang), 2),
        Paragraph(say("moved_intro", lang), "muted"),
    ]
    still = [say("nothing_moved", lang, exercise=t.title) for t in compared if not t.moved]
    for track in (t for t in compared if t.moved):
        rows = tuple(
            Row((f"{m.label} ({m.result})", number(m.before, lang), number(m.now, lang)))
            for m in track.moved
        )
        blocks += [
            Heading(track.title, 3),
            Table(
                (say("result", lang), say("before", lang), say("now", lang)), rows, (0.6, 0.2, 0.2)
            ),
        ]
    blocks += [Paragraph(line, "muted") for line in still]
    return blocks


def _titles(events: Sequence[PlanEvent], lang: str) -> str:
    names = [e.title for e in events]
    if len(names) <= NAMED:
        return ", ".join(names)
    return say("and_more", lang, titles=", ".join(names[:NAMED]), count=len(names) - NAMED)


def _what(kind: str, events: Sequence[PlanEvent], lang: str) -> str:
    if kind != "review":
        return say(kind, lang, titles=_titles(events, lang))
    counts = ", ".join(
        f"{count} × {verdict_word(verdict, lang).lower()}"
        for event in events
        for verdict, count in event.verdicts
    )
    return say("review", lang, counts=counts) if counts else say("review_empty", lang)


def _plan(events: Sequence[PlanEvent], lang: str) -> list[Block]:
    if not events:
        return []
    rows = tuple(
        Row((short_date(day, lang), _what(kind, list(group), lang)))
        for (day, kind), group in groupby(events, key=lambda e: (e.day, e.kind))
    )
    return [
        Heading(say("plan", lang), 2),
        Table((say("when", lang), say("what", lang)), rows, (0.2, 0.8)),
    ]


def journey_blocks(path: Journey, lang: str) -> list[Block]:
    """A chapter: the exercises done, what moved, and the plan's changes."""
    head: list[Block] = [Heading(say("title", lang)), Paragraph(say("intro", lang), "muted")]
    if path.is_empty:
        return [*head, Paragraph(say("empty", lang))]
    body = _exercises(path.tracks, lang) if path.tracks else []
    return [*head, *body, *_moved(path.tracks, lang), *_plan(path.events, lang)]


def journey_document(path: Journey, lang: str) -> Document:
    return Document(say("title", lang), lang, tuple(journey_blocks(path, lang)))
