"""A new passphrase, typed twice, with an honest strength hint."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from careerjournal.ui.pages.base import Retranslatable
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
        messages = QVBoxLayout()  # a form layout would drop the hidden message's room
        messages.setContentsMargins(0, 0, 0, 0)
        messages.addWidget(self.hint)
        messages.addWidget(self.mismatch)
        form.addRow(None, messages)
        # The mismatch message keeps its room while hidden, so nothing below moves.
        policy = self.mismatch.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.mismatch.setSizePolicy(policy)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.retranslate()

    def _hints(self) -> list[str]:
        return [
            self.tr("A few words that belong together only for you."),
            *self._strength_hints().values(),
        ]

    def _strength_hints(self) -> dict[Strength, str]:
        return {
            Strength.TOO_SHORT: self.tr(
                "Too short: use at least 8 characters, or better, a few words."
            ),
            Strength.WEAK: self.tr("Weak: add a word or two."),
            Strength.FAIR: self.tr("Fair. Another word makes it strong."),
            Strength.STRONG: self.tr("Strong."),
        }

    def _mismatch_text(self) -> str:
        return self.tr("The two passphrases are not the same yet.")

    def text(self) -> str:
        return self.passphrase.text()

    def acceptable(self) -> bool:
        text = self.passphrase.text()
        return strength(text) > Strength.TOO_SHORT and text == self.repeat.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def retranslate(self) -> None:
        self._passphrase_label.setText(self.tr("&Passphrase:"))
        self._repeat_label.setText(self.tr("&Repeat passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        self.mismatch.setText(self._mismatch_text())
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        level = strength(text)
        # Empty, the hint says what to type (a placeholder would be cut off in a narrow field).
        self.hint.setText(self._strength_hints()[level] if text else self._hints()[0])
        self.hint.setProperty("level", int(level))
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        mismatched = bool(self.repeat.text()) and text != self.repeat.text()
        self.mismatch.setVisible(mismatched)
        self.changed.emit()
