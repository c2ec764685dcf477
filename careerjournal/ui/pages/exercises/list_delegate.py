"""Draws an exercise in the list: its title, time and state, and a thin progress bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerjournal.ui.pages.exercises.list_model import ProgressRole, StatusRole, TitleRole

PADDING = 8
BAR_HEIGHT = 3
BAR_COLOUR = QColor(64, 128, 160)


class ExerciseDelegate(QStyledItemDelegate):
    """Two lines and a bar; colours from the palette so dark themes work."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height()
        return QSize(260, PADDING * 2 + line * 2 + BAR_HEIGHT + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = option.fontMetrics.height()

        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(colour)
        title = painter.fontMetrics().elidedText(
            index.data(TitleRole), Qt.TextElideMode.ElideRight, area.width()
        )
        painter.drawText(
            QRect(area.left(), area.top(), area.width(), line), Qt.AlignmentFlag.AlignLeft, title
        )

        painter.setFont(option.font)
        faded = QColor(colour)
        faded.setAlphaF(0.7)
        painter.setPen(faded)
        painter.drawText(
            QRect(area.left(), area.top() + line, area.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            index.data(StatusRole),
        )

        progress = float(index.data(ProgressRole) or 0.0)
        track = QRect(area.left(), area.top() + 2 * line + 4, area.width(), BAR_HEIGHT)
        track_colour = QColor(colour)
        track_colour.setAlphaF(0.12)
        painter.fillRect(track, track_colour)
        if progress > 0:
            painter.fillRect(
                QRect(track.left(), track.top(), int(track.width() * progress), BAR_HEIGHT),
                BAR_COLOUR,
            )
        painter.restore()
