"""Mood and energy over time, drawn with QPainter: two lines on a 1–5 scale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from careerjournal.journal import MoodPoint
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell import theme
from careerjournal.ui.shell.formats import short_date

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 24, 12, 22, 20


class MoodChart(Retranslatable):
    """Averages per period from ``since`` to ``until``; a gap where nothing was recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="moodChart")
        self._points: list[MoodPoint] = []
        self._since = self._until = date.today()
        self.setMinimumHeight(140)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(400, 160)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Mood and energy over time"))
        self.update()

    def show_points(self, points: list[MoodPoint], since: date, until: date) -> None:
        self._points = points
        self._since, self._until = since, until
        self.setAccessibleDescription(
            self.tr("%1 periods with mood or energy recorded").replace("%1", str(len(points)))
        )
        self.update()

    def clear(self) -> None:
        self.show_points([], date.today(), date.today())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        plot = QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        self._draw_frame(painter, plot, text)
        if not self._points:
            painter.setPen(text)
            painter.drawText(
                plot,
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No mood or energy recorded in this period."),
            )
            return
        span = max(1, (self._until - self._since).days)

        def place(point: MoodPoint, value: float) -> QPointF:
            x = plot.left() + plot.width() * (point.start - self._since).days / span
            return QPointF(
                min(max(x, plot.left()), plot.right()),
                plot.bottom() - plot.height() * (value - 1) / 4,
            )

        moods = [place(p, p.mood) for p in self._points if p.mood is not None]
        energies = [place(p, p.energy) for p in self._points if p.energy is not None]
        for (colour, style), dots in zip(self._series(), (moods, energies), strict=True):
            painter.setPen(QPen(colour, 2, style))
            painter.drawPolyline(QPolygonF(dots))
            painter.setBrush(colour)
            for dot in dots:
                painter.drawEllipse(dot, 2.5, 2.5)

    @staticmethod
    def _series() -> tuple[tuple[QColor, Qt.PenStyle], tuple[QColor, Qt.PenStyle]]:
        """Mood solid, energy dashed: told apart without colour too."""
        return (theme.series(0), Qt.PenStyle.SolidLine), (theme.series(1), Qt.PenStyle.DashLine)

    def _draw_frame(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        """Grid lines at 1 to 5, the dates at both ends, and the legend."""
        grid = QColor(text)
        grid.setAlpha(40)
        for level in range(1, 6):
            y = plot.bottom() - plot.height() * (level - 1) / 4
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, MARGIN_LEFT - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
        below = QRectF(plot.left(), plot.bottom() + 2, plot.width(), MARGIN_BOTTOM - 2)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, short_date(self._since))
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, short_date(self._until))
        x = plot.left()
        for (colour, style), label in zip(
            self._series(), (self.tr("Mood"), self.tr("Energy")), strict=True
        ):
            painter.setPen(QPen(colour, 3, style))
            painter.drawLine(QPointF(x, 10), QPointF(x + 16, 10))
            painter.setPen(text)
            width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(QRectF(x + 20, 0, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, label)
            x += width + 40
