"""The optional system notification: off by default, never in discreet mode, once a day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from careerjournal.agenda.reminder import write_record
from careerjournal.ui.dialogs.settings_dialog import SettingsDialog
from careerjournal.ui.shell.reminders import DueNotifier
from careerjournal.ui.shell.settings import Settings

TODAY = date(2027, 3, 10)


class Recording(DueNotifier):
    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.shown: list[str] = []

    def show_message(self, text: str) -> None:
        self.shown.append(text)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_off_by_default(qtbot, settings: Settings, tmp_path: Path) -> None:
    vault = tmp_path / "vault.cjv"
    write_record(vault, TODAY - timedelta(days=1), "en")
    notifier = Recording(settings, vault)
    assert settings.notify_due is False
    assert not notifier.check(TODAY) and notifier.shown == []


def test_on_it_shows_the_neutral_line_once_a_day(qtbot, settings: Settings, tmp_path) -> None:
    vault = tmp_path / "vault.cjv"
    settings.notify_due = True
    notifier = Recording(settings, vault)
    assert not notifier.check(TODAY), "no record: nothing due"
    write_record(vault, TODAY + timedelta(days=1), "en")
    assert not notifier.check(TODAY)
    write_record(vault, TODAY, "en")
    assert notifier.check(TODAY) and not notifier.check(TODAY)
    assert notifier.check(TODAY + timedelta(days=1))
    assert notifier.shown == ["CareerJournal: time to look at your plan"] * 2


def test_never_in_discreet_mode(qtbot, settings: Settings, tmp_path: Path) -> None:
    vault = tmp_path / "vault.cjv"
    write_record(vault, TODAY, "en")
    settings.notify_due = settings.discreet = True
    notifier = Recording(settings, vault)
    assert not notifier.check(TODAY) and notifier.shown == []


def test_the_setting_is_in_the_settings_dialog(qtbot, settings: Settings, tmp_path) -> None:
    dialog = SettingsDialog(settings, tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert not dialog.notify_due.isChecked()
    dialog.notify_due.setChecked(True)
    dialog.accept()
    assert settings.notify_due is True
