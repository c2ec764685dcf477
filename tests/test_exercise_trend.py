"""A profile over time: the trend over the months, the two-low-months pointer to help,
and every run of a result side by side on one scale."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from careerjournal.exercises import load_file, read, score

DATA = Path(__file__).parent / "data" / "exercises"
HONEST = load_file(DATA / "honest.toml")


def reading(answers: dict[str, Any], result: str, lang: str = "en", earlier=()) -> Any:
    outcome = score(HONEST, answers, earlier)
    return next(r for r in read(HONEST, outcome, lang) if r.result_id == result)


def gaps(cells: dict[str, tuple[int, int]]) -> dict[str, Any]:
    sort = {
        "piles": {"autonomy": "very", "security": "very", "variety": "very", "income": "other"},
        "ranking": ["security", "autonomy", "variety"],
    }
    return {
        "sort": sort,
        "presence": {k: {"importance": i, "presence": p} for k, (i, p) in cells.items()},
    }


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
