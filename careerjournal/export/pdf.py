"""Lays out a :class:`Document` as an A4 PDF with reportlab, entirely in memory.

User text only ever goes into paragraphs and splittable table rows, so however
long it is, it wraps and flows on to the next page instead of being cut off.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as PageBreakFlowable
from reportlab.platypus import Paragraph as ParagraphFlowable
from reportlab.platypus import Table as TableFlowable
from reportlab.platypus.doctemplate import NullActionFlowable
from reportlab.platypus.flowables import HRFlowable

from careerjournal.export import charts
from careerjournal.export.document import (
    Block,
    Bullets,
    Chart,
    Cover,
    Document,
    Fields,
    Heading,
    Keep,
    MonthStrip,
    NoteLines,
    PageBreak,
    Paragraph,
    Table,
)
from careerjournal.export.pdf_style import (
    ACCENT,
    ACCENT_DARK,
    FAMILY,
    INK,
    PAGE_SIZE,
    RULE,
    TINT,
    Styles,
    body_frame,
    draw_page_tab,
    markup,
    numbered_canvas,
    quiet,
    styles,
    table_style,
)
from careerjournal.export.wording import word

_BOX_COLUMN = 16.0
_COVER_BAND = 92 * mm
_LINE_GAP = 9 * mm


class _RuledLines(Flowable):
    """Writing lines filling the rest of the frame."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, max(0.0, available_height - 2)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        y = self.height - _LINE_GAP
        while y >= 0:
            self.canv.line(0, y, self.width, y)
            y -= _LINE_GAP


def _draw_cover(canvas: Canvas, _doc: object) -> None:
    """A calm band with a rising path of milestones: the plan as a way forward."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(ACCENT_DARK)
    canvas.rect(0, height - _COVER_BAND, width, _COVER_BAND, stroke=0, fill=1)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.2)
    base = height - _COVER_BAND
    points = [
        (0, base + 18 * mm),
        (60 * mm, base + 26 * mm),
        (110 * mm, base + 44 * mm),
        (150 * mm, base + 52 * mm),
        (width, base + 76 * mm),
    ]
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        path.curveTo(x0 + (x1 - x0) / 2, y0, x0 + (x1 - x0) / 2, y1, x1, y1)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setFillColor(TINT)
    for x, y in points[1:-1]:
        canvas.circle(x, y, 3.2 * mm if x == points[-2][0] else 2.2 * mm, stroke=0, fill=1)
    canvas.restoreState()


Unit = list[Flowable]  # flowables to keep on one page (one flowable: no constraint)


def _grouped(units: list[Unit], page_height: float) -> list[Flowable]:
    return [
        unit[0] if len(unit) == 1 else _KeepIfItFits([[f] for f in unit], page_height)
        for unit in units
    ]


class _KeepIfItFits(KeepTogether):
    """Keeps its units on one page if they fit on a page; if not, they flow on from here.

    reportlab's KeepTogether would start a new page first, leaving a gap. Nested
    KeepTogethers report a huge height, so the content is measured without the
    inner groups, which are made only when the content has to flow.
    """

    def __init__(self, units: list[Unit], page_height: float) -> None:
        super().__init__([flowable for unit in units for flowable in unit])
        self._units, self._page_height = units, page_height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (available_width, available_height):
            self.wrap(available_width, available_height)
        if self._page_height < self._H:  # the height KeepTogether.wrap measured
            # Led by an action, reportlab lays the parts out one by one again.
            return [NullActionFlowable(), *_grouped(self._units, self._page_height)]
        return list(super().split(available_width, available_height))


class _Renderer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.style: Styles = styles()
        _, _, self.width, self.height = body_frame()

    def flowables(self) -> list[Flowable]:
        return _grouped(self.units(self.document.blocks), self.height)

    def units(self, blocks: tuple[Block, ...]) -> list[Unit]:
        """The blocks' flowables in units; a heading stays on the page of what follows it."""
        units: list[Unit] = []
        heading: Unit = []
        for block in blocks:
            if isinstance(block, Keep):
                inner = self.units(block.blocks)
                if inner:
                    inner[0][:0] = heading
                    heading = []
                    units.append([_KeepIfItFits(inner, self.height)])
                continue
            made = list(self.block(block))
            if isinstance(block, Heading):
                heading += made
            elif isinstance(block, Fields | Chart):
                units.append([*heading, *made])
                heading = []
            elif heading and made:
                units += [[*heading, made[0]], *([f] for f in made[1:])]
                heading = []
            else:
                units += [[f] for f in (*heading, *made)]
                heading = []
        if heading:
            units.append(heading)
        return units

    def block(self, block: Block) -> Iterator[Flowable]:
        s = self.style
        if isinstance(block, Cover):
            yield NextPageTemplate("body")
            yield ParagraphFlowable(markup(block.title), s.cover_title)
            if block.name.strip():
                yield ParagraphFlowable(markup(block.name), s.cover_name)
            yield HRFlowable(
                width="30%",
                thickness=1.2,
                color=ACCENT,
                hAlign="LEFT",
                spaceBefore=4,
                spaceAfter=14,
            )
            for line in block.lines:
                yield ParagraphFlowable(markup(line), s.cover_line)
        elif isinstance(block, Heading):
            yield from self.heading(block)
        elif isinstance(block, Paragraph):
            yield self.paragraph(block)
        elif isinstance(block, Fields):
            yield from self.fields(block)
        elif isinstance(block, Bullets):
            for item in block.items:
                yield ParagraphFlowable(markup(item), s.bullet, bulletText="•")
        elif isinstance(block, Table):
            yield self.table(block)
        elif isinstance(block, Chart):
            yield from self.chart(block)
        elif isinstance(block, MonthStrip):
            yield charts.month_strip(block, self.width)
            yield Spacer(1, 6)
        elif isinstance(block, NoteLines):
            yield _RuledLines()
        elif isinstance(block, PageBreak):
            yield PageBreakFlowable()

    def heading(self, block: Heading) -> Iterator[Flowable]:
        s = self.style
        if block.level == 1:
            yield ParagraphFlowable(markup(block.text), s.h1)
            return
        if block.kicker:
            yield ParagraphFlowable(markup(block.kicker.upper()), s.kicker)
        if block.text.strip():
            yield ParagraphFlowable(markup(block.text), s.h2 if block.level == 2 else s.h3)

    def paragraph(self, block: Paragraph) -> Flowable:
        s = self.style
        if block.style != "lead":
            return ParagraphFlowable(
                markup(block.text), s.muted if block.style == "muted" else s.body
            )
        box = TableFlowable(
            [[ParagraphFlowable(markup(block.text), s.lead)]], colWidths=[self.width], splitInRow=1
        )
        box.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
            )
        )
        return box

    def fields(self, block: Fields) -> list[Flowable]:
        s = self.style
        rows = [
            [ParagraphFlowable(markup(label), s.label), ParagraphFlowable(markup(value), s.cell)]
            for label, value in block.rows
        ]
        if not rows:
            return [Spacer(1, 4)]
        table = TableFlowable(
            rows, colWidths=[0.28 * self.width, 0.72 * self.width], splitInRow=1, hAlign="LEFT"
        )
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        return [table, Spacer(1, 8)]

    def table(self, block: Table) -> Flowable:
        s = self.style
        boxed = any(row.check is not None for row in block.rows)
        free = self.width - (_BOX_COLUMN if boxed else 0)
        widths = ([_BOX_COLUMN] if boxed else []) + [share * free for share in block.widths]
        data: list[list[object]] = []
        if block.header:
            data.append(
                ([""] if boxed else [])
                + [ParagraphFlowable(markup(h), s.cell_head) for h in block.header]
            )
        text_widths = widths[1:] if boxed else widths
        for row in block.rows:
            cells: list[object] = [
                self.cell(text, width) for text, width in zip(row.cells, text_widths, strict=False)
            ]
            if row.note.strip():
                cells[0] = ParagraphFlowable(
                    markup(row.cells[0]) + "<br/>" + quiet(markup(row.note)), s.cell
                )
            if boxed:
                cells.insert(0, charts.TickBox(row.check) if row.check else "")
            data.append(cells)
        table = TableFlowable(
            data, colWidths=widths, repeatRows=1 if block.header else 0, splitInRow=1, hAlign="LEFT"
        )
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), s.cell.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        if boxed:
            commands += [
                ("LEFTPADDING", (0, 0), (0, -1), 2),
                ("RIGHTPADDING", (0, 0), (0, -1), 4),
                ("TOPPADDING", (0, 0), (0, -1), 7),
            ]
        if block.header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        table.setStyle(table_style(*commands))
        return table

    def cell(self, text: str, width: float) -> object:
        """A short one-line text as a plain string (much faster to lay out), else a paragraph."""
        size = self.style.cell.fontSize
        plain = text.strip()
        if "\n" not in plain and len(plain) < 60 and stringWidth(plain, FAMILY, size) < width - 12:
            return plain
        return ParagraphFlowable(markup(text), self.style.cell)

    def chart(self, block: Chart) -> list[Flowable]:
        s = self.style
        low, high = block.bar_range
        widths = [0.36 * self.width, 0.52 * self.width, 0.12 * self.width]
        rows = [
            [
                ParagraphFlowable(markup(b.label), s.chart_label),
                charts.bar(b.value, low, high, widths[1] - 12),
                ParagraphFlowable(markup(b.value_text), s.chart_value),
            ]
            for b in block.bars
        ]
        table = TableFlowable(rows, colWidths=widths, splitInRow=1, hAlign="LEFT")
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            )
        )
        parts: list[Flowable] = [
            ParagraphFlowable(markup(block.subtitle.upper()), s.kicker),
            ParagraphFlowable(markup(block.title), s.h2),
            table,
        ]
        if block.caption:
            parts += [Spacer(1, 4), ParagraphFlowable(markup(block.caption), s.muted)]
        return parts


def render_pdf(document: Document) -> bytes:
    """The PDF's bytes; nothing is written anywhere."""
    renderer = _Renderer(document)
    x, y, width, height = body_frame()
    buffer = BytesIO()
    pdf = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        title=document.title,
        author="",
        subject="",
        creator="CareerJournal",
        pageCompression=1,
        initialFontName=FAMILY,  # so not even an unused Helvetica is referenced
    )
    no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    cover = PageTemplate(
        "cover",
        [Frame(x, y, width, height - _COVER_BAND + 8 * mm, id="cover", **no_padding)],
        onPage=_draw_cover,
    )
    body = PageTemplate(
        "body",
        [Frame(x, y, width, height, id="body", **no_padding)],
        onPage=lambda canvas, _doc: draw_page_tab(canvas),
    )
    has_cover = any(isinstance(b, Cover) for b in document.blocks[:1])
    pdf.addPageTemplates([cover, body] if has_cover else [body, cover])
    lang = document.lang
    pdf.build(
        renderer.flowables(),
        canvasmaker=numbered_canvas(
            document.title,
            lambda page, pages: word("page_of", lang, page=page, pages=pages),
            skip_first=has_cover,
        ),
    )
    return buffer.getvalue()
