"""A new passphrase, typed twice, with an honest strength hint."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from careerjournal.ui.pages.base import Retranslatable
from careerjournal.vault.passphrase_rule import Refusal, refusal
from careerjournal.vault.strength import Strength, strength


class PassphraseFields(Retranslatable):
    """Emits ``changed``; :meth:`acceptable` says whether the two entries may be used."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="repeat")
        self.hint = QLabel(objectName="strengthHint", wordWrap=True)
        self.mismatch = QLabel(objectName="error", wordWrap=True)
        self._passphrase_label = QLabel(buddy=self.passphrase)
        self._repeat_label = QLabel(buddy=self.repeat)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._passphrase_label, self.passphrase)
        form.addRow(self._repeat_label, self.repeat)
        # The mismatch message keeps its room while hidden, so nothing below moves
        # (a form layout would drop a hidden row's room, so the two share a box).
        policy = self.mismatch.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.mismatch.setSizePolicy(policy)
        messages = QVBoxLayout()
        messages.setContentsMargins(0, 0, 0, 0)
        messages.addWidget(self.hint)
        messages.addWidget(self.mismatch)
        form.addRow(messages)  # across both columns: in a narrow field column it wrapped tall
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.retranslate()

    def text(self) -> str:
        return self.passphrase.text()

    def acceptable(self) -> bool:
        text = self.passphrase.text()
        return refusal(text) is None and text == self.repeat.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def retranslate(self) -> None:
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._repeat_label.setText(self.tr("&Repeat passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.mismatch.setText(self.tr("The two passphrases are not the same yet."))
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        problem = refusal(text)
        level = Strength.TOO_SHORT if problem else strength(text)
        refusals = {
            # Empty, the hint says what to type (a placeholder would be cut in a narrow field).
            Refusal.EMPTY: self.tr("A few words that belong together only for you."),
            Refusal.BLANK: self.tr("Not only spaces: use a few words."),
            Refusal.UNTYPABLE: self.tr("Leave out control characters: nobody can type them again."),
            Refusal.TOO_SHORT: self.tr(
                "Too short: use at least 8 characters, or better, a few words."
            ),
        }
        hints = {
            Strength.WEAK: self.tr("Weak: add a word or two."),
            Strength.FAIR: self.tr("Fair. Another word makes it strong."),
            Strength.STRONG: self.tr("Strong."),
        }
        self.hint.setText(refusals.get(problem, "") if problem else hints[level])
        self.hint.setProperty("level", int(level) if text else -1)  # guidance, not a verdict
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        mismatched = bool(self.repeat.text()) and text != self.repeat.text()
        self.mismatch.setVisible(mismatched)
        self.changed.emit()
