"""Backups keep their total size in bounds: fewer copies of a large vault, never fewer than two."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from careerjournal.vault import backup

START = date(2026, 1, 1)


def fake_backups(folder: Path, count: int, size: int) -> None:
    """Files named like backups, of a given size; pruning looks at names and sizes only."""
    folder.mkdir()
    for n in range(count):
        (folder / backup.backup_name(START + timedelta(days=n))).write_bytes(bytes(size))


def test_within_total_keeps_the_newest_that_fit_and_at_least_two() -> None:
    assert backup.within_total([10, 10, 10, 10], total=30) == 3
    assert backup.within_total([50, 50, 50], total=30) == 2
    assert backup.within_total([], total=30) == 0


def test_prune_bounds_the_total_and_keeps_the_newest(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    fake_backups(folder, 11, 1000)
    removed = backup.prune(folder, total=5000)
    kept = backup.list_backups(folder)
    assert [b.day for b in kept] == [START + timedelta(days=n) for n in range(10, 5, -1)]
    assert len(removed) == 6 and backup.space_used(folder) == (5, 5000)


def test_prune_never_keeps_fewer_than_two(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    fake_backups(folder, 4, 1000)
    backup.prune(folder, total=10)
    assert backup.space_used(folder) == (2, 2000)


def test_make_backup_applies_the_bound(vault, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "backups"
    first = backup.make_backup(vault, folder, START)
    monkeypatch.setattr(backup, "TOTAL_BYTES", 3 * first.stat().st_size)
    for n in range(1, 6):
        backup.make_backup(vault, folder, START + timedelta(days=n))
    count, used = backup.space_used(folder)
    assert count == 3 and used <= backup.TOTAL_BYTES
    assert backup.list_backups(folder)[0].day == START + timedelta(days=5)


def test_space_used_of_a_missing_folder_is_nothing(tmp_path: Path) -> None:
    assert backup.space_used(tmp_path / "none") == (0, 0)


def test_the_settings_dialog_says_how_much_space_backups_take(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale, QSettings

    from careerjournal.ui.dialogs.settings_dialog import SettingsDialog
    from careerjournal.ui.shell.settings import Settings

    folder = tmp_path / "backups"
    fake_backups(folder, 3, 2048)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings, folder)
    qtbot.addWidget(dialog)
    assert dialog.backup_space.text().startswith("Backups in this folder: 3 (")
    assert QLocale().formattedDataSize(3 * 2048) in dialog.backup_space.text()
    dialog.backups.setText(str(tmp_path / "elsewhere"))
    assert dialog.backup_space.text().startswith("Backups in this folder: 0 (")
