"""Choosing where an export goes: one place for the rule every save dialog follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """The path the user chose, with ``suffix`` added if missing; None if cancelled.

    Qt's own dialog, not the system's: the system dialog may add the file to the
    desktop's "recent files", which would tell others what was exported.
    """
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        file_filter,
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
