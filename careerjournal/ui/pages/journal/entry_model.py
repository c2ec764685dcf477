"""The entry list as a Qt model that reads the vault a page at a time.

The view asks for more rows only as it scrolls (``canFetchMore``/``fetchMore``),
so a journal of ten thousand entries opens as fast as one of ten. The same
model shows plain pages and search hits: it is given a function that fetches
rows from an offset, and knows nothing else about where they come from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Q_ARG,
    QAbstractListModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careerjournal.journal import Summary
from careerjournal.journal.highlight import unmarked

Fetch = Callable[[int, int], list[Summary]]
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200


class EntryListModel(QAbstractListModel):
    """One row per entry (or hit), in the order the fetch function gives them."""

    SummaryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._fetch: Fetch | None = None
        self._rows: list[Summary] = []
        self._exhausted = True

    def show(self, fetch: Fetch | None) -> None:
        """Show the rows ``fetch`` gives, starting with the first page; None shows nothing."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self._rows = self._next_page()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        batch = self._next_page()
        if batch:
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()

    def _next_page(self) -> list[Summary]:
        """The rows after those shown; a short page means there are no more."""
        if self._exhausted or self._fetch is None:
            return []
        batch = self._fetch(len(self._rows), self._page_size)
        self._exhausted = len(batch) < self._page_size
        return batch

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return unmarked(summary.title) or self.tr("Untitled")
        if role == Qt.ItemDataRole.ToolTipRole:
            return unmarked(summary.preview)
        if role == self.SummaryRole:
            return summary
        return None

    def summary(self, row: int) -> Summary:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int | None:
        """The row showing ``entry_id``, if it has been fetched."""
        return next((row for row, s in enumerate(self._rows) if s.id == entry_id), None)

    def replace(self, summary: Summary) -> None:
        """Show the saved state of an entry that is on screen; others show up when fetched."""
        row = self.row_of(summary.id)
        if row is not None:
            self._rows[row] = summary
            index = self.index(row)
            # Emitted by Qt, not by SignalInstance.emit(): in PySide6 6.12 that drops a
            # reference to True on every call, which ends in a crash after a few hundred.
            QMetaObject.invokeMethod(
                self,
                "dataChanged",
                Qt.ConnectionType.DirectConnection,
                Q_ARG(QModelIndex, index),
                Q_ARG(QModelIndex, index),
            )
