"""Reading and clicking widgets the way the tests need it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def click(qtbot: Any, button: QAbstractButton) -> None:
    """A left click on a button the user can see and use.

    Waits for it to show (a widget added to a shown layout appears a moment later),
    then fails if it is disabled rather than clicking into nothing.
    """
    qtbot.waitUntil(button.isVisible)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def label_texts(widget: QWidget, visible_only: bool = False) -> str:
    """The text of every label under ``widget``, one per line."""
    labels = widget.findChildren(QLabel)
    return "\n".join(label.text() for label in labels if label.isVisible() or not visible_only)


def _column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return max(1, model.columnCount(parent))
    except TypeError:  # list models keep columnCount private: one column
        return 1


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    """Every display, tooltip and accessible text in ``model``, through the whole tree."""
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(_column_count(model, parent)):
            index = model.index(row, column, parent)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                value = index.data(role)
                if value is not None:
                    found.append(str(value))
            if column == 0 and model.rowCount(index) > 0:
                found.extend(model_texts(model, index))
    return found


def all_texts(window: QWidget) -> list[str]:
    """Every text the window and its widgets and models hold: what locking must forget."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel):
        texts.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    for widget in window.findChildren(QPlainTextEdit):
        texts.append(widget.toPlainText())
    for widget in window.findChildren(QTextEdit):
        texts.append(widget.toPlainText())
    for widget in window.findChildren(QAbstractButton):
        texts.append(widget.text())
    for widget in window.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            texts += model_texts(view.model())
    return texts


@contextlib.contextmanager
def english_only(app: QCoreApplication) -> Iterator[None]:
    """The UI in its source language, whatever an earlier test left installed.

    Qt asks the translator installed last first; this one answers every string
    with itself.
    """

    class English(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return source

        def isEmpty(self) -> bool:
            return False

    translator = English()
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
