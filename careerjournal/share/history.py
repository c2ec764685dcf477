"""The vault's record of what was shared, when and in which form (migration 5).

Only a description is kept (which exercises, plan parts and entries, and whether
journal text went along), never a copy of the shared content.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from careerjournal.vault import Vault

Form = Literal["package", "pdf", "markdown"]
FORMS: tuple[Form, ...] = ("package", "pdf", "markdown")


@dataclass(frozen=True)
class ShareSummary:
    """What an export held: enough to tell the user later what their coach has."""

    exercises: tuple[str, ...] = ()  # exercise ids
    results: int = 0
    answers: int = 0  # runs whose written answers went along
    plan_parts: tuple[str, ...] = ()  # "vision", "goals", ... in plan order
    goals: int = 0
    entries: tuple[int, ...] = ()  # journal entry ids
    journal_text: bool = False
    session_sheet: bool = False
    journey: bool = False

    @property
    def is_empty(self) -> bool:
        return not (
            self.results
            or self.answers
            or self.plan_parts
            or self.entries
            or self.session_sheet
            or self.journey
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ShareSummary:
        """Lenient: a record is only shown, so anything unreadable counts as nothing."""
        try:
            data: Any = json.loads(text)
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}

        def items(key: str, kind: type) -> tuple[Any, ...]:
            values = data.get(key)
            return tuple(v for v in values if type(v) is kind) if isinstance(values, list) else ()

        def count(key: str) -> int:
            value = data.get(key)
            return value if type(value) is int else 0

        return cls(
            items("exercises", str),
            count("results"),
            count("answers"),
            items("plan_parts", str),
            count("goals"),
            items("entries", int),
            data.get("journal_text") is True,
            data.get("session_sheet") is True,
            data.get("journey") is True,
        )


@dataclass(frozen=True)
class ShareRecord:
    id: int
    created_at: datetime
    form: Form
    file_name: str
    protected: bool
    summary: ShareSummary


class ShareHistory:
    """The share records of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def record(
        self, form: Form, file_name: str, protected: bool, summary: ShareSummary
    ) -> ShareRecord:
        """Note an export that was written; ``file_name`` is where the user saved it."""
        if form not in FORMS:
            raise ValueError(f"{form!r} is not a form of export")
        now = datetime.now(UTC)
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO share_record (created_at, form, file_name, protected, contents)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    now.isoformat(timespec="microseconds"),
                    form,
                    file_name,
                    int(protected),
                    summary.to_json(),
                ),
            )
            record_id = int(cursor.lastrowid)
        return ShareRecord(record_id, now, form, file_name, protected, summary)

    def list(self) -> list[ShareRecord]:
        """Every record, newest first."""
        rows = self._vault.connection.execute(
            "SELECT id, created_at, form, file_name, protected, contents FROM share_record"
            " ORDER BY created_at DESC, id DESC"
        ).fetchall()
        return [
            ShareRecord(
                int(i),
                datetime.fromisoformat(created),
                form,
                name,
                bool(protected),
                ShareSummary.from_json(contents),
            )
            for i, created, form, name, protected, contents in rows
            if form in FORMS
        ]
