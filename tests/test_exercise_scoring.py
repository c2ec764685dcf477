"""Scoring rules on hand-made answers whose results were worked out by hand, and their reading."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from careerjournal.exercises import (
    Bar,
    Exercise,
    Text,
    for_each_items,
    load_file,
    read,
    score,
    step_complete,
)

SAMPLE = load_file(Path(__file__).parent / "data" / "exercises" / "sample.toml")
SHIPPED = Path(__file__).parent.parent / "exercises"


def with_result(exercise: Exercise, result_id: str, **changes: Any) -> Exercise:
    """``exercise`` with one result's options changed."""
    results = tuple(
        dataclasses.replace(r, **changes) if r.id == result_id else r for r in exercise.results
    )
    return dataclasses.replace(exercise, results=results)


def profile(scale: dict[str, Any], exercise: Exercise = SAMPLE) -> dict[str, Any]:
    """The scores, top and code of the profile (the honest-reading fields are tested apart)."""
    outcome = score(exercise, {"statements": scale})["profile"]
    return {key: outcome[key] for key in ("scores", "top", "code")}


# --- scale_profile -------------------------------------------------------------------
# Scale 1..5, so a reversed answer x counts as 6 - x. Items: a1, a2 (reverse) -> a;
# b1, b2 -> b; c1 -> c; d1 -> d. The result takes the top 2 and a 2-letter code.


def test_mean_with_a_reversed_item() -> None:
    # a = (5 + (6-2)) / 2 = 4.5; b = (3+4)/2 = 3.5; c = 5; d = 1
    outcome = profile({"a1": 5, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "d1": 1})
    assert outcome == {
        "scores": {"a": 4.5, "b": 3.5, "c": 5.0, "d": 1.0},
        "top": ["c", "a"],
        "code": "CA",
    }


def test_sum_instead_of_mean() -> None:
    summed = with_result(SAMPLE, "profile", method="sum")
    # a = 5 + 4 = 9; b = 7; c = 5; d = 1
    outcome = profile({"a1": 5, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "d1": 1}, summed)
    assert outcome == {
        "scores": {"a": 9.0, "b": 7.0, "c": 5.0, "d": 1.0},
        "top": ["a", "b"],
        "code": "AB",
    }


def test_unanswered_and_invalid_answers_are_left_out() -> None:
    # a2 unanswered: a = 5; b2 out of range, d1 a bool, c1 a string: only b1 counts besides a1.
    # b = 2 lies in the low band (up to 2.33 on 1..5), so it is not in the top.
    outcome = profile({"a1": 5, "b1": 2, "b2": 9, "c1": "4", "d1": True})
    assert outcome == {"scores": {"a": 5.0, "b": 2.0}, "top": ["a"], "code": "AB"}


def test_equal_scores_keep_declared_order_and_make_no_code() -> None:
    # a = 5, c = 5 tie at the top: a is declared first. b = 3, d = 1. A tie has no order,
    # so no code is made from it.
    outcome = profile({"a1": 5, "a2": 1, "b1": 3, "b2": 3, "c1": 5, "d1": 1})
    assert outcome["top"] == ["a", "c"] and outcome["code"] == ""


def test_ties_with_the_last_top_one_are_included() -> None:
    # c = 5, then a = b = d = 4: the second place ties three ways, so all are in the top.
    outcome = profile({"a1": 4, "a2": 2, "b1": 4, "b2": 4, "c1": 5, "d1": 4})
    assert outcome["top"] == ["c", "a", "b", "d"]
    assert outcome["code"] == ""  # the second letter ties with the third: no code


def test_tie_below_the_top_is_not_included() -> None:
    # c = 5, a = 4, b = d = 3: the tie is under the last top one.
    outcome = profile({"a1": 4, "a2": 2, "b1": 3, "b2": 3, "c1": 5, "d1": 3})
    assert outcome["top"] == ["c", "a"]


def test_code_letters_follow_the_ranking() -> None:
    three = with_result(SAMPLE, "profile", code_letters=3, top=1)
    outcome = profile({"a1": 1, "a2": 5, "b1": 2, "b2": 2, "c1": 3, "d1": 5}, three)
    # a = 1, b = 2, c = 3, d = 5
    assert outcome["code"] == "DCB" and outcome["top"] == ["d"]


# --- top_items, for_each and step completeness of a card sort and a rank ----------------

SORTED: dict[str, Any] = {
    "piles": {"autonomy": "very", "security": "very", "variety": "some", "income": "not"},
    "ranking": ["variety", "security", "autonomy"],  # variety is not on the rank pile
}


def test_top_items_of_a_card_sort() -> None:
    outcome = score(SAMPLE, {"sort": SORTED})["values"]
    assert outcome == {"top": ["security", "autonomy"], "piles": {"very": 2, "some": 1, "not": 1}}


def test_top_items_of_a_rank() -> None:
    outcome = score(SAMPLE, {"priorities": ["time", "money", "people", "place"]})["order"]
    assert outcome == {"top": ["time", "money"], "piles": {}}


def test_top_items_unanswered() -> None:
    outcomes = score(SAMPLE, {})
    assert outcomes["values"] == {"top": [], "piles": {"very": 0, "some": 0, "not": 0}}
    assert outcomes["order"] == {"top": [], "piles": {}}


def test_for_each_asks_about_the_ranked_top() -> None:
    why = SAMPLE.step("why")
    assert for_each_items(SAMPLE, why, {"sort": SORTED}) == [
        ("security", Text("Zekerheid", "Security")),
        ("autonomy", Text("Zelfstandigheid", "Autonomy")),
    ]
    assert for_each_items(SAMPLE, why, {}) == []
    assert for_each_items(SAMPLE, SAMPLE.step("future"), {"sort": SORTED}) == []


def test_card_sort_complete_needs_every_card_and_the_ranking() -> None:
    sort = SAMPLE.step("sort")
    assert step_complete(sort, SORTED, {})
    unplaced = {"piles": {**SORTED["piles"], "income": "elsewhere"}, "ranking": SORTED["ranking"]}
    assert not step_complete(sort, unplaced, {})
    assert not step_complete(sort, {"piles": SORTED["piles"], "ranking": ["security"]}, {})
    assert not step_complete(sort, None, {})


def test_rank_complete_needs_every_item_once() -> None:
    rank = SAMPLE.step("priorities")
    assert step_complete(rank, ["place", "time", "money", "people"], {})
    assert not step_complete(rank, ["place", "time", "money"], {})
    assert not step_complete(rank, ["place", "place", "time", "money"], {})


# --- list_extremes and count -----------------------------------------------------------
# Energy is rated -2..2, so the middle is 0: only rows above 0 are "high", below 0 "low".

WEEK = [
    {"activity": "Meeting", "energy": -2},
    {"activity": "Coding", "energy": 2},
    {"activity": "Lunch", "energy": 0},
    {"activity": " Email ", "energy": -1},
    {"activity": "Mentoring", "energy": 2, "when": "morning"},
    {"activity": "Review", "energy": 1},
    {"activity": "", "note": "   "},  # empty: ignored
    {"note": "no name", "energy": 1},  # named by its place in the list
    {"activity": "Admin"},  # filled, but not rated
]


def test_list_extremes() -> None:
    outcome = score(SAMPLE, {"week": WEEK})["energy"]
    assert outcome["high"] == [["Coding", 2], ["Mentoring", 2]]  # count = 2; Review, #8 left out
    assert outcome["low"] == [["Meeting", -2], ["Email", -1]]
    assert outcome["rows"] == [
        ["Meeting", -2],
        ["Coding", 2],
        ["Lunch", 0],
        ["Email", -1],
        ["Mentoring", 2],
        ["Review", 1],
        ["#8", 1],
    ]
    assert outcome["mean"] == pytest.approx(3 / 7)


def test_list_extremes_only_above_or_below_the_middle() -> None:
    outcome = score(
        SAMPLE, {"week": [{"activity": "Lunch", "energy": 0}, {"activity": "Walk", "energy": 1}]}
    )["energy"]
    assert outcome == {
        "high": [["Walk", 1]],
        "low": [],
        "mean": 0.5,
        "rows": [["Lunch", 0], ["Walk", 1]],
        "shape": "clear",
    }
    empty = {"high": [], "low": [], "mean": None, "rows": [], "shape": "clear"}
    assert score(SAMPLE, {})["energy"] == empty


def test_count_of_list_rows_and_answered_questions() -> None:
    answers = {
        "week": WEEK,
        "future": {"one-year": "More time outside.", "five-years": "  "},
        "sort": SORTED,
        "why": {"security": "Rent.", "autonomy": "", "income": "not a top card"},
    }
    outcomes = score(SAMPLE, answers)
    assert outcomes["logged"] == {"count": 8}
    assert outcomes["thoughts"] == {"count": 1}
    assert outcomes["reasons"] == {"count": 1}


def test_list_complete_needs_min_rows_with_required_fields() -> None:
    week = SAMPLE.step("week")
    assert step_complete(week, WEEK[:7], {})  # the seventh row is empty and ignored
    assert not step_complete(week, WEEK, {})  # the eighth row has no activity
    assert not step_complete(week, WEEK[:1], {})  # min_rows = 2
    assert not step_complete(week, [{"activity": "A"}, {"energy": 1}], {})  # activity required
    # A bad value in an optional field does not block.
    assert step_complete(week, [{"activity": "A"}, {"activity": "B", "when": "noon"}], {})


# --- choice ---------------------------------------------------------------------------


def test_choice_keeps_declared_order_and_drops_unknown_ids() -> None:
    assert score(SAMPLE, {"pick": ["wait", "leave", "stay"]})["picked"] == {
        "chosen": ["stay", "wait"]
    }


def test_choice_complete_within_bounds() -> None:
    pick = SAMPLE.step("pick")
    assert [
        step_complete(pick, chosen, {})
        for chosen in ([], ["go"], ["go", "stay"], ["go", "stay", "wait"])
    ] == [False, True, True, False]


def test_scale_complete_needs_every_item_in_range() -> None:
    scale = SAMPLE.step("statements")
    full = {"a1": 1, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "d1": 1}
    assert step_complete(scale, full, {})
    assert not step_complete(scale, {**full, "d1": 6}, {})
    assert not step_complete(scale, {k: v for k, v in full.items() if k != "c1"}, {})


def test_info_and_reflection_are_always_complete() -> None:
    assert step_complete(SAMPLE.step("welcome"), None, {})
    assert step_complete(SAMPLE.step("future"), {}, {})


# --- reading ----------------------------------------------------------------------------

FULL = {
    "statements": {"a1": 5, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "d1": 1},
    "sort": SORTED,
    "priorities": ["time", "money", "people", "place"],
    "pick": ["wait", "stay"],
    "week": WEEK,
    "future": {"one-year": "More time outside."},
}
EARLIER = {
    "statements": {"a1": 3, "a2": 3, "b1": 3, "b2": 3, "c1": 2, "d1": 2},
    "sort": {
        "piles": {"autonomy": "very", "security": "some", "variety": "very", "income": "very"},
        "ranking": ["income", "variety"],
    },
    "week": [{"activity": "Coding", "energy": -1}, {"activity": "Golf", "energy": 2}],
}


def test_outcomes_are_json_that_survives_a_round_trip() -> None:
    outcomes = score(SAMPLE, FULL)
    assert json.loads(json.dumps(outcomes)) == outcomes


def readings(lang: str, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    return {r.result_id: r for r in read(SAMPLE, score(SAMPLE, FULL), lang, previous)}


def test_read_fills_placeholders_in_dutch() -> None:
    shown = readings("nl")
    assert shown["profile"].title == "Je profiel"
    assert shown["profile"].summary == (
        "Bovenaan: Contact (hoog), Aandacht (hoog) (CA). Lezing C.\n\nLezing A."
    )
    assert shown["profile"].insight == "Mijn code is CA."
    assert shown["values"].summary == "Je 2 belangrijkste: Zekerheid, Zelfstandigheid."
    assert shown["order"].summary == "Eerst Tijd, Geld."
    assert shown["energy"].summary == (
        "Geeft energie: Coding, Mentoring. Kost energie: Meeting, Email. Gemiddeld 0,4 over 7."
    )
    assert shown["logged"].summary == "8 activiteiten."
    assert shown["picked"].summary == "Je koos: Blijven, Afwachten."
    assert shown["picked"].insight == "Ik kies voor Blijven, Afwachten."
    assert shown["values"].insight is None


def test_read_fills_placeholders_in_english() -> None:
    shown = readings("en")
    assert shown["profile"].summary == (
        "At the top: Contact (high), Attention (high) (CA). Reading C.\n\nReading A."
    )
    assert shown["values"].summary == "Your 2 most important: Security, Autonomy."
    assert shown["energy"].summary == (
        "Gives energy: Coding, Mentoring. Drains energy: Meeting, Email. Average 0.4 over 7."
    )
    assert shown["thoughts"].summary == "1 questions answered."
    assert shown["picked"].summary == "You chose: Stay, Wait."


def test_read_shows_empty_lists_and_missing_numbers_as_a_dash() -> None:
    shown = {r.result_id: r for r in read(SAMPLE, score(SAMPLE, {}), "en")}
    assert shown["energy"].summary == "Gives energy: —. Drains energy: —. Average — over 0."
    assert shown["picked"].summary == "You chose: —."
    assert shown["profile"].summary == "At the top: — (). —"


def test_read_bars_with_previous_values() -> None:
    shown = readings("en", score(SAMPLE, EARLIER))
    assert shown["profile"].bars == (
        Bar("Attention", 4.5, 3.0),
        Bar("Building", 3.5, 3.0),
        Bar("Contact", 5.0, 2.0),
        Bar("Daring", 1.0, 2.0),
    )
    assert shown["profile"].bar_range == (1.0, 5.0)
    assert shown["values"].bars == ()  # cards per pile say nothing about the person
    energy = shown["energy"]
    assert energy.bars[:2] == (Bar("Meeting", -2.0, None), Bar("Coding", 2.0, -1.0))
    assert len(energy.bars) == 7 and energy.bar_range == (-2.0, 2.0)
    assert shown["order"].bars == shown["logged"].bars == shown["picked"].bars == ()


def test_read_without_previous_has_no_previous_values() -> None:
    assert all(bar.previous is None for r in readings("nl").values() for bar in r.bars)


def test_sum_profile_range_spans_every_dimension() -> None:
    summed = with_result(SAMPLE, "profile", method="sum")
    profile_reading = read(summed, score(summed, FULL), "nl")[0]
    # a and b have two items (2..10 each), c and d one (1..5): the widest range is 1..10.
    assert profile_reading.bar_range == (1.0, 10.0)
    assert profile_reading.bars[0] == Bar("Aandacht", 9.0)


def test_read_leaves_out_results_without_an_outcome() -> None:
    outcome = score(SAMPLE, FULL)
    assert [r.result_id for r in read(SAMPLE, {"picked": outcome["picked"]}, "en")] == ["picked"]
