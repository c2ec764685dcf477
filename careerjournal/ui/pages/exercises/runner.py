"""Doing one exercise, step by step, saving as the user goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Exercise, InfoStep, SynthesisStep
from careerjournal.exercises.scoring import step_complete
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.exercises.synthesis import gather
from careerjournal.ui.pages.exercises.steps import StepWidget, widget_for
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.wipe import discard
from careerjournal.ui.widgets.autosave import Debouncer
from careerjournal.vault import VaultError


class ExerciseRunner(QWidget):
    """Shows the run's current step; answers are saved a moment after each edit."""

    finished = Signal(object)  # the completed Run
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: ExerciseStore | None = None
        self.exercise: Exercise | None = None
        self.run: Run | None = None
        self.index = 0
        self.lang = "nl"
        self.step_widget: StepWidget | None = None
        self.catalog: Catalog | None = None  # for a synthesis step's other exercises
        self.autosave = Debouncer(parent=self)
        self.autosave.fire.connect(self.save)

        self.heading = QLabel(objectName="pageHeading", wordWrap=True)
        self.position = QLabel(objectName="hint")
        self.progress = QProgressBar(textVisible=False, maximumHeight=6)
        self.status = QLabel(objectName="error", wordWrap=True)
        self.back_button = QPushButton(objectName="back")
        self.next_button = QPushButton(objectName="next", default=True)
        self.close_button = QPushButton(objectName="close")
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.close_run)
        self.step_area = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.position)
        layout.addWidget(self.progress)
        layout.addLayout(self.step_area, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # --- running -------------------------------------------------------------

    def start(self, store: ExerciseStore, exercise: Exercise, run: Run, lang: str) -> None:
        """Show ``run`` at the step where the user left it."""
        self.store, self.exercise, self.run, self.lang = store, exercise, run, lang
        self.go(min(run.current_step, len(exercise.steps) - 1), remember=False)

    def go(self, index: int, *, remember: bool = True) -> None:
        """Save the step on show, then show step ``index``."""
        assert self.exercise is not None and self.run is not None
        if not 0 <= index < len(self.exercise.steps):
            return
        if self.step_widget is not None and not self.save():
            return
        self.index, run_id = index, self.run.id
        if remember and not self._store(lambda s: s.set_step(run_id, index)):
            return
        self._show_step()

    def _show_step(self) -> None:
        assert self.exercise is not None and self.run is not None and self.store is not None
        if self.step_widget is not None:
            discard(self.step_widget)
        step = self.exercise.steps[self.index]
        gathered = None
        if isinstance(step, SynthesisStep) and self.catalog is not None:
            gathered = gather(step, self.catalog, self.store.latest_results(), self.lang)
        self.step_widget = widget_for(self.exercise, step, self.run.answers, self.lang, gathered)
        self.step_widget.changed.connect(self._edited)
        self.step_area.addWidget(self.step_widget)
        self.retranslate()
        self.step_widget.setFocus()
        self.step_widget.focusNextChild()

    def _edited(self) -> None:
        self.autosave.touch()
        self._update_buttons()

    def save(self) -> bool:
        """Write the shown step's answer now; False (and a message) if the disk refused."""
        self.autosave.cancel()
        if self.step_widget is None or isinstance(self.step_widget.step, InfoStep):
            return True
        widget, run = self.step_widget, self.run
        assert run is not None
        return self._store(lambda s: s.save(run.id, widget.step.id, widget.answer(), self.index))

    def _store(self, action: Callable[[ExerciseStore], Run]) -> bool:
        """Run one store call; on a failed write keep everything on screen and say why."""
        assert self.store is not None
        try:
            self.run = action(self.store)
        except VaultError as error:
            self.status.setText(describe(error))
            self.autosave.touch()  # try again shortly; nothing typed is thrown away
            return False
        self.status.clear()
        return True

    def _next(self) -> None:
        assert self.exercise is not None and self.store is not None and self.run is not None
        if self.index + 1 < len(self.exercise.steps):
            self.go(self.index + 1)
            return
        if not self.save():
            return
        assert self.run is not None
        try:
            run = self.store.complete(self.run.id, self.exercise)
        except VaultError as error:
            self.status.setText(describe(error))
            return
        self.reset()
        self.finished.emit(run)

    def close_run(self) -> None:
        """Leave the exercise; everything is saved and it resumes here next time."""
        if self.save():
            self.reset()
            self.closed.emit()

    def flush(self) -> None:
        if self.autosave.pending:
            self.save()

    def reset(self) -> None:
        """Forget the run and drop the step widget (and with it any user text)."""
        self.autosave.cancel()
        if self.step_widget is not None:
            discard(self.step_widget)
            self.step_widget = None
        self.store = self.exercise = self.run = None
        self.heading.clear()
        self.status.clear()

    def set_language(self, lang: str) -> None:
        """Show the exercise text in ``lang``; answers are kept (saved first)."""
        if lang == self.lang:
            return
        self.lang = lang
        if self.step_widget is not None and self.save():
            self._show_step()

    # --- display -------------------------------------------------------------

    def _update_buttons(self) -> None:
        if self.exercise is None or self.step_widget is None or self.run is None:
            return
        answers = dict(self.run.answers)
        step = self.step_widget.step
        answers[step.id] = self.step_widget.answer()
        self.next_button.setEnabled(step_complete(step, answers[step.id], answers, self.exercise))
        self.back_button.setEnabled(self.index > 0)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back"))
        self.close_button.setText(self.tr("Save and &close"))
        if self.exercise is None:
            return
        last = self.index + 1 == len(self.exercise.steps)
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.heading.setText(self.exercise.title.get(self.lang))
        self.position.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.exercise.steps)))
        )
        self.progress.setMaximum(len(self.exercise.steps))
        self.progress.setValue(self.index + 1)
        self._update_buttons()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_run()
            return
        super().keyPressEvent(event)
