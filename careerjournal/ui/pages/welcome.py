"""First run: what the app is, the privacy promise, and making the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.shell.messages import describe, location_warning
from careerjournal.ui.shell.session import VaultSession
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.ui.widgets.passphrase_fields import PassphraseFields
from careerjournal.vault import VaultError


class WelcomePage(Retranslatable):
    """Explains the app and creates the vault with a passphrase typed twice."""

    created = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._heading = QLabel(objectName="pageHeading")
        self._intro = QLabel(wordWrap=True)
        self._promise = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._warning = QLabel(wordWrap=True, objectName="warning")
        self.fields = PassphraseFields()
        self._location_warning = QLabel(wordWrap=True, objectName="warning")
        self._understood = QCheckBox(objectName="understood")
        self._location = QLabel(wordWrap=True, objectName="hint")
        self._location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error = QLabel(wordWrap=True, objectName="error")
        self._create = QPushButton(objectName="create", default=True)

        column = QVBoxLayout()
        for widget in (self._heading, self._intro, self._promise, self._warning):
            column.addWidget(widget)
        column.addSpacing(12)
        column.addWidget(self.fields)
        column.addWidget(self._understood)
        column.addWidget(self._location)
        column.addWidget(self._location_warning)
        column.addWidget(self._error)
        column.addWidget(self._create, alignment=Qt.AlignmentFlag.AlignLeft)
        column.addStretch()
        outer = QVBoxLayout(self)
        holder = QWidget(maximumWidth=640)
        holder.setLayout(column)
        outer.addWidget(holder, alignment=Qt.AlignmentFlag.AlignHCenter)

        self.fields.changed.connect(self._update_state)
        self._understood.toggled.connect(self._update_state)
        self._create.clicked.connect(self._make_vault)
        self.fields.repeat.returnPressed.connect(self._make_vault)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Welcome to CareerJournal"))
        self._intro.setText(
            self.tr(
                "A private place to think about your work: whether this job still suits you, "
                "what gives you energy and what drains it, and what you might do next. "
                "Guided exercises, a journal and a personal plan help you along, at your own pace."
            )
        )
        points = (
            self.tr(
                "Everything you write is kept in an encrypted vault on this computer, "
                "locked with a passphrase that only you know."
            ),
            self.tr(
                "Nothing leaves this computer: no internet connection, no account, "
                "no tracking. You decide what to print or share, and with whom."
            ),
            self.tr("Use a computer of your own, not one your employer manages."),
        )
        self._promise.setText("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>")
        self._warning.setText(
            self.tr(
                "Nobody can recover a forgotten passphrase: not us, not anyone. "
                "Without it, your vault stays closed for good. Write it down and keep it safe."
            )
        )
        self._understood.setText(
            self.tr("I understand that a forgotten passphrase cannot be recovered.")
        )
        self._location.setText(
            self.tr("Your vault will be saved as %1").replace("%1", str(self._session.path))
        )
        missing = self._session.missing_folder()
        self._location_warning.setText(
            describe(missing) if missing else location_warning(self._session.path)
        )
        self._location_warning.setVisible(bool(self._location_warning.text()))
        self._create.setText(self.tr("&Create my vault"))
        self._update_state()

    def showEvent(self, event) -> None:
        self.fields.passphrase.setFocus()
        super().showEvent(event)

    def _update_state(self) -> None:
        self._create.setEnabled(self.fields.acceptable() and self._understood.isChecked())

    def _make_vault(self) -> None:
        if not self._create.isEnabled():
            return
        try:
            with busy_cursor():
                self._session.create(self.fields.text())
        except VaultError as error:
            self._error.setText(describe(error))
            return
        self.fields.clear()
        self._understood.setChecked(False)
        self.created.emit()
