"""Exercise runs in the vault: started, saved answer by answer, completed with a stored result.

Every write is one transaction, so an autosave lands whole or not at all. Times
are stored as UTC ISO 8601 strings with microseconds, which sort as they read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from careerjournal.exercises.model import Exercise
from careerjournal.exercises.scoring import score
from careerjournal.vault import Vault

_COLUMNS = (
    "id, exercise_id, exercise_version, started_at, updated_at, completed_at, "
    "current_step, answers, result"
)


class RunNotOpen(LookupError):
    """No unfinished run has that id: it was completed, discarded, or never existed."""


@dataclass(frozen=True)
class Run:
    """One go at an exercise; ``result`` (from :func:`score`) is set once it is completed."""

    id: int
    exercise_id: str
    exercise_version: int
    started_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    current_step: int
    answers: dict[str, Any]
    result: dict[str, Any] | None


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _run(row: tuple[Any, ...]) -> Run:
    run_id, exercise_id, version, started, updated, completed, step, answers, result = row
    return Run(
        int(run_id),
        str(exercise_id),
        int(version),
        datetime.fromisoformat(started),
        datetime.fromisoformat(updated),
        datetime.fromisoformat(completed) if completed else None,
        int(step),
        json.loads(answers),
        json.loads(result) if result is not None else None,
    )


class ExerciseStore:
    """The runs of all exercises in one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _select(self, where: str, params: tuple[object, ...], order: str) -> list[Run]:
        rows = self._vault.connection.execute(
            f"SELECT {_COLUMNS} FROM exercise_run WHERE {where} ORDER BY {order}", params
        ).fetchall()
        return [_run(row) for row in rows]

    @staticmethod
    def _unfinished(conn: Any, run_id: int) -> Run:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM exercise_run WHERE id = ? AND completed_at IS NULL", (run_id,)
        ).fetchone()
        if row is None:
            raise RunNotOpen(f"There is no unfinished exercise run {run_id}.")
        return _run(row)

    def open_run(self, exercise_id: str) -> Run | None:
        """The newest unfinished run of the exercise, to resume where the user left off."""
        runs = self._select(
            "exercise_id = ? AND completed_at IS NULL", (exercise_id,), "started_at DESC, id DESC"
        )
        return runs[0] if runs else None

    def start(self, exercise: Exercise) -> Run:
        stamp = _stamp(_now())
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO exercise_run (exercise_id, exercise_version, started_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                (exercise.id, exercise.version, stamp, stamp),
            )
            return self._unfinished(conn, int(cursor.lastrowid))

    def save(self, run_id: int, step_id: str, answer: object, current_step: int) -> Run:
        """Store one step's answer (None removes it) and where the user is, in one transaction."""
        now = _now()
        with self._vault.transaction() as conn:
            run = self._unfinished(conn, run_id)
            answers = {k: v for k, v in run.answers.items() if k != step_id}
            if answer is not None:
                answers[step_id] = answer
            conn.execute(
                "UPDATE exercise_run SET answers = ?, current_step = ?, updated_at = ?"
                " WHERE id = ?",
                (_json(answers), current_step, _stamp(now), run_id),
            )
        return replace(run, answers=answers, current_step=current_step, updated_at=now)

    def set_step(self, run_id: int, current_step: int) -> Run:
        """Remember the step the user is on, without touching the answers."""
        now = _now()
        with self._vault.transaction() as conn:
            run = self._unfinished(conn, run_id)
            conn.execute(
                "UPDATE exercise_run SET current_step = ?, updated_at = ? WHERE id = ?",
                (current_step, _stamp(now), run_id),
            )
        return replace(run, current_step=current_step, updated_at=now)

    def complete(self, run_id: int, exercise: Exercise) -> Run:
        """Score the run and close it; earlier results give a profile its trend.

        The run takes the version of ``exercise`` it was scored with, so results are
        compared only with results scored by the same questions.
        """
        now = _now()
        with self._vault.transaction() as conn:
            run = self._unfinished(conn, run_id)
            if run.exercise_id != exercise.id:
                raise ValueError(f"Run {run_id} is of {run.exercise_id}, not of {exercise.id}.")
            earlier = [
                (int(version), json.loads(result))
                for version, result in conn.execute(
                    "SELECT exercise_version, result FROM exercise_run"
                    " WHERE exercise_id = ? AND completed_at IS NOT NULL AND result IS NOT NULL"
                    " ORDER BY completed_at DESC, id DESC",
                    (exercise.id,),
                )
            ]
            result = score(exercise, run.answers, earlier)
            conn.execute(
                "UPDATE exercise_run SET result = ?, completed_at = ?, updated_at = ?,"
                " exercise_version = ? WHERE id = ?",
                (_json(result), _stamp(now), _stamp(now), exercise.version, run_id),
            )
        return replace(
            run, result=result, completed_at=now, updated_at=now, exercise_version=exercise.version
        )

    def discard(self, run_id: int) -> None:
        """Delete the run and its answers; an unknown id is fine."""
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM exercise_run WHERE id = ?", (run_id,))

    def runs(self, exercise_id: str) -> list[Run]:
        """The completed runs of one exercise, newest first."""
        return self._select(
            "exercise_id = ? AND completed_at IS NOT NULL",
            (exercise_id,),
            "completed_at DESC, id DESC",
        )

    def latest_results(self) -> dict[str, Run]:
        """The newest completed run of every exercise that has one, by exercise id."""
        latest: dict[str, Run] = {}
        for run in self._select("completed_at IS NOT NULL", (), "completed_at DESC, id DESC"):
            latest.setdefault(run.exercise_id, run)
        return latest

    def all_runs(self) -> list[Run]:
        """Every run, finished or not, newest first (for export)."""
        return self._select("1", (), "started_at DESC, id DESC")
