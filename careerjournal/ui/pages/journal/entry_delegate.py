"""Draws one entry in the list: title, date and tags, and a preview with the matches in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerjournal.journal import Summary
from careerjournal.journal.highlight import marked_to_html
from careerjournal.ui.pages.journal.entry_model import EntryListModel
from careerjournal.ui.shell.formats import short_date

LINES = 4  # title, details, and two lines of preview
PADDING = 6


class EntryDelegate(QStyledItemDelegate):
    """Every row is the same height, so the view can use uniform item sizes and scroll fast."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, option.fontMetrics.lineSpacing() * LINES + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(EntryListModel.SummaryRole)
        if not isinstance(summary, Summary):
            return
        style = option.widget.style() if option.widget else QApplication.style()
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet("b { background-color: rgba(240, 190, 40, 0.35); }")
        document.setHtml(self._html(summary))
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        document.setTextWidth(area.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _html(self, summary: Summary) -> str:
        """Everything the user wrote is escaped; only the match marks become tags."""
        details = [short_date(summary.entry_date)]
        if summary.tags:
            details.append(html.escape(", ".join(summary.tags)))
        if summary.mood is not None:
            details.append(self.tr("mood %1").replace("%1", str(summary.mood)))
        if summary.energy is not None:
            details.append(self.tr("energy %1").replace("%1", str(summary.energy)))
        title = marked_to_html(summary.title) or html.escape(self.tr("Untitled"))
        return (
            f'<div style="font-weight:600; white-space:nowrap">{title}</div>'
            f'<div style="font-size:small; white-space:nowrap">{" · ".join(details)}</div>'
            f"<div>{marked_to_html(summary.preview)}</div>"
        )
