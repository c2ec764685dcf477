"""After locking, no widget or model anywhere in the window holds user text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from careerjournal.journal import JournalStore
from careerjournal.journal.model import Entry
from careerjournal.plan.store import PlanStore
from careerjournal.ui.app import build_main_window
from tests.conftest import PASSPHRASE

CANARY = "KANARIE-9d2e-wil-eigenlijk-piloot-worden"


def column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return max(1, model.columnCount(parent))
    except TypeError:  # list models keep columnCount private: one column
        return 1


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(column_count(model, parent)):
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


def all_texts(window) -> list[str]:
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


def test_locking_leaves_no_user_text_in_any_widget_or_model(qtbot, vault_path: Path) -> None:
    window = build_main_window(QApplication.instance(), vault_path, "en")
    qtbot.addWidget(window)
    window.show()
    window.session.unlock(PASSPHRASE)
    window.unlock.unlocked.emit()
    vault = window.session.vault
    JournalStore(vault).add(
        Entry(date.today(), f"Titel {CANARY}", f"Tekst {CANARY}", tags=("geheim",))
    )
    goal = PlanStore(vault).add("goal", f"Doel {CANARY}", detail=CANARY)
    PlanStore(vault).add("action", f"Actie {CANARY}", parent_id=goal.id)
    PlanStore(vault).set_vision(f"Visie {CANARY}")
    # Show every page so each one fills its widgets and models from the vault.
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        window.workspace.current_page().open_vault(vault)
        QApplication.processEvents()
    assert any(CANARY in text for text in all_texts(window)), "the canary must show first"

    window.lock()
    leftovers = [text for text in all_texts(window) if CANARY in text]
    assert leftovers == []
    assert window.centralWidget().currentWidget() is window.unlock
    assert not window.workspace.isVisible()
