"""Unlocking does not wait for a scan that grows with the file, and still finds every damage.

The app opens with ``scan_pages=False``: the file's length is checked at once,
every page's HMAC by the background check, which shows the banner.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careerjournal.vault import VaultDamaged, open_vault, sniff
from tests.helpers.damage import note
from tests.helpers.driver import unlock
from tests.helpers.passphrases import PASSPHRASE


def altered_last_page(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(50):
            note(vault, f"k{n}", "y" * 300)
    data = bytearray(vault_path.read_bytes())
    data[-sniff.PAGE_SIZE + 500] ^= 0xFF
    vault_path.write_bytes(bytes(data))


def test_deferred_scan_still_finds_an_altered_page(vault_path: Path) -> None:
    altered_last_page(vault_path)
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, PASSPHRASE)  # the command line keeps the scan at open
    with open_vault(vault_path, PASSPHRASE, scan_pages=False) as vault:
        check = vault.structure_check()
        assert check is not None
        problems = check.run()
    assert problems and any("hmac" in p.lower() or "page" in p.lower() for p in problems)


def test_deferred_scan_still_refuses_a_file_cut_at_a_page_boundary(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(200):
            note(vault, f"k{n}", "x" * 300)
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: (len(data) // sniff.PAGE_SIZE - 3) * sniff.PAGE_SIZE])
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, PASSPHRASE, scan_pages=False)


def test_the_app_shows_its_window_then_the_banner_for_an_altered_page(
    main_window, qtbot, vault_path: Path
) -> None:
    altered_last_page(vault_path)
    win = main_window()
    with qtbot.waitSignal(win.session.damaged, timeout=10000):
        unlock(win)
    assert win.session.vault is not None
    assert win.workspace.banner.isVisible()
    assert "Restore from backup" in win.workspace.banner.text()
