"""A passphrase change reaches every copy: backups and set-aside files follow the vault."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from careerjournal.paths import default_backup_folder
from careerjournal.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog
from careerjournal.vault import (
    VaultError,
    create_vault,
    open_vault,
    open_with_recovery_key,
)
from careerjournal.vault.backup import list_backups, make_backup
from careerjournal.vault.rekey import shred
from tests.helpers.driver import unlock
from tests.helpers.passphrases import PASSPHRASE

NEW = "een heel nieuwe wachtwoordzin"


def opens(path: Path, passphrase: str) -> bool:
    try:
        open_vault(path, passphrase, read_only=True, backups=[]).close()
    except VaultError:
        return False
    return True


def opens_with_key(path: Path, key: str) -> bool:
    copy = path.with_name(path.name + ".probe")  # the recovery open writes: try it on a copy
    shutil.copyfile(path, copy)
    try:
        open_with_recovery_key(copy, key).close()
    except VaultError:
        return False
    finally:
        copy.unlink()
    return True


@pytest.fixture
def copies(vault_path: Path) -> list[Path]:
    """Two daily backups and a file set aside by a restore, all under PASSPHRASE."""
    with open_vault(vault_path, PASSPHRASE) as vault:
        made = [
            make_backup(vault, default_backup_folder(vault_path), date(2026, 2, d)) for d in (1, 2)
        ]
    aside = vault_path.with_name(vault_path.name + ".before-restore-20260203-101010")
    shutil.copyfile(vault_path, aside)
    return [*made, aside]


def test_old_passphrase_and_old_sheet_open_nothing_after_a_change(
    vault_path: Path, copies: list[Path]
) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        old_sheet = vault.recovery_key(PASSPHRASE)
        report = vault.change_passphrase(PASSPHRASE, NEW)
    assert sorted(report.rekeyed) == sorted(copies) and not report.removed
    for path in [vault_path, *copies]:
        assert not opens(path, PASSPHRASE), path
        assert not opens_with_key(path, old_sheet), path
        assert opens(path, NEW), path


def test_a_backup_that_cannot_follow_is_removed_and_replaced(
    vault_path: Path, copies: list[Path], tmp_path: Path
) -> None:
    older = copies[0]
    with open_vault(older, PASSPHRASE) as copy:  # as if from before an earlier change
        copy.change_passphrase(PASSPHRASE, "an even older passphrase", backup_folder=tmp_path)
    witness = tmp_path / "same-inode"
    witness.hardlink_to(older)
    with open_vault(vault_path, PASSPHRASE, backups=[]) as vault:
        report = vault.change_passphrase(PASSPHRASE, NEW)
    assert report.removed == (older,) and not older.exists()
    assert witness.read_bytes() == bytes(witness.stat().st_size), "overwritten before unlink"
    assert report.fresh_backup is not None and opens(report.fresh_backup, NEW)
    remaining = [b.path for b in list_backups(default_backup_folder(vault_path))]
    for path in remaining:
        assert opens(path, NEW) and not opens(path, PASSPHRASE)


def test_a_set_aside_file_follows_a_vault_whose_name_looks_like_a_pattern(
    vault_path: Path, tmp_path: Path
) -> None:
    vault = tmp_path / "mine[2].cjv"
    shutil.copyfile(vault_path, vault)
    aside = vault.with_name(vault.name + ".before-restore-20260203-101010")
    shutil.copyfile(vault_path, aside)
    with open_vault(vault, PASSPHRASE, backups=[]) as opened:
        report = opened.change_passphrase(PASSPHRASE, NEW)
    assert aside in report.rekeyed
    assert opens(aside, NEW) and not opens(aside, PASSPHRASE)


def test_another_vaults_backup_is_not_touched(vault_path: Path, tmp_path: Path) -> None:
    other = create_vault(tmp_path / "other.cjv", PASSPHRASE)
    stranger = make_backup(other, default_backup_folder(vault_path), date(2026, 1, 1))
    other.close()
    before = stranger.read_bytes()
    with open_vault(vault_path, PASSPHRASE, backups=[]) as vault:
        report = vault.change_passphrase(PASSPHRASE, NEW)
    assert stranger.read_bytes() == before and report.rekeyed == ()


def test_a_new_passphrase_after_recovery_reaches_the_backups(
    vault_path: Path, copies: list[Path]
) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        sheet = vault.recovery_key(PASSPHRASE)
    with open_with_recovery_key(vault_path, sheet) as vault:
        vault.set_passphrase(NEW)
    for path in [vault_path, *copies]:
        assert opens(path, NEW) and not opens(path, PASSPHRASE), path


def test_shred_never_follows_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    link = tmp_path / "link"
    link.symlink_to(victim)
    shred(link)
    assert victim.read_bytes() == b"keep" and not link.exists()


def change_in_the_window(win, said: list[str] | None = None) -> None:
    """File › Change passphrase…, filled in from PASSPHRASE to NEW and accepted."""

    def fill(dialog) -> bool:
        assert isinstance(dialog, ChangePassphraseDialog)
        if said is not None:
            said.append(dialog.explanation.text())
        dialog.first.setText(PASSPHRASE)
        dialog.fields.passphrase.setText(NEW)
        dialog.fields.repeat.setText(NEW)
        dialog.accept()
        return dialog.result() == ChangePassphraseDialog.DialogCode.Accepted

    win.run_dialog = fill
    win.change_passphrase()


def test_the_dialog_says_what_happens_and_the_backups_follow(
    main_window, vault_path: Path, copies: list[Path]
) -> None:
    win = unlock(main_window())
    said: list[str] = []
    change_in_the_window(win, said)
    win.lock()
    text = said[0]
    assert "backups" in text and str(default_backup_folder(vault_path)) in text
    assert "recovery sheet printed before" in text and "deleted" in text
    for path in [vault_path, *copies]:
        assert opens(path, NEW) and not opens(path, PASSPHRASE), path


def test_the_dialog_names_a_backup_that_could_not_follow_in_dutch(
    main_window, copies: list[Path], monkeypatch, tmp_path: Path
) -> None:
    from careerjournal.ui.dialogs import passphrase_dialogs

    with open_vault(copies[0], PASSPHRASE) as copy:  # as if from before an earlier change
        copy.change_passphrase(PASSPHRASE, "een nog oudere wachtwoordzin", backup_folder=tmp_path)
    told: list[str] = []
    monkeypatch.setattr(
        passphrase_dialogs.QMessageBox, "information", lambda parent, title, text: told.append(text)
    )
    win = unlock(main_window(language="nl"))
    change_in_the_window(win)
    assert len(told) == 1 and told[0].startswith("Gewist, omdat") and str(copies[0]) in told[0]
