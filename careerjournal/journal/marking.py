"""Marking a search's hits in an entry's text, the way the full-text index finds them.

The index (FTS5 ``unicode61 remove_diacritics 2``) cuts text into words of
letters and digits and compares them without case and without the accents of
Latin letters, so ``carriere`` finds ``Carrière``. The same rule is followed
here in plain Python for the entries of one page. Asking FTS5 to mark them
(``highlight()``, ``snippet()``) made it merge every hit of a prefix again:
at 50,000 entries that cost ten times the search itself.

Known differences from the index, which only move where a mark ends: the
index also counts characters that Unicode added after version 6.1 (newer
emoji) and private-use characters as parts of a word, and folds a few
non-Latin letters (Greek, Cherokee variants) differently.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from careerjournal.journal.highlight import END, START
from careerjournal.journal.query import WORD_CHAR, Phrase

ELLIPSIS = "…"
# How many words a fragment of the text shows, as FTS5's snippet() did.
FRAGMENT_WORDS = 24

_WORD = re.compile(WORD_CHAR + "+")
_GAP = r"[\W_]+"  # what separates the words of a phrase
# A word after white space after '.' or ':' starts a sentence (FTS5's snippet() rule).
_SENTENCE = re.compile(rf"[.:][ \t\n\r]+(?={WORD_CHAR})")


class _Folds(dict[int, str]):
    """Each character folded as the index folds it, to exactly one character.

    One for one, so a hit found in the folded text is at the same place in the text.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lower = char.lower()
        folded = lower if len(lower) == 1 else char
        parts = unicodedata.normalize("NFD", folded)
        if len(parts) > 1 and parts[0].isascii() and all(map(unicodedata.combining, parts[1:])):
            folded = parts[0]  # a Latin letter without its accents
        self[code] = folded
        return folded


_FOLDS = _Folds()


def fold(text: str) -> str:
    """``text`` without case and Latin accents, character for character."""
    return text.lower() if text.isascii() else text.translate(_FOLDS)


def _pattern(phrase: Phrase) -> re.Pattern[str]:
    """Where ``phrase`` starts in folded text; group 1 is the hit, which may overlap the next."""
    words = _GAP.join(re.escape(fold(word)) for word in phrase.words)
    end = WORD_CHAR + "*" if phrase.prefix else f"(?!{WORD_CHAR})"
    return re.compile(f"(?<!{WORD_CHAR})(?=({words}{end}))")


class Marker:
    """Puts ``highlight.START``/``END`` around the hits of ``asked`` in any text."""

    def __init__(self, asked: tuple[Phrase, ...]) -> None:
        self._patterns = [(_pattern(p), len(p.words)) for p in asked]

    def _hits(self, text: str) -> list[tuple[int, int, int, int]]:
        """Start, end, phrase number and word count of every hit in NFC ``text``, in order."""
        folded = fold(text)
        return sorted(
            (m.start(1), m.end(1), n, size)
            for n, (pattern, size) in enumerate(self._patterns)
            for m in pattern.finditer(folded)
        )

    def marked(self, text: str) -> str:
        """``text`` with every hit marked (for titles)."""
        text = unicodedata.normalize("NFC", text)
        return _marked(text, [(start, end) for start, end, _, _ in self._hits(text)])

    def fragment(self, text: str, words: int = FRAGMENT_WORDS) -> str:
        """About ``words`` words of ``text`` around its best hits, marked, '…' where cut.

        The start of the text when it holds no hit (the entry matched by its
        title or tags). The window is chosen as FTS5's snippet() chooses it.
        """
        text = unicodedata.normalize("NFC", text)
        spans = [m.span() for m in _WORD.finditer(text)]
        hits = self._hits(text)
        first = _best_start(text, spans, hits, words) if hits else 0
        last = min(first + words, len(spans)) - 1
        begin = spans[first][0] if first else 0
        end = spans[last][1] if last < len(spans) - 1 else len(text)
        inside = [(max(s, begin), min(e, end)) for s, e, _, _ in hits if s < end and e > begin]
        cut = _marked(text[begin:end], [(s - begin, e - begin) for s, e in inside])
        return (ELLIPSIS if first else "") + cut + (ELLIPSIS if end < len(text) else "")


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with marks around ``spans`` (sorted by start); overlapping spans become one."""
    pieces: list[str] = []
    done = 0  # text before this is in pieces
    open_end = -1
    for start, end in spans:
        if start < open_end:  # overlaps the open mark: widen it
            open_end = max(open_end, end)
            continue
        if open_end >= 0:
            pieces += [START, text[done:open_end], END]
            done = open_end
        pieces.append(text[done:start])
        done, open_end = start, end
    if open_end >= 0:
        pieces += [START, text[done:open_end], END]
        done = open_end
    pieces.append(text[done:])
    return "".join(pieces)


def _best_start(
    text: str, spans: list[tuple[int, int]], hits: list[tuple[int, int, int, int]], words: int
) -> int:
    """The first word of the best window of ``words`` words, as FTS5's snippet() picks it.

    A window scores 1000 for each phrase it holds and 1 for each repeat; it is
    centred on its hits, or starts at a sentence (+100, +120 at the very start).
    """
    starts = [start for start, _ in spans]
    found = [(bisect_left(starts, start), n, size) for start, _, n, size in hits]
    at_words = [at for at, _, _ in found]
    sentences = [0]
    if len(spans) > words:  # FTS5 looks for sentences only when the text is longer
        sentences += [bisect_left(starts, m.end()) for m in _SENTENCE.finditer(text)]

    def score(first: int) -> tuple[int, int]:
        seen: set[int] = set()
        total, low, high = 0, -1, -1
        window = found[bisect_left(at_words, first) : bisect_left(at_words, first + words)]
        for at, n, size in window:
            total += 1 if n in seen else 1000
            seen.add(n)
            low = at if low < 0 else low
            high = at + size
        centred = low - int((words - (high - low)) / 2) if low >= 0 else first
        return total, max(0, min(centred, len(spans) - words))

    best, best_first = 0, 0
    for at, _, _ in found:
        total, centred = score(at)
        if total > best:
            best, best_first = total, centred
        if len(spans) > words:
            sentence = sentences[bisect_left(sentences, at + 1) - 1]
            if sentence < at:
                total = score(sentence)[0] + (120 if sentence == 0 else 100)
                if total > best:
                    best, best_first = total, sentence
    return best_first
