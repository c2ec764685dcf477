"""The search field and the filters above the entry list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careerjournal.journal import Filters
from careerjournal.journal.store import SearchOrder
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell.formats import day_of
from careerjournal.ui.shell.settings import Settings
from careerjournal.ui.widgets.date_edit import DateEdit

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching


class FilterBar(Retranslatable):
    """Says what to show; ``changed`` fires after the filters change, typing pauses, or Enter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="journalSearch", clearButtonEnabled=True)
        self.tag = QComboBox(objectName="tagFilter")
        # Search hits by relevance or by date; the choice is kept for next time.
        self.order = QComboBox(objectName="searchOrder")
        self.order.addItem("", "relevance")
        self.order.addItem("", "date")
        self.order.setCurrentIndex(max(0, self.order.findData(Settings().search_order)))
        self.between = QCheckBox(objectName="dateFilter")
        self.since = DateEdit(objectName="since", enabled=False)
        self.until = DateEdit(objectName="until", enabled=False)
        self._and = QLabel()
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)

        # Two rows, so the bar fits beside the navigation at 1000 px in Dutch too.
        searching = QHBoxLayout()
        searching.addWidget(self.search, 1)
        searching.addWidget(self.order)
        filtering = QHBoxLayout()
        filtering.addWidget(self.tag, 1)
        for widget in (self.between, self.since, self._and, self.until):
            filtering.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(searching)
        layout.addLayout(filtering)

        # Qt's own signals are forwarded to ``changed`` rather than emitted from Python:
        # see EntryEditor. The dates can only change while the range is switched on.
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._typing.stop)
        self.search.returnPressed.connect(self.changed)
        self._typing.timeout.connect(self.changed)
        self.tag.activated.connect(self.changed)
        self.order.activated.connect(self._order_chosen)
        self.between.toggled.connect(self.since.setEnabled)
        self.between.toggled.connect(self.until.setEnabled)
        self.between.toggled.connect(self.changed)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.changed)
        self._reset_range()
        self.set_tags([])
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search your journal"))
        self.search.setAccessibleName(self.tr("Search"))
        self.tag.setItemText(0, self.tr("All tags"))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.order.setItemText(0, self.tr("Best match first"))
        self.order.setItemText(1, self.tr("Newest first"))
        self.order.setAccessibleName(self.tr("Order of search results"))
        self.between.setText(self.tr("&Between"))
        self._and.setText(self.tr("and"))

    def query(self) -> str:
        return self.search.text()

    def search_order(self) -> SearchOrder:
        return "date" if self.order.currentData() == "date" else "relevance"

    def _order_chosen(self) -> None:
        settings = Settings()
        settings.search_order = self.search_order()
        settings.sync()
        self.changed.emit()

    def filters(self) -> Filters:
        tag = self._chosen_tag() or None
        if not self.between.isChecked():
            return Filters(tag=tag)
        return Filters(tag=tag, since=day_of(self.since.date()), until=day_of(self.until.date()))

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """Offer these tags (with their counts); keep the chosen one if it is still there."""
        chosen = self._chosen_tag()
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag, count in tags:
            self.tag.addItem(f"{tag} ({count})", tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)))

    def clear(self) -> None:
        """Forget the search text (with its undo history) and the tags; signals stay quiet."""
        self.blockSignals(True)
        self.search.setText("")
        self.set_tags([])
        self.between.setChecked(False)
        self._reset_range()
        self._typing.stop()
        self.blockSignals(False)

    def _chosen_tag(self) -> str:
        # Never ask an empty combo box for its data: PySide6 6.12 then returns a None
        # it does not own, and enough of those crash the interpreter.
        return str(self.tag.currentData()) if self.tag.currentIndex() >= 0 else ""

    def _typed(self, _text: str) -> None:
        self._typing.start()

    def _reset_range(self) -> None:
        today = date.today()
        for edit, day in ((self.since, today - timedelta(days=30)), (self.until, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)
