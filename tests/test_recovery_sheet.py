"""The recovery sheet: offered when the vault is made, a one-page PDF whose key opens the vault."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from careerjournal.vault import WrongRecoveryKey, open_vault, open_with_recovery_key
from tests.helpers.driver import create_vault, unlock
from tests.helpers.files import is_owner_only
from tests.helpers.passphrases import PASSPHRASE


def sheet_key(pdf: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf.read_bytes())).pages)
    groups = re.findall(r"\b[A-Z2-7]{4}\b", text)
    return "-".join(groups[-13:])


def test_sheet_offered_at_creation_opens_the_vault(qtbot, main_window, tmp_path: Path) -> None:
    vault_path = tmp_path / "v.cjv"
    window = main_window(vault_path, "nl")
    create_vault(window)
    assert window.workspace.notice.isVisible()
    assert "herstelblad" in window.workspace.notice.text().lower()

    out = tmp_path / "sheet.pdf"
    window.ask_passphrase = lambda: PASSPHRASE
    window.ask_sheet_path = lambda suggested: out
    window.workspace.notice.linkActivated.emit("sheet")
    assert not window.workspace.notice.isVisible()
    assert is_owner_only(out)
    reader = PdfReader(BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    assert "Herstelsleutel" in reader.pages[0].extract_text()
    key = sheet_key(out)
    window.lock()

    with open_with_recovery_key(vault_path, key) as vault:
        assert vault.recovered
        vault.set_passphrase("een nieuwe zin na herstel")
    open_vault(vault_path, "een nieuwe zin na herstel").close()


def test_wrong_passphrase_makes_no_sheet(qtbot, main_window, tmp_path: Path) -> None:
    window = main_window(language="en")
    unlock(window)
    window.ask_passphrase = lambda: "not it"
    window.ask_sheet_path = lambda suggested: tmp_path / "never.pdf"
    window.save_recovery_sheet()
    assert not (tmp_path / "never.pdf").exists()
    assert "does not open" in window.statusBar().currentMessage()


def test_sheet_after_a_passphrase_change_replaces_the_old_one(vault_path: Path) -> None:
    from careerjournal.export.recovery_sheet import recovery_pdf

    with open_vault(vault_path, PASSPHRASE) as vault:
        old = vault.recovery_key(PASSPHRASE)
        vault.change_passphrase(PASSPHRASE, "gewijzigde wachtwoordzin")
        new = vault.recovery_key("gewijzigde wachtwoordzin")
        pdf = recovery_pdf(new, vault_path, "en")
    assert b"%PDF" in pdf[:8]
    try:
        open_with_recovery_key(vault_path, old)
    except WrongRecoveryKey:
        pass
    else:
        raise AssertionError("an old sheet must not open the vault")
    open_with_recovery_key(vault_path, new).close()
