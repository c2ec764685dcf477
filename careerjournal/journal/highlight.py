"""Marking matched words in search results, and showing the marks safely as HTML.

Search puts two private-use characters around every match (``journal.marking``).
They cannot be typed and survive HTML escaping unchanged, so the user's own
text is escaped first and only then are the marks turned into ``<b>`` tags.
"""

from __future__ import annotations

import html

START = "\ue000"
END = "\ue001"


def marked_to_html(text: str) -> str:
    """Escape ``text`` for Qt rich text and make its marked words bold."""
    escaped = html.escape(text, quote=False)
    if START not in escaped:
        return escaped
    return escaped.replace(START, "<b>").replace(END, "</b>")


def unmarked(text: str) -> str:
    """``text`` without marks: for plain-text places such as tooltips and screen readers."""
    return text.replace(START, "").replace(END, "")
