"""The look of CareerJournal's PDFs: embedded fonts, colours, text styles, page furniture.

Shared by every PDF the app makes (the printed plan, later the coach export), so
they look like one family. Import this module only when an export starts:
it loads reportlab, which costs a quarter of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import TableStyle

from careerjournal.resources import resource_path

PAGE_SIZE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm

INK = HexColor("#1f2a30")
MUTED = HexColor("#5d6d75")
ACCENT = HexColor("#2d6a86")
ACCENT_DARK = HexColor("#1f4c61")
TINT = HexColor("#e8f1f5")
RULE = HexColor("#cbd8de")
WARM = HexColor("#c8704f")
GREEN = HexColor("#4f8a5b")
WHITE = HexColor("#ffffff")

# One family, embedded (subset) into every PDF; Lato covers all Dutch diacritics
# (and Latin Extended, Greek, Cyrillic). Licence: resources/fonts/OFL.txt.
FAMILY = "CJLato"
_FACES = {
    FAMILY: "Lato-Regular.ttf",
    f"{FAMILY}-Bold": "Lato-Bold.ttf",
    f"{FAMILY}-Italic": "Lato-Italic.ttf",
    f"{FAMILY}-BoldItalic": "Lato-BoldItalic.ttf",
    f"{FAMILY}-Light": "Lato-Light.ttf",
}
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
LIGHT = f"{FAMILY}-Light"


@cache
def register_fonts() -> None:
    """Load the fonts once per process; ``<b>`` and ``<i>`` in paragraphs then use them."""
    for name, file in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=f"{FAMILY}-BoldItalic"
    )


def markup(text: str) -> str:
    """User text made safe for a Paragraph: markup characters escaped, line breaks kept."""
    lines = escape(text.strip()).splitlines()
    return "<br/>".join(lines)


def quiet(marked_up: str) -> str:
    """Paragraph markup shown smaller and grey, e.g. a note under a table cell's title."""
    return f'<font size="8.5" color="#{MUTED.hexval()[2:]}">{marked_up}</font>'


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    bullet: ParagraphStyle
    chart_label: ParagraphStyle
    chart_value: ParagraphStyle
    cover_title: ParagraphStyle
    cover_name: ParagraphStyle
    cover_line: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=10,
        leading=14.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,
        splitLongWords=1,
        bulletFontName=FAMILY,
    )

    def style(name: str, parent: ParagraphStyle = base, **overrides: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **overrides)

    cell = style("cell", fontSize=9.5, leading=13, spaceAfter=0)
    return Styles(
        body=base,
        lead=style("lead", fontSize=12, leading=17.5, spaceAfter=0),
        muted=style("muted", textColor=MUTED, fontName=ITALIC),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=ACCENT_DARK,
            spaceBefore=18,
            spaceAfter=12,
        ),
        h2=style("h2", fontName=BOLD, fontSize=14.5, leading=19, spaceAfter=6),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT_DARK,
        ),
        kicker=style(
            "kicker",
            fontName=BOLD,
            fontSize=8.5,
            leading=11,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=1,
        ),
        label=style(
            "label", fontName=BOLD, fontSize=8.5, leading=13, textColor=MUTED, spaceAfter=0
        ),
        cell=cell,
        cell_head=style(
            "cell_head", parent=cell, fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT_DARK
        ),
        bullet=style("bullet", leftIndent=14, bulletIndent=2, spaceAfter=4),
        chart_label=style("chart_label", fontSize=9, leading=12, spaceAfter=0),
        chart_value=style(
            "chart_value",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            spaceAfter=0,
            textColor=ACCENT_DARK,
        ),
        cover_title=style(
            "cover_title",
            fontName=LIGHT,
            fontSize=38,
            leading=44,
            textColor=ACCENT_DARK,
            spaceAfter=14,
        ),
        cover_name=style("cover_name", fontName=BOLD, fontSize=20, leading=26, spaceAfter=20),
        cover_line=style("cover_line", fontSize=11, leading=16, textColor=MUTED, spaceAfter=2),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose plain-string cells use our font too (reportlab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands])


def body_frame() -> tuple[float, float, float, float]:
    """x, y, width, height of the text area of a body page."""
    width, height = PAGE_SIZE
    return MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM


def numbered_canvas(
    title: str, page_label: Callable[[int, int], str], skip_first: bool = True
) -> type[Canvas]:
    """A canvas class that writes ``title`` and "Page X of Y" at the foot of each page.

    Pages are kept until the end, when the total is known (the usual two-step
    trick); with ``skip_first`` the cover keeps a clean foot.
    """
    register_fonts()

    class _Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1 or not skip_first:
                    self._draw_foot(number, total)
                super().showPage()
            super().save()

        def _draw_foot(self, number: int, total: int) -> None:
            width, _ = PAGE_SIZE
            y = MARGIN_BOTTOM - 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, y + 9, width - MARGIN_X, y + 9)
            self.setFont(FAMILY, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, title)
            self.drawRightString(width - MARGIN_X, y, page_label(number, total))
            self.restoreState()

    return _Numbered


def draw_page_tab(canvas: Canvas, colour: Color = ACCENT) -> None:
    """The small coloured tab at the top of a body page."""
    _, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.rect(MARGIN_X, height - 12 * mm, 24 * mm, 2.2 * mm, stroke=0, fill=1)
    canvas.restoreState()
