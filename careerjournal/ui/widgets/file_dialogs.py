"""Choosing where an export goes: one place for the rule every save dialog follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder when there is none (a fresh system)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_path(suggested: Path) -> Path:
    """Where the dialog opens: ``suggested`` if its folder exists, else that name in Documents.

    Never the current folder: Qt's dialog falls back to it for a folder that is missing.
    """
    if suggested.is_absolute() and suggested.parent.is_dir():
        return suggested
    return documents_folder() / suggested.name


def ask_save_path(
    parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """The path the user chose, with ``suffix`` added if missing; None if cancelled.

    ``suggested`` may be just a file name: the dialog then opens in Documents.

    Qt's own dialog, not the system's: the system dialog may add the file to the
    desktop's "recent files", which would tell others what was exported.
    """
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_path(suggested)),
        file_filter,
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
