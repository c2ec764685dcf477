"""Edits one plan item; text is saved shortly after typing pauses, choices at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from careerjournal.plan.model import SCHEDULED, STATUSES, PlanItem, Section
from careerjournal.ui.pages.plan.date_field import OptionalDate
from careerjournal.ui.pages.plan.labels import (
    date_label,
    detail_label,
    outcome_label,
    status_label,
    title_label,
)
from careerjournal.ui.widgets.autosave import Debouncer


class ItemForm(QWidget):
    """The fields of one item; ``edited`` carries the item as the user changed it."""

    edited = Signal(object)  # PlanItem, not yet saved

    def __init__(self, sections: tuple[Section, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = sections
        self.item: PlanItem | None = None
        self._loading = False
        self.title = QLineEdit(objectName="itemTitle")
        self.detail = QPlainTextEdit(objectName="itemDetail")
        self.outcome = QPlainTextEdit(objectName="itemOutcome")
        for box in (self.detail, self.outcome):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(60)
        self.due = OptionalDate()
        self.due.setObjectName("itemDue")
        self.status = QComboBox(objectName="itemStatus")
        self.status.addItems(["" for _ in STATUSES])
        self.saver = Debouncer(parent=self)
        self.saver.fire.connect(self._emit)
        self.title.textEdited.connect(self.saver.touch)
        self.detail.textChanged.connect(self._typed)
        self.outcome.textChanged.connect(self._typed)
        self.due.changed.connect(lambda *_: self._emit_now())
        self.status.activated.connect(lambda *_: self._emit_now())
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for widget in (self.title, self.detail, self.outcome, self.due, self.status):
            self.layout_.addRow(QLabel(buddy=widget), widget)
        self.set_item(None)

    def _typed(self) -> None:
        if not self._loading:
            self.saver.touch()

    def set_item(self, item: PlanItem | None) -> None:
        """Show ``item`` (None: nothing selected); a pending edit of the last one is saved first."""
        self.saver.flush()
        self.item = item
        self._loading = True
        self.title.setText(item.title if item else "")
        self.detail.setPlainText(item.detail if item else "")
        self.outcome.setPlainText(item.outcome if item else "")
        self.due.set_value(item.due_date if item else None)
        self.status.setCurrentIndex(STATUSES.index(item.status) if item else 0)
        self._loading = False
        self.setEnabled(item is not None and not item.archived)
        self.retranslate()

    def current(self) -> PlanItem | None:
        """The item with what the form shows now."""
        if self.item is None:
            return None
        return replace(
            self.item,
            title=self.title.text(),
            detail=self.detail.toPlainText(),
            outcome=self.outcome.toPlainText(),
            due_date=self.due.value(),
            status=STATUSES[self.status.currentIndex()],
        )

    def flush(self) -> None:
        self.saver.flush()

    def _emit_now(self) -> None:
        if not self._loading:
            self.saver.cancel()
            self._emit()

    def _emit(self) -> None:
        item = self.current()
        if item is not None and item != self.item:
            self.item = item
            self.edited.emit(item)

    def accept_saved(self, item: PlanItem) -> None:
        """The saved version of the item being edited (same content, new timestamps)."""
        if self.item is not None and self.item.id == item.id:
            self.item = item

    def retranslate(self) -> None:
        section = self.item.section if self.item else self.sections[0]
        scheduled = section in SCHEDULED
        rows = (
            (self.title, title_label(section), True),
            (self.detail, detail_label(section), section != "vision"),
            (self.outcome, outcome_label(), section == "goal"),
            (self.due, date_label(section), scheduled),
            (self.status, self.tr("Status"), scheduled),
        )
        for widget, text, shown in rows:
            self.layout_.labelForField(widget).setText(text)
            self.layout_.setRowVisible(widget, shown)
        self.due.set_text(self.tr("on"))
        for n, status in enumerate(STATUSES):
            self.status.setItemText(n, status_label(status))
