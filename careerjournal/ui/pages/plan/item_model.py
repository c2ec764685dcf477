"""Plan items as a Qt tree model: a section's items, each with its children (a goal's actions).

The model only shows what it is given; ticking an item emits :attr:`checkToggled`
and the owner writes that to the vault and hands back the saved item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from careerjournal.plan.model import PlanItem
from careerjournal.ui.pages.plan.labels import status_label, untitled
from careerjournal.ui.shell.formats import short_date

TITLE, DATE, STATUS = range(3)
ItemIdRole = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class PlanItemModel(QAbstractItemModel):
    """Top-level items and, per item id, its children; one column or three (title, date, status)."""

    checkToggled = Signal(int, bool)  # item id, done

    def __init__(self, scheduled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scheduled = scheduled
        self._top: list[PlanItem] = []
        self._children: dict[int, list[PlanItem]] = {}
        self._by_id: dict[int, PlanItem] = {}

    # --- content ---------------------------------------------------------------

    def set_items(self, top: list[PlanItem], children: dict[int, list[PlanItem]]) -> None:
        self.beginResetModel()
        self._top = list(top)
        self._children = {key: list(value) for key, value in children.items()}
        self._by_id = {i.id: i for i in self._top}
        self._by_id.update({c.id: c for kids in self._children.values() for c in kids})
        self.endResetModel()

    def replace(self, item: PlanItem) -> None:
        """Show the saved version of an item that is already in the model."""
        if item.id not in self._by_id:
            return
        siblings = self._siblings(item)
        siblings[self._row(item)] = item
        self._by_id[item.id] = item
        index = self.index_of(item.id)
        self.dataChanged.emit(index, index.siblingAtColumn(self.columnCount() - 1))

    def retranslate(self) -> None:
        """Headers and status words in the new language."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        for parent in (QModelIndex(), *(self.index_of(i) for i in self._children)):
            rows = self.rowCount(parent)
            if rows:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, last, parent))

    def item(self, index: Index) -> PlanItem | None:
        return self._by_id.get(index.internalId()) if index.isValid() else None

    def index_of(self, item_id: int) -> QModelIndex:
        item = self._by_id.get(item_id)
        return self.createIndex(self._row(item), 0, item.id) if item else QModelIndex()

    def _siblings(self, item: PlanItem) -> list[PlanItem]:
        if item.parent_id is not None and item.parent_id in self._children:
            return self._children[item.parent_id]
        return self._top

    def _row(self, item: PlanItem) -> int:
        return next(n for n, i in enumerate(self._siblings(item)) if i.id == item.id)

    # --- QAbstractItemModel ----------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._top[row].id)
        if parent.column() != 0:
            return QModelIndex()
        owner = self.item(parent)
        if owner is None:
            return QModelIndex()
        return self.createIndex(row, column, self._children[owner.id][row].id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        item = self.item(index)
        if item is None or item.parent_id is None or item.parent_id not in self._by_id:
            return QModelIndex()
        return self.index_of(item.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        owner = self.item(parent)
        return len(self._children.get(owner.id, [])) if owner else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3 if self._scheduled else 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PlanItemModel", "Title"),
            QCoreApplication.translate("PlanItemModel", "Date"),
            QCoreApplication.translate("PlanItemModel", "Status"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item = self.item(index)
        if self._scheduled and index.column() == TITLE and item and not item.archived:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TITLE:
                title = " ".join(item.title.split())
                return title or untitled()
            if column == DATE:
                if item.due_date is None:
                    return ""
                return short_date(item.due_date)
            return status_label(item.status)
        if role == Qt.ItemDataRole.CheckStateRole and self._scheduled and column == TITLE:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and (item.archived or item.done):
            font = QFont()
            font.setItalic(item.archived)
            font.setStrikeOut(item.done and column == TITLE)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == ItemIdRole:
            return item.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.CheckStateRole or not self._scheduled:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done != item.done:
            self.checkToggled.emit(item.id, done)
        return True
