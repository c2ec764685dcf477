"""Typed search text becomes a safe FTS5 expression, and marked matches become safe HTML."""

from __future__ import annotations

import pytest

from careerjournal.journal.highlight import END, START, marked_to_html, unmarked
from careerjournal.journal.query import MAX_PHRASES, to_match


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("gesprek", '"gesprek"*'),
        ("gesprek leidinggevende", '"gesprek"* "leidinggevende"*'),
        ("  carrière  ", '"carrière"*'),
        ("e-mail", '"e mail"*'),
        ('"hard gesprek"', '"hard gesprek"'),
        ('"hard gesp', '"hard gesp"*'),
        ("a", '"a"'),
        ("ik a", '"ik"* "a"'),
    ],
)
def test_words_become_quoted_prefix_phrases(typed: str, expression: str) -> None:
    assert to_match(typed) == expression


@pytest.mark.parametrize(
    "typed",
    [
        "werk OR geld",
        "NOT werk",
        "title:werk",
        "werk*",
        "-werk",
        "^werk",
        "(werk)",
        "NEAR(werk geld)",
        'werk"',
        "werk + geld",
        "{title body}: werk",
    ],
)
def test_query_syntax_is_taken_as_words(typed: str) -> None:
    expression = to_match(typed)
    assert expression is not None
    # Outside the quotes there is nothing but spaces and prefix stars.
    outside = "".join(part for n, part in enumerate(expression.split('"')) if n % 2 == 0)
    assert set(outside) <= {" ", "*"}


@pytest.mark.parametrize("typed", ["", "   ", '"', '""', "*", "(", "-", "🙂", "…"])
def test_nothing_to_look_for(typed: str) -> None:
    assert to_match(typed) is None


def test_decomposed_accents_are_composed_first() -> None:
    assert to_match("carrie\u0300re") == '"carrière"*'


def test_very_long_input_is_capped() -> None:
    expression = to_match(" ".join(f"woord{n}" for n in range(100)))
    assert expression is not None and expression.count('"') == 2 * MAX_PHRASES


def test_marks_become_bold_after_escaping() -> None:
    text = f"<script>{START}ik{END} & jij</script>"
    assert marked_to_html(text) == "&lt;script&gt;<b>ik</b> &amp; jij&lt;/script&gt;"
    assert unmarked(text) == "<script>ik & jij</script>"
    assert marked_to_html("plain 'text'") == "plain 'text'"
