"""Home: what is due now, where the user is, and what is next in the plan and journal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from careerjournal.agenda import AgendaStore, DueItem, agenda
from careerjournal.agenda.reminder import write_record
from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.progress import overview
from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.journal import JournalStore
from careerjournal.plan.store import PlanStore
from careerjournal.ui.pages.base import Page
from careerjournal.ui.pages.exercises.page import ExercisesPage
from careerjournal.ui.pages.now_list import NowList
from careerjournal.ui.pages.plan.page import PlanPage
from careerjournal.ui.shell.formats import short_date
from careerjournal.ui.shell.stores import Stores
from careerjournal.vault import Vault, VaultError

UPCOMING = 4
LATEST = 3


def _day(day: date | None) -> str:
    return short_date(day) if day else ""


class HomePage(Page):
    """A dashboard: what is due now, progress through the exercises, the plan, the journal."""

    def __init__(
        self,
        catalog: Catalog,
        language: Callable[[], str],
        exercises: ExercisesPage,
        journal: Page,
        plan: PlanPage,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.exercises = exercises
        self.plan = plan
        self.vault: Vault | None = None
        self.agenda_store: AgendaStore | None = None
        self.now = NowList(catalog, language)
        self.now.opened.connect(self.act)
        self.now.snoozed.connect(lambda item, day: self._keep(lambda s: s.snooze(item.key, day)))
        self.now.dismissed.connect(lambda item: self._keep(lambda s: s.dismiss(item.key)))
        self.store: ExerciseStore | None = None
        self.plan_store: PlanStore | None = None
        self.journal_store: JournalStore | None = None
        self.plan_heading = QLabel(objectName="sectionHeading")
        self.plan_lines = QLabel(wordWrap=True, objectName="planLines")
        self.plan_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_button = QPushButton(objectName="openPlan")
        self.plan_button.clicked.connect(plan.show_requested)
        self.journal_heading = QLabel(objectName="sectionHeading")
        self.journal_lines = QLabel(wordWrap=True, objectName="journalLines")
        self.journal_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.journal_button = QPushButton(objectName="openJournal")
        self.journal_button.clicked.connect(journal.show_requested)
        self.heading = QLabel(objectName="pageHeading")
        self.body = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.progress_label = QLabel(objectName="sectionHeading")
        self.progress = QProgressBar(objectName="overallProgress", maximum=100)
        self.progress_detail = QLabel(objectName="hint")
        self.journey_button = QPushButton(objectName="myPath")
        self.journey_button.clicked.connect(self.show_journey)
        self.journey_view: QDialog | None = None
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.body,
            self.now,
            self.progress_label,
            self.progress,
            self.progress_detail,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.journey_button, alignment=Qt.AlignmentFlag.AlignLeft)
        columns = QHBoxLayout()
        for heading, lines, button in (
            (self.plan_heading, self.plan_lines, self.plan_button),
            (self.journal_heading, self.journal_lines, self.journal_button),
        ):
            column = QVBoxLayout()
            column.addWidget(heading)
            column.addWidget(lines)
            column.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            column.addStretch()
            columns.addLayout(column, 1)
        layout.addLayout(columns)
        layout.addStretch()
        exercises.show_requested.connect(self.refresh)
        self.retranslate()

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", "Home")

    def help_text(self) -> str:
        return self.tr(
            "Home shows what is due now: your plan's review, actions past their date, the "
            "monthly check-in, an exercise worth redoing and one next step. Each opens the "
            "place to act; Later brings it back on a day you choose, Not this time lets it "
            "go. My path over time shows what you did and how it moved. Use the list on the "
            "left (or Ctrl+1 to Ctrl+5) to go to the exercises, your journal, your plan or "
            "sharing. Ctrl+L locks CareerJournal at once."
        )

    def open_vault(self, stores: Stores) -> None:
        self.vault = stores.vault
        self.agenda_store = stores.agenda
        self.store = stores.exercises
        self.plan_store = stores.plan
        self.journal_store = stores.journal
        self.refresh()

    def clear(self) -> None:
        self._write_reminder()  # the vault is still open while pages forget
        if self.journey_view is not None:
            self.journey_view.reject()
            self.journey_view.deleteLater()
            self.journey_view = None
        self.vault = self.agenda_store = None
        self.store = self.plan_store = self.journal_store = None
        self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Figures from the vault; nothing at all while locked."""
        unlocked = self.store is not None and self.catalog.exercises
        for widget in (
            self.progress_label,
            self.progress,
            self.progress_detail,
            self.journey_button,
            self.now,
            self.plan_heading,
            self.plan_lines,
            self.plan_button,
            self.journal_heading,
            self.journal_lines,
            self.journal_button,
        ):
            widget.setVisible(bool(unlocked))
        if not unlocked:
            self.now.set_items((), date.today())
            self.plan_lines.clear()
            self.journal_lines.clear()
            return
        self._show_plan_and_journal()
        summary = overview(self.catalog, self.store)
        self.progress.setValue(round(summary.fraction * 100))
        self.progress_detail.setText(
            self.tr("%1 of %2 exercises done, %3 under way")
            .replace("%1", str(summary.completed))
            .replace("%2", str(summary.total))
            .replace("%3", str(summary.in_progress))
        )
        self._show_agenda()

    def _show_agenda(self) -> None:
        """The due items, and the neutral next-due record for reminders outside the app."""
        today = date.today()
        found = agenda(self.vault, self.catalog, today)
        self.now.set_items(found.due, today)
        write_record(self.vault.path, found.next_due, self.language())

    def _write_reminder(self) -> None:
        if self.vault is not None and not self.vault.closed:
            with contextlib.suppress(VaultError):
                write_record(
                    self.vault.path,
                    agenda(self.vault, self.catalog, date.today()).next_due,
                    self.language(),
                )

    def _keep(self, change: Callable[[AgendaStore], None]) -> None:
        """Snooze or dismiss, then show the agenda again."""
        if self.agenda_store is None:
            return
        try:
            change(self.agenda_store)
        except VaultError:
            return  # nothing lost: the item simply stays
        self._show_agenda()

    def show_journey(self) -> None:
        """My path over time, in a window of its own over the app."""
        from careerjournal.ui.pages.journey_view import JourneyView

        if self.vault is None:
            return
        if self.journey_view is not None:
            self.journey_view.deleteLater()
        self.journey_view = JourneyView(self.vault, self.catalog, self.language(), self)
        self.journey_view.open()

    def act(self, item: DueItem) -> None:
        """Open the place where the item can be done."""
        if item.kind == "review":
            self.plan.start_review()
        elif item.kind == "action":
            self.plan.show_item(item.item_id)
        elif item.exercise_id is not None:
            self.exercises.open_exercise(item.exercise_id)

    def _show_plan_and_journal(self) -> None:
        """The next open items of the plan, and the newest journal entries."""
        due = [item for item in self.plan_store.plan().dated() if not item.done][:UPCOMING]
        self.plan_lines.setText(
            "\n".join(f"{_day(item.due_date)}  ·  {item.title}" for item in due)
            or self.tr("Nothing with a date yet. What is one small step you could plan?")
        )
        latest = self.journal_store.page(0, LATEST)
        untitled = self.tr("Untitled")
        self.journal_lines.setText(
            "\n".join(f"{_day(e.entry_date)}  ·  {e.title or untitled}" for e in latest)
            or self.tr("Nothing written yet. What is on your mind about work today?")
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Good to see you"))
        self.body.setText(
            self.tr(
                "This is your own place to think about your work. Start with an exercise, "
                "write down what is on your mind, or work on your plan. Everything stays "
                "on this computer, encrypted."
            )
        )
        self.progress_label.setText(self.tr("Your progress"))
        self.journey_button.setText(self.tr("My path over &time"))
        self.plan_heading.setText(self.tr("Next in your plan"))
        self.plan_button.setText(self.tr("Open my &plan"))
        self.journal_heading.setText(self.tr("Latest in your journal"))
        self.journal_button.setText(self.tr("Open my &journal"))
        self.refresh()
