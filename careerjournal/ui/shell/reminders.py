"""While the app is open: at most once a day, the neutral line as a system notification.

Off by default and never in discreet mode. It reads the same next-due record
as ``careerjournal agenda`` does, so it works while the vault is locked and
shows nothing the user wrote.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from careerjournal.ui.shell.i18n import current_language
from careerjournal.ui.shell.settings import Settings

CHECK_EVERY_MS = 60 * 60 * 1000
SHOW_FOR_MS = 15_000
FIRST_CHECK_MS = 60_000  # a minute after start, with the record of the last session


class DueNotifier(QObject):
    """Checks a minute after start, then hourly; :meth:`check` says whether it notified."""

    def __init__(self, settings: Settings, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault_path = vault_path
        self.last_shown: date | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self, today: date | None = None) -> bool:
        # Here, not at the top: the agenda package (with every feature it reads) would
        # otherwise load with the unlock screen and sit beside Argon2id's 64 MiB.
        from careerjournal.agenda.reminder import is_due, neutral_line, read_record

        today = today or date.today()
        if not self.settings.notify_due or self.settings.discreet or self.last_shown == today:
            return False
        if not is_due(read_record(self.vault_path), today):
            return False
        self.last_shown = today
        self.show_message(neutral_line(current_language()))
        return True

    def show_message(self, text: str) -> None:
        """The system's own notification, through a tray icon shown only while it lasts."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        tray.show()
        tray.showMessage("CareerJournal", text, QSystemTrayIcon.MessageIcon.NoIcon, SHOW_FOR_MS)
        QTimer.singleShot(SHOW_FOR_MS, tray.deleteLater)
