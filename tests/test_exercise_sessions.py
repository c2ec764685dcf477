"""Exercise runs in a real vault: start, autosave, resume after reopening, complete, history."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest

from careerjournal.exercises import (
    Catalog,
    ExerciseStore,
    Overview,
    RunNotOpen,
    exercise_progress,
    load_file,
    overview,
    score,
)
from careerjournal.vault import Vault, open_vault
from tests.helpers.passphrases import PASSPHRASE

Reopen = Callable[[], ExerciseStore]

SAMPLE = load_file(Path(__file__).parent / "data" / "exercises" / "sample.toml")
OTHER = dataclasses.replace(SAMPLE, id="other", order=5)
SCALE = {"a1": 5, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "d1": 1}
PICK = ["go"]


@pytest.fixture
def store(vault: Vault) -> ExerciseStore:
    return ExerciseStore(vault)


@pytest.fixture
def reopen(vault: Vault, vault_path: Path) -> Iterator[Reopen]:
    """Locks the test's vault and opens it again from disk, as after a restart."""
    opened: list[Vault] = []

    def again() -> ExerciseStore:
        vault.close()
        for earlier in opened:
            earlier.close()
        opened.append(open_vault(vault_path, PASSPHRASE))
        return ExerciseStore(opened[-1])

    yield again
    for each in opened:
        each.close()


def test_start_gives_an_empty_run_at_the_first_step(store: ExerciseStore) -> None:
    run = store.start(SAMPLE)
    assert (run.exercise_id, run.exercise_version, run.current_step) == ("sample", 2, 0)
    assert run.answers == {} and run.result is None and run.completed_at is None
    assert run.started_at == run.updated_at and run.started_at.tzinfo == UTC
    assert store.open_run("sample") == run
    assert store.open_run("other") is None


def test_save_and_resume_at_the_same_step_after_reopening(
    store: ExerciseStore,
    reopen: Reopen,
) -> None:
    run = store.start(SAMPLE)
    store.save(run.id, "statements", SCALE, 1)
    store.save(run.id, "pick", ["stay"], 2)
    saved = store.save(run.id, "pick", PICK, 3)  # an autosave replaces the step's answer
    assert saved.answers == {"statements": SCALE, "pick": PICK} and saved.current_step == 3
    assert saved.updated_at > run.updated_at

    resumed = reopen().open_run("sample")
    assert resumed == saved


def test_save_none_removes_an_answer_and_set_step_moves(store: ExerciseStore) -> None:
    run = store.start(SAMPLE)
    store.save(run.id, "pick", PICK, 5)
    cleared = store.save(run.id, "pick", None, 5)
    assert cleared.answers == {}
    moved = store.set_step(run.id, 2)
    assert moved.current_step == 2 and store.open_run("sample") == moved


def test_complete_scores_and_stores_the_result(store: ExerciseStore, reopen: Reopen) -> None:
    run = store.start(SAMPLE)
    store.save(run.id, "statements", SCALE, 1)
    store.save(run.id, "pick", PICK, 2)
    done = store.complete(run.id, SAMPLE)
    assert done.result == score(SAMPLE, {"statements": SCALE, "pick": PICK})
    assert done.result["profile"]["code"] == "CA"
    assert done.completed_at is not None and store.open_run("sample") is None

    history = reopen().runs("sample")
    assert history == [done]


def test_a_completed_run_cannot_be_changed(store: ExerciseStore) -> None:
    run = store.start(SAMPLE)
    store.complete(run.id, SAMPLE)
    with pytest.raises(RunNotOpen):
        store.save(run.id, "pick", PICK, 1)
    with pytest.raises(RunNotOpen):
        store.complete(run.id, SAMPLE)
    with pytest.raises(RunNotOpen):
        store.set_step(12345, 1)


def test_complete_with_another_exercise_changes_nothing(store: ExerciseStore) -> None:
    run = store.start(SAMPLE)
    with pytest.raises(ValueError, match="not of other"):
        store.complete(run.id, OTHER)
    assert store.open_run("sample") == run


def test_complete_takes_the_version_it_was_scored_with(store: ExerciseStore) -> None:
    run = store.start(SAMPLE)
    newer = dataclasses.replace(SAMPLE, version=3)
    assert store.complete(run.id, newer).exercise_version == 3
    assert store.runs("sample")[0].exercise_version == 3


def test_runs_are_kept_newest_first(store: ExerciseStore, reopen: Reopen) -> None:
    first = store.start(SAMPLE)
    second = store.start(SAMPLE)
    store.save(second.id, "pick", ["stay"], 1)
    store.complete(second.id, SAMPLE)
    store.save(first.id, "pick", PICK, 1)
    store.complete(first.id, SAMPLE)  # completed last, so newest
    third = store.start(SAMPLE)
    other = store.complete(store.start(OTHER).id, OTHER)

    store = reopen()
    history = store.runs("sample")
    assert [r.id for r in history] == [first.id, second.id]
    assert [r.result["picked"]["chosen"] for r in history if r.result] == [["go"], ["stay"]]
    assert store.open_run("sample") == third
    assert {k: r.id for k, r in store.latest_results().items()} == {
        "sample": first.id,
        "other": other.id,
    }
    assert [r.id for r in store.all_runs()] == [other.id, third.id, second.id, first.id]


def test_discard_removes_a_run(store: ExerciseStore) -> None:
    kept = store.start(SAMPLE)
    dropped = store.start(SAMPLE)
    store.discard(dropped.id)
    store.discard(dropped.id)  # already gone: fine
    assert store.open_run("sample") == kept
    assert [r.id for r in store.all_runs()] == [kept.id]


def test_progress_of_one_exercise(store: ExerciseStore) -> None:
    assert exercise_progress(SAMPLE, None) == 0.0
    run = store.start(SAMPLE)
    assert exercise_progress(SAMPLE, run) == 0.0
    # Past the info step (1), the scale fully answered (2), the choice (3); 8 steps in all.
    store.save(run.id, "statements", SCALE, 2)
    run = store.save(run.id, "pick", PICK, 2)
    assert exercise_progress(SAMPLE, run) == 3 / 8
    half_scale = store.save(run.id, "statements", {"a1": 1}, 2)
    assert exercise_progress(SAMPLE, half_scale) == 2 / 8
    assert exercise_progress(SAMPLE, store.complete(run.id, SAMPLE)) == 1.0


def test_overview_for_home(store: ExerciseStore) -> None:
    third = dataclasses.replace(SAMPLE, id="third")
    catalog = Catalog((OTHER, SAMPLE, third), ())
    assert overview(catalog, store) == Overview(3, 0, 0, 0.0)

    store.complete(store.start(SAMPLE).id, SAMPLE)
    store.start(SAMPLE)  # redoing a completed exercise keeps it completed
    run = store.start(OTHER)
    store.save(run.id, "statements", SCALE, 2)  # 2 of 8 steps
    summary = overview(catalog, store)
    assert (summary.total, summary.completed, summary.in_progress) == (3, 1, 2)
    assert summary.fraction == pytest.approx((1.0 + 2 / 8 + 0.0) / 3)


HONEST = load_file(Path(__file__).parent / "data" / "exercises" / "honest.toml")


def _month(store: ExerciseStore, energy: int, balance: int) -> dict:
    run = store.start(HONEST)
    store.save(run.id, "month", {"energy": energy, "balance": balance}, 1)
    result = store.complete(run.id, HONEST).result
    assert result is not None
    return result["month"]


def test_completing_reads_earlier_runs_for_the_trend_and_the_low_streak(
    store: ExerciseStore, reopen: Reopen
) -> None:
    first = _month(store, 1, 2)
    assert (first["low_streak"], first["trend"]) == (1, [])
    second = _month(reopen(), 2, 1)
    assert (second["low_streak"], second["trend"]) == (2, [1.5])
    stored = reopen().runs("honest")[0].result
    assert stored is not None and stored["month"] == second
    third = _month(reopen(), 4, 4)
    assert (third["low_streak"], third["trend"]) == (0, [1.5, 1.5])
