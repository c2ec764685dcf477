"""Export documents through Qt: rich text for the on-screen previews, PDF pages for the printer.

The preview blocks are the same ones the PDF is made of (see careerjournal.export.document);
on screen they become rich text, with charts painted into images held in memory.
Printing sends the PDF itself: its pages are rendered in memory with pdfium and
painted onto the printer, so the paper shows exactly what the PDF shows, month
strip included, and nothing is written to disk on the way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from html import escape

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from careerjournal.export.document import (
    Block,
    Bullets,
    Chart,
    Cover,
    Document,
    Fields,
    Heading,
    Keep,
    NoteLines,
    PageBreak,
    Paragraph,
    Table,
)
from careerjournal.resources import resource_path

INK, MUTED, ACCENT, TINT, WARM = "#1f2a30", "#5d6d75", "#2d6a86", "#e8f1f5", "#c8704f"
_BOXES = {"open": "☐", "doing": "◩", "done": "☑"}
_NOTE_LINES = 18
_KICKER = f"color: {ACCENT}; font-size: 8pt; margin-top: 14px;"
_NOTE = f"color: {MUTED}; font-size: 8.5pt;"


def _text(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


@cache
def _print_family() -> str | None:
    """Lato, the font of the PDF, loaded into Qt once (None: use the system's font)."""
    families: list[str] = []
    for face in ("Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", face)))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def print_font() -> QFont:
    family = _print_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(10)
    return font


def _chart_image(chart: Chart, width: int = 1400) -> QImage:
    """The chart's bars painted at print resolution, with labels and values."""
    row, label_width, value_width = 44, int(width * 0.36), 90
    image = QImage(width, row * len(chart.bars) + 8, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = print_font()
    font.setPixelSize(22)
    painter.setFont(font)
    low, high = chart.bar_range
    high = high if high > low else low + 1
    left, span = label_width + 16, width - label_width - 16 - value_width

    def x_of(value: float) -> float:
        return left + (min(max(value, low), high) - low) / (high - low) * span

    zero = min(max(0.0, low), high)
    for n, bar in enumerate(chart.bars):
        top = 4 + n * row
        painter.setPen(QColor(INK))
        label = painter.fontMetrics().elidedText(
            bar.label, Qt.TextElideMode.ElideRight, label_width
        )
        painter.drawText(
            QRectF(0, top, label_width, row),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            label,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TINT))
        painter.drawRoundedRect(QRectF(left, top + 10, span, row - 20), 4, 4)
        start, end = sorted((x_of(zero), x_of(bar.value)))
        painter.setBrush(QColor(WARM if bar.value < 0 else ACCENT))
        painter.drawRoundedRect(QRectF(start, top + 10, max(3.0, end - start), row - 20), 4, 4)
        painter.setPen(QColor(ACCENT))
        painter.drawText(
            QRectF(left + span + 12, top, value_width, row),
            Qt.AlignmentFlag.AlignVCenter,
            bar.value_text,
        )
    painter.end()
    return image


class _RichText:
    """Turns blocks into Qt rich text, with chart images as in-memory resources."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.parts: list[str] = []
        self.images = 0
        self.break_before = False

    def _style(self, css: str = "") -> str:
        if self.break_before:
            css += " page-break-before: always;"
            self.break_before = False
        return f' style="{css.strip()}"' if css.strip() else ""

    def add(self, block: Block) -> None:
        if isinstance(block, PageBreak):
            self.break_before = True
        elif isinstance(block, Cover):
            self.parts.append(
                f"<p{self._style('margin-top: 120px;')}>"
                f'<span style="font-size: 30pt; color: {ACCENT};">'
                f"{_text(block.title)}</span></p>"
            )
            if block.name.strip():
                self.parts.append(
                    f'<p style="font-size: 18pt; font-weight: bold;">{_text(block.name)}</p>'
                )
            self.parts += [f'<p style="color: {MUTED};">{_text(line)}</p>' for line in block.lines]
        elif isinstance(block, Heading):
            if block.kicker:
                self.parts.append(
                    f"<p{self._style(_KICKER)}><b>{_text(block.kicker.upper())}</b></p>"
                )
            tag = f"h{block.level}"
            colour = ACCENT if block.level != 2 else INK
            if block.text.strip():
                css = self._style(f"color: {colour};")
                self.parts.append(f"<{tag}{css}>{_text(block.text)}</{tag}>")
        elif isinstance(block, Paragraph):
            css = {
                "body": "",
                "muted": f"color: {MUTED}; font-style: italic;",
                "lead": f"font-size: 12pt; background-color: {TINT};",
            }[block.style]
            self.parts.append(f"<p{self._style(css)}>{_text(block.text)}</p>")
        elif isinstance(block, Fields):
            rows = "".join(
                f'<tr><td width="28%" style="color: {MUTED};"><b>{_text(label)}</b></td>'
                f"<td>{_text(value)}</td></tr>"
                for label, value in block.rows
            )
            self.parts.append(f'<table{self._style()} cellpadding="3" width="100%">{rows}</table>')
        elif isinstance(block, Bullets):
            items = "".join(f"<li>{_text(item)}</li>" for item in block.items)
            self.parts.append(f"<ul{self._style()}>{items}</ul>")
        elif isinstance(block, Table):
            self.parts.append(self._table(block))
        elif isinstance(block, Chart):
            self.parts.append(self._chart(block))
        elif isinstance(block, NoteLines):
            lines = "".join(
                f'<tr><td style="border-bottom: 1px solid {TINT};">&nbsp;</td></tr>'
                for _ in range(_NOTE_LINES)
            )
            self.parts.append(
                f'<table{self._style()} width="100%" cellpadding="8" '
                f'cellspacing="0" border="0">{lines}</table>'
            )
        elif isinstance(block, Keep):
            for inner in block.blocks:
                self.add(inner)

    def _table(self, block: Table) -> str:
        boxed = any(row.check is not None for row in block.rows)
        head = ""
        if block.header:
            cells = ("<th></th>" if boxed else "") + "".join(
                f'<th align="left" width="{share * 100:.0f}%" style="color: {ACCENT};">'
                f"{_text(h)}</th>"
                for h, share in zip(block.header, block.widths, strict=False)
            )
            head = f'<thead><tr style="background-color: {TINT};">{cells}</tr></thead>'
        rows = []
        for row in block.rows:
            texts = [_text(c) for c in row.cells]
            if row.note.strip():
                texts[0] += f'<br/><span style="{_NOTE}">{_text(row.note)}</span>'
            box = (
                (
                    f'<td style="color: {ACCENT};">{_BOXES[row.check]}</td>'
                    if row.check
                    else "<td></td>"
                )
                if boxed
                else ""
            )
            rows.append(
                "<tr>"
                + box
                + "".join(
                    f'<td width="{share * 100:.0f}%">{t}</td>'
                    for t, share in zip(texts, block.widths, strict=False)
                )
                + "</tr>"
            )
        return (
            f'<table{self._style()} width="100%" cellpadding="4" cellspacing="0" '
            f'border="0">{head}{"".join(rows)}</table>'
        )

    def _chart(self, block: Chart) -> str:
        self.images += 1
        url = QUrl(f"chart://{self.images}")
        image = _chart_image(block)
        self.document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        html = (
            f"<p{self._style(_KICKER)}><b>{_text(block.subtitle.upper())}</b></p>"
            f"<h2>{_text(block.title)}</h2>"
            f'<p><img src="{url.toString()}" width="{image.width() // 3}" '
            f'height="{image.height() // 3}"/></p>'
        )
        if block.caption:
            html += f'<p style="color: {MUTED}; font-style: italic;">{_text(block.caption)}</p>'
        return html


def text_document(document: Document) -> QTextDocument:
    """The document as paginated rich text, ready to print (or to check in a test)."""
    result = QTextDocument()
    result.setDefaultFont(print_font())
    result.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    rich = _RichText(result)
    for block in document.blocks:
        rich.add(block)
    result.setHtml("".join(rich.parts))
    return result


PRINT_DPI = 300  # sharp on paper; a page at the printer's 1200 dpi would take half a GB


def pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the print dialog asked for: all, or its From/To range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = min(printer.toPage() or page_count, page_count)
        return range(printer.fromPage() - 1, last)
    return range(page_count)


def print_pdf(pdf: bytes, printer: QPrinter, title: str) -> int:
    """Paint the pages of ``pdf`` (in memory) onto ``printer``; returns how many were printed."""
    import pypdfium2  # loaded at the first print, like reportlab at the first export

    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF brings its own margins
    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    printed = 0
    try:
        for number in pages_to_print(printer, len(document)):
            page = document[number]
            bitmap = page.render(
                scale=min(printer.resolution(), PRINT_DPI) / 72,
                rev_byteorder=True,
                prefer_bgrx=True,
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            if printed == 0:
                if not painter.begin(printer):
                    return 0
            else:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
            printed += 1
            page.close()
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return printed


def rich_text_chunks(blocks: Iterable[Block], result: QTextDocument, size: int) -> Iterator[str]:
    """``blocks`` as rich text in pieces of about ``size`` blocks, their images added to ``result``.

    For a preview that shows the start at once and fills in the rest as it goes:
    the blocks are taken only as each piece is made, so they may be made lazily.
    Each piece after the first starts at a heading, never inside a section.
    """
    rich = _RichText(result)
    count = 0
    for block in blocks:
        if count >= size and isinstance(block, Heading):
            yield "".join(rich.parts)
            rich.parts.clear()
            count = 0
        rich.add(block)
        count += 1
    yield "".join(rich.parts)
