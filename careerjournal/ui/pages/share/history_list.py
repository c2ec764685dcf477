"""The list of earlier exports: when, in which form, to which file, and what was in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from careerjournal.exercises.loader import Catalog
from careerjournal.share.history import ShareRecord, ShareSummary
from careerjournal.ui.pages.share.choices import part_name
from careerjournal.ui.shell.formats import moment


class ShareHistoryList(QListWidget):
    """Newest first; the tooltip of a row is the full path of the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareHistory")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def show_records(self, records: list[ShareRecord], catalog: Catalog, lang: str) -> None:
        self.clear()
        if not records:
            self.addItem(self.tr("Nothing shared yet."))
            return
        for record in records:
            when = moment(record.created_at)
            head = f"{when} · {self._form(record)} · {Path(record.file_name).name}"
            item = QListWidgetItem(f"{head}\n{self.contents(record.summary, catalog, lang)}")
            item.setToolTip(record.file_name)
            self.addItem(item)

    def _form(self, record: ShareRecord) -> str:
        if record.form == "package":
            return self.tr("protected coach package")
        if record.form == "pdf":
            return (
                self.tr("PDF with passphrase")
                if record.protected
                else self.tr("PDF, not encrypted")
            )
        return self.tr("Markdown, not encrypted")

    def contents(self, summary: ShareSummary, catalog: Catalog, lang: str) -> str:
        """What the coach got, in one line."""
        parts = []
        if summary.session_sheet:
            parts.append(self.tr("the sheet to prepare your session"))
        if summary.exercises:
            titles = [e.title.get(lang) if (e := catalog.get(i)) else i for i in summary.exercises]
            parts.append(
                self.tr("exercises: %1 (%n result(s))", "", summary.results).replace(
                    "%1", ", ".join(titles)
                )
            )
        if summary.answers:
            parts.append(self.tr("what you wrote in %n exercise(s)", "", summary.answers))
        if summary.plan_parts:
            names = ", ".join(part_name(p) for p in summary.plan_parts)
            parts.append(self.tr("plan: %1").replace("%1", names))
        if summary.entries:
            parts.append(
                self.tr("%n journal entries with their text", "", len(summary.entries))
                if summary.journal_text
                else self.tr("%n journal entries without their text", "", len(summary.entries))
            )
        if summary.journey:
            parts.append(self.tr("your path over time"))
        return "; ".join(parts)
