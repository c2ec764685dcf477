"""The Plan page: vision, goals with actions, Plan B, conversations, training; print and export."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QPageSize, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

from careerjournal.exercises.loader import Catalog
from careerjournal.export.files import check_target
from careerjournal.plan.insights import Idea, Insight, harvest_vault
from careerjournal.plan.model import Section
from careerjournal.plan.printout import export_plan, plan_pdf
from careerjournal.plan.store import ItemNotFound, PlanStore
from careerjournal.plan.wording import word
from careerjournal.ui.pages.base import Page
from careerjournal.ui.pages.plan.date_field import OptionalDate
from careerjournal.ui.pages.plan.insights_panel import InsightsPanel
from careerjournal.ui.pages.plan.labels import section_name
from careerjournal.ui.pages.plan.section_editor import SectionEditor
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.widgets.autosave import Debouncer
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.ui.widgets.forms import field_label
from careerjournal.ui.widgets.save_flow import Prompts, SaveDialog, SaveFlow
from careerjournal.vault import VaultError

_T = TypeVar("_T")


class PlanPage(Page):
    """Edits the plan in the vault; every change is saved as the user goes."""

    def __init__(
        self,
        catalog: Catalog,
        language: Callable[[], str],
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.saving = SaveFlow(self, prompts)
        self.stores: Stores | None = None
        self.warned_unencrypted = False  # per unlocked vault, in memory only

        self.heading = QLabel(objectName="pageHeading")
        self.print_button = QPushButton(objectName="print")
        self.print_button.clicked.connect(self.print_plan)
        self.review_button = QPushButton(objectName="review")
        self.review_button.clicked.connect(self.start_review)
        self.export_button = QPushButton(objectName="export")
        self.export_button.clicked.connect(self.export_pdf)
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.vision = QPlainTextEdit(objectName="vision")
        self.vision.setTabChangesFocus(True)
        self.vision_label = QLabel(buddy=self.vision, objectName="subHeading")
        self.vision_saver = Debouncer(parent=self)
        self.vision.textChanged.connect(self._vision_typed)
        self.vision_saver.fire.connect(self._save_vision)
        self.review = OptionalDate()
        self.review.setObjectName("reviewDate")
        self.review.changed.connect(self._save_review)
        self.cover_name = QLineEdit(objectName="coverName")
        self.name_saver = Debouncer(parent=self)
        self.cover_name.textEdited.connect(self.name_saver.touch)
        self.name_saver.fire.connect(self._save_cover_name)

        self.editors: dict[Section, SectionEditor] = {
            "vision": SectionEditor("vision"),
            "goal": SectionEditor("goal", "action"),
            "planb": SectionEditor("planb"),
            "conversation": SectionEditor("conversation"),
            "training": SectionEditor("training"),
        }
        for editor in self.editors.values():
            editor.changed.connect(self._plan_changed)
            editor.failed.connect(self.message.setText)

        overview = QWidget()
        settings = QFormLayout()
        settings.addRow(QLabel(buddy=self.review), self.review)
        settings.addRow(QLabel(buddy=self.cover_name), self.cover_name)
        self.settings_form = settings
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.vision_label)
        overview_layout.addWidget(self.vision, 1)
        self.points_label = QLabel(objectName="subHeading")
        overview_layout.addWidget(self.points_label)
        overview_layout.addWidget(self.editors["vision"], 2)
        overview_layout.addLayout(settings)
        self.tabs = QTabWidget(objectName="planTabs")
        self.tabs.addTab(overview, "")
        for section in ("goal", "planb", "conversation", "training"):
            self.tabs.addTab(self.editors[section], "")

        self.insights = InsightsPanel()
        self.insights.pull_insight.connect(self.pull_insight)
        self.insights.pull_idea.connect(self.pull_idea)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.review_button)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.insights)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._loading = False
        self.clear()
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "Your plan: what you are looking for, goals with why and a target date, actions "
            "under each goal, a Plan B, people to talk to and training to follow. Everything "
            "is saved as you type. On the right, what your exercises taught you: one click "
            "puts it in your plan. Export PDF… writes a printable plan (not encrypted: you "
            "choose where it goes); Print… sends it to a printer. Alt+Up and Alt+Down move "
            "the selected item."
        )

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", "Plan")

    # --- vault ---------------------------------------------------------------

    def open_vault(self, stores: Stores) -> None:
        self.stores = stores
        self.warned_unencrypted = False
        settings = stores.plan.settings()
        self._loading = True
        self.vision.setPlainText(settings.vision)
        self._loading = False
        self.review.set_value(settings.review_date)
        self.cover_name.setText(settings.cover_name)
        for editor in self.editors.values():
            editor.set_store(stores.plan)
        self._set_enabled(True)
        self.refresh_insights()

    def flush(self) -> None:
        self.vision_saver.flush()
        self.name_saver.flush()
        for editor in self.editors.values():
            editor.flush()

    def clear(self) -> None:
        from careerjournal.ui.pages.plan.review_dialog import close_reviews

        close_reviews(self)
        self.vision_saver.cancel()
        self.name_saver.cancel()
        self.stores = None
        self.warned_unencrypted = False
        self._loading = True
        self.vision.clear()
        self._loading = False
        self.review.set_value(None)
        self.cover_name.clear()
        for editor in self.editors.values():
            editor.set_store(None)
        self.insights.clear()
        self.message.clear()
        self._set_enabled(False)

    def _set_enabled(self, unlocked: bool) -> None:
        for widget in (
            self.review_button,
            self.print_button,
            self.export_button,
            self.vision,
            self.review,
            self.cover_name,
        ):
            widget.setEnabled(unlocked)

    def showEvent(self, event: QShowEvent) -> None:
        """Exercises may have been finished since the page was last shown."""
        self.refresh_insights()
        super().showEvent(event)

    # --- settings ------------------------------------------------------------

    def _vision_typed(self) -> None:
        if not self._loading:
            self.vision_saver.touch()

    def _write(self, action: Callable[[PlanStore], _T]) -> _T | None:
        """Run one store call; a vault problem becomes a message, not an exception."""
        if self.stores is None:
            return None
        try:
            return action(self.stores.plan)
        except VaultError as error:
            self.message.setText(describe(error))
            return None

    def _save_vision(self) -> None:
        text = self.vision.toPlainText()
        self._write(lambda store: store.set_vision(text))

    def _save_review(self, when: date | None) -> None:
        self._write(lambda store: store.set_review_date(when))

    def _save_cover_name(self) -> None:
        name = self.cover_name.text()
        self._write(lambda store: store.set_cover_name(name))

    # --- coming from Home ------------------------------------------------------

    def show_item(self, item_id: int | None) -> None:
        """Show the page with this item selected (its goal's tab for an action)."""
        self.show_requested.emit()
        item = None
        if self.stores is not None and item_id is not None:
            with contextlib.suppress(ItemNotFound):  # deleted meanwhile: just the goals
                item = self.stores.plan.item(item_id)
        section = "goal" if item is None or item.section == "action" else item.section
        editor = self.editors.get(section, self.editors["goal"])
        self.tabs.setCurrentWidget(editor)
        if item is not None:
            editor.select(item.id)

    def start_review(self) -> None:
        """The guided review of the plan, in a dialog over this page."""
        from careerjournal.ui.pages.plan.review_dialog import run_review

        self.show_requested.emit()
        run_review(self, date.today())

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a modal dialog; tests replace this to drive the dialog themselves."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- insights ------------------------------------------------------------

    def refresh_insights(self) -> None:
        stores = self.stores
        if stores is None:
            return
        harvest = harvest_vault(self.catalog, stores.vault, self.language())
        has_goal = self.editors["goal"].top_item_for_children() is not None
        self.insights.show_harvest(harvest, stores.plan.live_sources(), has_goal)

    def _plan_changed(self) -> None:
        self.message.clear()
        self.refresh_insights()

    def pull_insight(self, insight: Insight) -> None:
        self._pull(insight.source, "vision", insight.text)

    def pull_idea(self, idea: Idea) -> None:
        self._pull(idea.source, idea.section, idea.text)

    def _pull(self, source: str, section: Section, text: str) -> None:
        """Bring it into the plan once, then show it selected so the user can make it theirs."""
        editor = self.editors["goal" if section == "action" else section]
        goal = editor.top_item_for_children() if section == "action" else None
        if section == "action" and goal is None:
            return
        item = self._write(
            lambda store: store.pull(source, section, text, parent_id=goal.id if goal else None)
        )
        if item is None:
            return
        editor.reload(item.id)
        self.tabs.setCurrentIndex(0 if section == "vision" else self.tabs.indexOf(editor))
        self.refresh_insights()

    # --- print and export ----------------------------------------------------

    def ask_printer(self, printer: QPrinter) -> bool:
        """The system print dialog; tests replace this method."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the plan"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        lang = self.language()
        return Path(folder) / f"{word('plan_title', lang)} {date.today().isoformat()}.pdf"

    def export_pdf(self) -> None:
        """Warn (once) that the PDF is not encrypted, ask where, then write it there."""
        if self.stores is None:
            return
        vault = self.stores.vault
        if not self.warned_unencrypted:
            # Asked once per unlocked vault.
            if not self.saving.confirm(
                self.tr("The PDF is not encrypted"),
                self.tr(
                    "Your vault is encrypted, but the PDF you are about to save is not: anyone "
                    "who can open the file can read your plan. Choose a place only you can "
                    "reach, and delete the file when you no longer need it.\n\n"
                    "Save the PDF anyway?"
                ),
            ):
                return
            self.warned_unencrypted = True

        def write(path: Path) -> None:
            self.flush()
            # replace: the save dialog returns an existing file only after a yes.
            export_plan(vault, self.catalog, path, self.language(), replace=True)

        dialog = SaveDialog(
            self.tr("Export the plan as PDF"),
            self._suggested_path(),
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        path = self.saving.save(
            dialog, write, self.tr("The PDF could not be saved: %1"), self.message.setText
        )
        if path is not None:
            self.message.setText(self.tr("Your plan was saved as %1.").replace("%1", str(path)))

    def print_plan(self) -> None:
        # Qt's print support is loaded when first used: most sessions never print.
        from PySide6.QtPrintSupport import QPrinter

        from careerjournal.ui.pages.plan.printing import print_pdf

        stores = self.stores
        if stores is None:
            return
        self.flush()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        if not self.ask_printer(printer):
            return
        try:
            if printer.outputFileName():  # "print to file": never over a vault (issue 11)
                check_target(Path(printer.outputFileName()), replace=True)
            with busy_cursor():
                # The very pages the exported PDF has, rendered in memory.
                pdf = plan_pdf(stores.vault, self.catalog, self.language())
                print_pdf(pdf, printer, word("plan_title", self.language()))
        except (VaultError, OSError) as error:
            self._say_not_saved(error)

    def _say_not_saved(self, error: VaultError | OSError) -> None:
        if isinstance(error, VaultError):
            self.message.setText(describe(error))
        else:
            reason = error.strerror or str(error)
            self.message.setText(self.tr("The PDF could not be saved: %1").replace("%1", reason))

    # --- language ------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My plan"))
        self.print_button.setText(self.tr("&Print…"))
        self.export_button.setText(self.tr("&Export PDF…"))
        self.review_button.setText(self.tr("Re&view…"))
        self.vision_label.setText(self.tr("What are you looking for?"))
        self.vision.setPlaceholderText(
            self.tr("In a few sentences: the work, the place and the life you are aiming for.")
        )
        self.points_label.setText(self.tr("What you know about yourself"))
        field_label(self.settings_form, self.review).setText(self.tr("Next review"))
        self.review.set_text(self.tr("on"))
        field_label(self.settings_form, self.cover_name).setText(self.tr("Name on the cover"))
        self.cover_name.setPlaceholderText(self.tr("Leave empty to print no name"))
        self.tabs.setTabText(0, self.tr("Overview"))
        for section in ("goal", "planb", "conversation", "training"):
            self.tabs.setTabText(self.tabs.indexOf(self.editors[section]), section_name(section))
        for editor in self.editors.values():
            editor.retranslate()
        self.insights.retranslate()
        if self.isVisible():
            self.refresh_insights()
