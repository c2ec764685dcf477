"""check-exercises on the new fields: every problem named by file and field."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from careerjournal.exercises import InvalidExercise, load_folder, parse_exercise

DATA = Path(__file__).parent / "data" / "exercises"
_HONEST = tomllib.loads((DATA / "honest.toml").read_text(encoding="utf-8"))


def honest() -> dict[str, Any]:
    return copy.deepcopy(_HONEST)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidExercise) as caught:
        parse_exercise(data, Path("broken.toml"))
    return [str(p) for p in caught.value.problems]


def at(data: dict[str, Any], step_id: str) -> tuple[int, dict[str, Any]]:
    index = next(i for i, s in enumerate(data["steps"]) if s["id"] == step_id)
    return index, data["steps"][index]


def result(data: dict[str, Any], result_id: str) -> tuple[int, dict[str, Any]]:
    index = next(i for i, r in enumerate(data["results"]) if r["id"] == result_id)
    return index, data["results"][index]


def test_the_test_file_is_valid() -> None:
    exercise = parse_exercise(honest(), Path("honest.toml"))
    assert [s.kind for s in exercise.steps].count("matrix") == 3


def test_bands_out_of_order_out_of_range_and_missing_upto() -> None:
    data = honest()
    n, month = at(data, "month")
    month["bands"][0]["upto"] = 4
    month["bands"][1]["upto"] = 6
    month["bands"][2]["upto"] = 5
    found = problems(data)
    assert f"broken.toml: steps[{n}].bands[1].upto: is 6; it must be from 1 to 5" in found
    assert (
        f"broken.toml: steps[{n}].bands[2].upto: the last band runs to the top of the scale; leave upto out"
        in found
    )
    data = honest()
    month = at(data, "month")[1]
    del month["bands"][0]["upto"]
    month["bands"][1]["level"] = "high"
    month["bands"][2]["level"] = "middle"
    found = problems(data)
    assert (
        f"broken.toml: steps[{n}].bands[0].upto: is missing; every band but the last needs one"
        in found
    )
    assert (
        f"broken.toml: steps[{n}].bands: levels are low, high, middle; use low, high or low, middle, high"
        in found
    )


def test_pile_caps_must_fit_the_rank_and_the_cards() -> None:
    data = honest()
    n, sort = at(data, "sort")
    sort["piles"][0]["max"] = 1
    sort["piles"][1]["max"] = 1
    found = problems(data)
    assert f"broken.toml: steps[{n}].rank_pile: its max (1) is less than rank_count (2)" in found
    assert (
        f"broken.toml: steps[{n}].piles: the piles' max values leave no room for all 4 cards"
        in found
    )


def test_pick_names_an_earlier_step_of_the_right_kind_and_a_possible_count() -> None:
    data = honest()
    n, most = at(data, "most")
    most["choose"] = 9
    assert problems(data) == [
        f"broken.toml: steps[{n}].choose: is 9, but the step it picks from gives at most 8 items"
    ]
    most["choose"], most["items_from"] = 2, "criteria"
    assert problems(data) == [f'broken.toml: steps[{n}].items_from: no earlier step "criteria"']
    most["items_from"], most["pile"] = "statements", "very"
    assert problems(data) == [
        f'broken.toml: steps[{n}].pile: only a cardsort has piles; step "statements" is a scale step'
    ]


def test_matrix_rows_columns_and_cells() -> None:
    data = honest()
    n, options = at(data, "options")
    options["rows_from"] = "sort"
    options["colums"] = []
    options["max"] = 1
    found = problems(data)
    assert f"broken.toml: steps[{n}].rows: give either rows or rows_from, not both" in found
    assert f'broken.toml: steps[{n}].colums: a matrix step has no field "colums"' in found
    assert f"broken.toml: steps[{n}].max: must be more than min (1)" in found
    data = honest()
    m, talks = at(data, "talks")
    talks["min"] = 1
    assert problems(data) == [
        f"broken.toml: steps[{m}].min: a matrix of choices (with options) has no min"
    ]


def test_gap_and_matrix_profile_need_rating_columns() -> None:
    data = honest()
    n, gaps = result(data, "gaps")
    gaps["presence"] = "importance"
    k, weighed = result(data, "weighed")
    weighed["step"] = "talks"
    found = problems(data)
    assert f"broken.toml: results[{n}].presence: must be another column than importance" in found
    assert (
        f'broken.toml: results[{k}].step: step "talks" is a matrix of choices; this needs ratings'
        in found
    )
    gaps["presence"] = "presense"
    assert (
        f'broken.toml: results[{n}].presence: step "presence" has no column "presense"; '
        "columns: importance, presence" in problems(data)
    )


def test_variant_texts_and_their_placeholders() -> None:
    data = honest()
    n, month = result(data, "month")
    month["low"] = {"nl": "Laag: {top}", "en": "Low: {top}"}
    month["care"] = {"nl": "Zorg {trend}", "en": "Care"}
    p, profile = result(data, "profile")
    profile["pick"] = "first-goal"
    del data["results"][n]["care_after"]
    found = problems(data)
    assert (
        f"broken.toml: results[{n}].low.nl: {{top}} cannot be used here; "
        "placeholders here: scores, band, trend" in found
    )
    assert (
        f"broken.toml: results[{n}].care: is only shown with care_after; add care_after = 2 (or more)"
        in found
    )
    assert (
        f"broken.toml: results[{n}].care.nl: {{trend}} cannot be used here; placeholders here: none"
        in found
    )
    assert (
        f'broken.toml: results[{p}].pick: step "first-goal" does not pick from step "statements"'
        in found
    )


def test_suggestion_result_each_and_placeholders() -> None:
    data = honest()
    data["suggestions"][0]["result"] = "nope"
    data["suggestions"][1]["text"]["en"] = "More {tiem}"
    data["suggestions"][2]["each"] = True
    found = problems(data)
    assert any(
        f.startswith('broken.toml: suggestions[0].result: no result "nope"; results: ')
        for f in found
    )
    assert (
        "broken.toml: suggestions[1].text.en: {tiem} cannot be used here; "
        "placeholders here: gaps, first, count, matches, item" in found
    )
    assert "broken.toml: suggestions[2].each: needs a result to take items from" in found


def test_synthesis_sources_are_checked_against_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    shutil.copytree(DATA, folder)
    catalog = load_folder(folder)
    assert not catalog.problems and catalog.get("honest") is not None
    text = (folder / "honest.toml").read_text(encoding="utf-8")
    text = text.replace('result = "picked"\nvalue = "choice"', 'result = "picked"\nvalue = "top"')
    text = text.replace(
        'exercise = "sample"\nresult = "values"', 'exercise = "sampel"\nresult = "values"'
    )
    (folder / "honest.toml").write_text(text, encoding="utf-8")
    catalog = load_folder(folder)
    assert [str(p) for p in catalog.problems] == [
        'honest.toml: steps[9].sources[0].exercise: no exercise "sampel" in the folder',
        'honest.toml: steps[9].sources[1].value: a choice result has no "top"; use one of: choice, first',
    ]
    assert catalog.get("honest") is None and catalog.get("sample") is not None
    run = subprocess.run(
        [sys.executable, "-m", "careerjournal", "check-exercises", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert 'honest.toml: steps[9].sources[0].exercise: no exercise "sampel" in the folder' in (
        run.stdout + run.stderr
    )
