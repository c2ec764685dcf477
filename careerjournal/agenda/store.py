"""Snoozed and dismissed agenda items in the vault (migration 6).

Only an item's key is kept (e.g. ``action:12:2027-03-01``), never its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from careerjournal.vault import Vault


@dataclass(frozen=True)
class State:
    """Hidden until ``snoozed_until`` (shown again on that day), or for good."""

    snoozed_until: date | None = None
    dismissed: bool = False


class AgendaStore:
    """The snoozes and dismissals of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def states(self) -> dict[str, State]:
        rows = self._vault.connection.execute(
            "SELECT key, snoozed_until, dismissed FROM agenda_state"
        ).fetchall()
        return {
            str(key): State(date.fromisoformat(until) if until else None, bool(dismissed))
            for key, until, dismissed in rows
        }

    def snooze(self, key: str, until: date) -> None:
        """Hide the item until ``until``; it shows again on that day."""
        self._put(key, until.isoformat(), False)

    def dismiss(self, key: str) -> None:
        """Hide this occurrence of the item for good."""
        self._put(key, None, True)

    def restore(self, key: str) -> None:
        """Forget a snooze or dismissal (the undo of both)."""
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM agenda_state WHERE key = ?", (key,))

    def _put(self, key: str, until: str | None, dismissed: bool) -> None:
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO agenda_state (key, snoozed_until, dismissed, changed_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                " snoozed_until = excluded.snoozed_until, dismissed = excluded.dismissed,"
                " changed_at = excluded.changed_at",
                (key, until, int(dismissed), datetime.now(UTC).isoformat(timespec="seconds")),
            )
