"""The form for one entry: title, date, text, mood, energy, tags and what it is about."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises import Exercise
from careerjournal.journal import Entry, Link, normalise_tags
from careerjournal.journal.model import LINK_KINDS
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell.formats import day_of
from careerjournal.ui.widgets.date_edit import DateEdit


def _scale_box(name: str) -> QSpinBox:
    """1 to 5, or a dash for "not filled in" (0)."""
    box = QSpinBox(objectName=name, minimum=0, maximum=5)
    box.setSpecialValueText("–")
    return box


class EntryEditor(Retranslatable):
    """Shows one entry and says when the user changed it; saving is the page's job.

    The editor keeps the entry it shows (with its id and times) and builds a new
    one from the fields on request, so nothing is saved behind the page's back.
    """

    edited = Signal()

    def __init__(
        self,
        exercises: tuple[Exercise, ...],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exercises = exercises
        self._language = language
        self._goals: list[tuple[str, str]] = []  # (plan item id, title): user text, gone on lock
        self._entry = Entry(date.today())
        self.title = QLineEdit(objectName="entryTitle")
        self.date = DateEdit(
            objectName="entryDate",
        )
        self.mood = _scale_box("entryMood")
        self.energy = _scale_box("entryEnergy")
        self.tags = QLineEdit(objectName="entryTags")
        self.link = QComboBox(objectName="entryLink")
        # Long exercise titles must not widen the editor past the window.
        self.link.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.link.setMinimumContentsLength(16)
        self.body = QPlainTextEdit(objectName="entryBody")
        self.status = QLabel(objectName="hint")

        self._date_label = QLabel(buddy=self.date)
        self._mood_label = QLabel(buddy=self.mood)
        self._energy_label = QLabel(buddy=self.energy)
        self._tags_label = QLabel(buddy=self.tags)
        self._link_label = QLabel(buddy=self.link)
        scores = QHBoxLayout()
        for label, box in ((self._mood_label, self.mood), (self._energy_label, self.energy)):
            scores.addWidget(label)
            scores.addWidget(box)
        scores.addStretch()
        form = QFormLayout()
        form.addRow(self._date_label, self.date)
        form.addRow(None, scores)
        form.addRow(self._tags_label, self.tags)
        form.addRow(self._link_label, self.link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)

        # Forwarded signal to signal, inside Qt: PySide6 6.12's emit() from Python drops a
        # reference to True each time, and an emit per keystroke would soon crash the app.
        for signal in (
            self.title.textEdited,
            self.tags.textEdited,
            self.body.textChanged,
            self.date.dateChanged,
            self.mood.valueChanged,
            self.energy.valueChanged,
            self.link.activated,
        ):
            signal.connect(self.edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.body.setPlaceholderText(self.tr("What is on your mind?"))
        self.body.setAccessibleName(self.tr("Text"))
        self._date_label.setText(self.tr("&Date:"))
        self._mood_label.setText(self.tr("&Mood:"))
        self._energy_label.setText(self.tr("&Energy:"))
        for box in (self.mood, self.energy):
            box.setToolTip(self.tr("From 1 (low) to 5 (high); leave at – if you prefer"))
        self._tags_label.setText(self.tr("&Tags:"))
        self.tags.setPlaceholderText(self.tr("For example: work, energy, conversation"))
        self._link_label.setText(self.tr("&About:"))
        self._fill_links(self._link_value())

    # --- the entry shown ---------------------------------------------------------------

    def load(self, entry: Entry) -> None:
        """Show ``entry``; not an edit, so ``edited`` is not emitted."""
        self._entry = entry
        widgets = (self.title, self.date, self.mood, self.energy, self.tags, self.link, self.body)
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(entry.title)
        self.date.setDate(QDate(entry.entry_date))
        self.mood.setValue(entry.mood or 0)
        self.energy.setValue(entry.energy or 0)
        self.tags.setText(", ".join(entry.tags))
        self._fill_links(entry.link)
        self.body.setPlainText(entry.body)
        for widget in widgets:
            widget.blockSignals(False)
        self.status.clear()

    def entry(self) -> Entry:
        """The entry as the fields show it now, with the id and times of the one loaded."""
        return replace(
            self._entry,
            entry_date=day_of(self.date.date()),
            title=self.title.text(),
            body=self.body.toPlainText(),
            tags=normalise_tags([self.tags.text()]),
            mood=self.mood.value() or None,
            energy=self.energy.value() or None,
            link=self._link_value(),
        )

    def mark_saved(self, entry: Entry) -> None:
        """The page saved ``entry``: remember its id and times without touching the fields."""
        self._entry = replace(
            self._entry, id=entry.id, created_at=entry.created_at, updated_at=entry.updated_at
        )

    @property
    def entry_id(self) -> int | None:
        return self._entry.id

    def clear(self) -> None:
        """Forget the entry and every typed character, including the undo history."""
        self._goals = []
        self.load(Entry(date.today()))

    def set_goals(self, goals: list[tuple[str, str]]) -> None:
        """The plan's goals an entry can be about, as (id, title)."""
        self._goals = goals
        self._fill_links(self._link_value())

    # --- what the entry is about ----------------------------------------------------------

    def _link_value(self) -> Link | None:
        if self.link.currentIndex() < 0:  # see FilterBar._chosen_tag: no data calls when empty
            return None
        kind, _, ref = str(self.link.currentData()).partition(":")
        return next((Link(known, ref) for known in LINK_KINDS if known == kind and ref), None)

    def _fill_links(self, current: Link | None) -> None:
        """No link, a plan goal or an exercise; a link to something gone is kept as it is."""
        language = self._language()
        self.link.clear()
        self.link.addItem(self.tr("Nothing in particular"), "")
        for goal_id, title in self._goals:
            self.link.addItem(self.tr("Goal: %1").replace("%1", title), _key(Link("goal", goal_id)))
        for exercise in self._exercises:
            self.link.addItem(
                self.tr("Exercise: %1").replace("%1", exercise.title.get(language)),
                _key(Link("exercise", exercise.id)),
            )
        if current is not None and self.link.findData(_key(current)) < 0:
            label = self.tr("Exercise: %1") if current.kind == "exercise" else self.tr("Goal: %1")
            self.link.addItem(label.replace("%1", current.ref), _key(current))
        self.link.setCurrentIndex(self.link.findData(_key(current)) if current else 0)


def _key(link: Link) -> str:
    """Combo box data must be plain: ``kind:ref``."""
    return f"{link.kind}:{link.ref}"
