"""The renderers' own few words (page numbers), in Dutch and English.

Everything a document says is decided by the feature that built it; only what the
renderer adds around it is worded here.
"""

from __future__ import annotations

from careerjournal.wording import Catalogue

WORDS = Catalogue(
    {
        "en": {"page_of": "Page {page} of {pages}"},
        "nl": {"page_of": "Pagina {page} van {pages}"},
    }
)

word = WORDS.text
