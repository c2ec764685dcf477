"""After locking, no widget or model anywhere in the window holds user text."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QApplication,
)

from careerjournal.journal import JournalStore
from careerjournal.journal.model import Entry
from careerjournal.plan.store import PlanStore
from careerjournal.ui.shell.stores import Stores
from tests.helpers.driver import unlock
from tests.helpers.widgets import all_texts

CANARY = "KANARIE-9d2e-wil-eigenlijk-piloot-worden"


def test_locking_leaves_no_user_text_in_any_widget_or_model(qtbot, main_window) -> None:
    window = main_window(language="en")
    unlock(window)
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
        window.workspace.current_page().open_vault(Stores.of(vault))
        QApplication.processEvents()
    assert any(CANARY in text for text in all_texts(window)), "the canary must show first"

    window.lock()
    leftovers = [text for text in all_texts(window) if CANARY in text]
    assert leftovers == []
    assert window.centralWidget().currentWidget() is window.unlock
    assert not window.workspace.isVisible()
