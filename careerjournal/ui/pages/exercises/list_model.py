"""The exercises as a Qt list model: title, time and how far the user is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careerjournal.exercises.model import Exercise

ExerciseRole = Qt.ItemDataRole.UserRole
ProgressRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
TitleRole = Qt.ItemDataRole.UserRole + 3


class ExerciseListModel(QAbstractListModel):
    """One row per exercise; progress (0..1) and completed counts come from the vault."""

    def __init__(self, exercises: tuple[Exercise, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exercises = exercises
        self._progress: dict[str, float] = {}
        self._completed: dict[str, int] = {}
        self.lang = "nl"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._exercises)

    def exercise(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int:
        return next(i for i, e in enumerate(self._exercises) if e.id == exercise_id)

    def set_state(self, progress: dict[str, float], completed: dict[str, int]) -> None:
        """New progress figures from the vault (empty dicts when locked)."""
        self._progress, self._completed = progress, completed
        self._changed()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._changed()

    def _changed(self) -> None:
        if self._exercises:
            self.dataChanged.emit(self.index(0), self.index(len(self._exercises) - 1))

    def status(self, exercise: Exercise) -> str:
        done = self._completed.get(exercise.id, 0)
        progress = self._progress.get(exercise.id, 0.0)
        minutes = QCoreApplication.translate("ExerciseListModel", "about %1 min").replace(
            "%1", str(exercise.minutes)
        )
        if 0 < progress < 1:
            state = QCoreApplication.translate("ExerciseListModel", "%1% done").replace(
                "%1", str(round(progress * 100))
            )
        elif done:
            state = (
                QCoreApplication.translate("ExerciseListModel", "done once")
                if done == 1
                else QCoreApplication.translate("ExerciseListModel", "done %1 times").replace(
                    "%1", str(done)
                )
            )
        else:
            state = QCoreApplication.translate("ExerciseListModel", "not started")
        return f"{minutes} · {state}"

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{exercise.title.get(self.lang)}\n{self.status(exercise)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{exercise.title.get(self.lang)}, {self.status(exercise)}"
        if role == ExerciseRole:
            return exercise.id
        if role == ProgressRole:
            done = self._completed.get(exercise.id, 0) and exercise.id not in self._progress
            return 1.0 if done else self._progress.get(exercise.id, 0.0)
        if role == StatusRole:
            return self.status(exercise)
        if role == TitleRole:
            return exercise.title.get(self.lang)
        return None
