"""Preferences: language, locking, discretion, backups. Harmless UI state, stored in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from careerjournal.ui.shell.messages import location_warning
from careerjournal.ui.shell.settings import Settings
from careerjournal.ui.widgets.file_dialogs import ask_folder
from careerjournal.vault.backup import TOTAL_BYTES, space_used


class SettingsDialog(QDialog):
    """Edits a :class:`Settings`; the caller applies the result when accepted."""

    def __init__(
        self, settings: Settings, default_backups: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._default_backups = default_backups
        self.language = QComboBox(objectName="language")
        for code, name in (
            ("", self.tr("Same as the system")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.theme = QComboBox(objectName="theme")
        for code, name in (
            ("", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.autolock = QSpinBox(objectName="autolock", minimum=0, maximum=240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setSpecialValueText(self.tr("Never"))
        self.autolock.setValue(settings.autolock_minutes)
        self.lock_minimized = QCheckBox(self.tr("Also lock when the window is &minimised"))
        self.lock_minimized.setChecked(settings.lock_when_minimized)
        self.discreet = QCheckBox(
            self.tr("&Discreet: a neutral window title, for a shared computer")
        )
        self.discreet.setChecked(settings.discreet)
        self.notify_due = QCheckBox(
            self.tr("Show a system &notification when something is due (not in discreet mode)")
        )
        self.notify_due.setChecked(settings.notify_due)
        self.backups = QLineEdit(
            settings.backup_folder or str(default_backups), objectName="backupFolder"
        )
        self.backups.textChanged.connect(self._check_backup_folder)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.backup_warning = QLabel(objectName="warning", wordWrap=True)
        self.backup_space = QLabel(objectName="backupSpace", wordWrap=True)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backups, 1)
        backup_row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Appearance:"), self.theme)
        form.addRow(self.tr("&Lock after inactivity:"), self.autolock)
        form.addRow(None, self.lock_minimized)
        form.addRow(None, self.discreet)
        form.addRow(None, self.notify_due)
        backups_label = QLabel(self.tr("&Backups in:"))
        backups_label.setBuddy(self.backups)
        form.addRow(backups_label, backup_row)
        form.addRow(None, self.backup_warning)
        form.addRow(None, self.backup_space)
        form.addRow(buttons)
        self._check_backup_folder()

    def _browse(self) -> None:
        folder = ask_folder(self, self.tr("Folder for backups"), self.backups.text())
        if folder is not None:
            self.backups.setText(str(folder))

    def _check_backup_folder(self) -> None:
        warning = location_warning(Path(self.backups.text()))
        self.backup_warning.setText(warning)
        self.backup_warning.setVisible(bool(warning))
        count, used = space_used(Path(self.backups.text()))
        size = QLocale().formattedDataSize
        self.backup_space.setText(
            self.tr("Backups in this folder: %1 (%2 in all; kept below %3).")
            .replace("%1", str(count))
            .replace("%2", size(used))
            .replace("%3", size(TOTAL_BYTES))
        )

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        self._settings.theme = self.theme.currentData()
        self._settings.autolock_minutes = self.autolock.value()
        self._settings.lock_when_minimized = self.lock_minimized.isChecked()
        self._settings.discreet = self.discreet.isChecked()
        self._settings.notify_due = self.notify_due.isChecked()
        folder = self.backups.text().strip()
        self._settings.backup_folder = "" if folder == str(self._default_backups) else folder
        self._settings.sync()
        super().accept()
