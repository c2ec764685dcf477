"""Home's "Now": what is due, one calm row each, with a way to act and a way to wait.

Each row says what it is about in one sentence, opens the place to act, and
offers "Later" (tomorrow, in a week, in a month) or "Not this time". There is
no count, no colour of alarm and no repeat: a snoozed item simply returns on
its day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.agenda import DueItem, add_months
from careerjournal.exercises.loader import Catalog
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell.formats import day_of, long_date
from careerjournal.ui.widgets.date_edit import DateEdit

# Overdue actions beyond this many are summed up in one row that opens the plan.
MAX_ACTIONS = 3


def _day(day: date) -> str:
    return long_date(day)


class DueRow(QFrame):
    """One due item: its sentence, the button to act, and the Later menu."""

    def __init__(self, item: DueItem, sentence: str, act: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="dueItem")
        self.item = item
        self.text = QLabel(sentence, wordWrap=True, objectName="dueText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(act, objectName="dueOpen")
        self.later = QToolButton(objectName="dueLater")
        self.later.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.later.setText(self.tr("Later"))
        self.later.setAccessibleName(self.tr("Later: %1").replace("%1", sentence))
        self.menu = QMenu(self.later)
        self.later.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.later)


class NowList(Retranslatable):
    """The due items; ``opened``, ``snoozed`` and ``dismissed`` carry the item (and a day)."""

    opened = Signal(object)  # DueItem
    snoozed = Signal(object, object)  # DueItem, date
    dismissed = Signal(object)  # DueItem

    def __init__(
        self, catalog: Catalog, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.today = date.today()
        self.items: tuple[DueItem, ...] = ()
        self.rows: list[DueRow] = []
        self.heading = QLabel(objectName="sectionHeading")
        self.calm = QLabel(wordWrap=True, objectName="hint")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.calm)
        layout.addLayout(self._rows)
        self.retranslate()

    def set_items(self, items: Sequence[DueItem], today: date) -> None:
        self.items, self.today = tuple(items), today
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self.rows:
            # Detached at once: a row may hold the title of an action, and locking forgets.
            self._rows.removeWidget(row)
            row.text.clear()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        actions = [i for i in self.items if i.kind == "action"]
        for item in self.items:
            if item.kind == "action" and item in actions[MAX_ACTIONS:]:
                if item is actions[MAX_ACTIONS]:
                    self._add_more(len(actions) - MAX_ACTIONS, item)
                continue
            self._add(item, *self.describe(item))
        self.calm.setVisible(not self.rows)

    def _add_more(self, count: int, first: DueItem) -> None:
        """The rest of the overdue actions as one row: the plan shows them all."""
        sentence = (
            self.tr("%1 more actions past their date.").replace("%1", str(count))
            if count > 1
            else self.tr("One more action past its date.")
        )
        row = DueRow(first, sentence, self.tr("Open my plan"))
        row.open_button.clicked.connect(
            lambda: self.opened.emit(DueItem("", "action", first.due_on))
        )
        row.later.hide()
        self._rows.addWidget(row)
        self.rows.append(row)

    def _add(self, item: DueItem, sentence: str, act: str) -> None:
        row = DueRow(item, sentence, act)
        row.open_button.clicked.connect(lambda: self.opened.emit(item))
        for text, until in (
            (self.tr("Tomorrow"), self.today + timedelta(days=1)),
            (self.tr("In a week"), self.today + timedelta(days=7)),
            (self.tr("In a month"), add_months(self.today, 1)),
        ):
            row.menu.addAction(text).triggered.connect(
                lambda _=False, d=until: self.snoozed.emit(item, d)
            )
        row.menu.addAction(self.tr("On a day I choose…")).triggered.connect(
            lambda: self._snooze_to_chosen_day(item)
        )
        row.menu.addSeparator()
        row.menu.addAction(self.tr("Not this time")).triggered.connect(
            lambda: self.dismissed.emit(item)
        )
        self._rows.addWidget(row)
        self.rows.append(row)

    def _snooze_to_chosen_day(self, item: DueItem) -> None:
        day = self.ask_day(self.today + timedelta(days=1))
        if day is not None:
            self.snoozed.emit(item, day)

    def ask_day(self, first: date) -> date | None:
        """A day from ``first`` on, or None if the user cancels; tests replace this."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Later"))
        label = QLabel(self.tr("Show it again on:"))
        editor = DateEdit(minimumDate=QDate(first))
        editor.setDate(QDate(first))
        label.setBuddy(editor)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (label, editor, buttons):
            layout.addWidget(widget)
        chosen = day_of(editor.date()) if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return chosen if isinstance(chosen, date) else None

    def describe(self, item: DueItem) -> tuple[str, str]:
        """The sentence for an item and the words on its button."""
        exercise = self.catalog.get(item.exercise_id) if item.exercise_id else None
        name = exercise.title.get(self.language()) if exercise else ""
        if item.kind == "review":
            return (
                self.tr("You chose %1 to look back at your plan.").replace("%1", _day(item.due_on)),
                self.tr("Review my plan"),
            )
        if item.kind == "action":
            planned = item.due_on - timedelta(days=1)
            return (
                self.tr("“%1” was planned for %2.")
                .replace("%1", item.title)
                .replace("%2", _day(planned)),
                self.tr("Open in my plan"),
            )
        if item.kind == "checkin":
            return (
                self.tr("A month has gone by. How was it? “%1” takes about %2 minutes.")
                .replace("%1", name)
                .replace("%2", str(exercise.minutes if exercise else 10)),
                self.tr("Look back on my month"),
            )
        if item.kind == "redo":
            return (
                self.tr(
                    "It has been a while since “%1”. Doing it again shows what has changed."
                ).replace("%1", name),
                self.tr("Do it again"),
            )
        if item.continuing:
            return (
                self.tr("You were in the middle of “%1”.").replace("%1", name),
                self.tr("Continue"),
            )
        return (
            self.tr("A good next step: “%1” (about %2 minutes).")
            .replace("%1", name)
            .replace("%2", str(exercise.minutes if exercise else 10)),
            self.tr("Start"),
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Now"))
        self.calm.setText(self.tr("Nothing is waiting for you. Come back whenever you like."))
        if self.items:
            self._rebuild()
