"""An exercise's results: charts, plain-language readings, change over time, plan ideas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises.history import over_time
from careerjournal.exercises.model import Exercise, MatrixStep
from careerjournal.exercises.reading import Reading, plan_suggestions, read
from careerjournal.exercises.sessions import Run
from careerjournal.ui.pages.exercises.gap_chart import GapChart
from careerjournal.ui.pages.exercises.over_time import OverTimeTable
from careerjournal.ui.shell.formats import long_date
from careerjournal.ui.shell.wipe import discard
from careerjournal.ui.widgets.chart import BarChart
from careerjournal.ui.widgets.reading import reading_width


def _plain(text: str) -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultsView(QWidget):
    """Shows one completed run; earlier runs of the same version can be laid over it."""

    again = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise: Exercise | None = None
        self.runs: list[Run] = []
        self.lang = "nl"
        self.heading = QLabel(objectName="pageHeading", wordWrap=True)
        self.when = QLabel(objectName="hint")
        # A note, not a warning: a mirror is nothing to be alarmed about.
        self.caution = QLabel(wordWrap=True, objectName="notice")
        self.compare = QComboBox(objectName="compare")
        self.compare.currentIndexChanged.connect(self._show_readings)
        self.compare_label = QLabel(buddy=self.compare)
        self.content = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.content)
        reading_width(holder, 90)  # sentences stay readable; charts keep some width
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.again_button = QPushButton(objectName="again")
        self.again_button.clicked.connect(self.again)
        self.back_button = QPushButton(objectName="back")
        self.back_button.clicked.connect(self.back)

        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.when, self.caution):
            layout.addWidget(widget)
        layout.addLayout(compare_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_runs(self, exercise: Exercise, runs: list[Run], lang: str) -> None:
        """``runs`` are the completed runs, newest first; the newest is shown."""
        self.exercise, self.runs, self.lang = exercise, runs, lang
        self.retranslate()

    def clear(self) -> None:
        self.exercise, self.runs = None, []
        self.compare.clear()
        self._clear_content()

    def retranslate(self) -> None:
        self.caution.setText(
            self.tr(
                "A result like this is a mirror, not a verdict. It shows what you answered today; "
                "only you can tell what it means for you. Take what rings true, and leave the rest."
            )
        )
        self.compare_label.setText(self.tr("&Compare with:"))
        self.again_button.setText(self.tr("Do this exercise &again"))
        self.back_button.setText(self.tr("&Back to the exercises"))
        if self.exercise is None or not self.runs:
            return
        self.heading.setText(self.exercise.title.get(self.lang))
        self.when.setText(self.tr("Completed on %1").replace("%1", self._date(self.runs[0])))
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("nothing"), None)
        for run in self.runs[1:]:
            if run.exercise_version == self.runs[0].exercise_version:
                self.compare.addItem(self._date(run), run.id)
        # Nothing to compare with until a second run of this version: then show the choice.
        self.compare.setVisible(self.compare.count() > 1)
        self.compare_label.setVisible(self.compare.count() > 1)
        if self.compare.count() > 1:
            self.compare.setCurrentIndex(1)
        self.compare.blockSignals(False)
        self._show_readings()

    @staticmethod
    def _date(run: Run) -> str:
        moment = run.completed_at or run.updated_at
        return long_date(moment.astimezone().date())

    def _clear_content(self) -> None:
        while self.content.count():
            item = self.content.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)

    def _show_readings(self) -> None:
        self._clear_content()
        if self.exercise is None or not self.runs:
            return
        latest = self.runs[0]
        earlier = next((r for r in self.runs if r.id == self.compare.currentData()), None)
        readings = read(
            self.exercise, latest.result or {}, self.lang, earlier.result if earlier else None
        )
        for reading in readings:
            heading = QLabel(reading.title, objectName="sectionHeading", wordWrap=True)
            self.content.addWidget(heading)
            self.content.addWidget(_plain(reading.summary))
            if reading.bars:
                self.content.addWidget(self._chart(reading))
        if earlier is not None:
            self.content.addWidget(
                QLabel(
                    self.tr("The thin line on each bar shows your answer of %1.").replace(
                        "%1", self._date(earlier)
                    ),
                    objectName="hint",
                    wordWrap=True,
                )
            )
        self._show_over_time()
        ideas = plan_suggestions(self.exercise, latest.result or {}, self.lang)
        if ideas:
            self.content.addWidget(
                QLabel(self.tr("Ideas for your plan"), objectName="sectionHeading")
            )
            for _section, text in ideas:
                self.content.addWidget(_plain("• " + text))
        self.content.addStretch()

    def _chart(self, reading: Reading) -> QWidget:
        """A bar chart, or for importance against presence a paired chart."""
        assert self.exercise is not None
        spec = next(r for r in self.exercise.results if r.id == reading.result_id)
        step = self.exercise.step(spec.step)
        if spec.kind == "gap" and isinstance(step, MatrixStep):
            columns = {c.id: c.label.get(self.lang) for c in step.columns}
            names = (columns[spec.importance or ""], columns[spec.presence or ""])
            gaps = GapChart()
            gaps.setAccessibleName(reading.title)
            gaps.set_bars(reading.bars, reading.bar_range, names)
            return gaps
        chart = BarChart()
        chart.setAccessibleName(reading.title)
        chart.set_bars(reading.bars, reading.bar_range)
        return chart

    def _show_over_time(self) -> None:
        """Every run of this version side by side, oldest first, on one scale."""
        assert self.exercise is not None
        version = self.runs[0].exercise_version
        same = [r for r in reversed(self.runs) if r.exercise_version == version and r.result]
        if len(same) < 2:
            return
        self.content.addWidget(
            QLabel(self.tr("How your answers moved"), objectName="sectionHeading")
        )
        dates = [self._date(run) for run in same]
        for series in over_time(self.exercise, [r.result or {} for r in same], self.lang):
            table = OverTimeTable(series, dates)
            self.content.addWidget(QLabel(series.title, objectName="hint", wordWrap=True))
            self.content.addWidget(table)
            self.content.addWidget(QLabel(table.accessibleDescription(), objectName="hint"))
