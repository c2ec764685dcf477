"""The personal plan in the vault: items added, edited, reordered, completed and archived.

Each write is one transaction. Items are ordered by ``position`` among their
siblings (same section, same goal); archived items leave that order and come
back at the end when restored, so the live order is always 0, 1, 2, ...
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from careerjournal.plan.model import (
    SECTIONS,
    STATUSES,
    Goal,
    Plan,
    PlanItem,
    PlanSettings,
    Section,
    Status,
)
from careerjournal.vault import Vault

_COLUMNS = (
    "id, section, parent_id, position, title, detail, outcome, due_date, status, "
    "archived, source, created_at, updated_at"
)
_SIBLINGS = "section = ? AND parent_id IS ? AND archived = 0"


class ItemNotFound(LookupError):
    """No plan item has that id (it was deleted, or never existed)."""


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _item(row: tuple[Any, ...]) -> PlanItem:
    (
        item_id,
        section,
        parent_id,
        position,
        title,
        detail,
        outcome,
        due,
        status,
        archived,
        source,
        created,
        updated,
    ) = row
    return PlanItem(
        int(item_id),
        section,
        parent_id,
        int(position),
        title,
        detail,
        outcome,
        date.fromisoformat(due) if due else None,
        status if status in STATUSES else "open",
        bool(archived),
        source,
        datetime.fromisoformat(created),
        datetime.fromisoformat(updated),
    )


class PlanStore:
    """The plan of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # --- reading -------------------------------------------------------------

    def item(self, item_id: int) -> PlanItem:
        row = self._vault.connection.execute(
            f"SELECT {_COLUMNS} FROM plan_item WHERE id = ?", (item_id,)
        ).fetchone()
        if row is None:
            raise ItemNotFound(f"There is no plan item {item_id}.")
        return _item(row)

    def items(
        self, section: Section, parent_id: int | None = None, *, archived: bool = False
    ) -> list[PlanItem]:
        """The items of one section (of one goal, for actions); archived ones last if asked."""
        where = "section = ? AND parent_id IS ?" + ("" if archived else " AND archived = 0")
        rows = self._vault.connection.execute(
            f"SELECT {_COLUMNS} FROM plan_item WHERE {where} ORDER BY archived, position, id",
            (section, parent_id),
        ).fetchall()
        return [_item(row) for row in rows]

    def plan(self) -> Plan:
        """The whole live plan, ready to show or print."""
        rows = self._vault.connection.execute(
            f"SELECT {_COLUMNS} FROM plan_item WHERE archived = 0 ORDER BY position, id"
        ).fetchall()
        live = [_item(row) for row in rows]
        by_section: dict[str, list[PlanItem]] = {}
        for item in live:
            by_section.setdefault(item.section, []).append(item)
        goal_ids = {g.id for g in by_section.get("goal", [])}
        actions: dict[int, list[PlanItem]] = {}
        for action in by_section.get("action", []):
            if action.parent_id in goal_ids:
                actions.setdefault(action.parent_id, []).append(action)
        return Plan(
            settings=self.settings(),
            vision=tuple(by_section.get("vision", [])),
            goals=tuple(Goal(g, tuple(actions.get(g.id, []))) for g in by_section.get("goal", [])),
            planb=tuple(by_section.get("planb", [])),
            conversations=tuple(by_section.get("conversation", [])),
            training=tuple(by_section.get("training", [])),
        )

    def live_sources(self) -> set[str]:
        """The sources of every item that is in the plan now (not archived)."""
        rows = self._vault.connection.execute(
            "SELECT source FROM plan_item WHERE source IS NOT NULL AND archived = 0"
        ).fetchall()
        return {str(source) for (source,) in rows}

    # --- writing -------------------------------------------------------------

    def add(
        self,
        section: Section,
        title: str = "",
        *,
        parent_id: int | None = None,
        detail: str = "",
        outcome: str = "",
        due_date: date | None = None,
        source: str | None = None,
    ) -> PlanItem:
        """A new item at the end of its section (or of its goal, for an action)."""
        if section not in SECTIONS:
            raise ValueError(f"{section!r} is not a plan section.")
        stamp = _stamp()
        with self._vault.transaction() as conn:
            self._check_parent(conn, section, parent_id)
            cursor = conn.execute(
                "INSERT INTO plan_item (section, parent_id, position, title, detail, outcome,"
                " due_date, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    section,
                    parent_id,
                    self._next_position(conn, section, parent_id),
                    title,
                    detail,
                    outcome,
                    due_date.isoformat() if due_date else None,
                    source,
                    stamp,
                    stamp,
                ),
            )
            item_id = int(cursor.lastrowid)
        return self.item(item_id)

    @staticmethod
    def _check_parent(conn: Any, section: Section, parent_id: int | None) -> None:
        """An action belongs to a goal; nothing else has a parent."""
        if section != "action":
            if parent_id is not None:
                raise ValueError(f"A {section} item cannot belong to another item.")
            return
        row = conn.execute("SELECT section FROM plan_item WHERE id = ?", (parent_id,)).fetchone()
        if row is None or row[0] != "goal":
            raise ValueError("An action belongs to an existing goal.")

    @staticmethod
    def _next_position(conn: Any, section: str, parent_id: int | None) -> int:
        row = conn.execute(
            f"SELECT max(position) FROM plan_item WHERE {_SIBLINGS}", (section, parent_id)
        ).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def save(self, item: PlanItem) -> PlanItem:
        """Write the editable fields of ``item`` (title, detail, outcome, date, status)."""
        if item.status not in STATUSES:
            raise ValueError(f"{item.status!r} is not a status.")
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "UPDATE plan_item SET title = ?, detail = ?, outcome = ?, due_date = ?, status = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    item.title,
                    item.detail,
                    item.outcome,
                    item.due_date.isoformat() if item.due_date else None,
                    item.status,
                    _stamp(),
                    item.id,
                ),
            )
            if cursor.rowcount == 0:
                raise ItemNotFound(f"There is no plan item {item.id}.")
        return self.item(item.id)

    def set_status(self, item_id: int, status: Status) -> PlanItem:
        return self.save(replace(self.item(item_id), status=status))

    def archive(self, item_id: int, archived: bool = True) -> PlanItem:
        """Hide an item (a goal hides with its actions); restoring puts it back at the end."""
        item = self.item(item_id)
        with self._vault.transaction() as conn:
            position = (
                item.position
                if archived
                else self._next_position(conn, item.section, item.parent_id)
            )
            conn.execute(
                "UPDATE plan_item SET archived = ?, position = ?, updated_at = ? WHERE id = ?",
                (int(archived), position, _stamp(), item_id),
            )
            self._renumber(conn, item.section, item.parent_id)
        return self.item(item_id)

    def delete(self, item_id: int) -> None:
        """Remove an item for good (a goal with its actions); an unknown id is fine."""
        with self._vault.transaction() as conn:
            row = conn.execute(
                "SELECT section, parent_id FROM plan_item WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM plan_item WHERE id = ?", (item_id,))
            self._renumber(conn, row[0], row[1])

    def move(self, item_id: int, index: int) -> PlanItem:
        """Put a live item at ``index`` among its live siblings (clamped to the ends)."""
        item = self.item(item_id)
        if item.archived:
            raise ValueError("Restore an archived item before moving it.")
        with self._vault.transaction() as conn:
            ids = self._sibling_ids(conn, item.section, item.parent_id)
            ids.remove(item_id)
            ids.insert(max(0, min(index, len(ids))), item_id)
            self._number(conn, ids)
        return self.item(item_id)

    @staticmethod
    def _sibling_ids(conn: Any, section: str, parent_id: int | None) -> list[int]:
        rows = conn.execute(
            f"SELECT id FROM plan_item WHERE {_SIBLINGS} ORDER BY position, id",
            (section, parent_id),
        ).fetchall()
        return [int(row[0]) for row in rows]

    def _renumber(self, conn: Any, section: str, parent_id: int | None) -> None:
        self._number(conn, self._sibling_ids(conn, section, parent_id))

    @staticmethod
    def _number(conn: Any, ids: list[int]) -> None:
        conn.executemany(
            "UPDATE plan_item SET position = ? WHERE id = ?",
            [(position, item_id) for position, item_id in enumerate(ids)],
        )

    def pull(
        self, source: str, section: Section, title: str, *, parent_id: int | None = None
    ) -> PlanItem:
        """Bring an exercise insight or idea into the plan once.

        If an item with this ``source`` exists it is returned (and restored if it
        was archived) instead of being added a second time.
        """
        row = self._vault.connection.execute(
            "SELECT id, archived FROM plan_item WHERE source = ? ORDER BY id LIMIT 1", (source,)
        ).fetchone()
        if row is None:
            return self.add(section, title, parent_id=parent_id, source=source)
        return self.archive(int(row[0]), archived=False) if row[1] else self.item(int(row[0]))

    # --- settings ------------------------------------------------------------

    def settings(self) -> PlanSettings:
        values = dict(
            self._vault.connection.execute("SELECT key, value FROM plan_setting").fetchall()
        )
        review = values.get("review_date")
        return PlanSettings(
            vision=values.get("vision", ""),
            review_date=date.fromisoformat(review) if review else None,
            cover_name=values.get("cover_name", ""),
        )

    def set_vision(self, text: str) -> None:
        self._set("vision", text)

    def set_review_date(self, when: date | None) -> None:
        self._set("review_date", when.isoformat() if when else "")

    def set_cover_name(self, name: str) -> None:
        self._set("cover_name", name.strip())

    def _set(self, key: str, value: str) -> None:
        """Store one setting; an empty value removes it."""
        with self._vault.transaction() as conn:
            if value:
                conn.execute(
                    "INSERT INTO plan_setting (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            else:
                conn.execute("DELETE FROM plan_setting WHERE key = ?", (key,))
