"""Whether the user still needs reminding to keep a way back into the vault.

Kept inside the vault (its ``meta`` table), not in the settings: the answer
belongs to this vault and passphrase, and survives locking and restarts. A
recovery sheet saved, or the user saying they wrote the passphrase down, ends
the reminder; a new passphrase starts it again (an old sheet no longer opens).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

import sqlcipher3

from careerjournal.vault.store import Vault

KEY = "recovery_reminder_done"
Reason = Literal["sheet", "written_down"]


def reminder_due(vault: Vault) -> bool:
    """True until a sheet was saved or the passphrase written down for this passphrase.

    Unlocking no longer reads every page first (the background check does), so a
    damaged page can first show here: then keep reminding, and let the check's
    banner tell about the damage.
    """
    try:
        row = vault.connection.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    except sqlcipher3.DatabaseError:
        return True
    return row is None


def reminder_done(vault: Vault, reason: Reason) -> None:
    """Stop reminding; records why and when."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEY, f"{reason} {stamp}")
        )


def remind_again(vault: Vault) -> None:
    """The passphrase changed: any sheet made before no longer opens the vault."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (KEY,))
