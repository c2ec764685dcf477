"""Every file dialog of the app: one place for the rules they all follow.

- Qt's own dialog, never the system's: the system dialog may add the file to
  the desktop's "recent files", which would tell others what was exported.
- No trace in Qt's own settings: Qt writes the dialog's history and last folder
  to ``QtProject.conf`` in plain text when a dialog is destroyed; every dialog
  here forgets them first (:func:`forget_history`). Use these functions, not
  QFileDialog's static ones (a test checks the package for them).
- A save never replaces a file without a yes, and never a vault, backup or package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from careerjournal.vault.sniff import is_keeper


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

    An existing file is returned only after the user said yes to replacing it,
    so callers write with ``replace=True``; a vault, backup or coach package is
    refused here with one message (and again by the write itself).
    """
    while True:
        path = _run_dialog(parent, title, suggested, file_filter, suffix)
        if path is None:
            return None
        if is_keeper(path):
            QMessageBox.warning(parent, title, _keeper_text(path))
        elif not path.exists() or _replace_agreed(parent, title, path):
            return path
        suggested = path


def ask_open_path(
    parent: QWidget | None, title: str, file_filter: str, start: str = ""
) -> Path | None:
    """An existing file the user chose; None if cancelled."""
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog, QFileDialog.Option.DontUseNativeDialog)


def ask_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    """An existing folder the user chose; None if cancelled."""
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    return _chosen(dialog, QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)


def _run_dialog(
    parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """Overwriting is asked by us, after the suffix is added, not by the dialog
    (which would ask about the name without the suffix).
    """
    dialog = QFileDialog(parent, title, str(start_path(suggested)), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    path = _chosen(
        dialog, QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontConfirmOverwrite
    )
    if path is None:
        return None
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _chosen(dialog: QFileDialog, options: QFileDialog.Option) -> Path | None:
    """Run ``dialog``; what was chosen is read before its history is forgotten."""
    dialog.setOptions(options)
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
    finally:
        forget_history(dialog)
        dialog.deleteLater()
    if not accepted or not chosen or not chosen[0]:
        return None
    return Path(chosen[0])


def forget_history(dialog: QFileDialog) -> None:
    """Leave no folder the user visited in Qt's own settings (``QtProject.conf``).

    Qt's dialog writes its history, last folder and side bar there in plain text
    when it is destroyed, and offers no option to stop it. Setting them to the
    home folder first means that is all it writes; old entries are replaced too.
    """
    home = QDir.homePath()
    dialog.setHistory([])
    dialog.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(home)])
    dialog.setDirectory(home)


def _replace_agreed(parent: QWidget, title: str, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "FileDialogs", "%1 already exists. Do you want to replace it?"
        ).replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _keeper_text(path: Path) -> str:
    return QCoreApplication.translate(
        "FileDialogs",
        "%1 is a CareerJournal vault, backup or coach package (or another encrypted file). "
        "An export never replaces one; choose another name.",
    ).replace("%1", path.name)
