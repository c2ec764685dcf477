"""Damage is told honestly: a damaged salt or zeroed pages never blame the passphrase alone."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from careerjournal.export.document import Document, Heading
from careerjournal.export.package import read_package, write_package
from careerjournal.paths import default_backup_folder
from careerjournal.ui.pages.share.package_messages import describe_package_error
from careerjournal.vault import (
    PassphraseOrDamage,
    VaultDamaged,
    WrongPassphrase,
    open_vault,
)
from careerjournal.vault.backup import make_backup
from careerjournal.vault.sniff import PAGE_SIZE
from tests.helpers.driver import unlock
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def flip_salt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = bytes(b ^ 0xFF for b in data[:16])
    path.write_bytes(bytes(data))


def zero(path: Path, start: int, end: int) -> None:
    data = bytearray(path.read_bytes())
    data[start:end] = bytes(end - start)
    path.write_bytes(bytes(data))


def with_backup(vault_path: Path) -> Path:
    with open_vault(vault_path, PASSPHRASE) as vault:
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('kept', 'in the backup')")
        return make_backup(vault, default_backup_folder(vault_path), date(2026, 3, 1))


@pytest.mark.parametrize("harm", ["flipped", "zeroed"])
def test_a_damaged_salt_with_a_backup_is_damage_and_names_the_backup(
    vault_path: Path, harm: str
) -> None:
    backup = with_backup(vault_path)
    flip_salt(vault_path) if harm == "flipped" else zero(vault_path, 0, 16)
    with pytest.raises(VaultDamaged, match="passphrase is right") as caught:
        open_vault(vault_path, PASSPHRASE)
    assert caught.value.backup == backup and str(backup) in str(caught.value)
    with pytest.raises(WrongPassphrase) as wrong:
        open_vault(vault_path, "not the passphrase at all")
    assert isinstance(wrong.value, PassphraseOrDamage), "the salt differs: nothing can tell"


def test_a_damaged_salt_without_a_backup_does_not_blame_the_passphrase(vault_path: Path) -> None:
    flip_salt(vault_path)
    with pytest.raises(PassphraseOrDamage, match="Wrong passphrase or damaged file"):
        open_vault(vault_path, PASSPHRASE)


def test_a_wrong_passphrase_confirmed_by_an_intact_backup_is_just_wrong(vault_path: Path) -> None:
    with_backup(vault_path)
    with pytest.raises(WrongPassphrase) as caught:
        open_vault(vault_path, "not the passphrase at all")
    assert not isinstance(caught.value, PassphraseOrDamage)
    assert "nor its backups" in str(caught.value)


def test_pages_zeroed_from_the_start_are_damage(vault_path: Path) -> None:
    pages = vault_path.stat().st_size // PAGE_SIZE
    zero(vault_path, 0, (pages - 1) * PAGE_SIZE)  # all but the last page
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, PASSPHRASE)
    with pytest.raises(VaultDamaged, match="blank"):
        open_vault(vault_path, "not the passphrase at all")


def test_the_command_line_names_the_backup(vault_path: Path, tmp_path: Path) -> None:
    backup = with_backup(vault_path)
    flip_salt(vault_path)
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", "export-plan", str(tmp_path / "p.pdf")]
        + ["--vault", str(vault_path), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "damaged" in result.stderr and str(backup) in result.stderr
    assert "Caps Lock" not in result.stderr


def test_the_unlock_page_offers_the_backup_for_a_damaged_salt(
    qtbot, main_window, vault_path: Path
) -> None:
    with_backup(vault_path)
    flip_salt(vault_path)
    win = unlock(main_window())
    assert win.session.vault is None
    assert "damaged" in win.unlock._error.text()
    assert "Caps Lock" not in win.unlock._error.text()
    assert win.unlock._restore.isVisible()
    with qtbot.waitSignal(win.unlock.restored):
        qtbot.mouseClick(win.unlock._restore, Qt.MouseButton.LeftButton)
    row = win.session.vault.connection.execute("SELECT value FROM meta WHERE key='kept'")
    assert row.fetchone() == ("in the backup",)


def test_the_unlock_page_hedges_when_nothing_can_tell(main_window, vault_path: Path) -> None:
    flip_salt(vault_path)
    win = unlock(main_window())
    assert "may be damaged" in win.unlock._error.text()


def test_a_package_with_a_damaged_salt_says_wrong_passphrase_or_damaged(tmp_path: Path) -> None:
    package = tmp_path / "coach.cjshare"
    write_package(package, "een zin voor de coach", Document("t", "en", (Heading("t"),)))
    flip_salt(package)
    with pytest.raises(WrongPassphrase) as caught:
        read_package(package, "een zin voor de coach")
    assert "Wrong passphrase or damaged file" in str(caught.value)
    assert "damaged file" in describe_package_error(caught.value)
