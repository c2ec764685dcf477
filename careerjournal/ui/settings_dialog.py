"""Preferences: language and auto-lock. Harmless UI state, stored in QSettings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from careerjournal.ui.settings import Settings


class SettingsDialog(QDialog):
    """Edits a :class:`Settings`; the caller applies the result when accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.language = QComboBox(objectName="language")
        for code, name in (("", self.tr("Same as the system")), ("nl", "Nederlands"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.autolock = QSpinBox(objectName="autolock", minimum=0, maximum=240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setSpecialValueText(self.tr("Never"))
        self.autolock.setValue(settings.autolock_minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Lock after inactivity:"), self.autolock)
        form.addRow(buttons)

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        self._settings.autolock_minutes = self.autolock.value()
        self._settings.sync()
        super().accept()
