"""Answering the modal dialogs a real action opens (file dialogs, questions), in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

Step = Callable[[Any], None]


def drive(steps: list[Step]) -> list[str]:
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


def type_name(name: str) -> Step:
    """In Qt's own file dialog: type ``name`` (a name or a whole path) and accept."""

    def step(dialog: QFileDialog) -> None:
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(name)
        dialog.accept()

    return step


def answer(button: QMessageBox.StandardButton) -> Step:
    """In a message box: press ``button``."""
    return lambda box: box.button(button).click()
