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
"""

from __future__ import annotations

import re
import unicodedata

MAX_PHRASES = 16

_CHUNK = re.compile(r'"([^"]*)("?)|([^\s"]+)')
_WORD = re.compile(r"[^\W_]+")


def to_match(text: str) -> str | None:
    """The MATCH expression for ``text``, or None when it holds nothing to look for."""
    phrases: list[str] = []
    for quoted, closed, bare in _CHUNK.findall(unicodedata.normalize("NFC", text)):
        words = _WORD.findall(quoted or bare)
        if not words:
            continue
        exact = bool(closed) or len(words[-1]) == 1
        phrases.append('"' + " ".join(words) + '"' + ("" if exact else "*"))
    return " ".join(phrases[:MAX_PHRASES]) or None
