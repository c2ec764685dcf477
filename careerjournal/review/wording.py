"""The review's words without Qt: for the journal entry it writes and the session sheet."""

from __future__ import annotations

from careerjournal.wording import Catalogue

WORDS = Catalogue(
    {
        "en": {
            "entry_title": "Looking back at my plan",
            "tag": "plan-review",
            "done": "Done",
            "going": "Going",
            "stuck": "Stuck",
            "changed": "Changed",
            "dropped": "Dropped",
            "why": "Why: {text}",
            "next": "Next: {text}",
            "moved": "New date: {date}",
            "next_review": "I look at my plan again on {date}.",
        },
        "nl": {
            "entry_title": "Terugblik op mijn plan",
            "tag": "planevaluatie",
            "done": "Klaar",
            "going": "Loopt",
            "stuck": "Vastgelopen",
            "changed": "Veranderd",
            "dropped": "Laten vallen",
            "why": "Waarom: {text}",
            "next": "Volgende stap: {text}",
            "moved": "Nieuwe datum: {date}",
            "next_review": "Op {date} kijk ik opnieuw naar mijn plan.",
        },
    }
)


say = WORDS.text
