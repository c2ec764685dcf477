"""The fixed words of a coach export, in Dutch and English.

Like :mod:`careerjournal.export.wording`, whose dates and plan words are reused,
this works without Qt, so the command line writes the same document as the app.
"""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Shared with my coach",
        "made_on": "Made on {date}",
        "only_chosen": "It holds only what I chose to share.",
        "exercises": "Exercises",
        "done_on": "Done on {date}",
        "what_i_wrote": "What I wrote",
        "plan": "My plan",
        "journal": "Journal",
        "no_title": "(no title)",
        "mood": "Mood",
        "energy": "Energy",
        "tags": "Tags",
        "out_of_five": "{value} of 5",
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
        "no_title": "(geen titel)",
        "mood": "Stemming",
        "energy": "Energie",
        "tags": "Labels",
        "out_of_five": "{value} van 5",
    },
}


def say(key: str, lang: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` (Dutch for any language the table lacks)."""
    return _WORDS["en" if lang == "en" else "nl"][key].format(**values)
