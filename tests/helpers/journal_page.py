"""The Journal page on a real vault, shown and ready for input, and what its list shows."""

from __future__ import annotations

from careerjournal.ui.pages.journal import JournalPage
from careerjournal.ui.shell.i18n import current_language
from careerjournal.ui.shell.stores import Stores
from careerjournal.vault import Vault


def open_journal_page(qtbot, vault: Vault, catalog) -> JournalPage:
    """A Journal page at 1000×700, active (keys reach it), over ``vault``."""
    journal = JournalPage(catalog, current_language)
    qtbot.addWidget(journal)
    journal.autosave.set_delay(10)  # the real pause is 700 ms
    journal.resize(1000, 700)
    journal.show()
    qtbot.waitExposed(journal)
    journal.activateWindow()
    qtbot.waitUntil(journal.isActiveWindow)
    journal.open_vault(Stores.of(vault))
    return journal


def titles(journal: JournalPage) -> list[str]:
    """The titles the entry list shows, top to bottom."""
    model = journal.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]
