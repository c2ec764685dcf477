"""The agenda in words, without Qt: for ``careerjournal agenda`` and printed sheets.

Home says the same things through Qt's translations; this small table is for
where Qt is not loaded (a :class:`~careerjournal.wording.Catalogue`).
"""

from __future__ import annotations

from datetime import timedelta

from careerjournal.agenda.items import DueItem
from careerjournal.exercises.loader import Catalog
from careerjournal.wording import Catalogue, long_date

WORDS = Catalogue(
    {
        "en": {
            "due_now": "Due now:",
            "nothing_due": "Nothing is due.",
            "next_due": "Next: {date}.",
            "review": "Look back at your plan (you chose {date}).",
            "action": "“{title}” was planned for {date}.",
            "checkin": "A month has gone by: “{exercise}”.",
            "redo": "Worth doing again: “{exercise}”.",
            "next": "A good next step: “{exercise}” (about {minutes} minutes).",
            "continue": "You were in the middle of “{exercise}”.",
        },
        "nl": {
            "due_now": "Nu aan de beurt:",
            "nothing_due": "Er staat niets open.",
            "next_due": "Volgende: {date}.",
            "review": "Terugkijken op je plan (je koos {date}).",
            "action": "“{title}” stond gepland voor {date}.",
            "checkin": "Er is een maand voorbij: “{exercise}”.",
            "redo": "De moeite waard om opnieuw te doen: “{exercise}”.",
            "next": "Een goede volgende stap: “{exercise}” (ongeveer {minutes} minuten).",
            "continue": "Je was bezig met “{exercise}”.",
        },
    }
)


say = WORDS.text


def describe(item: DueItem, catalog: Catalog, lang: str) -> str:
    """One line for one due item."""
    exercise = catalog.get(item.exercise_id) if item.exercise_id else None
    name = exercise.title.get(lang) if exercise else ""
    minutes = exercise.minutes if exercise else 0
    if item.kind == "review":
        return say("review", lang, date=long_date(item.due_on, lang))
    if item.kind == "action":
        planned = item.due_on - timedelta(days=1)
        return say("action", lang, title=item.title, date=long_date(planned, lang))
    if item.kind == "next":
        key = "continue" if item.continuing else "next"
        return say(key, lang, exercise=name, minutes=minutes)
    return say(item.kind, lang, exercise=name)
