"""A vault whose folder does not exist is never created silently (a USB stick not plugged in)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from careerjournal.vault import FolderMissing, VaultError, create_vault, open_vault
from careerjournal.vault.backup import make_backup
from tests.helpers import driver
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.widgets import label_texts

ROOT = Path(__file__).resolve().parent.parent


def test_the_api_refuses_a_missing_folder_and_makes_nothing(tmp_path: Path) -> None:
    stick = tmp_path / "media" / "stick"
    with pytest.raises(FolderMissing, match="USB stick") as caught:
        create_vault(stick / "mine.cjv", PASSPHRASE)
    assert isinstance(caught.value, VaultError)
    assert not (tmp_path / "media").exists()
    with pytest.raises(FolderMissing):
        open_vault(stick / "mine.cjv", PASSPHRASE)
    assert not (tmp_path / "media").exists()


def test_the_apps_own_place_may_be_made(tmp_path: Path) -> None:
    path = tmp_path / "share" / "CareerJournal" / "vault.cjv"
    create_vault(path, PASSPHRASE, make_folder=True).close()
    assert path.exists()


def test_a_backup_folder_on_a_missing_stick_is_not_made(vault, tmp_path: Path) -> None:
    with pytest.raises(FolderMissing):
        make_backup(vault, tmp_path / "stick" / "backups", date(2026, 1, 1))
    assert not (tmp_path / "stick").exists()


def test_the_gui_says_the_folder_is_missing(main_window, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "stick"
    win = main_window(stick / "mine.cjv", "en")
    said = label_texts(win.welcome, visible_only=True)
    assert "USB stick" in said, "said before anything is typed"
    driver.create_vault(win)
    error = driver.child(win.welcome, QLabel, "error").text()
    assert "USB stick" in error and str(stick) in error
    assert win.session.vault is None
    assert not (tmp_path / "media").exists()


def test_the_command_line_says_so_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", "demo", str(tmp_path / "stick" / "demo.cjv")]
        + ["--passphrase-stdin"],
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "USB stick" in result.stderr
    assert not (tmp_path / "stick").exists()
