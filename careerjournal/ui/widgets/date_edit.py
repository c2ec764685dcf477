"""A date picker that writes its date as the lists and PDFs do, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from careerjournal.wording import SHORT_DATE_PATTERN


class DateEdit(QDateEdit):
    """``3 mrt 2027`` / ``3 Mar 2027`` with a calendar pop-up; follows a language switch."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, calendarPopup=True, **kwargs)
        self._follow_language()

    def _follow_language(self) -> None:
        # The default locale is nl_NL or en_US (day first), set by Translations before widgets retranslate.
        self.setLocale(QLocale())
        self.calendarWidget().setLocale(QLocale())
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as in the Netherlands
        self.setDisplayFormat(SHORT_DATE_PATTERN)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)
