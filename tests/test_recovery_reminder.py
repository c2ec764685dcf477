"""The recovery-sheet reminder stays until a sheet is saved or the passphrase is written down."""

from __future__ import annotations

from pathlib import Path

from careerjournal.vault import open_vault
from careerjournal.vault.reminder import remind_again, reminder_done, reminder_due
from tests.helpers.passphrases import PASSPHRASE
from tests.ui_walk import open_window


def relock(window) -> None:
    window.lock()
    window.session.unlock(PASSPHRASE)
    window.unlock.unlocked.emit()


def test_reminder_survives_lock_and_restart_until_written_down(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "v.cjv"
    window = open_window(qtbot, path, "en")
    window.session.create(PASSPHRASE)
    window.welcome.created.emit()
    assert window.workspace.notice.isVisible()
    relock(window)
    assert window.workspace.notice.isVisible(), "still no sheet after lock and unlock"
    window.close()

    again = open_window(qtbot, path, "en")
    again.session.unlock(PASSPHRASE)
    again.unlock.unlocked.emit()
    assert again.workspace.notice.isVisible(), "still no sheet after a restart"
    assert "wrote your passphrase down" in again.workspace.notice.text()
    again.workspace.notice.linkActivated.emit("written")
    assert not again.workspace.notice.isVisible()
    relock(again)
    assert not again.workspace.notice.isVisible()
    again.lock()
    with open_vault(path, PASSPHRASE) as vault:
        assert not reminder_due(vault)


def test_saved_sheet_ends_it_and_a_new_passphrase_starts_it(
    qtbot, vault_path: Path, tmp_path
) -> None:
    window = open_window(qtbot, vault_path, "en")
    window.session.unlock(PASSPHRASE)
    window.unlock.unlocked.emit()
    assert window.workspace.notice.isVisible()
    window.ask_passphrase = lambda: PASSPHRASE
    window.ask_sheet_path = lambda suggested: tmp_path / "sheet.pdf"
    window.workspace.notice.linkActivated.emit("sheet")
    assert (tmp_path / "sheet.pdf").exists()
    relock(window)
    assert not window.workspace.notice.isVisible()
    window.run_dialog = lambda dialog: True  # the passphrase dialog said yes
    window.change_passphrase()
    assert window.workspace.notice.isVisible()


def test_reminder_state_lives_in_the_vault(vault) -> None:
    assert reminder_due(vault)
    reminder_done(vault, "sheet")
    assert not reminder_due(vault)
    remind_again(vault)
    assert reminder_due(vault)
