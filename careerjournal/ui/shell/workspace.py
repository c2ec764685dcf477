"""The unlocked window's body: navigation on the left, the chosen page on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from careerjournal.ui.pages.base import Page


class Workspace(QWidget):
    """Navigation on the left, the chosen page on the right.

    The pages are made when first needed (at the first unlock), so the unlock
    screen appears without waiting for pages, exercise files and their imports.
    """

    def __init__(self, make_pages: Callable[[], list[Page]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_pages = make_pages
        self._pages: list[Page] | None = None
        self.banner = QLabel(objectName="warning", wordWrap=True)
        self.banner.setVisible(False)
        self.notice = QLabel(objectName="notice", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.notice.setVisible(False)
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.addWidget(self.banner)
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)

    @property
    def pages(self) -> list[Page]:
        """The pages, made on first use."""
        if self._pages is None:
            self._pages = self._make_pages()
            for page in self._pages:
                self.nav.addItem(page.nav_title())
                self.stack.addWidget(page)
                page.show_requested.connect(lambda p=page: self.show_page(p))
            self.nav.setCurrentRow(0)
        return self._pages

    def made_pages(self) -> list[Page]:
        """The pages if they were made already, without making them."""
        return self._pages or []

    def show_page(self, page: Page) -> None:
        self.nav.setCurrentRow(self.pages.index(page))

    def current_page(self) -> Page:
        return self.pages[self.nav.currentRow()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.nav.setAccessibleName(self.tr("Pages"))
            for row, page in enumerate(self.made_pages()):
                self.nav.item(row).setText(page.nav_title())
        super().changeEvent(event)
