"""Saving a file that is not encrypted: warn, choose a path, write with a busy cursor, report.

The plan's PDF, the exports for a coach and the coach viewer's PDF all save this
way. The questions go through a :class:`Prompts` object the page is given, so
tests hand over a scripted one instead of replacing a widget's methods.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from careerjournal.ui.shell.messages import describe
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.ui.widgets.file_dialogs import ask_save_path
from careerjournal.vault import VaultError


class Prompts:
    """The questions a save asks the user, as Qt dialogs."""

    def confirm_unencrypted(self, parent: QWidget, title: str, text: str) -> bool:
        """Save or Cancel, with Cancel the default."""
        answer = QMessageBox.warning(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def save_path(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
    ) -> Path | None:
        """Where to save (see :func:`ask_save_path`); None if cancelled."""
        return ask_save_path(parent, title, suggested, file_filter, suffix)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        """A message to read and close."""
        QMessageBox.information(parent, title, text)


@dataclass(frozen=True)
class SaveDialog:
    """What the save dialog shows: its title, the suggested file, the filter and the suffix."""

    title: str
    suggested: Path
    file_filter: str
    suffix: str


class SaveFlow:
    """Warn → choose a path → write → report, for one widget and its prompts.

    ``failed`` texts carry ``%1`` for the system's reason. The write function
    refuses to replace a vault, backup or package by itself; its error is shown
    like any other.
    """

    def __init__(self, parent: QWidget, prompts: Prompts | None = None) -> None:
        # Weak: the flow must not keep a closed, deleted window's wrapper alive.
        self._parent = weakref.ref(parent)
        self.prompts = prompts or Prompts()

    @property
    def parent(self) -> QWidget | None:
        return self._parent()

    def confirm(self, title: str, text: str) -> bool:
        """The warning that the file will not be encrypted; True to go on."""
        parent = self.parent
        return parent is not None and self.prompts.confirm_unencrypted(parent, title, text)

    def choose(self, dialog: SaveDialog) -> Path | None:
        parent = self.parent
        if parent is None:
            return None
        return self.prompts.save_path(
            parent, dialog.title, dialog.suggested, dialog.file_filter, dialog.suffix
        )

    def write(
        self,
        path: Path,
        write: Callable[[Path], None],
        failed: str,
        report: Callable[[str], None],
        explain: Callable[[VaultError], str] = describe,
    ) -> bool:
        """Write under a busy cursor; on an error, ``report`` one clear message and return False.

        ``explain`` words a refused write (a :class:`VaultError`); ``failed`` an OS error.
        """
        try:
            with busy_cursor():
                write(path)
        except VaultError as error:
            report(explain(error))
        except OSError as error:
            report(failed.replace("%1", error.strerror or str(error)))
        else:
            return True
        return False

    def save(
        self,
        dialog: SaveDialog,
        write: Callable[[Path], None],
        failed: str,
        report: Callable[[str], None],
    ) -> Path | None:
        """Choose a path and write there; the path written, or None."""
        path = self.choose(dialog)
        if path is None or not self.write(path, write, failed, report):
            return None
        return path
