"""A horizontal bar chart drawn with QPainter: no chart library needed for a profile."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from careerjournal.exercises.scoring import Bar
from careerjournal.ui.shell import theme
from careerjournal.ui.shell.formats import number

ROW_HEIGHT = 26
LABEL_SHARE = 0.38


class BarChart(QWidget):
    """One row per bar: label, bar from zero (or the range's low end), value; ``previous`` as a tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._range = (0.0, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_bars(self, bars: Sequence[Bar], value_range: tuple[float, float]) -> None:
        self._bars = tuple(bars)
        low, high = value_range
        self._range = (low, high if high > low else low + 1)
        self.setFixedHeight(max(1, len(self._bars)) * ROW_HEIGHT + 8)
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {self._format(bar.value)}" for bar in self._bars)
        )
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._bars)) * ROW_HEIGHT + 8)

    @staticmethod
    def _format(value: float) -> str:
        return number(float(value))

    def paintEvent(self, event) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        width = self.width()
        label_width = int(width * LABEL_SHARE)
        value_width = 44
        left = label_width + 8
        span = max(1, width - left - value_width)
        low, high = self._range
        zero = min(max(0.0, low), high)

        def x_of(value: float) -> float:
            return left + (min(max(value, low), high) - low) / (high - low) * span

        metrics = painter.fontMetrics()
        for row, bar in enumerate(self._bars):
            top = 4 + row * ROW_HEIGHT
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRectF(0, top, label_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            start, end = sorted((x_of(zero), x_of(bar.value)))
            colour = theme.series(1) if bar.value < 0 else theme.series(0)
            painter.setPen(Qt.PenStyle.NoPen)
            track = QColor(text_colour)
            track.setAlphaF(0.08)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(left, top + 6, span, ROW_HEIGHT - 12), 3, 3)
            painter.setBrush(colour)
            painter.drawRoundedRect(
                QRectF(start, top + 6, max(2.0, end - start), ROW_HEIGHT - 12), 3, 3
            )
            if bar.previous is not None:
                painter.setPen(QPen(theme.series(5), 3))  # the previous run, as a tick
                x = x_of(bar.previous)
                painter.drawLine(int(x), top + 3, int(x), top + ROW_HEIGHT - 3)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left + span + 6, top, value_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._format(bar.value),
            )
        if low < 0 < high:
            painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DotLine))
            x = int(x_of(0))
            painter.drawLine(x, 2, x, self.height() - 2)
        if self.hasFocus():  # reached by Tab: show it
            painter.setPen(QPen(theme.colour("focus"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()
