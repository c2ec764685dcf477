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
    assert shown.summary.startswith("Je antwoorden liggen dicht bij elkaar en zijn allemaal hoog")


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
    assert reading(answers, "profile").summary == (
        "Your code is RI: Realistic (high), Investigative (high)."
    )


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


# --- trend and the care pointer ---------------------------------------------------------------


def month(energy: int, balance: int) -> dict[str, Any]:
    return {"month": {"energy": energy, "balance": balance}}


def history(*months: tuple[int, int]) -> list[tuple[int, dict[str, Any]]]:
    """Earlier results, newest first, from (energy, balance) months given oldest first."""
    runs: list[tuple[int, dict[str, Any]]] = []
    for values in months:
        runs.insert(0, (1, score(HONEST, month(*values), runs)))
    return runs


def test_first_run_says_there_is_nothing_to_compare_yet() -> None:
    assert "first time" in reading(month(4, 4), "month").values["trend"]


def test_trend_over_the_months_rising_falling_steady() -> None:
    rising = reading(month(4, 4), "month", earlier=history((2, 2), (3, 3)))
    assert rising.values["trend"].startswith(
        "Compared with previous times, your average is going up: 2 → 3 → 4."
    )
    falling = reading(month(2, 2), "month", "nl", earlier=history((4, 4), (3, 3)))
    assert "gaat je gemiddelde omlaag: 4 → 3 → 2" in falling.values["trend"]
    steady = reading(month(3, 3), "month", earlier=history((3, 3)))
    assert "stays about the same: 3 → 3" in steady.values["trend"]


def test_a_dimension_that_changes_band_is_named() -> None:
    shown = reading(month(4, 3), "month", earlier=history((2, 3)))
    assert "Energy went from weak to strong since last time." in shown.values["trend"]


def test_two_low_months_in_a_row_point_kindly_to_help() -> None:
    shown = reading(month(1, 2), "month", earlier=history((2, 1)))
    assert score(HONEST, month(1, 2), history((2, 1)))["month"]["low_streak"] == 2
    assert shown.summary.startswith("A hard month.")
    assert "company doctor (bedrijfsarts)" in shown.summary and "GP (huisarts)" in shown.summary
    nl = reading(month(1, 2), "month", "nl", earlier=history((2, 1))).summary
    assert "bedrijfsarts" in nl and "huisarts" in nl and "2 keer achter elkaar" in nl


def test_one_low_month_or_a_break_in_the_streak_gets_no_pointer() -> None:
    assert "bedrijfsarts" not in reading(month(1, 1), "month").summary
    after_good = reading(month(1, 1), "month", earlier=history((1, 1), (4, 4)))
    assert "bedrijfsarts" not in after_good.summary


def test_care_counts_low_months_across_versions() -> None:
    earlier = [(0, {"month": {"level": "low"}})]  # an older version of the exercise
    assert score(HONEST, month(1, 1), earlier)["month"]["low_streak"] == 2
    assert score(HONEST, month(1, 1), earlier)["month"]["trend"] == []  # not comparable


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


def test_every_engine_sentence_exists_in_both_languages_with_the_same_placeholders() -> None:
    from careerjournal.exercises import wording
    from careerjournal.exercises.model import PLACEHOLDER

    for key, text in wording._WORDS.items():
        assert text.nl.strip() and text.en.strip(), key
        assert sorted(PLACEHOLDER.findall(text.nl)) == sorted(PLACEHOLDER.findall(text.en)), key
    assert {t.nl for t in wording.BAND_LABELS.values()} == {"laag", "gemiddeld", "hoog"}


def test_over_time_lines_runs_up_on_one_scale_with_both_bars_of_a_gap() -> None:
    from careerjournal.exercises.history import over_time

    first = score(HONEST, {**month(2, 2), **gaps({"security": (5, 2), "autonomy": (4, 4)})})
    second = score(HONEST, {**month(4, 3), **gaps({"security": (5, 4), "autonomy": (4, 4)})})
    series = {s.result_id: s for s in over_time(HONEST, [first, second], "en")}
    assert series["month"].labels == ("Energy", "Balance")
    assert series["month"].values == ((2.0, 4.0), (2.0, 3.0))
    assert series["month"].bar_range == (1.0, 5.0)
    assert series["gaps"].labels[:2] == ("Security: How important", "Security: How present")
    assert series["gaps"].values[:2] == ((5.0, 5.0), (2.0, 4.0))


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
