"""Small graphics for PDFs: a profile bar, a tick box, the strip of coming months.

Drawings cannot be split across pages or wrap text, so none of them holds user
text: labels go into the table cells around them.
"""

from __future__ import annotations

import math
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from careerjournal.export.document import CheckState, MarkKind, MonthStrip
from careerjournal.export.pdf_style import (
    ACCENT,
    ACCENT_DARK,
    BOLD,
    FAMILY,
    GREEN,
    INK,
    MUTED,
    TINT,
    WARM,
    WHITE,
    register_fonts,
)

_TRACK = Color(0.16, 0.42, 0.53, alpha=0.10)


def bar(value: float, low: float, high: float, width: float, height: float = 12) -> Drawing:
    """One bar on a light track; from zero when the range has zero inside, else from ``low``.

    A value or range that is not a finite number (which no reader lets in) draws
    an empty track rather than writing "nan" into the PDF.
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        low, high = 0.0, 1.0
    if not math.isfinite(value):
        value = min(max(0.0, low), high)
    if high <= low:
        high = low + 1
    drawing = Drawing(width, height, initialFontName=FAMILY)

    def x_of(v: float) -> float:
        return (min(max(v, low), high) - low) / (high - low) * width

    drawing.add(Rect(0, 1, width, height - 2, rx=2, ry=2, fillColor=_TRACK, strokeColor=None))
    zero = min(max(0.0, low), high)
    start, end = sorted((x_of(zero), x_of(value)))
    colour = WARM if value < 0 else ACCENT
    drawing.add(
        Rect(
            start,
            1,
            max(1.5, end - start),
            height - 2,
            rx=2,
            ry=2,
            fillColor=colour,
            strokeColor=None,
        )
    )
    if low < 0 < high:
        drawing.add(
            Line(
                x_of(0),
                -2,
                x_of(0),
                height + 2,
                strokeColor=MUTED,
                strokeWidth=0.6,
                strokeDashArray=(1.5, 1.5),
            )
        )
    return drawing


class TickBox(Flowable):
    """An empty box to tick by hand, a half-filled one (in progress), or a ticked one.

    Drawn straight on the canvas: a plan has hundreds, and a Drawing each is slow.
    """

    def __init__(self, state: CheckState, size: float = 9) -> None:
        super().__init__()
        self.state, self.width, self.height = state, size, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.width
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.9)
        canvas.setFillColor(ACCENT if self.state == "done" else WHITE)
        canvas.roundRect(0.5, 0.5, size - 1, size - 1, 1.5, stroke=1, fill=1)
        if self.state == "doing":
            canvas.setFillColor(TINT)
            canvas.roundRect(0.5, 0.5, size - 1, (size - 1) / 2, 1.5, stroke=1, fill=1)
        elif self.state == "done":
            canvas.setStrokeColor(WHITE)
            canvas.setLineWidth(1.4)
            canvas.lines(
                [
                    (size * 0.22, size * 0.52, size * 0.42, size * 0.3),
                    (size * 0.42, size * 0.3, size * 0.8, size * 0.75),
                ]
            )


_MARK_COLOURS = {
    "goal": ACCENT_DARK,
    "action": ACCENT,
    "conversation": WARM,
    "training": GREEN,
    "review": INK,
}


def _marker(
    kind: MarkKind, x: float, y: float, r: float, done: bool = False
) -> Polygon | Circle | Rect:
    colour = _MARK_COLOURS[kind]
    fill = Color(colour.red, colour.green, colour.blue, alpha=0.3) if done else colour
    style = {"fillColor": fill, "strokeColor": WHITE, "strokeWidth": 0.8}
    if kind == "goal":
        return Polygon(
            [x, y + r * 1.25, x + r * 1.25, y, x, y - r * 1.25, x - r * 1.25, y], **style
        )
    if kind == "conversation":
        return Rect(x - r, y - r, 2 * r, 2 * r, rx=1, ry=1, **style)
    if kind == "training":
        return Polygon([x - r * 1.15, y - r, x + r * 1.15, y - r, x, y + r * 1.2], **style)
    if kind == "review":
        return Circle(x, y, r, fillColor=WHITE, strokeColor=INK, strokeWidth=2)
    return Circle(x, y, r, **style)


def _next_month(day: date) -> date:
    """The first of the next month; the last day there is after December 9999."""
    if (day.year, day.month) == (date.max.year, 12):
        return date.max
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_strip(strip: MonthStrip, width: float) -> Drawing:
    """The coming months side by side, a mark per dated item at its day, today as a line."""
    register_fonts()
    months = len(strip.month_labels)
    column = width / max(1, months)
    band_top, band_height, legend_y = 84, 60, 6
    drawing = Drawing(width, band_top + 18, initialFontName=FAMILY)
    starts = [strip.first_month]
    for _ in range(months):
        starts.append(_next_month(starts[-1]))
    for n, label in enumerate(strip.month_labels):
        x = n * column
        drawing.add(
            Rect(
                x + 1,
                band_top - band_height,
                column - 2,
                band_height,
                rx=3,
                ry=3,
                fillColor=TINT if n % 2 == 0 else Color(0.95, 0.97, 0.98),
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                x + column / 2,
                band_top + 6,
                label,
                fontName=BOLD,
                fontSize=9,
                fillColor=INK,
                textAnchor="middle",
            )
        )

    def x_of(day: date) -> float:
        for n in range(months):
            if starts[n] <= day < starts[n + 1]:
                days = (starts[n + 1] - starts[n]).days
                return n * column + 4 + (day - starts[n]).days / max(1, days - 1) * (column - 8)
        return 0.0

    if strip.first_month <= strip.today < starts[-1]:
        x = x_of(strip.today)
        drawing.add(
            Line(x, band_top - band_height - 2, x, band_top + 2, strokeColor=WARM, strokeWidth=1.2)
        )
    middle = band_top - band_height / 2
    lanes = (middle, middle + 15, middle - 15, middle + 30 - 4, middle - 30 + 4)
    taken: list[list[float]] = [[] for _ in lanes]
    for mark in sorted(strip.marks, key=lambda m: m.day):
        x = x_of(mark.day)
        lane = next(
            (n for n, xs in enumerate(taken) if all(abs(x - t) >= 11 for t in xs)), len(taken) - 1
        )
        taken[lane].append(x)
        drawing.add(_marker(mark.kind, x, lanes[lane], 4.4, mark.done))
    x = 0.0
    for kind, label in strip.legend:
        if kind not in _MARK_COLOURS:  # the legend's kinds are plain text in a Document
            continue
        drawing.add(_marker(kind, x + 4, legend_y + 3, 3.3))  # type: ignore[arg-type]
        drawing.add(String(x + 11, legend_y, label, fontName=FAMILY, fontSize=8, fillColor=MUTED))
        x += 18 + stringWidth(label, FAMILY, 8)
    return drawing
