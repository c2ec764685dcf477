"""A result across runs as a table: a row per bar, a column per run, one scale for all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from careerjournal.exercises.history import Series
from careerjournal.ui.shell.formats import number


class OverTimeTable(QTableWidget):
    """Read-only; the caption under it names the scale, the same for every run."""

    def __init__(self, series: Series, dates: list[str]) -> None:
        super().__init__(len(series.labels), len(dates))
        self.setObjectName(f"overTime-{series.result_id}")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalHeaderLabels(dates)
        self.setVerticalHeaderLabels(list(series.labels))
        low, high = (self._format(v) for v in series.bar_range)
        self.setAccessibleName(series.title)
        self.setAccessibleDescription(
            self.tr("Scale: from %1 to %2, the same for every run.")
            .replace("%1", low)
            .replace("%2", high)
        )
        self.setToolTip(self.accessibleDescription())
        for row, values in enumerate(series.values):
            for column, value in enumerate(values):
                item = QTableWidgetItem(self._format(value) if value is not None else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        chrome = 2 * self.frameWidth() + self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + chrome)

    @staticmethod
    def _format(value: float) -> str:
        return number(float(value))
