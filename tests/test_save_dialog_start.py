"""Save dialogs open in the user's Documents folder, never in the current folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from careerjournal.ui.widgets.file_dialogs import ask_save_path, documents_folder, start_path


def test_a_bare_name_or_a_missing_folder_starts_in_documents(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    documents = documents_folder()
    assert documents.is_dir() and documents != Path.cwd()
    assert start_path(Path("plan.pdf")) == documents / "plan.pdf"
    assert start_path(tmp_path / "gone" / "plan.pdf") == documents / "plan.pdf"
    assert start_path(tmp_path / "plan.pdf") == tmp_path / "plan.pdf"


def test_the_dialog_shows_documents(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(200, look)
    assert ask_save_path(parent, "Save", Path("plan.pdf"), "PDF (*.pdf)", ".pdf") is None
    assert seen == [str(documents_folder())]
    assert seen[0] != str(Path.cwd())
