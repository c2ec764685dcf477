"""Draws one entry in the list: title, date, mood, energy and tags, and a preview with the matches in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerjournal.journal import Summary
from careerjournal.journal.highlight import marked_to_html
from careerjournal.ui.pages.journal.entry_model import EntryListModel
from careerjournal.ui.shell.formats import short_date

PADDING = 8
GAP = 2
# (part, lines it may take): every row is as tall as these, so whole lines show, never half ones.
TITLE_LINES, DETAIL_LINES, PREVIEW_LINES = 1, 2, 2
MARK_STYLE = "b { background-color: rgba(240, 190, 40, 0.35); }"


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    return small


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class EntryDelegate(QStyledItemDelegate):
    """Every row is the same height, so the view can use uniform item sizes and scroll fast."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        font = option.font
        height = (
            QFontMetrics(_bold(font)).lineSpacing() * TITLE_LINES
            + QFontMetrics(_small(font)).lineSpacing() * DETAIL_LINES
            + QFontMetrics(font).lineSpacing() * PREVIEW_LINES
        )
        return QSize(200, height + 2 * PADDING + 2 * GAP + 4)

    def html_parts(self, summary: Summary) -> tuple[str, str, str]:
        """Title, details, preview: everything the user wrote is escaped; only match marks are tags."""
        details = [short_date(summary.entry_date)]
        if summary.mood is not None:
            details.append(self.tr("mood %1").replace("%1", str(summary.mood)))
        if summary.energy is not None:
            details.append(self.tr("energy %1").replace("%1", str(summary.energy)))
        if summary.tags:
            details.append(html.escape(", ".join(summary.tags)))
        title = marked_to_html(summary.title) or html.escape(self.tr("Untitled"))
        return title, "\u00a0· ".join(details), marked_to_html(summary.preview)

    def parts(self, summary: Summary, font: QFont, width: float) -> list[tuple[QTextDocument, int]]:
        """The title, details and preview, each laid out at ``width``, with the lines it may show."""
        made = []
        fonts = ((_bold(font), TITLE_LINES), (_small(font), DETAIL_LINES), (font, PREVIEW_LINES))
        for text, (part_font, lines) in zip(self.html_parts(summary), fonts, strict=True):
            document = QTextDocument()
            document.setDefaultFont(part_font)
            document.setDocumentMargin(0)
            document.setDefaultStyleSheet(MARK_STYLE)
            document.setHtml(text)
            document.setTextWidth(width)
            made.append((document, lines))
        return made

    @staticmethod
    def shown_height(document: QTextDocument, lines: int) -> float:
        """The height of the first ``lines`` lines: the clip ends on a line's edge.

        Measured with the font, not through the block's QTextLayout: a Python
        wrapper of that layout may delete it behind the document's back.
        """
        line = QFontMetricsF(document.defaultFont()).lineSpacing()
        return min(document.size().height(), line * lines)

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
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        top = float(area.top())
        for document, lines in self.parts(summary, option.font, area.width()):
            height = self.shown_height(document, lines)
            painter.save()
            painter.translate(QPointF(area.left(), top))
            painter.setClipRect(QRectF(0, 0, area.width(), height))
            document.documentLayout().draw(painter, context)
            painter.restore()
            top += height + GAP
