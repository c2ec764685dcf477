"""One section of the plan: its items in order (goals with actions) and the selected one's form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from careerjournal.plan.model import SCHEDULED, PlanItem, Section
from careerjournal.plan.store import PlanStore
from careerjournal.ui.pages.plan.item_form import ItemForm
from careerjournal.ui.pages.plan.item_model import TITLE, PlanItemModel
from careerjournal.ui.pages.plan.labels import add_label, section_name
from careerjournal.ui.shell.messages import describe
from careerjournal.vault import VaultError


class SectionEditor(QWidget):
    """Add, edit, reorder (buttons or Alt+Up/Down), complete and archive the items of a section.

    ``child`` is the section of the items under each top item (a goal's actions).
    ``changed`` follows every write; ``failed`` carries a message for the user.
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self, section: Section, child: Section | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section, self.child = section, child
        self.store: PlanStore | None = None
        self.model = PlanItemModel(section in SCHEDULED, self)
        self.model.checkToggled.connect(lambda item_id, done: self.set_done(item_id, done))
        self.view = QTreeView(objectName=f"{section}Items")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(child is not None)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHeaderHidden(section not in SCHEDULED)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.view.installEventFilter(self)
        self.form = ItemForm((section, child) if child else (section,))
        self.form.edited.connect(self._save)

        self.add_button = QPushButton(objectName="add")
        self.add_button.clicked.connect(self.add_item)
        self.add_child_button = QPushButton(objectName="addChild")
        self.add_child_button.clicked.connect(self.add_child)
        self.add_child_button.setVisible(child is not None)
        self.up_button = QPushButton(objectName="up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(objectName="down")
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.done_button = QPushButton(objectName="done")
        self.done_button.clicked.connect(self.toggle_done)
        self.done_button.setVisible(section in SCHEDULED)
        self.archive_button = QPushButton(objectName="archive")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived = QCheckBox(objectName="showArchived")
        self.show_archived.toggled.connect(lambda *_: self.reload(self._current_id()))

        buttons = QHBoxLayout()
        for button in (self.add_button, self.add_child_button):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.up_button, self.down_button, self.done_button, self.archive_button):
            buttons.addWidget(button)
        top = QWidget()
        list_layout = QVBoxLayout(top)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.show_archived)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.retranslate()
        self._update_buttons()

    # --- reading ---------------------------------------------------------------

    def set_store(self, store: PlanStore | None) -> None:
        self.store = store
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the section again from the vault and select ``select`` (an item id)."""
        self.form.set_item(None)
        if self.store is None:
            self.model.set_items([], {})
            self._update_buttons()
            return
        archived = self.show_archived.isChecked()
        top = self.store.items(self.section, archived=archived)
        children = (
            {item.id: self.store.items(self.child, item.id, archived=archived) for item in top}
            if self.child
            else {}
        )
        self.model.set_items(top, children)
        self.view.expandAll()
        if select is not None:
            self.select(select)
        self._update_buttons()

    def select(self, item_id: int) -> None:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)

    def current_item(self) -> PlanItem | None:
        return self.model.item(self.view.currentIndex())

    def _current_id(self) -> int | None:
        item = self.current_item()
        return item.id if item else None

    def top_item_for_children(self) -> PlanItem | None:
        """The item new children go under: the selected one, the selected child's, or the first."""
        item = self.current_item()
        if item is not None and item.section == self.child:
            item = self.model.item(self.model.index_of(item.parent_id or 0))
        if item is None or item.archived:
            live = [
                self.model.item(self.model.index(row, 0)) for row in range(self.model.rowCount())
            ]
            item = next((i for i in live if i and not i.archived), None)
        return item

    # --- writing ---------------------------------------------------------------

    def _write(self, action: Callable[[PlanStore], PlanItem | None]) -> PlanItem | None:
        """Run one store call; a vault problem becomes a message, not an exception."""
        if self.store is None:
            return None
        try:
            result = action(self.store)
        except VaultError as error:
            self.failed.emit(describe(error))
            return None
        self.changed.emit()
        return result

    def add_item(self) -> None:
        added = self._write(lambda store: store.add(self.section))
        if added:
            self._select_new(added)

    def add_child(self) -> None:
        goal = self.top_item_for_children()
        if self.child is None or goal is None:
            return
        added = self._write(lambda store: store.add(self.child, parent_id=goal.id))  # type: ignore[arg-type]
        if added:
            self._select_new(added)

    def _select_new(self, item: PlanItem) -> None:
        self.reload(item.id)
        self.form.title.setFocus()

    def move_current(self, delta: int) -> None:
        item = self.current_item()
        if item is None or item.archived:
            return
        self.form.flush()
        if self._write(lambda store: store.move(item.id, max(0, item.position + delta))):
            self.reload(item.id)

    def set_done(self, item_id: int, done: bool) -> None:
        self.form.flush()
        saved = self._write(lambda store: store.set_status(item_id, "done" if done else "open"))
        if saved:
            self.model.replace(saved)
            if self.form.item and self.form.item.id == item_id:
                self.form.set_item(saved)
            self._update_buttons()

    def toggle_done(self) -> None:
        item = self.current_item()
        if item is not None:
            self.set_done(item.id, not item.done)

    def toggle_archived(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.form.flush()
        if self._write(lambda store: store.archive(item.id, not item.archived)):
            self.reload(item.id if self.show_archived.isChecked() or item.archived else None)

    def _save(self, item: PlanItem) -> None:
        saved = self._write(lambda store: store.save(item))
        if saved:
            self.model.replace(saved)
            self.form.accept_saved(saved)

    def flush(self) -> None:
        self.form.flush()

    # --- display ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down move the selected item, as in the exercises' lists."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def _show_current(self) -> None:
        self.form.set_item(self.current_item())
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        live = item is not None and not item.archived
        self.add_button.setEnabled(self.store is not None)
        self.add_child_button.setEnabled(
            self.store is not None and self.top_item_for_children() is not None
        )
        for button in (self.up_button, self.down_button, self.done_button):
            button.setEnabled(live)
        self.archive_button.setEnabled(item is not None)
        self.retranslate_buttons()

    def retranslate_buttons(self) -> None:
        item = self.current_item()
        self.done_button.setText(
            self.tr("Mark &not done") if item and item.done else self.tr("Mark &done")
        )
        self.archive_button.setText(
            self.tr("&Restore") if item and item.archived else self.tr("A&rchive")
        )

    def retranslate(self) -> None:
        self.add_button.setText(add_label(self.section))
        if self.child:
            self.add_child_button.setText(add_label(self.child))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.show_archived.setText(self.tr("Show archived items"))
        self.view.setAccessibleName(section_name(self.section))
        self.model.retranslate()
        self.form.retranslate()
        self.retranslate_buttons()
