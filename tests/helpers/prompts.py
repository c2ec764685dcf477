"""Scripted answers to a save's questions, handed to a page instead of its Qt dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from careerjournal.ui.widgets.save_flow import Prompts


class ScriptedPrompts(Prompts):
    """Says ``confirm`` to every warning and answers the save dialog with ``path``.

    ``path`` is a file, None (cancel), or a function of the suggested path and the
    suffix. Every question is remembered, by its title.
    """

    def __init__(
        self,
        confirm: bool = True,
        path: Path | Callable[[Path, str], Path | None] | None = None,
    ) -> None:
        self.confirm = confirm
        self.path = path
        self.confirmed: list[str] = []
        self.asked_path: list[Path] = []
        self.told: list[str] = []

    def confirm_unencrypted(self, parent: QWidget, title: str, text: str) -> bool:
        self.confirmed.append(title)
        return self.confirm

    def save_path(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
    ) -> Path | None:
        self.asked_path.append(suggested)
        return self.path(suggested, suffix) if callable(self.path) else self.path

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.told.append(title)


class ConfirmingPrompts(Prompts):
    """Says yes to every warning; the real save dialog still asks where."""

    def confirm_unencrypted(self, parent: QWidget, title: str, text: str) -> bool:
        return True
