"""The app shell driven with real widgets: first run, lock, unlock, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.helpers.driver import child, unlock
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.widgets import label_texts


def visible_texts(widget) -> str:
    return label_texts(widget, visible_only=True)


def test_first_run_create_lock_wrong_passphrase_unlock(main_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "sub" / "mine.cjv"
    path.parent.mkdir()  # a chosen vault's folder is never made (issue 11)
    win = main_window(path)
    assert win.centralWidget().currentWidget() is win.welcome
    text = visible_texts(win.welcome)
    assert "encrypted" in text and "Nobody can recover a forgotten passphrase" in text
    assert "employer" in text

    create = win.welcome.findChild(type(win.welcome._create), "create")
    qtbot.keyClicks(win.welcome.fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(win.welcome.fields.repeat, PASSPHRASE + "!")
    assert "not the same" in visible_texts(win.welcome)
    qtbot.keyClick(win.welcome.fields.repeat, Qt.Key.Key_Backspace)
    assert not create.isEnabled(), "needs the no-recovery acknowledgement"
    win.welcome._understood.setChecked(True)
    assert create.isEnabled()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    assert path.exists() and win.session.vault is not None
    assert win.centralWidget().currentWidget() is win.workspace
    assert win.welcome.fields.passphrase.text() == ""

    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.session.vault is None
    assert win.centralWidget().currentWidget() is win.unlock

    unlock(win, "wrong one")
    assert win.session.vault is None
    error = child(win.unlock, QLabel, "error")
    assert "does not open this vault" in error.text()

    unlock(win)
    assert win.session.vault is not None
    assert win.centralWidget().currentWidget() is win.workspace
    assert child(win.unlock, QLineEdit, "passphrase").text() == "" and error.text() == ""


def test_existing_vault_starts_locked(main_window, vault_path: Path) -> None:
    win = main_window(vault_path)
    assert win.centralWidget().currentWidget() is win.unlock
    assert not win.lock_action.isEnabled()


def test_unlock_returns_to_the_same_page(main_window, qtbot, vault_path: Path) -> None:
    win = main_window(vault_path)
    unlock(win)
    win.workspace.nav.setCurrentRow(2)
    win.lock()
    unlock(win)
    assert win.workspace.nav.currentRow() == 2


def test_damaged_vault_message_does_not_blame_passphrase(
    main_window, qtbot, vault_path: Path
) -> None:
    data = bytearray(vault_path.read_bytes())
    data[100:200] = bytes(100)
    vault_path.write_bytes(bytes(data))
    win = main_window(vault_path)
    unlock(win)
    error = child(win.unlock, QLabel, "error").text()
    assert "damaged" in error
    assert "passphrase" not in error.lower()


def test_a_second_window_on_an_open_vault_says_so(main_window, vault_path: Path) -> None:
    first = main_window(vault_path)
    unlock(first)
    second = main_window(vault_path)
    unlock(second)
    error = child(second.unlock, QLabel, "error").text()
    assert "already open in another CareerJournal window" in error
    assert second.centralWidget().currentWidget() is second.unlock


def test_language_switch_retranslates_open_window(main_window, qtbot, vault_path: Path) -> None:
    win = main_window(vault_path, "en")
    assert win.unlock._unlock.text() == "&Unlock"
    assert win.file_menu.title() == "&File"
    assert win.workspace.nav.count() == 0, "pages are made at the first unlock"
    unlock(win)
    win.lock()
    win.settings.language = "nl"
    win.apply_settings()
    qtbot.waitUntil(lambda: win.unlock._unlock.text() == "&Ontgrendelen")
    assert win.file_menu.title() == "&Bestand"
    assert win.workspace.nav.item(0).text() == "Start"
    win.settings.language = "en"
    win.apply_settings()
    qtbot.waitUntil(lambda: win.unlock._unlock.text() == "&Unlock")
    assert win.workspace.nav.item(0).text() == "Home"


def test_settings_dialog_sets_language_autolock_discretion_backups(
    main_window, qtbot, vault_path: Path, tmp_path: Path
) -> None:
    from careerjournal.ui.dialogs.settings_dialog import SettingsDialog

    win = main_window(vault_path, "en")

    def drive(dialog: SettingsDialog) -> bool:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.autolock.setValue(12)
        dialog.discreet.setChecked(True)
        dialog.backups.setText(str(tmp_path / "OneDrive" / "backups"))
        assert "OneDrive" in dialog.backup_warning.text()
        dialog.accept()
        return True

    win.run_dialog = drive
    win.edit_settings()
    assert win.settings.language == "nl" and win.settings.autolock_minutes == 12
    assert win.translations.language == "nl"
    assert win.session.backup_folder == tmp_path / "OneDrive" / "backups"
    assert win.windowTitle() == "Notities"
    win.settings.language = ""
    win.settings.discreet = False
    win.settings.backup_folder = ""
    win.apply_settings()


def test_idle_lock(main_window, qtbot, vault_path: Path) -> None:
    win = main_window(vault_path)
    unlock(win)
    win.idle._timer.setInterval(50)
    win.idle.restart()
    qtbot.waitUntil(lambda: win.session.vault is None, timeout=2000)
    assert win.centralWidget().currentWidget() is win.unlock
