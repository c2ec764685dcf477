"""Ties of three or more are named as a writer would: "A, B en C", not "A en B en C"."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerjournal.exercises import load_file, read, score, wording

HONEST = load_file(Path(__file__).parent / "data" / "exercises" / "honest.toml")


def statements(**answers: int) -> dict[str, dict[str, int]]:
    return {"statements": answers}


def summary(answers: dict[str, dict[str, int]], lang: str) -> str:
    return next(
        r for r in read(HONEST, score(HONEST, answers), lang) if r.result_id == "profile"
    ).summary


def test_a_tie_of_three_reads_as_a_list_not_a_chain_of_ands() -> None:
    # r = i = a = 4.5, s = 1: three tie at the top.
    answers = statements(r1=5, r2=2, i1=5, i2=4, a1=5, a2=4, s1=1, s2=1)
    assert score(HONEST, answers)["profile"]["shape"] == "tied"
    en, nl = summary(answers, "en"), summary(answers, "nl")
    assert "Realistic, Investigative and Artistic (tied, high)" in en
    assert "Realistisch, Onderzoekend en Artistiek (gelijk, hoog)" in nl
    assert " en Onderzoekend en " not in nl


@pytest.mark.parametrize(
    ("names", "nl", "en"),
    [
        ([], "", ""),
        (["A"], "A", "A"),
        (["A", "B"], "A en B", "A and B"),
        (["A", "B", "C", "D"], "A, B, C en D", "A, B, C and D"),
    ],
)
def test_names_are_joined_as_a_writer_would(names: list[str], nl: str, en: str) -> None:
    assert (wording.and_list(names, "nl"), wording.and_list(names, "en")) == (nl, en)
