"""Answering Qt's modal dialogs from a test, in order, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox


def drive(steps: list) -> list[str]:
    """Answer the modal dialogs that appear, in order; returns what each one was."""
    seen: list[str] = []
    remaining = list(steps)

    def act() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, act)
            return
        seen.append(type(widget).__name__)
        remaining.pop(0)(widget)
        if remaining:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    return seen


def type_name(name: str):
    def step(dialog: QFileDialog) -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
        dialog.accept()

    return step


def answer(button: QMessageBox.StandardButton):
    return lambda box: box.button(button).click()
