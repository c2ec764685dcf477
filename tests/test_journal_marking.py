"""Hits are marked in Python as the full-text index finds them: words, accents, phrases, fragments."""

from __future__ import annotations

import pytest

from careerjournal.journal.highlight import END, START, marked_to_html, unmarked
from careerjournal.journal.marking import ELLIPSIS, FRAGMENT_WORDS, Marker, fold
from careerjournal.journal.query import phrases


def marks(typed: str, text: str) -> str:
    """``text`` marked for ``typed``, with [ and ] for the marks, to read the tests easily."""
    return Marker(phrases(typed)).marked(text).replace(START, "[").replace(END, "]")


def fragment(typed: str, text: str) -> str:
    return Marker(phrases(typed)).fragment(text).replace(START, "[").replace(END, "]")


@pytest.mark.parametrize(
    ("typed", "text", "marked"),
    [
        # Case and accents do not matter, either way round.
        ("carriere", "Mijn Carrière, mijn CARRIERE", "Mijn [Carrière], mijn [CARRIERE]"),
        ("carrière", "een carriere-switch", "een [carriere]-switch"),
        ("reünie", "De REUNIE en de reünie", "De [REUNIE] en de [reünie]"),
        ("cafe", "Café of café?", "[Café] of [café]?"),
        # A typed word is the start of a word: Dutch compounds and plurals, not their middles.
        (
            "werk",
            "Werken bij mijn werkgever, thuiswerken, werk.",
            "[Werken] bij mijn [werkgever], thuiswerken, [werk].",
        ),
        ('"werk"', "Werken of werk", "Werken of [werk]"),  # quoted: the word itself
        ("a", "a aan A", "[a] aan [A]"),  # a single letter is a whole word
        ("ik a", "ik, a of ikke", "[ik], [a] of [ikke]"),
        # Phrases: only the words in that order.
        (
            '"hard gesprek"',
            "hard, hard gesprek; gesprek hard",
            "hard, [hard gesprek]; gesprek hard",
        ),
        ('"hard gesprek"', "een hard-gesprek", "een [hard-gesprek]"),
        ("e-mail", "Mijn e-mail, E-mails en email", "Mijn [e-mail], [E-mails] en email"),
        # Digits are words too; punctuation and underscores are not.
        ("2024", "jaar 2024_plan", "jaar [2024]_plan"),
        # Nothing found: the text as it was.
        ("overstap", "Geen treffer hier.", "Geen treffer hier."),
    ],
)
def test_marks_what_the_index_finds(typed: str, text: str, marked: str) -> None:
    assert marks(typed, text) == marked


def test_overlapping_hits_make_one_mark() -> None:
    assert marks('"a b" "b c"', "x a b c y") == "x [a b c] y"
    assert marks("werk werkgever", "de werkgever") == "de [werkgever]"
    assert marks('"a a"', "a a a") == "[a a a]"


def test_text_is_marked_not_escaped() -> None:
    marked = Marker(phrases("werk")).marked("<b>werk</b> & co")
    assert unmarked(marked) == "<b>werk</b> & co"
    assert marked_to_html(marked) == "&lt;b&gt;<b>werk</b>&lt;/b&gt; &amp; co"


def test_emoji_and_cjk() -> None:
    assert marks("blij", "Blij 🙂 vandaag") == "[Blij] 🙂 vandaag"
    assert marks("日本", "今日は 日本語 です") == "今日は [日本語] です"
    assert phrases("🙂") == ()


def test_decomposed_accents_are_found() -> None:
    # Entries are stored composed (NFC); text that is not is composed before marking.
    assert marks("carriere", "carrie\u0300re") == "[carrière]"


def test_folding_keeps_every_character_in_place() -> None:
    text = "Ærø İstanbul Straße Cañón ǅ"
    assert len(fold(text)) == len(text)
    assert fold("Cañón CARRIÈRE") == "canon carriere"


LONG = " ".join(f"woord{n}" for n in range(60))


def test_fragment_is_cut_around_the_hit_with_ellipses() -> None:
    text = LONG.replace("woord30", "Overstap")
    cut = fragment("overstap", text)
    assert cut.startswith(ELLIPSIS) and cut.endswith(ELLIPSIS)
    assert "[Overstap]" in cut and "woord0 " not in cut and "woord59" not in cut
    assert len(cut.strip(ELLIPSIS).split()) == FRAGMENT_WORDS


def test_fragment_of_a_short_text_is_the_whole_text() -> None:
    assert fragment("moe", "  Moe, maar blij.\n") == "  [Moe], maar blij.\n"


def test_fragment_without_a_hit_is_the_start_of_the_text() -> None:
    cut = fragment("overstap", LONG)
    assert cut.startswith("woord0 ") and cut.endswith("woord23" + ELLIPSIS)
    assert fragment("overstap", "") == ""


def test_fragment_starts_at_a_sentence_when_it_can() -> None:
    text = LONG + ". Daarna kwam de overstap ter sprake. " + LONG
    cut = fragment("overstap", text)
    assert cut.startswith(ELLIPSIS + "Daarna kwam de [overstap]")


def test_fragment_prefers_the_window_with_more_of_the_words() -> None:
    text = f"gesprek {LONG} gesprek met mijn leidinggevende {LONG}"
    cut = fragment("gesprek leidinggevende", text)
    assert "[gesprek] met mijn [leidinggevende]" in cut
