"""Plan reviews in the vault (migration 6): written once, read back as they were.

Saving a review does three things, in this order: the journal entry that sums
it up, the review itself (pointing at that entry), then the plan changes it
asks for (done, dropped, moved dates, the next review date). The user's words
are committed first, so an interruption can at worst leave plan changes to
make again by hand, never a lost review.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from careerjournal.journal import Entry, JournalStore
from careerjournal.plan import ItemNotFound, PlanStore
from careerjournal.review.model import VERDICTS, Review, ReviewLine
from careerjournal.review.wording import say
from careerjournal.vault import Vault
from careerjournal.wording import long_date

_LINE_COLUMNS = "item_id, section, title, verdict, why, next_step, old_date, new_date"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def summary_text(
    lines: Sequence[ReviewLine], note: str, next_review: date | None, lang: str
) -> str:
    """The journal entry's text: a paragraph per item, then the note and the next review."""
    parts = []
    for line in lines:
        rows = [f"{say(line.verdict, lang)}: {line.title}"]
        if line.why.strip():
            rows.append(say("why", lang, text=line.why.strip()))
        if line.next_step.strip():
            rows.append(say("next", lang, text=line.next_step.strip()))
        if line.moved and line.new_date is not None:
            rows.append(say("moved", lang, date=long_date(line.new_date, lang)))
        parts.append("\n".join(rows))
    if note.strip():
        parts.append(note.strip())
    if next_review is not None:
        parts.append(say("next_review", lang, date=long_date(next_review, lang)))
    return "\n\n".join(parts)


class ReviewStore:
    """The reviews of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(
        self,
        lines: Sequence[ReviewLine],
        note: str,
        next_review: date | None,
        lang: str,
        today: date,
    ) -> Review:
        """Keep the review with its journal entry, then bring the plan up to date."""
        for line in lines:
            if line.verdict not in VERDICTS:
                raise ValueError(f"{line.verdict!r} is not a verdict")
        entry = JournalStore(self._vault).add(
            Entry(
                today,
                say("entry_title", lang),
                summary_text(lines, note, next_review, lang),
                (say("tag", lang),),
            )
        )
        now = datetime.now(UTC)
        with self._vault.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO plan_review (created_at, note, next_review, entry_id)"
                " VALUES (?, ?, ?, ?)",
                (
                    now.isoformat(timespec="microseconds"),
                    note,
                    next_review.isoformat() if next_review else None,
                    entry.id,
                ),
            )
            review_id = int(cursor.lastrowid)
            conn.executemany(
                f"INSERT INTO plan_review_item (review_id, position, {_LINE_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        review_id,
                        position,
                        line.item_id,
                        line.section,
                        line.title,
                        line.verdict,
                        line.why,
                        line.next_step,
                        line.old_date.isoformat() if line.old_date else None,
                        line.new_date.isoformat() if line.new_date else None,
                    )
                    for position, line in enumerate(lines)
                ],
            )
        self._apply(lines, next_review)
        return Review(review_id, now, note, next_review, entry.id, tuple(lines))

    def _apply(self, lines: Sequence[ReviewLine], next_review: date | None) -> None:
        plan = PlanStore(self._vault)
        for line in lines:
            if line.item_id is None:
                continue
            try:
                item = plan.item(line.item_id)
            except ItemNotFound:
                continue  # deleted meanwhile: the review still tells about it
            if line.verdict == "dropped":
                plan.archive(item.id)
                continue
            status = {"done": "done", "going": "doing"}.get(line.verdict, item.status)
            due = line.new_date if line.moved else item.due_date
            if status != item.status or due != item.due_date:
                plan.save(replace(item, status=status, due_date=due))  # type: ignore[arg-type]
        # The review that just happened is no longer due: the next one (or none) replaces it.
        plan.set_review_date(next_review)

    def list(self) -> list[Review]:
        """Every review, newest first, with its lines in the order they were looked at."""
        conn = self._vault.connection
        rows = conn.execute(
            "SELECT id, created_at, note, next_review, entry_id FROM plan_review"
            " ORDER BY created_at DESC, id DESC"
        ).fetchall()
        return [self._review(conn, row) for row in rows]

    @staticmethod
    def _review(conn: Any, row: tuple[Any, ...]) -> Review:
        review_id, created, note, next_review, entry_id = row
        lines = conn.execute(
            f"SELECT {_LINE_COLUMNS} FROM plan_review_item WHERE review_id = ? ORDER BY position",
            (review_id,),
        ).fetchall()
        return Review(
            int(review_id),
            datetime.fromisoformat(created),
            note,
            _day(next_review),
            entry_id,
            tuple(
                ReviewLine(item_id, section, title, verdict, why, next_step, _day(old), _day(new))
                for item_id, section, title, verdict, why, next_step, old, new in lines
                if verdict in VERDICTS
            ),
        )
