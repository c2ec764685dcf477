"""What the user types in the search field, made into a safe FTS5 MATCH expression.

FTS5 has its own query language (AND, OR, NOT, NEAR, ``col:``, ``^``, ``*``,
parentheses); typed text must never be read as that language, or a stray
quote or ``-`` would break the search. So the text is cut into words the same
way the index cuts them (letters and digits), and every word goes into the
expression only inside double quotes.

- ``gesprek leidinggevende``: entries with both words, each also as the start
  of a longer word ("gesprekken"), which suits Dutch compounds and plurals.
- ``e-mail``: the parts must follow each other, as in the text.
- ``"hard gesprek"``: that exact phrase; an unclosed quote is a phrase still being typed.
- Single letters are matched whole: as a prefix they would match nearly everything.
- Diacritics need no work here: the index folds them in the text and in the query.

The typed text is read once into :class:`Phrase` values; the MATCH expression
and the marking of the hits (:mod:`careerjournal.journal.marking`) both come
from those, so the two cannot read the same text differently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_PHRASES = 16
# A character the index counts as part of a word (unicode61: letters and digits).
WORD_CHAR = r"[^\W_]"

_CHUNK = re.compile(r'"([^"]*)("?)|([^\s"]+)')
_WORD = re.compile(WORD_CHAR + "+")


@dataclass(frozen=True)
class Phrase:
    """Words that must follow each other, as typed; the last may start a longer word."""

    words: tuple[str, ...]
    prefix: bool


def phrases(text: str) -> tuple[Phrase, ...]:
    """What ``text`` asks for, in the order typed, at most ``MAX_PHRASES``."""
    found: list[Phrase] = []
    for quoted, closed, bare in _CHUNK.findall(unicodedata.normalize("NFC", text)):
        words = _WORD.findall(quoted or bare)
        if words:
            exact = bool(closed) or len(words[-1]) == 1
            found.append(Phrase(tuple(words), prefix=not exact))
    return tuple(found[:MAX_PHRASES])


def expression(asked: tuple[Phrase, ...]) -> str | None:
    """The MATCH expression for ``asked``, or None when there is nothing to look for."""
    parts = ('"' + " ".join(p.words) + '"' + ("*" if p.prefix else "") for p in asked)
    return " ".join(parts) or None


def to_match(text: str) -> str | None:
    """The MATCH expression for ``text``, or None when it holds nothing to look for."""
    return expression(phrases(text))
