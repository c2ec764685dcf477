"""Importance against presence: a pair of bars per item, the largest gap first.

Importance is a solid bar, presence a hatched one (BDiagPattern), so the two differ
by pattern and not by colour alone; colours come from the palette.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from careerjournal.exercises.reading import Bar
from careerjournal.ui.shell import formats


class GapChart(QWidget):
    """Rows of ``Bar(label, importance, second=presence)``, already sorted by gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._range = (0.0, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_bars(
        self, bars: Sequence[Bar], value_range: tuple[float, float], names: tuple[str, str]
    ) -> None:
        """``names`` are the words for importance and presence, for the legend and description."""
        self._bars = tuple(bars)
        low, high = value_range
        self._range = (low, high if high > low else low + 1)
        self._names = names
        self.setFixedHeight(self.sizeHint().height())
        self.setAccessibleDescription(
            "; ".join(
                f"{bar.label}: {names[0]} {self._format(bar.value)}, "
                f"{names[1]} {self._format(bar.second)}"
                for bar in self._bars
            )
        )
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.4)

    def sizeHint(self) -> QSize:
        # The bars, then the legend: one line per series, so a long word never runs off.
        return QSize(480, self._row_height() * len(self._bars) + 2 * self._legend_row() + 12)

    def _legend_row(self) -> int:
        return int(self.fontMetrics().height() * 1.6)

    @staticmethod
    def _format(value: float | None) -> str:
        if value is None:
            return "—"
        return formats.number(float(value))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        row = self._row_height()
        label_width = int(self.width() * 0.34)
        left, value_width = label_width + 8, 44
        span = max(1, self.width() - left - value_width)
        low, high = self._range
        bar_height = (row - 10) / 2

        def width_of(value: float) -> float:
            return max(2.0, (min(max(value, low), high) - low) / (high - low) * span)

        solid, hatched = QBrush(accent), QBrush(accent, Qt.BrushStyle.BDiagPattern)
        for number, bar in enumerate(self._bars):
            top = 4 + number * row
            painter.setPen(text)
            name = painter.fontMetrics().elidedText(
                bar.label, Qt.TextElideMode.ElideRight, label_width
            )
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(QRectF(0, top, label_width, row), flags, name)
            for index, (value, brush) in enumerate(((bar.value, solid), (bar.second, hatched))):
                if value is None:
                    continue
                y = top + 4 + index * bar_height
                painter.setPen(QPen(accent, 1))
                painter.setBrush(brush)
                painter.drawRect(QRectF(left, y, width_of(value), bar_height - 1))
                painter.setPen(text)
                painter.drawText(
                    QRectF(left + span + 6, y, value_width, bar_height),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    self._format(value),
                )
        legend_row = self._legend_row()
        top = 4 + len(self._bars) * row + 4
        for brush, word in zip((solid, hatched), self._names, strict=True):
            painter.setPen(QPen(accent, 1))
            painter.setBrush(brush)
            swatch = min(bar_height - 1, legend_row - 6)
            painter.drawRect(QRectF(left, top + (legend_row - swatch) / 2, 18, swatch))
            painter.setPen(text)
            painter.drawText(
                QRectF(left + 24, top, max(1, self.width() - left - 24), legend_row),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                word,
            )
            top += legend_row
        painter.end()
