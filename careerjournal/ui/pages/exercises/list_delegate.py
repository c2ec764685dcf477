"""Draws an exercise in the list as a calm card: its title, time and state, and progress."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerjournal.ui.pages.exercises.list_model import ProgressRole, StatusRole, TitleRole
from careerjournal.ui.shell import theme

PADDING = 12
GAP = 6  # between the cards
BAR_HEIGHT = 4
TITLE_LINES = 2
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def fitted_title(metrics: QFontMetrics, text: str, width: int, lines: int = TITLE_LINES) -> str:
    """``text`` wrapped into ``lines`` lines at ``width``; shortened at a word with … if longer."""
    room = QRect(0, 0, width, metrics.lineSpacing() * lines)
    if metrics.boundingRect(room, WRAP, text).height() <= room.height():
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words) + "…"
        if metrics.boundingRect(room, WRAP, shorter).height() <= room.height():
            return shorter
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class ExerciseDelegate(QStyledItemDelegate):
    """A card per exercise: a title of up to two lines, a muted status line, progress if begun.

    Colours come from the theme's tokens; the selected card has the accent tint and
    a 3 px accent bar on the left, so it is told apart without colour too.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title = QFontMetrics(_bold(option.font)).lineSpacing() * TITLE_LINES
        status = option.fontMetrics.lineSpacing()
        return QSize(260, GAP + PADDING * 2 + title + status + BAR_HEIGHT + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = QRectF(option.rect.adjusted(1, GAP // 2, -1, -GAP // 2))
        painter.setPen(QPen(theme.colour("divider"), 1))
        painter.setBrush(theme.colour("accent_tint") if selected else theme.colour("raised"))
        painter.drawRoundedRect(card, 8, 8)
        if selected:
            painter.fillRect(
                QRectF(card.left(), card.top() + 6, 3, card.height() - 12), theme.colour("accent")
            )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(theme.colour("focus"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 8, 8)

        area = card.toRect().adjusted(PADDING, PADDING, -PADDING, -PADDING)
        title_font = _bold(option.font)
        title_metrics = QFontMetrics(title_font)
        title_height = title_metrics.lineSpacing() * TITLE_LINES
        painter.setFont(title_font)
        painter.setPen(theme.colour("text"))
        title = fitted_title(title_metrics, str(index.data(TitleRole)), area.width())
        painter.drawText(QRect(area.left(), area.top(), area.width(), title_height), WRAP, title)

        painter.setFont(option.font)
        painter.setPen(theme.colour("muted"))
        line = option.fontMetrics.lineSpacing()
        top = area.top() + title_height
        painter.drawText(
            QRect(area.left(), top, area.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            str(index.data(StatusRole)),
        )

        progress = float(index.data(ProgressRole) or 0.0)
        if 0 < progress < 1:  # begun, not finished: how far along
            track = QRectF(area.left(), top + line + 4, area.width(), BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour("divider"))
            painter.drawRoundedRect(track, 2, 2)
            painter.setBrush(theme.colour("accent"))
            painter.drawRoundedRect(
                QRectF(track.left(), track.top(), track.width() * progress, BAR_HEIGHT), 2, 2
            )
        painter.restore()
