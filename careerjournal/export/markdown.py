"""A document as plain Markdown, for a coach who keeps notes in other tools.

User text is escaped, so a ``*`` or a ``<script>`` someone typed stays text in
every Markdown viewer instead of becoming emphasis, a link or HTML. Line breaks
in user text are kept as hard breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from careerjournal.export.document import (
    Block,
    Bullets,
    Chart,
    Cover,
    Document,
    Fields,
    Heading,
    MonthStrip,
    NoteLines,
    PageBreak,
    Paragraph,
    Table,
)

# Characters that mean something anywhere in a line: emphasis, code, links, HTML,
# tables, strike-through, entities and (in some viewers) maths. Brackets are
# enough to stop links and images, so parentheses and "!" stay readable.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&$])")
# What would start a list, a heading or a thematic break at the start of a line.
_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-=#+])")
_BAR_CELLS = 20
_CHECKS = {"open": "[ ]", "doing": "[~]", "done": "[x]"}


def escape_line(line: str) -> str:
    """One line of user text as literal Markdown text (line breaks in it become spaces)."""
    text = _INLINE.sub(r"\\\1", " ".join(line.split()))
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def escape(text: str, hard_break: str = "\\\n") -> str:
    """User text, escaped line by line; blank lines stay paragraph breaks."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(
        hard_break.join(escape_line(line) for line in p.splitlines()) for p in paragraphs
    )


def markdown(document: Document) -> str:
    """The whole document, blocks separated by blank lines, ending in a newline."""
    parts = [part for block in document.blocks for part in _block(block)]
    return "\n\n".join(parts) + "\n"


def _block(block: Block) -> Iterator[str]:
    if isinstance(block, Cover):
        yield f"# {escape_line(block.title)}"
        if block.name.strip():
            yield f"**{escape_line(block.name)}**"
        yield from (f"*{escape_line(line)}*" for line in block.lines)
    elif isinstance(block, Heading):
        if block.kicker:
            yield f"*{escape_line(block.kicker)}*"
        if block.text.strip():
            yield f"{'#' * (block.level + 1)} {escape_line(block.text)}"
    elif isinstance(block, Paragraph):
        text = escape(block.text)
        if block.style == "lead":
            yield "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
        else:
            yield f"*{text}*" if block.style == "muted" and "\n" not in text else text
    elif isinstance(block, Fields):
        yield "\n".join(
            _item(f"**{escape_line(label)}:** {escape(value)}") for label, value in block.rows
        )
    elif isinstance(block, Bullets):
        yield "\n".join(_item(escape(item)) for item in block.items)
    elif isinstance(block, Table):
        yield _table(block)
    elif isinstance(block, Chart):
        yield _chart(block)
    elif isinstance(block, PageBreak):
        yield "---"
    elif isinstance(block, MonthStrip | NoteLines):
        return  # drawings for paper; the dates are in the tables around the strip


def _item(text: str) -> str:
    """A list item; its further lines are indented so they stay in the item."""
    return "- " + text.replace("\n", "\n  ")


def _cell(text: str) -> str:
    return escape(text, "<br>").replace("\n\n", "<br><br>")


def _table(block: Table) -> str:
    columns = len(block.widths)
    checked = any(row.check for row in block.rows)
    header = list(block.header) or [""] * columns
    lines = [
        "| " + " | ".join(([""] if checked else []) + [_cell(h) for h in header]) + " |",
        "|" + "---|" * (columns + checked),
    ]
    for row in block.rows:
        cells = [_cell(c) for c in row.cells]
        if row.note.strip():
            cells[0] += f"<br>*{_cell(row.note)}*"
        check = [_CHECKS[row.check] if row.check else ""] if checked else []
        lines.append("| " + " | ".join(check + cells) + " |")
    return "\n".join(lines)


def _chart(block: Chart) -> str:
    """The bars as a list with a small text bar, so the shape is seen without a picture."""
    low, high = block.bar_range
    span = high - low if high > low else 1.0
    lines = [
        f"**{escape_line(block.title)}**"
        + (f" ({escape_line(block.subtitle)})" if block.subtitle.strip() else "")
    ]
    for bar in block.bars:
        filled = round((min(max(bar.value, low), high) - low) / span * _BAR_CELLS)
        lines.append(
            f"- {escape_line(bar.label)}: `{'█' * filled}{'░' * (_BAR_CELLS - filled)}` "
            f"{escape_line(bar.value_text)}"
        )
    if block.caption:
        lines.append(f"\n*{escape(block.caption)}*")
    return "\n".join(lines)
