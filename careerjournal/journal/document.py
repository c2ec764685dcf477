"""Journal entries as document blocks, for whatever shares them (the coach export today).

The journal owns how an entry reads on paper: its title and date, mood, energy
and tags, and its text only when the user chose to include it.
"""

from __future__ import annotations

from careerjournal.export.blocks import fields
from careerjournal.export.document import Block, Heading, Paragraph
from careerjournal.journal.model import Entry
from careerjournal.wording import Catalogue, long_date

WORDS = Catalogue(
    {
        "en": {
            "no_title": "(no title)",
            "mood": "Mood",
            "energy": "Energy",
            "tags": "Tags",
            "out_of_five": "{value} of 5",
        },
        "nl": {
            "no_title": "(geen titel)",
            "mood": "Stemming",
            "energy": "Energie",
            "tags": "Labels",
            "out_of_five": "{value} van 5",
        },
    }
)


def entry_blocks(entry: Entry, with_text: bool, lang: str) -> list[Block]:
    """The entry's title (dated), its mood, energy and tags, and its text if ``with_text``."""

    def say(key: str, **values: object) -> str:
        return WORDS.text(key, lang, **values)

    rows = (
        (say("mood"), say("out_of_five", value=entry.mood) if entry.mood else ""),
        (say("energy"), say("out_of_five", value=entry.energy) if entry.energy else ""),
        (say("tags"), ", ".join(entry.tags)),
    )
    title = entry.title.strip() or say("no_title")
    blocks: list[Block] = [Heading(title, 2, long_date(entry.entry_date, lang)), fields(rows)]
    if with_text and entry.body.strip():
        blocks.append(Paragraph(entry.body))
    return blocks
