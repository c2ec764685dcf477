"""The fixed words of a coach export, in Dutch and English.

A :class:`~careerjournal.wording.Catalogue` beside the plan's words
(:mod:`careerjournal.plan.wording`), which the shared plan reuses; without Qt,
so the command line writes the same document as the app.
"""

from __future__ import annotations

from careerjournal.wording import Catalogue

WORDS = Catalogue(
    {
        "en": {
            "title": "Shared with my coach",
            "made_on": "Made on {date}",
            "only_chosen": "It holds only what I chose to share.",
            "exercises": "Exercises",
            "done_on": "Done on {date}",
            "what_i_wrote": "What I wrote",
            "plan": "My plan",
            "journal": "Journal",
        },
        "nl": {
            "title": "Gedeeld met mijn coach",
            "made_on": "Gemaakt op {date}",
            "only_chosen": "Hierin staat alleen wat ik zelf heb gekozen om te delen.",
            "exercises": "Oefeningen",
            "done_on": "Gedaan op {date}",
            "what_i_wrote": "Wat ik schreef",
            "plan": "Mijn plan",
            "journal": "Dagboek",
        },
    }
)

say = WORDS.text
