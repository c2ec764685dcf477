"""The Exercises page: the list, one exercise's introduction, the runner and the results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Exercise
from careerjournal.exercises.progress import exercise_progress
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.ui.pages.base import Page
from careerjournal.ui.pages.exercises.list_delegate import ExerciseDelegate
from careerjournal.ui.pages.exercises.list_model import ExerciseListModel
from careerjournal.ui.pages.exercises.results import ResultsView
from careerjournal.ui.pages.exercises.runner import ExerciseRunner
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.widgets.reading import reading_width
from careerjournal.vault import VaultError


class ExercisesPage(Page):
    """Lists the exercises; opening one resumes it where the user left off."""

    def __init__(
        self, catalog: Catalog, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.store: ExerciseStore | None = None
        self.model = ExerciseListModel(catalog.exercises, self)
        self.list = QListView(objectName="exerciseList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ExerciseDelegate(self.list))
        self.list.setMinimumWidth(280)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        self.list.activated.connect(lambda *_: self.open_current())

        self.problems = QLabel(wordWrap=True, objectName="warning")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLabel(objectName="pageHeading", wordWrap=True)
        self.meta = QLabel(objectName="hint")
        self.intro = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(objectName="open", default=True)
        self.restart_button = QPushButton(objectName="restart")
        self.results_button = QPushButton(objectName="results")
        self.open_button.clicked.connect(self.open_current)
        self.restart_button.clicked.connect(self.restart_current)
        self.results_button.clicked.connect(self.show_current_results)

        detail = QVBoxLayout()
        detail.addWidget(reading_width(self.title))
        detail.addWidget(self.meta)
        detail.addWidget(reading_width(self.intro))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.results_button)
        buttons.addStretch()
        detail.addSpacing(8)
        detail.addLayout(buttons)  # right under the text, not at the foot of the page
        detail.addStretch(1)
        overview = QWidget()
        columns = QHBoxLayout(overview)
        columns.addWidget(self.list, 2)
        columns.addLayout(detail, 3)

        self.runner = ExerciseRunner()
        self.runner.catalog = catalog
        self.runner.finished.connect(self._finished)
        self.runner.closed.connect(self.show_overview)
        self.results = ResultsView()
        self.results.back.connect(self.show_overview)
        self.results.again.connect(self.restart_current)
        self.stack = QStackedWidget()
        for widget in (overview, self.runner, self.results):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.stack, 1)
        self.problems.setVisible(bool(catalog.problems))
        if catalog.exercises:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.retranslate()

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", "Exercises")

    def help_text(self) -> str:
        return self.tr(
            "Choose an exercise on the left and press Start. Your answers are saved as you "
            "go: you can stop at any moment and continue later where you left off. At the "
            "end you see what your answers may say, with a chart. Done an exercise before? "
            "Do it again and compare the results over time. In a card sort, the keys 1, 2 "
            "and 3 put the card on a pile; Alt+Up and Alt+Down move a card in your top list."
        )

    # --- vault ---------------------------------------------------------------

    def open_vault(self, stores: Stores) -> None:
        self.store = stores.exercises
        self.refresh()

    def flush(self) -> None:
        self.runner.flush()

    def clear(self) -> None:
        self.runner.reset()
        self.results.clear()
        self.store = None
        self.model.set_state({}, {})
        self.stack.setCurrentIndex(0)
        self._show_detail()

    def refresh(self) -> None:
        """Progress from the vault into the list and the detail panel."""
        if self.store is None:
            return
        progress, completed = {}, {}
        for exercise in self.catalog.exercises:
            runs = self.store.runs(exercise.id)
            completed[exercise.id] = len(runs)
            unfinished = self.store.open_run(exercise.id)
            if unfinished is not None:
                progress[exercise.id] = exercise_progress(exercise, unfinished)
        self.model.set_state(progress, completed)
        self._show_detail()

    # --- navigation ----------------------------------------------------------

    def current_exercise(self) -> Exercise | None:
        index = self.list.currentIndex()
        return self.model.exercise(index.row()) if index.isValid() else None

    def select(self, exercise_id: str) -> None:
        self.list.setCurrentIndex(self.model.index(self.model.row_of(exercise_id)))

    def open_exercise(self, exercise_id: str) -> None:
        """Show this page with the exercise open (from the Home page's suggestion)."""
        self.show_requested.emit()
        self.select(exercise_id)
        self.open_current()

    def open_current(self) -> None:
        """Resume the unfinished run, or start a new one."""
        exercise = self.current_exercise()
        if exercise is None or self.store is None:
            return
        try:
            run = self.store.open_run(exercise.id) or self.store.start(exercise)
        except VaultError as error:
            self.meta.setText(describe(error))
            return
        self.runner.start(self.store, exercise, run, self.language())
        self.stack.setCurrentWidget(self.runner)

    def restart_current(self) -> None:
        """Start afresh: an unfinished run is dropped, completed results are kept."""
        exercise = self.current_exercise()
        if exercise is None or self.store is None:
            return
        unfinished = self.store.open_run(exercise.id)
        if unfinished is not None:
            self.store.discard(unfinished.id)
        self.open_current()

    def show_current_results(self) -> None:
        exercise = self.current_exercise()
        if exercise is None or self.store is None:
            return
        runs = self.store.runs(exercise.id)
        if runs:
            self.results.show_runs(exercise, runs, self.language())
            self.stack.setCurrentWidget(self.results)

    def show_overview(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()

    def _finished(self, run: Run) -> None:
        self.refresh()
        self.show_current_results()

    # --- display -------------------------------------------------------------

    def _show_detail(self) -> None:
        exercise = self.current_exercise()
        lang = self.language()
        store = self.store
        unlocked = store is not None
        has_open = store is not None and exercise is not None and bool(store.open_run(exercise.id))
        has_results = store is not None and exercise is not None and bool(store.runs(exercise.id))
        self.title.setText(exercise.title.get(lang) if exercise else "")
        self.meta.setText(self.model.status(exercise) if exercise else "")
        self.intro.setText(exercise.intro.get(lang) if exercise else "")
        self.open_button.setText(self.tr("&Continue") if has_open else self.tr("&Start"))
        self.open_button.setEnabled(unlocked and exercise is not None)
        self.restart_button.setVisible(has_open)
        self.results_button.setVisible(has_results)

    def retranslate(self) -> None:
        lang = self.language()
        self.model.set_language(lang)
        self.runner.set_language(lang)
        self.runner.retranslate()
        if self.results.exercise is not None:
            self.results.show_runs(self.results.exercise, self.results.runs, lang)
        self.restart_button.setText(self.tr("Start &over"))
        self.list.setAccessibleName(self.nav_title())
        self.results_button.setText(self.tr("See &results"))
        self.problems.setText(
            self.tr("Some exercise files could not be loaded and are left out:")
            + "\n"
            + "\n".join(str(p) for p in self.catalog.problems)
        )
        self._show_detail()
