"""The Journal page: the entry list with search and filters, the editor, the prompt and the chart.

The page wires its parts together and talks to :class:`JournalStore`; it holds
no SQL. Writing autosaves after a short pause, and before anything that could
lose the edit (another entry, a new search, locking).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises import Catalog
from careerjournal.journal import Bucket, Entry, JournalStore, Link, Summary
from careerjournal.journal.prompts import reflection_prompts
from careerjournal.journal.query import to_match
from careerjournal.plan.store import PlanStore
from careerjournal.ui.pages.base import Page
from careerjournal.ui.pages.journal.editor import EntryEditor
from careerjournal.ui.pages.journal.entry_delegate import EntryDelegate
from careerjournal.ui.pages.journal.entry_model import EntryListModel
from careerjournal.ui.pages.journal.filter_bar import FilterBar
from careerjournal.ui.pages.journal.mood_chart import MoodChart
from careerjournal.ui.pages.journal.prompt_box import PromptBox
from careerjournal.ui.pages.journal.undo_bar import UndoBar
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.widgets.autosave import Debouncer
from careerjournal.ui.widgets.empty_state import EmptyOverlay
from careerjournal.vault import VaultError

CHART_DAYS = 365  # the chart's period when no date filter is set


class JournalPage(Page):
    """The whole journal; ``catalog`` gives the prompts and what an entry can be about."""

    def __init__(
        self, catalog: Catalog, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._store: JournalStore | None = None
        self._goals_from: PlanStore | None = None
        self._deleted: list[Entry] = []  # for undo, newest last
        self._count: int | None = None
        self._searching = False

        self._heading = QLabel(objectName="pageHeading")
        self.new_button = QPushButton(objectName="newEntry")
        self.delete_button = QPushButton(objectName="deleteEntry")
        self.filter_bar = FilterBar()
        self.model = EntryListModel(self)
        self.list = QListView(objectName="entryList", uniformItemSizes=True)
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(280)  # the date, mood and energy on one line
        self.empty = EmptyOverlay(self.list, self._empty_text)
        self.count = QLabel(objectName="hint")
        self.undo_bar = UndoBar()
        self.prompt_box = PromptBox(reflection_prompts(catalog), language)
        self.editor = EntryEditor(catalog.exercises, language)
        self.chart = MoodChart()
        # "Look back": the chart folds away, so the editor keeps its room (and fits at 700 px).
        self.look_back = QToolButton(objectName="lookBack", checkable=True)
        self.look_back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.look_back.toggled.connect(self._fold_chart)
        self._fold_chart(False)
        self.autosave = Debouncer(parent=self)
        self._build_layout()
        self._build_actions()

        self.filter_bar.changed.connect(self._filters_changed)
        self.list.selectionModel().currentChanged.connect(self._open_index)
        self.editor.edited.connect(self._edited)
        self.autosave.fire.connect(self._save)
        self.prompt_box.write.clicked.connect(self._write_about)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self._content.setEnabled(False)
        self.retranslate()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._heading)
        header.addStretch()
        header.addWidget(self.new_button)
        header.addWidget(self.delete_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list, 1)
        left_column.addWidget(self.count)
        left_column.addWidget(self.undo_bar)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.prompt_box)
        right_column.addWidget(self.editor, 1)
        right_column.addWidget(self.look_back, 0, Qt.AlignmentFlag.AlignLeft)
        right_column.addWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self._content = QWidget()
        content = QVBoxLayout(self._content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(header)
        content.addWidget(self.filter_bar)
        content.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._content)

    def _build_actions(self) -> None:
        """Ctrl+N anywhere on the page; Delete and Ctrl+Z only in the list, not in text fields."""
        self.new_action = QAction(
            self,
            shortcut=QKeySequence.StandardKey.New,
            shortcutContext=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.addAction(self.new_action)
        self.delete_action = QAction(
            self.list,
            shortcut=QKeySequence.StandardKey.Delete,
            shortcutContext=Qt.ShortcutContext.WidgetShortcut,
        )
        self.undo_action = QAction(
            self.list,
            shortcut=QKeySequence.StandardKey.Undo,
            shortcutContext=Qt.ShortcutContext.WidgetShortcut,
        )
        self.list.addActions([self.delete_action, self.undo_action])
        self.new_action.triggered.connect(self.new_entry)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_action.triggered.connect(self.delete_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.undo_action.triggered.connect(self.undo_delete)

    # --- Page -------------------------------------------------------------------------

    def help_text(self) -> str:
        return self.tr(
            "Write down what is on your mind: after a hard meeting, a good talk, a doubt. "
            "Ctrl+N starts a new entry; it is saved as you type. Mood and energy (1 to 5) "
            "show as a chart, so you can see what gives and costs you energy over time. "
            "Search finds words in titles, text and tags, also the start of a word and "
            "without accents (carriere finds carrière). A deleted entry can be brought back "
            "with Undo."
        )

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", "Journal")

    def retranslate(self) -> None:
        self._heading.setText(self.nav_title())
        self.new_button.setText(self.tr("&New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this entry; you can undo it"))
        self.list.setAccessibleName(self.tr("Entries"))
        self.look_back.setText(self.tr("Look bac&k: mood and energy"))
        self._show_count()

    def _empty_text(self) -> str:
        if self._searching:
            return self.tr("Nothing found. Try another word, or clear the tag and dates.")
        return self.tr(
            "Nothing written yet. Type your first entry on the right: it is saved as you go."
        )

    def _fold_chart(self, open_: bool) -> None:
        self.chart.setVisible(open_)
        self.look_back.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def open_vault(self, stores: Stores) -> None:
        self._store = stores.journal
        self._content.setEnabled(True)
        self.editor.load(Entry(date.today()))
        self._goals_from = stores.plan
        self.editor.set_goals(self._plan_goals())
        self.filter_bar.set_tags(self._store.tags())
        self._reload()
        self.prompt_box.show_for(date.today())

    def _plan_goals(self) -> list[tuple[str, str]]:
        if self._goals_from is None:
            return []
        return [(str(goal.item.id), goal.item.title) for goal in self._goals_from.plan().goals]

    def showEvent(self, event: QShowEvent) -> None:
        """Goals may have been added on the Plan page meanwhile."""
        if self._store is not None:
            self.editor.set_goals(self._plan_goals())
        super().showEvent(event)

    def flush(self) -> None:
        self.autosave.flush()

    def clear(self) -> None:
        self.autosave.cancel()
        self._store = None
        self._goals_from = None
        self._deleted.clear()
        self.undo_bar.hide()
        self.model.show(None)
        self.editor.clear()
        self.filter_bar.clear()
        self.chart.clear()
        self._count = None
        self._show_count()
        self._content.setEnabled(False)

    # --- writing ----------------------------------------------------------------------

    def new_entry(self, entry: Entry | None = None) -> None:
        """Start a blank entry for today (or ``entry``); it is saved once something is written."""
        if self._store is None:
            return
        self.flush()
        self.editor.load(entry or Entry(date.today()))
        self.list.selectionModel().clear()
        self.editor.title.setFocus()

    def _write_about(self) -> None:
        prompt = self.prompt_box.prompt
        if prompt is None:
            return
        self.new_entry(
            Entry(
                date.today(),
                title=prompt.text.get(self.language()),
                link=Link("exercise", prompt.exercise_id),
            )
        )
        self.editor.body.setFocus()

    def _edited(self) -> None:
        self.editor.status.clear()
        self.autosave.touch()

    def _save(self) -> None:
        """Save what the editor shows; a blank new entry is not worth keeping."""
        entry = self.editor.entry()
        if self._store is None or (entry.id is None and entry.is_blank):
            return
        try:
            saved = self._store.add(entry) if entry.id is None else self._store.update(entry)
        except VaultError as error:
            self.editor.status.setText(describe(error))
            return
        self.editor.mark_saved(saved)
        self.editor.status.setText(self.tr("Saved"))
        row = self.model.row_of(saved.id) if saved.id is not None else None
        if row is None or self.model.summary(row).entry_date != saved.entry_date:
            self._reload()  # a new entry, or one that moved in the list
        else:
            self.model.replace(Summary.of(saved))
            self._refresh_chart()
        self.filter_bar.set_tags(self._store.tags())

    def delete_entry(self) -> None:
        """Delete the entry in the editor; the undo bar can bring it back."""
        if self._store is None:
            return
        self.flush()
        if self.editor.entry_id is None:
            self.new_entry()  # an unsaved entry is simply dropped
            return
        try:
            self._deleted.append(self._store.delete(self.editor.entry_id))
        except VaultError as error:
            self.editor.status.setText(describe(error))
            return
        self.editor.load(Entry(date.today()))
        self.undo_bar.show()
        self._changed_entries()

    def undo_delete(self) -> None:
        if self._store is None or not self._deleted:
            return
        self.flush()
        try:
            restored = self._store.restore(self._deleted[-1])
        except VaultError as error:
            self.editor.status.setText(describe(error))
            return
        self._deleted.pop()
        self.undo_bar.setVisible(bool(self._deleted))
        self.editor.load(restored)
        self._changed_entries()

    def _changed_entries(self) -> None:
        assert self._store is not None
        self.filter_bar.set_tags(self._store.tags())
        self._reload()

    # --- the list -----------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.flush()
        self._reload()

    def _reload(self) -> None:
        """Show the entries (or search hits) for the current filters, from the top."""
        store = self._store
        if store is None:
            return
        query, filters = self.filter_bar.query(), self.filter_bar.filters()
        order = self.filter_bar.search_order()
        self._searching = to_match(query) is not None
        if self._searching:
            self.model.show(
                lambda offset, limit: store.search(query, filters, limit, offset, order)
            )
        else:
            self.model.show(lambda offset, limit: store.page(offset, limit, filters))
        self._count = store.count(filters, query)
        self._show_count()
        self._select(self.editor.entry_id)
        self._refresh_chart()

    def _select(self, entry_id: int | None) -> None:
        """Mark the entry in the editor in the list, if it is there, without reloading it."""
        row = self.model.row_of(entry_id) if entry_id is not None else None
        selection = self.list.selectionModel()
        if row is None:
            selection.clear()
        else:
            selection.setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _open_index(self, current: QModelIndex) -> None:
        if self._store is None or not current.isValid():
            return
        entry_id = self.model.summary(current.row()).id
        if entry_id == self.editor.entry_id:
            return
        self.flush()
        entry = self._store.get(entry_id)
        if entry is not None:
            self.editor.load(entry)
            self._select(entry.id)

    def _show_count(self) -> None:
        if self._count is None:
            self.count.clear()
        elif self._searching:
            self.count.setText(self.tr("Found: %1").replace("%1", str(self._count)))
        else:
            self.count.setText(self.tr("Entries: %1").replace("%1", str(self._count)))

    def _refresh_chart(self) -> None:
        if self._store is None:
            return
        filters = self.filter_bar.filters()
        until = filters.until or date.today()
        since = filters.since or until - timedelta(days=CHART_DAYS)
        period = replace(filters, since=since, until=until)
        points = self._store.mood_series(period, Bucket.for_span((until - since).days))
        self.chart.show_points(points, since, until)
