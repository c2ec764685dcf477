"""Damage a vault the way the world does: an older page put back where HMACs cannot see it."""

from __future__ import annotations

from pathlib import Path

from careerjournal.vault import Vault, open_vault, sniff
from tests.helpers.passphrases import PASSPHRASE


def note(vault: Vault, key: str, value: str) -> None:
    """A row of filler in the vault's meta table."""
    with vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def old_page_put_back(vault_path: Path) -> None:
    """Damage HMACs cannot see: an older, authentic copy of a page put back in place."""
    with open_vault(vault_path, PASSPHRASE) as vault:
        for n in range(60):
            note(vault, f"a{n}", "x" * 400)
    old = vault_path.read_bytes()
    with open_vault(vault_path, PASSPHRASE) as vault, vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key LIKE 'a%'")
        for n in range(60):
            conn.execute("INSERT INTO meta VALUES (?, ?)", (f"b{n}", "y" * 400))
    new = bytearray(vault_path.read_bytes())
    page = sniff.PAGE_SIZE
    # The last changed page goes back to its old version: authentic on its own,
    # but its rows no longer fit the tree around it.
    changed = [s for s in range(page, len(new), page) if old[s : s + page] != new[s : s + page]]
    start = changed[-1]
    new[start : start + page] = old[start : start + page]
    vault_path.write_bytes(bytes(new))
