"""Honest reading of scores: bands, flat, low, tied and high profiles in every scored kind;
reverse items, the forced choice, the presence gap, the trend and the care pointer."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from careerjournal.exercises import load_file, plan_suggestions, read, score, step_complete

DATA = Path(__file__).parent / "data" / "exercises"
HONEST = load_file(DATA / "honest.toml")


def statements(**answers: int) -> dict[str, Any]:
    return {"statements": answers}


def even(value: int) -> dict[str, Any]:
    """Every statement answered ``value``; r2 is reversed, so it is answered 6 - value."""
    answers = {i: value for i in ("r1", "i1", "i2", "a1", "a2", "s1", "s2")}
    return statements(**answers, r2=6 - value)


def reading(answers: dict[str, Any], result: str, lang: str = "en", earlier=()) -> Any:
    outcome = score(HONEST, answers, earlier)
    return next(r for r in read(HONEST, outcome, lang) if r.result_id == result)


# --- scale_profile: flat, all low, all high, tied, clear ---------------------------------


def test_even_answers_are_flat_with_no_code_and_no_top() -> None:
    outcome = score(HONEST, even(3))["profile"]
    assert outcome["shape"] == "flat" and outcome["level"] == "middle"
    assert outcome["top"] == [] and outcome["code"] == "" and outcome["first"] is None
    shown = reading(even(3), "profile")
    assert "nothing stands out" in shown.summary
    assert "code" not in shown.summary.lower() and "RIA" not in shown.summary
    assert shown.insight is None  # "My code: ." would say nothing, so it is left out


def test_all_high_is_flat_and_says_so_without_naming_highs() -> None:
    outcome = score(HONEST, even(5))["profile"]
    assert outcome["shape"] == "flat" and outcome["level"] == "high" and outcome["top"] == []
    shown = reading(even(5), "profile", "nl")
    assert shown.summary.startswith("Je scores liggen dicht bij elkaar en zijn allemaal hoog")


def test_all_low_and_flat_gets_a_gentle_question_not_broad_interest() -> None:
    outcome = score(HONEST, even(1))["profile"]
    assert outcome["shape"] == "low" and outcome["level"] == "low" and outcome["top"] == []
    for lang, question in (("en", "How are you doing, really?"), ("nl", "Hoe gaat het eigenlijk")):
        summary = reading(even(1), "profile", lang).summary
        assert question in summary
        assert "breed" not in summary and "broad" not in summary


def test_low_but_not_flat_names_no_high_score() -> None:
    # r = (2 + (6-5)) / 2 = 1.5, i = 2, a = 1, s = 2: spread 1 is not flat, but all are low.
    answers = statements(r1=2, r2=5, i1=2, i2=2, a1=1, a2=1, s1=2, s2=2)
    outcome = score(HONEST, answers)["profile"]
    assert outcome["shape"] == "low" and outcome["top"] == [] and outcome["code"] == ""
    assert "low everywhere" in reading(answers, "profile").summary


def test_a_low_score_is_never_in_the_top() -> None:
    # r = 5, i = 4, a = 2, s = 1: top 2 would be r, i; with top 3 a (low) stays out.
    answers = statements(r1=5, r2=1, i1=4, i2=4, a1=2, a2=2, s1=1, s2=1)
    outcome = score(HONEST, answers)["profile"]
    assert outcome["shape"] == "clear" and outcome["top"] == ["r", "i"] and outcome["code"] == "RI"
    shown = reading(answers, "profile")
    assert shown.summary == "Your code is RI: Realistic (high), Investigative (high)."
    assert shown.values["names"] == "Realistic, Investigative"  # for insights: names only


def test_a_tie_is_named_as_a_tie_and_makes_no_code() -> None:
    # r = i = 4.5, a = 3, s = 1: the first two tie, so no order and no code.
    answers = statements(r1=5, r2=2, i1=5, i2=4, a1=3, a2=3, s1=1, s2=1)
    outcome = score(HONEST, answers)["profile"]
    assert outcome["shape"] == "tied" and outcome["code"] == "" and outcome["first"] is None
    assert outcome["top"] == ["r", "i"]
    shown = reading(answers, "profile")
    assert "Realistic and Investigative (tied, high)" in shown.summary
    assert "no code is given" in shown.summary and "Reading R." in shown.summary
    nl = reading(answers, "profile", "nl").summary
    assert "Realistisch en Onderzoekend (gelijk, hoog)" in nl


def test_a_tie_just_below_the_code_also_makes_no_code() -> None:
    # r = 5, i = 4, a = 4: the second code letter ties with the next one.
    answers = statements(r1=5, r2=1, i1=4, i2=4, a1=4, a2=4, s1=1, s2=1)
    outcome = score(HONEST, answers)["profile"]
    assert outcome["code"] == "" and outcome["shape"] == "tied"
    assert outcome["top"] == ["r", "i", "a"]


def test_reverse_item_counts_as_min_plus_max_minus_answer() -> None:
    outcome = score(HONEST, statements(r1=4, r2=1))["profile"]
    assert outcome["scores"]["r"] == 4.5  # (4 + (1 + 5 - 1)) / 2


# --- the forced choice ----------------------------------------------------------------


def test_picked_items_weigh_extra_in_their_dimension() -> None:
    answers = statements(r1=5, r2=5, i1=3, i2=5, a1=3, a2=3, s1=3, s2=3)
    plain = score(HONEST, answers)["profile"]["scores"]
    assert plain["r"] == 3.0 and plain["i"] == 4.0  # r = (5 + 1) / 2
    answers["most"] = ["r1", "i1"]
    weighed = score(HONEST, answers)["profile"]["scores"]
    assert weighed["r"] == pytest.approx((5 * 2 + 1) / 3)
    assert weighed["i"] == pytest.approx((3 * 2 + 5) / 3)
    assert weighed["a"] == 3.0


def test_pick_offers_the_statements_highest_rated_first_and_needs_exactly_n() -> None:
    from careerjournal.exercises.answers import source_items

    pick = HONEST.step("most")
    answers = statements(r1=2, r2=1, i1=5, i2=4, a1=3, a2=3, s1=1, s2=1)
    offered = [i for i, _ in source_items(HONEST, pick.source, answers)]
    assert offered[:3] == ["i1", "i2", "a1"] and len(offered) == 8
    assert not step_complete(pick, ["i1"], answers, HONEST)
    assert step_complete(pick, ["i1", "a2"], answers, HONEST)
    assert not step_complete(pick, ["i1", "a2", "s1"], answers, HONEST)
    assert not step_complete(pick, ["i1", "nope"], answers, HONEST)


def test_pick_from_a_list_and_its_content_goes_into_the_plan_as_text() -> None:
    answers = {
        "goals": [{"goal": "Python", "want": 2}, {"goal": "Dutch", "want": 1}],
        "first-goal": ["2"],
    }
    assert score(HONEST, answers)["goal"]["chosen"] == ["2"]
    assert reading(answers, "goal", "nl").summary == "Je begint met Dutch."
    suggestions = plan_suggestions(HONEST, score(HONEST, answers), "nl")
    assert ("training", "Mijn eerste leerdoel: Dutch") in suggestions


# --- bands ----------------------------------------------------------------------------------


def test_own_bands_name_each_score_and_include_their_upper_bound() -> None:
    # energy 2 is the top of "weak", balance 3.5 the top of "mixed" (never averaged in)
    answers = {"month": {"energy": 2, "balance": 4}}
    shown = reading(answers, "month")
    assert "Balance: 4 (strong)" in shown.values["scores"]
    assert "Energy: 2 (weak)" in shown.values["scores"]
    assert shown.values["scores"].endswith("Scale: from 1 to 5.")
    outcome = score(HONEST, {"month": {"energy": 3, "balance": 4}})["month"]
    assert outcome["level"] == "middle"  # overall 3.5: inclusive upper bound of mixed


def test_default_bands_are_thirds_of_the_scale() -> None:
    step = HONEST.step("statements")
    assert [(b.level, b.upto, b.label.nl) for b in step.bands] == [
        ("low", pytest.approx(7 / 3), "laag"),
        ("middle", pytest.approx(11 / 3), "gemiddeld"),
        ("high", None, "hoog"),
    ]


# --- the presence gap ----------------------------------------------------------------------------

SORTED = {
    "piles": {"autonomy": "very", "security": "very", "variety": "very", "income": "other"},
    "ranking": ["security", "autonomy", "variety"],
}


def gaps(cells: dict[str, tuple[int, int]]) -> dict[str, Any]:
    return {
        "sort": SORTED,
        "presence": {k: {"importance": i, "presence": p} for k, (i, p) in cells.items()},
    }


def test_gap_rows_sorted_by_gap_with_paired_bars() -> None:
    answers = gaps({"security": (4, 4), "autonomy": (5, 2), "variety": (4, 3)})
    outcome = score(HONEST, answers)["gaps"]
    assert outcome["rows"] == [["autonomy", 5, 2], ["variety", 4, 3], ["security", 4, 4]]
    assert outcome["gaps"] == ["autonomy", "variety"] and outcome["matches"] == ["security"]
    assert outcome["first"] == "autonomy"
    shown = reading(answers, "gaps")
    assert shown.summary == "The biggest gap: Autonomy (3), Variety (1). In order: Security."
    assert [(b.label, b.value, b.second) for b in shown.bars] == [
        ("Autonomy", 5.0, 2.0),
        ("Variety", 4.0, 3.0),
        ("Security", 4.0, 4.0),
    ]
    suggestions = plan_suggestions(HONEST, score(HONEST, answers), "en")
    assert [t for s, t in suggestions if s == "action"] == [
        "More Autonomy in my work",
        "More Variety in my work",
    ]


def test_tied_gaps_are_named_together_and_have_no_first() -> None:
    answers = gaps({"security": (5, 3), "autonomy": (4, 2), "variety": (3, 3)})
    outcome = score(HONEST, answers)["gaps"]
    assert outcome["first"] is None
    assert (
        reading(answers, "gaps", "nl").values["gaps"] == "Zekerheid en Zelfstandigheid (gelijk, 2)"
    )


@pytest.mark.parametrize("level", [1, 3, 5])
def test_no_gap_anywhere_is_flat_low_or_high_alike(level: int) -> None:
    answers = gaps({k: (level, level) for k in ("security", "autonomy", "variety")})
    outcome = score(HONEST, answers)["gaps"]
    assert outcome["shape"] == "flat" and outcome["gaps"] == []
    shown = reading(answers, "gaps")
    assert shown.summary.startswith("What matters to you, you also find in your work")
    assert not [
        t for s, t in plan_suggestions(HONEST, score(HONEST, answers), "en") if s == "action"
    ]


def test_matrix_rows_from_a_pile_and_every_cell_needed() -> None:
    step = HONEST.step("presence")
    answers = gaps({"security": (4, 4), "autonomy": (5, 2)})
    assert not step_complete(step, answers["presence"], answers, HONEST)  # variety missing
    full = gaps({"security": (4, 4), "autonomy": (5, 2), "variety": (1, 1)})
    assert step_complete(step, full["presence"], full, HONEST)
    full["presence"]["variety"]["presence"] = 9
    assert not step_complete(step, full["presence"], full, HONEST)


def test_pile_cap_is_part_of_completeness() -> None:
    step = HONEST.step("sort")
    over = {"piles": dict.fromkeys(("autonomy", "security", "variety", "income"), "very")}
    over["ranking"] = ["autonomy", "security"]
    assert not step_complete(step, over, {}, HONEST)
    assert step_complete(step, SORTED, {}, HONEST)


# --- matrix_profile: options x criteria ----------------------------------------------------------


def options(stay: tuple[int, int], move: tuple[int, int]) -> dict[str, Any]:
    return {
        "options": {
            "stay": dict(zip(("money", "joy"), stay, strict=True)),
            "move": dict(zip(("money", "joy"), move, strict=True)),
        }
    }


@pytest.mark.parametrize(
    ("stay", "move", "shape", "top"),
    [
        ((5, 4), (2, 2), "clear", ["stay"]),
        ((4, 4), (4, 4), "flat", []),
        ((5, 5), (5, 5), "flat", []),
        ((1, 1), (1, 2), "low", []),
        ((2, 1), (1, 1), "low", []),  # not flat, but nothing above low
        ((4, 3), (3, 4), "flat", []),  # equal and close: flat before tied
    ],
)
def test_matrix_profile_shapes(stay, move, shape, top) -> None:
    outcome = score(HONEST, options(stay, move))["weighed"]
    assert outcome["shape"] == shape and outcome["top"] == top


def test_matrix_profile_all_low_never_says_one_scores_high() -> None:
    shown = reading(options((2, 1), (1, 1)), "weighed")
    assert "Best" not in shown.summary and "low everywhere" in shown.summary


def test_flat_within_sets_how_close_is_flat() -> None:
    strict = dataclasses.replace(
        HONEST,
        results=tuple(
            dataclasses.replace(r, flat_within=0.0) if r.id == "weighed" else r
            for r in HONEST.results
        ),
    )
    close = options((4, 3), (3, 3))  # 3.5 and 3: flat by default (within 0.5), not when strict
    assert score(HONEST, close)["weighed"]["shape"] == "flat"
    assert score(strict, close)["weighed"]["top"] == ["stay"]
    equal = options((5, 4), (4, 5))  # equal means are flat, however strict
    assert score(strict, equal)["weighed"]["shape"] == "flat"


def test_a_choice_matrix_is_complete_with_known_options_only() -> None:
    step = HONEST.step("talks")
    assert step_complete(step, {"manager": {"plans": "yes"}}, {}, HONEST)
    assert not step_complete(step, {"manager": {"plans": "maybe"}}, {}, HONEST)


# --- list_extremes: ties and flat ---------------------------------------------------------


def test_list_extremes_keeps_ties_and_says_flat() -> None:
    from careerjournal.exercises import load_file as load

    sample = load(DATA / "sample.toml")
    week = [{"activity": name, "energy": 2} for name in ("A", "B", "C")]
    outcome = score(sample, {"week": week})["energy"]
    assert outcome["high"] == [["A", 2], ["B", 2], ["C", 2]]  # count 2, but all three tie
    assert outcome["shape"] == "flat"
    shown = next(
        r for r in read(sample, score(sample, {"week": week}), "nl") if r.result_id == "energy"
    )
    assert shown.summary == "Alles wat je noemde, kreeg dezelfde waardering: er springt niets uit."
    low = [{"activity": name, "energy": -2} for name in ("A", "B")]
    assert score(sample, {"week": low})["energy"]["shape"] == "flat"


# --- synthesis -------------------------------------------------------------------------------------


def test_synthesis_page_joins_the_confirmed_texts() -> None:
    answers = {"criteria": {"values": "Autonomy, Security", "choice": "  "}}
    assert score(HONEST, answers)["page"] == {"texts": {"values": "Autonomy, Security"}}
    assert reading(answers, "page", "nl").summary == "Wat ik belangrijk vind: Autonomy, Security"


def test_a_tie_at_the_top_of_any_profile_keeps_both_and_names_no_first() -> None:
    from careerjournal.exercises.profile import Scale, judge
    from careerjournal.exercises.step_reader import default_bands

    scores = {"stay": 4.0, "move": 4.0, "wait": 2.0}
    outline = judge(scores, scores, Scale(1, 5, default_bands(1, 5)), top=1)
    assert outline["top"] == ["stay", "move"] and outline["first"] is None
    assert outline["shape"] == "clear"  # without a code, the tie is named in {top}


def test_the_engine_sentences_are_a_checked_catalogue_with_plain_band_names() -> None:
    # tests/test_wording.py checks every catalogue for both languages and placeholders.
    from careerjournal.exercises import wording

    assert [wording.band_label(level).nl for level in ("low", "middle", "high")] == [
        "laag",
        "gemiddeld",
        "hoog",
    ]
    assert wording.say("tie", "en") == "tied"


def test_rank_the_items_of_an_earlier_list_and_carry_the_top_as_text(tmp_path: Path) -> None:
    import tomllib

    data = tomllib.loads((DATA / "honest.toml").read_text(encoding="utf-8"))
    data["steps"].append(
        {
            "id": "order",
            "kind": "rank",
            "title": {"nl": "Volgorde", "en": "Order"},
            "items_from": "goals",
        }
    )
    data["results"].append(
        {
            "id": "ranked",
            "kind": "top_items",
            "step": "order",
            "count": 1,
            "title": {"nl": "Eerst", "en": "First"},
            "summary": {"nl": "Eerst: {first}.", "en": "First: {first}."},
        }
    )
    from careerjournal.exercises import parse_exercise

    exercise = parse_exercise(data, tmp_path / "ranked.toml")
    answers = {
        "goals": [{"goal": "Python"}, {"goal": "Dutch"}, {"goal": "Excel"}],
        "order": ["3", "1"],
    }
    step = exercise.step("order")
    assert not step_complete(step, answers["order"], answers, exercise)  # "2" not placed
    answers["order"] = ["3", "1", "2"]
    assert step_complete(step, answers["order"], answers, exercise)
    outcome = score(exercise, answers)["ranked"]
    assert outcome["top"] == ["3"] and outcome["labels"] == {"3": ["Excel", "Excel"]}
    shown = next(
        r for r in read(exercise, score(exercise, answers), "nl") if r.result_id == "ranked"
    )
    assert shown.summary == "Eerst: Excel."


@pytest.mark.parametrize("name", ["honest", "sample"])
def test_reading_a_damaged_or_older_stored_result_never_fails(name: str) -> None:
    exercise = load_file(DATA / f"{name}.toml")
    damaged = {
        "scores": {"r": "x", "a": True},
        "means": "m",
        "rows": [["a", "b", "c"], "z", ["x", 1], ["y", "two"]],
        "top": "r",
        "high": [["a"]],
        "texts": 3,
        "chosen": 5,
        "labels": [1],
        "moved": {"r": 3},
        "trend": "x",
        "overall": "y",
        "piles": {"very": "many"},
    }
    for outcome in (
        {r.id: {} for r in exercise.results},
        {r.id: damaged for r in exercise.results},
    ):
        for lang in ("nl", "en"):
            assert len(read(exercise, outcome, lang)) == len(exercise.results)
