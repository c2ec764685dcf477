"""The choice of form (package, PDF, Markdown), with the passphrase or warning that goes with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.share.history import Form
from careerjournal.ui.pages.base import Retranslatable
from careerjournal.ui.widgets.passphrase_fields import PassphraseFields


class FormBox(Retranslatable):
    """``changed`` fires when the form or the passphrase changes.

    A package always needs a passphrase, a PDF gets one unless the user unticks
    "protect", a Markdown file never has one and shows why that matters.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="subHeading")
        self.buttons: dict[Form, QRadioButton] = {
            "package": QRadioButton(objectName="formPackage", checked=True),
            "pdf": QRadioButton(objectName="formPdf"),
            "markdown": QRadioButton(objectName="formMarkdown"),
        }
        self.group = QButtonGroup(self)
        self.protect_pdf = QCheckBox(objectName="protectPdf", checked=True)
        self.passphrase = PassphraseFields()
        self.note = QLabel(objectName="hint", wordWrap=True)
        self.warning = QLabel(objectName="warning", wordWrap=True)
        for label in (self.note, self.warning):
            label.setTextFormat(Qt.TextFormat.PlainText)
        forms = QVBoxLayout()
        forms.addWidget(self.heading)
        for button in self.buttons.values():
            self.group.addButton(button)
            forms.addWidget(button)
            button.toggled.connect(self._update)
        forms.addStretch()
        details = QVBoxLayout()
        for widget in (self.protect_pdf, self.passphrase, self.note, self.warning):
            details.addWidget(widget)
        details.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(forms)
        layout.addLayout(details, 1)
        self.protect_pdf.toggled.connect(self._update)
        self.passphrase.changed.connect(self.changed)
        self.retranslate()

    def form(self) -> Form:
        return next(form for form, button in self.buttons.items() if button.isChecked())

    def set_form(self, form: Form) -> None:
        self.buttons[form].setChecked(True)

    def wants_passphrase(self) -> bool:
        form = self.form()
        return form == "package" or (form == "pdf" and self.protect_pdf.isChecked())

    def ready(self) -> bool:
        """Whether an export in this form may start: a needed passphrase is typed twice."""
        return not self.wants_passphrase() or self.passphrase.acceptable()

    def chosen_passphrase(self) -> str:
        """The passphrase for the export, or "" for an unprotected one."""
        return self.passphrase.text() if self.wants_passphrase() else ""

    def clear(self) -> None:
        self.passphrase.clear()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How do you want to share it?"))
        self.buttons["package"].setText(self.tr("A protected coach &package (recommended)"))
        self.buttons["pdf"].setText(self.tr("A P&DF to read or print"))
        self.buttons["markdown"].setText(self.tr("A plain &Markdown file"))
        self.protect_pdf.setText(self.tr("Protect the PDF with a passphrase"))
        self._update()

    def _update(self) -> None:
        form = self.form()
        self.protect_pdf.setVisible(form == "pdf")
        self.passphrase.setVisible(self.wants_passphrase())
        if form == "package":
            note = self.tr(
                "Your coach opens the package in CareerJournal with this passphrase. "
                "It is not your vault's passphrase: choose a new one."
            )
        elif self.wants_passphrase():
            note = self.tr("Any PDF reader asks for this passphrase before it shows anything.")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        warning = ""
        if form == "markdown":
            warning = self.tr(
                "A Markdown file is not encrypted: anyone who gets hold of the "
                "file, or of a mail it is attached to, can read it."
            )
        elif form == "pdf" and not self.wants_passphrase():
            warning = self.tr(
                "Without a passphrase the PDF is not encrypted: anyone who gets "
                "hold of the file can read it."
            )
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.changed.emit()
