"""The Share page's preview, built lazily: the start at once, the rest as the event loop allows.

Turning a whole journal into rich text takes seconds (Qt's HTML parsing of
10,000 entries), so the first blocks are shown at once and the rest are added
a chunk per event-loop turn: the page paints and answers meanwhile. The blocks
themselves are asked for only as each chunk is made (a whole journal's take a
while to read from the vault); what an export writes is the complete document
made of the same blocks, which the preview becomes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from careerjournal.export.document import Block

# Blocks per piece: the first is shown at once, one more per event-loop turn.
CHUNK_BLOCKS = 80


class LazyPreview(QObject):
    """Makes preview documents and fills them in the background; one at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._add_chunk)
        self._chunks: Iterator[str] | None = None
        self._target: QTextDocument | None = None

    @property
    def filling(self) -> bool:
        return self._chunks is not None

    def start(self, title: str, blocks: Iterable[Block]) -> QTextDocument:
        """A new document showing the start of ``blocks``; the rest follows."""
        from careerjournal.ui.pages.plan.printing import (  # Qt print support: late
            print_font,
            rich_text_chunks,
        )

        self.stop()
        result = QTextDocument()
        result.setDefaultFont(print_font())
        result.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        chunks = rich_text_chunks(blocks, result, CHUNK_BLOCKS)
        result.setHtml(next(chunks, ""))
        self._chunks, self._target = chunks, result
        self._timer.start()
        return result

    def stop(self) -> None:
        """Stop filling (a new preview replaces this one, or the vault locks)."""
        self._timer.stop()
        self._chunks = self._target = None

    def finish(self) -> None:
        """Add everything that is still missing now."""
        while self.filling:
            self._add_chunk()

    def _add_chunk(self) -> None:
        assert self._chunks is not None and self._target is not None
        html = next(self._chunks, None)
        if html is None:
            self.stop()
            return
        cursor = QTextCursor(self._target)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # The first paragraph of inserted HTML joins the block at the cursor: let an
        # empty one take it (after a table there is one already), so blocks stay apart.
        if cursor.block().text():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(html)
