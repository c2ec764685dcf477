"""What every workspace page does: fill from the vault, forget on lock, follow the language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from careerjournal.ui.shell.stores import Stores


class Retranslatable(QWidget):
    """A widget that sets its strings in :meth:`retranslate`, again at every language switch."""

    def retranslate(self) -> None:
        """Set every visible string in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Page(Retranslatable):
    """A page in the main window's navigation; ``show_requested`` asks the window to show it.

    Subclasses fill themselves in :meth:`open_vault` from the :class:`Stores`
    made once per unlock (never building a store from the vault themselves),
    drop every piece of user text and the stores in :meth:`clear` (called when
    the vault locks), save pending edits in :meth:`flush`, and set their strings
    in :meth:`retranslate`.
    """

    show_requested = Signal()

    def nav_title(self) -> str:
        raise NotImplementedError

    def help_text(self) -> str:
        """A short guide to this page, shown with F1."""
        return ""

    def open_vault(self, stores: Stores) -> None:
        """The vault was unlocked: show its content, read through ``stores``."""

    def flush(self) -> None:
        """Write any pending edit now (before locking or quitting)."""

    def clear(self) -> None:
        """The vault is locking: forget every piece of user text."""
