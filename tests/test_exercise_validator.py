"""Checking exercise files: every broken-file case gives the right ``file: field: message``."""

from __future__ import annotations

import copy
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from careerjournal.exercises import (
    CardSortStep,
    InvalidExercise,
    ListStep,
    Problem,
    ScaleStep,
    Text,
    load_folder,
    parse_exercise,
)
from careerjournal.exercises.model import default_top_count

DATA = Path(__file__).parent / "data" / "exercises"
SAMPLE = DATA / "sample.toml"
SHIPPED = Path(__file__).parent.parent / "exercises"
PROBLEM_LINE = re.compile(r"^[^:]+\.toml: (-|[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*): \S.*$")

_SAMPLE_DATA = tomllib.loads(SAMPLE.read_text(encoding="utf-8"))


def sample() -> dict[str, Any]:
    """A fresh copy of the sample file's data, to break in one place."""
    return copy.deepcopy(_SAMPLE_DATA)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidExercise) as caught:
        parse_exercise(data, Path("broken.toml"))
    return [str(p) for p in caught.value.problems]


def step(data: dict[str, Any], step_id: str) -> dict[str, Any]:
    return next(s for s in data["steps"] if s["id"] == step_id)


def result(data: dict[str, Any], result_id: str) -> dict[str, Any]:
    return next(r for r in data["results"] if r["id"] == result_id)


# --- a good file ------------------------------------------------------------------


def test_sample_parses_with_defaults_filled_in() -> None:
    exercise = parse_exercise(sample(), SAMPLE)
    assert (exercise.id, exercise.version, exercise.order, exercise.source) == (
        "sample",
        2,
        100,
        SAMPLE,
    )
    assert [s.kind for s in exercise.steps] == [
        "info",
        "scale",
        "cardsort",
        "reflection",
        "rank",
        "choice",
        "list",
        "reflection",
    ]
    scale = exercise.step("statements")
    assert isinstance(scale, ScaleStep)
    assert scale.labels == (Text("past niet", "does not fit"), Text("past goed", "fits well"))
    assert [scale.label_for(v) for v in (1, 3, 5)] == [scale.labels[0], None, scale.labels[1]]
    assert [i.reverse for i in scale.items] == [False, True, False, False, False, False]
    week = exercise.step("week")
    assert isinstance(week, ListStep)
    assert week.name_field.id == "activity"  # the first *text* field, not the long_text one
    assert week.field("energy").label_for(-2) == Text("kost veel", "drains a lot")
    values = next(r for r in exercise.results if r.id == "values")
    sort = exercise.step("sort")
    assert isinstance(sort, CardSortStep)
    assert values.count == default_top_count(sort) == 2
    assert exercise.dimension("c").letter == "C"
    with pytest.raises(KeyError):
        exercise.step("nope")


def test_text_falls_back_to_dutch() -> None:
    text = Text("hallo", "hello")
    assert (text.get("nl"), text.get("en"), text.get("de")) == ("hallo", "hello", "hallo")


def test_problem_prints_as_file_field_message() -> None:
    problem = Problem("work-values.toml", "steps[2].items[5].dimension", 'no dimension "x"')
    assert str(problem) == 'work-values.toml: steps[2].items[5].dimension: no dimension "x"'


# --- one test per broken-file case -------------------------------------------------


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('format = 1\nid = "bad"\ntitle = {nl = "x", en =\n')
    shutil.copy(SAMPLE, tmp_path / "sample.toml")
    catalog = load_folder(tmp_path)
    assert [e.id for e in catalog.exercises] == ["sample"]  # the good file still loads
    [problem] = catalog.problems
    assert (problem.file, problem.field) == ("bad.toml", "-")
    assert "not valid TOML" in problem.message and "line 3" in problem.message


def test_missing_language() -> None:
    data = sample()
    del data["title"]["en"]
    del step(data, "sort")["cards"][1]["label"]["nl"]
    assert problems(data) == [
        "broken.toml: title.en: the English text is missing",
        "broken.toml: steps[2].cards[1].label.nl: the Dutch text is missing",
    ]


def test_empty_text() -> None:
    data = sample()
    step(data, "statements")["items"][0]["text"]["nl"] = "   "
    assert problems(data) == ["broken.toml: steps[1].items[0].text.nl: is empty"]


def test_text_that_is_not_a_table() -> None:
    data = sample()
    data["intro"] = "only one language"
    assert problems(data) == ["broken.toml: intro: must be a table, not a string"]


def test_unknown_step_kind() -> None:
    data = sample()
    data["steps"][0]["kind"] = "quiz"
    [problem] = problems(data)
    assert problem.startswith('broken.toml: steps[0].kind: unknown step kind "quiz"; use one of:')
    assert "cardsort" in problem


@pytest.mark.parametrize(
    ("where", "field"),
    [
        (lambda d: d["steps"][2].__setitem__("id", "statements"), "steps[2].id"),
        (
            lambda d: step(d, "statements")["items"][3].__setitem__("id", "a1"),
            "steps[1].items[3].id",
        ),
        (
            lambda d: step(d, "sort")["cards"][2].__setitem__("id", "autonomy"),
            "steps[2].cards[2].id",
        ),
        (lambda d: step(d, "sort")["piles"][1].__setitem__("id", "very"), "steps[2].piles[1].id"),
        (
            lambda d: step(d, "pick")["options"][1].__setitem__("id", "stay"),
            "steps[5].options[1].id",
        ),
        (lambda d: step(d, "week")["fields"][2].__setitem__("id", "note"), "steps[6].fields[2].id"),
        (lambda d: d["results"][1].__setitem__("id", "profile"), "results[1].id"),
    ],
)
def test_duplicate_id_within_a_file(where: Any, field: str) -> None:
    data = sample()
    where(data)
    assert any(
        p.startswith(f"broken.toml: {field}: ") and "is already the id of" in p
        for p in problems(data)
    ), problems(data)


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "a.toml")
    shutil.copy(SAMPLE, tmp_path / "b.toml")
    catalog = load_folder(tmp_path)
    assert [e.source.name for e in catalog.exercises] == ["a.toml"]
    assert [str(p) for p in catalog.problems] == [
        'b.toml: id: "sample" is already the id of a.toml'
    ]


def test_item_names_a_missing_dimension() -> None:
    data = sample()
    step(data, "statements")["items"][4]["dimension"] = "z"
    assert problems(data) == [
        'broken.toml: steps[1].items[4].dimension: no dimension "z"; declared: a, b, c, d',
        'broken.toml: dimensions[2].id: dimension "c" is not used by any scale item',
    ]


def test_result_names_a_missing_step() -> None:
    data = sample()
    result(data, "values")["step"] = "sorting"
    assert problems(data) == ['broken.toml: results[1].step: no step "sorting"']


def test_result_names_a_step_of_the_wrong_kind() -> None:
    data = sample()
    result(data, "profile")["step"] = "pick"
    assert problems(data) == [
        'broken.toml: results[0].step: step "pick" is a choice step; this needs a scale step'
    ]


def test_result_names_a_missing_or_wrong_field() -> None:
    data = sample()
    result(data, "energy")["field"] = "mood"
    assert problems(data) == [
        'broken.toml: results[3].field: step "week" has no field "mood"; '
        "fields: note, activity, energy, when"
    ]
    result(data, "energy")["field"] = "activity"
    assert problems(data) == [
        'broken.toml: results[3].field: field "activity" is a text field; '
        "list_extremes needs a rating field"
    ]


def test_missing_rank_pile_and_too_few_cards() -> None:
    data = sample()
    step(data, "sort")["rank_pile"] = "top"
    step(data, "sort")["rank_count"] = 5
    assert problems(data) == [
        'broken.toml: steps[2].rank_pile: no pile "top"; piles: very, some, not',
        "broken.toml: steps[2].cards: has 4 cards; rank_count needs at least 5",
    ]


def test_for_each_must_name_an_earlier_cardsort_or_rank() -> None:
    data = sample()
    step(data, "why")["for_each"] = "future"
    assert problems(data) == ['broken.toml: steps[3].for_each: no earlier step "future"']
    step(data, "why")["for_each"] = "statements"
    assert problems(data) == [
        'broken.toml: steps[3].for_each: step "statements" is a scale step; '
        "this needs a cardsort or rank step"
    ]


def test_for_each_question_needs_item_placeholder() -> None:
    data = sample()
    step(data, "why")["questions"][0]["text"]["en"] = "Why does it matter?"
    assert problems(data) == [
        "broken.toml: steps[3].questions[0].text.en: "
        "must contain {item}, which becomes each item's label"
    ]


@pytest.mark.parametrize(
    ("result_id", "key", "text", "field"),
    [
        ("values", "summary", "Your top: {tops}.", "results[1].summary.en"),
        ("picked", "insight", "I pick {top}.", "results[7].insight.en"),
        ("energy", "summary", "Mean {readings}.", "results[3].summary.en"),
    ],
)
def test_placeholder_not_of_the_result_kind(
    result_id: str,
    key: str,
    text: str,
    field: str,
) -> None:
    data = sample()
    result(data, result_id)[key]["en"] = text
    [problem] = problems(data)
    assert problem.startswith(f"broken.toml: {field}: {{") and "cannot be used here" in problem


def test_code_placeholder_needs_code_letters() -> None:
    data = sample()
    del result(data, "profile")["code_letters"]
    assert problems(data) == [
        "broken.toml: results[0].summary.nl: {code} cannot be used here; "
        "placeholders here: top, names, first, readings, scores, trend",
        "broken.toml: results[0].summary.en: {code} cannot be used here; "
        "placeholders here: top, names, first, readings, scores, trend",
        "broken.toml: results[0].insight.nl: {code} cannot be used here; "
        "placeholders here: top, names, first, readings, scores, trend",
        "broken.toml: results[0].insight.en: {code} cannot be used here; "
        "placeholders here: top, names, first, readings, scores, trend",
    ]


def test_code_letters_need_letters() -> None:
    data = sample()
    del data["dimensions"][1]["letter"]
    assert problems(data) == ['broken.toml: results[0].code_letters: dimension "b" has no letter']


def test_newer_format_is_reported_alone() -> None:
    data = sample()
    data["format"] = 2
    data["steps"][0]["kind"] = "something-new"
    assert problems(data) == [
        "broken.toml: format: format 2 is newer than this CareerJournal reads (1); "
        "update CareerJournal to use it"
    ]


def test_missing_fields_and_wrong_types() -> None:
    data = sample()
    del data["id"]
    data["minutes"] = "ten"
    data["version"] = True
    step(data, "statements")["items"][1]["reverse"] = "yes"
    assert problems(data) == [
        "broken.toml: id: is missing",
        "broken.toml: version: must be a whole number, not true or false",
        "broken.toml: minutes: must be a whole number, not a string",
        "broken.toml: steps[1].items[1].reverse: must be true or false, not a string",
    ]


def test_numbers_out_of_range_and_bad_enums() -> None:
    data = sample()
    data["minutes"] = 0
    data["category"] = "hobbies"
    data["id"] = "Work Values"
    data["suggestions"][0]["section"] = "wish"
    assert problems(data) == [
        "broken.toml: id: must be lowercase letters, digits and hyphens, like work-values",
        'broken.toml: category: "hobbies" is not one of: '
        "values, motivation, talents, direction, network, learning, checkin",
        "broken.toml: minutes: is 0; it must be at least 1 and at most 180",
        'broken.toml: suggestions[0].section: "wish" is not one of: '
        "vision, goal, action, planb, conversation, training",
    ]


def test_unknown_field_is_reported() -> None:
    data = sample()
    step(data, "statements")["items"][1]["revers"] = True
    step(data, "pick")["min"] = 1
    assert problems(data) == [
        'broken.toml: steps[1].items[1].revers: a scale item has no field "revers"',
        'broken.toml: steps[5].min: a choice step has no field "min"',
    ]


def test_scale_labels_must_fit_the_scale() -> None:
    data = sample()
    step(data, "statements")["labels"] = {"nl": ["a", "b", "c"], "en": ["a", "b", "c"]}
    assert problems(data) == [
        "broken.toml: steps[1].labels: has 3 labels; give 5 (one per point) or 2 (the ends)"
    ]
    step(data, "statements")["labels"] = {"nl": ["a", "b"], "en": ["a", "b", "c", "d", "e"]}
    assert problems(data) == [
        "broken.toml: steps[1].labels: has 2 Dutch and 5 English labels; they must match"
    ]


def test_unused_dimension() -> None:
    data = sample()
    data["dimensions"].append(
        {"id": "e", "label": {"nl": "E", "en": "E"}, "reading": {"nl": "E.", "en": "E."}}
    )
    assert problems(data) == [
        'broken.toml: dimensions[4].id: dimension "e" is not used by any scale item'
    ]


def test_list_needs_a_text_field_and_choice_bounds_fit() -> None:
    data = sample()
    step(data, "week")["fields"][1]["type"] = "long_text"
    step(data, "pick")["max_choices"] = 4
    assert problems(data) == [
        "broken.toml: steps[5].max_choices: is 4, but there are only 3 options",
        'broken.toml: steps[6].fields: needs a field of type "text": the first one names a row',
    ]


def test_every_problem_is_found_in_one_pass_and_printed_alike() -> None:
    data = sample()
    del data["title"]["nl"]
    data["steps"][0]["kind"] = "quiz"
    step(data, "statements")["items"][0]["dimension"] = "zz"
    step(data, "sort")["cards"][1]["id"] = "autonomy"
    result(data, "values")["summary"]["nl"] = "{nope}"
    result(data, "order")["step"] = "future"
    found = problems(data)
    assert [p.split(": ")[1] for p in found] == [
        "title.nl",
        "steps[0].kind",
        "steps[1].items[0].dimension",
        "steps[2].cards[1].id",
        "results[1].summary.nl",
        "results[2].step",
    ]
    assert all(PROBLEM_LINE.match(p) for p in found), found
