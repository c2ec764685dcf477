"""File › Import…: the preview before anything is written, the progress, Stop, the reminder."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialog

from careerjournal.journal import JournalStore
from careerjournal.ui.dialogs.import_dialog import ImportDialog
from tests.helpers.driver import unlock
from tests.helpers.widgets import click


def _jrnl(path: Path, count: int) -> Path:
    entries = [
        {
            "title": f"Dag {n}",
            "body": "Over mijn werk.",
            "date": f"20{10 + n // 300}-01-{1 + n % 28:02d}",
        }
        for n in range(count)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_import_from_the_file_menu_previews_then_imports(
    main_window, qtbot, tmp_path: Path
) -> None:
    source = _jrnl(tmp_path / "jrnl.json", 30)
    window = unlock(main_window())
    seen: dict[str, str] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportDialog)
        dialog.show()
        dialog.ask_source = lambda mode: source  # type: ignore[method-assign]
        click(qtbot, dialog.file_button)
        seen["preview"] = dialog.preview.text()
        assert dialog.import_button.isEnabled()
        assert window.session.vault is not None
        assert JournalStore(window.session.vault).count() == 0, "nothing written before Import"
        click(qtbot, dialog.import_button)
        seen["done"] = dialog.preview.text()
        assert dialog.progress.isHidden() and dialog.folder_link.isVisible()
        return True

    window.run_dialog = drive  # type: ignore[method-assign]
    window.import_action.trigger()
    assert "30 new entries" in seen["preview"] and "For example: Dag 0" in seen["preview"]
    assert "30 entries imported" in seen["done"] and str(source) in seen["done"]
    assert "plain text" in seen["done"]
    assert JournalStore(window.session.vault).count() == 30


def test_stop_leaves_the_journal_as_it_was(qtbot, vault, tmp_path: Path) -> None:
    journal = JournalStore(vault)
    dialog = ImportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_source(_jrnl(tmp_path / "many.json", 2000))
    values: list[int] = []
    real_step = dialog._step

    def step_then_stop(done: int, total: int) -> bool:
        values.append(done)
        if done >= total // 2:
            assert dialog.stop_button.isVisible() and dialog.progress.isVisible()
            click(qtbot, dialog.stop_button)
        return real_step(done, total)

    dialog._step = step_then_stop  # type: ignore[method-assign]
    click(qtbot, dialog.import_button)
    assert values and values[0] == 0 and max(values) >= 1000
    assert "Nothing was imported" in dialog.preview.text()
    assert journal.count() == 0 and dialog.imported == 0


def test_a_bad_source_is_named_and_nothing_can_be_imported(qtbot, vault, tmp_path: Path) -> None:
    bad = tmp_path / "cut.json"
    bad.write_text('{"entries": [{"date": "2020-01-01", "bo', encoding="utf-8")
    dialog = ImportDialog(JournalStore(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_source(bad)
    assert "cannot be imported" in dialog.preview.text() and "unchanged" in dialog.preview.text()
    assert not dialog.import_button.isEnabled()


def test_a_second_import_of_the_same_source_offers_nothing(qtbot, vault, tmp_path: Path) -> None:
    source = _jrnl(tmp_path / "jrnl.json", 5)
    journal = JournalStore(vault)
    first = ImportDialog(journal)
    qtbot.addWidget(first)
    first.show()
    first.show_source(source)
    click(qtbot, first.import_button)
    again = ImportDialog(journal)
    qtbot.addWidget(again)
    again.show()
    again.show_source(source)
    assert (
        "Nothing new" in again.preview.text()
        and "5 already in your journal" in again.preview.text()
    )
    assert not again.import_button.isEnabled()
