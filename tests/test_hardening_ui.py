"""Hardening as the user meets it: damaged vaults, backups, recovery, discretion."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from careerjournal.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog, RecoveryDialog
from careerjournal.ui.dialogs.restore_dialog import RestoreDialog
from careerjournal.vault import open_vault
from careerjournal.vault.location import on_network_share, sync_service
from tests.helpers.damage import old_page_put_back
from tests.helpers.driver import unlock
from tests.helpers.passphrases import PASSPHRASE


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:200] = bytes(100)
    path.write_bytes(bytes(data))


def test_damaged_vault_is_offered_its_newest_good_backup(
    main_window, qtbot, vault_path: Path
) -> None:
    win = main_window()
    unlock(win)
    with win.session.vault.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('kept', 'in the backup')")
    assert win.session.backup_if_due(date.today()) is not None
    win.lock()
    damage(vault_path)

    unlock(win)
    assert win.session.vault is None
    assert "damaged" in win.unlock._error.text()
    assert win.unlock._restore.isVisible()
    with qtbot.waitSignal(win.unlock.restored) as kept:
        qtbot.mouseClick(win.unlock._restore, Qt.MouseButton.LeftButton)
    assert win.session.vault is not None
    row = win.session.vault.connection.execute("SELECT value FROM meta WHERE key='kept'").fetchone()
    assert row == ("in the backup",)
    assert Path(kept.args[0]).exists(), "the damaged file is kept aside, not deleted"


def test_damaged_vault_without_backup_says_so_without_offer(
    main_window, qtbot, vault_path: Path
) -> None:
    damage(vault_path)
    win = main_window()
    unlock(win)
    assert "damaged" in win.unlock._error.text()
    assert not win.unlock._restore.isVisible()


def test_backup_when_closing_once_a_day(main_window, qtbot, vault_path: Path) -> None:
    win = main_window()
    unlock(win)
    win.close()
    backups = list((vault_path.parent / "backups").glob("*.cjv"))
    assert len(backups) == 1
    open_vault(backups[0], PASSPHRASE, read_only=True).close()
    win2 = main_window()
    unlock(win2)
    before = backups[0].stat().st_mtime_ns
    win2.close()
    assert backups[0].stat().st_mtime_ns == before


def test_restore_dialog(main_window, qtbot, vault_path: Path) -> None:
    win = main_window()
    unlock(win)
    win.session.backup_if_due(date(2026, 1, 5))
    with win.session.vault.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('later', 'written after the backup')")

    def drive(dialog) -> bool:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1
        dialog.confirm = lambda backup: True
        dialog.accept()
        return dialog.result() == RestoreDialog.DialogCode.Accepted

    win.run_dialog = drive
    win.restore_backup()
    assert win.session.vault is None
    assert win.centralWidget().currentWidget() is win.unlock
    unlock(win)
    assert (
        win.session.vault.connection.execute("SELECT * FROM meta WHERE key='later'").fetchone()
        is None
    )
    assert list(vault_path.parent.glob("vault.cjv.before-restore-*"))


def test_forgotten_passphrase_with_recovery_sheet(main_window, qtbot, vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        key = vault.recovery_key(PASSPHRASE)
    win = main_window()

    def drive(dialog) -> bool:
        assert isinstance(dialog, RecoveryDialog)
        dialog.first.setText("wrong-key")
        dialog.fields.passphrase.setText("nieuwe wachtwoordzin voor mij")
        dialog.fields.repeat.setText("nieuwe wachtwoordzin voor mij")
        dialog.accept()
        assert "recovery key does not open" in dialog.error.text()
        dialog.first.setText(key.lower())
        dialog.accept()
        return dialog.result() == RecoveryDialog.DialogCode.Accepted

    win.unlock.run_dialog = drive
    qtbot.mouseClick(win.unlock._forgot, Qt.MouseButton.LeftButton)
    assert win.session.vault is not None
    assert win.centralWidget().currentWidget() is win.workspace
    win.lock()
    open_vault(vault_path, "nieuwe wachtwoordzin voor mij").close()


def test_change_passphrase_dialog(main_window, qtbot, vault_path: Path) -> None:
    win = main_window()
    unlock(win)

    def drive(dialog) -> bool:
        assert isinstance(dialog, ChangePassphraseDialog)
        ok = dialog.buttons.buttons()[0]
        dialog.first.setText("not the current one")
        dialog.fields.passphrase.setText("een heel andere zin nu")
        dialog.fields.repeat.setText("een heel andere zin")
        assert not ok.isEnabled() or ok.text() != "OK"
        dialog.fields.repeat.setText("een heel andere zin nu")
        dialog.accept()
        assert "does not open" in dialog.error.text() or "not right" in dialog.error.text()
        dialog.first.setText(PASSPHRASE)
        dialog.accept()
        return True

    win.run_dialog = drive
    win.change_passphrase()
    win.lock()
    open_vault(vault_path, "een heel andere zin nu").close()


def test_lock_when_minimized(main_window, qtbot) -> None:
    win = main_window()
    win.settings.lock_when_minimized = True
    unlock(win)
    win.showMinimized()
    qtbot.waitUntil(lambda: win.session.vault is None, timeout=2000)
    win.settings.lock_when_minimized = False


def test_discreet_mode_title(main_window, qtbot) -> None:
    win = main_window()
    assert win.windowTitle() == "CareerJournal"
    win.settings.discreet = True
    win.retranslate()
    assert "Career" not in win.windowTitle()
    win.settings.discreet = False


def test_welcome_warns_about_a_synced_folder(main_window, tmp_path: Path) -> None:
    for folder in ("Dropbox", "private"):  # a chosen vault's folder must exist (issue 11)
        (tmp_path / folder).mkdir()
    win = main_window(tmp_path / "Dropbox" / "vault.cjv")
    assert "Dropbox" in win.welcome._location_warning.text()
    assert win.welcome._location_warning.isVisible()
    plain = main_window(tmp_path / "private" / "vault.cjv")
    assert not plain.welcome._location_warning.isVisible()


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/an/OneDrive - Bedrijf BV/vault.cjv", "OneDrive"),
        ("/home/an/OneDrive/docs/vault.cjv", "OneDrive"),
        ("/Users/an/Library/Mobile Documents/com~apple~CloudDocs/v.cjv", "iCloud"),
        ("/home/an/Google Drive/v.cjv", "Google Drive"),
        ("/home/an/Nextcloud/v.cjv", "Nextcloud"),
        ("/home/an/Documents/v.cjv", None),
    ],
)
def test_sync_folders_are_recognised(path: str, service: str | None) -> None:
    assert sync_service(Path(path)) == service


def test_network_shares_are_recognised() -> None:
    mounts = "/dev/sda1 / ext4 rw 0 0\nserver:/home /mnt/home nfs4 rw 0 0\n//nas/share /media/nas cifs rw 0 0\n"
    assert on_network_share(Path("/mnt/home/an/v.cjv"), mounts)
    assert on_network_share(Path("/media/nas/v.cjv"), mounts)
    assert not on_network_share(Path("/home/an/v.cjv"), mounts)
    assert on_network_share(Path("\\\\server\\share\\v.cjv"), "")


@pytest.mark.skipif(
    sys.platform == "win32", reason="RLIMIT_CORE is POSIX; Windows: docs/platforms.md"
)
def test_core_dumps_are_switched_off() -> None:
    script = (
        "import resource; from careerjournal.hardening import disable_core_dumps;"
        "disable_core_dumps(); print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=True,
    ).stdout
    assert out.strip() == "(0, 0)"


def test_structure_damage_found_after_unlock_shows_a_banner(
    main_window, qtbot, vault_path: Path
) -> None:
    old_page_put_back(vault_path)
    win = main_window()
    with qtbot.waitSignal(win.session.damaged, timeout=10000):
        unlock(win)
    assert win.workspace.banner.isVisible()
    assert "Restore from backup" in win.workspace.banner.text()
    win.lock()
    assert not win.workspace.banner.isVisible()


def test_locks_when_the_system_hides_or_suspends_the_app(main_window, qtbot) -> None:
    win = main_window()
    unlock(win)
    win._on_application_state(Qt.ApplicationState.ApplicationInactive)
    assert win.session.vault is not None, "another window in front is not a reason"
    win._on_application_state(Qt.ApplicationState.ApplicationSuspended)
    assert win.session.vault is None


def test_discreet_mode_icon(main_window) -> None:
    win = main_window()
    branded = win.windowIcon().cacheKey()
    win.settings.discreet = True
    win.retranslate()
    assert win.windowIcon().cacheKey() != branded
    win.settings.discreet = False
