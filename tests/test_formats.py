"""One date and number format per language, the same on screen, in pickers and in PDFs."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale

from careerjournal import wording
from careerjournal.ui.widgets.date_edit import DateEdit
from tests.ui_walk import open_window

PACKAGE = Path(__file__).resolve().parent.parent / "careerjournal"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_qt_patterns_write_what_the_pdfs_write(lang: str) -> None:
    locale = QLocale(wording.LOCALES[lang])
    for month in range(1, 13):
        day = date(2027, month, 3)
        assert locale.toString(QDate(day), wording.SHORT_DATE_PATTERN) == wording.short_date(
            day, lang
        )
        assert locale.toString(QDate(day), wording.LONG_DATE_PATTERN) == wording.long_date(
            day, lang
        )


def test_no_module_picks_its_own_date_format() -> None:
    """Dates go through careerjournal.wording (and ui.shell.formats); no stray Qt or strftime formats."""
    stray = re.compile(r"QLocale\.FormatType|toString\(float|strftime\(|\"[dM]{1,4}[/ .-][dM]{1,4}")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        # the one place, and backup file names (timestamps, never shown as dates)
        if path.name not in ("wording.py", "backup.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if stray.search(line)
    ]
    assert not offenders


def test_pickers_and_lists_use_the_short_format_and_follow_a_switch(qtbot, vault_path) -> None:
    window = open_window(qtbot, vault_path, "nl")
    picker = DateEdit()
    qtbot.addWidget(picker)
    picker.setDate(QDate(2027, 3, 3))
    assert picker.text() == "3 mrt 2027"
    window.settings.language = "en"
    window.apply_settings()
    qtbot.waitUntil(lambda: picker.text() == "3 Mar 2027")
    from careerjournal.ui.shell.formats import moment, number, short_date

    assert short_date(date(2027, 9, 3)) == "3 Sep 2027"
    assert number(3.5) == "3.5"
    window.settings.language = "nl"
    window.apply_settings()
    assert number(3.5) == "3,5" and short_date(date(2027, 10, 3)) == "3 okt 2027"
    assert re.fullmatch(
        r"\d+ \w+ \d{4} \d\d:\d\d", moment(__import__("datetime").datetime.now().astimezone())
    )
