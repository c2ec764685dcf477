"""The personal plan as a printable document: what is printed, in which order, in which words.

The plan owns its blocks: the printed plan is built here, and the Share page's
document (``share/content.py``) reuses :func:`goal_blocks`,
:func:`scheduled_table` and :func:`planb_blocks`, so a goal reads the same
wherever it goes. ``export/`` only renders the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from careerjournal.export.blocks import chart, fields
from careerjournal.export.document import (
    Block,
    Bullets,
    Cover,
    Document,
    Heading,
    Keep,
    Mark,
    MonthStrip,
    NoteLines,
    PageBreak,
    Paragraph,
    Row,
    Table,
)
from careerjournal.plan.insights import Profile
from careerjournal.plan.model import Goal, Plan, PlanItem
from careerjournal.plan.wording import word
from careerjournal.wording import long_date, month_name, short_date

TIMELINE_MONTHS = 6
_KINDS = {
    "goal": "kind_goal",
    "action": "kind_action",
    "conversation": "kind_conversation",
    "training": "kind_training",
}
# Title, date, status: the goals overview and every scheduled table.
_SCHEDULE_WIDTHS = (0.62, 0.2, 0.18)


def plan_document(plan: Plan, profiles: Sequence[Profile], lang: str, today: date) -> Document:
    """Cover, overview, profile, goals, timeline, Plan B, conversations, training, notes."""
    blocks: list[Block] = [_cover(plan, lang, today), PageBreak()]
    blocks += _overview(plan, lang)
    if profiles:
        blocks += [PageBreak(), *_profile(profiles, lang)]
    blocks += [PageBreak(), *_goals(plan, lang)]
    if plan.dated() or plan.settings.review_date:
        blocks += [PageBreak(), *_timeline(plan, lang, today)]
    if any(plan.filled(part) for part in ("planb", "conversations", "training")):
        blocks += [PageBreak(), *_other_sections(plan, lang)]
    blocks += [PageBreak(), Heading(word("notes", lang)), NoteLines()]
    return Document(word("plan_title", lang), lang, tuple(blocks))


def _when(item: PlanItem, lang: str) -> str:
    return short_date(item.due_date, lang) if item.due_date else "–"


def _status(item: PlanItem, lang: str) -> str:
    return word(f"status_{item.status}", lang)


def _cover(plan: Plan, lang: str, today: date) -> Cover:
    lines = [word("made_on", lang, date=long_date(today, lang))]
    if plan.settings.review_date:
        lines.append(word("review_line", lang, date=long_date(plan.settings.review_date, lang)))
    return Cover(word("plan_title", lang), plan.settings.cover_name, tuple(lines))


def _overview(plan: Plan, lang: str) -> list[Block]:
    vision = plan.settings.vision.strip()
    blocks: list[Block] = [
        Heading(word("overview", lang)),
        Heading(word("vision", lang), 3),
        Paragraph(vision, "lead") if vision else Paragraph(word("nothing_yet", lang), "muted"),
    ]
    if plan.vision:
        blocks += [
            Heading(word("vision_points", lang), 3),
            Bullets(tuple(item.title for item in plan.vision)),
        ]
    blocks.append(Heading(word("goals_at_a_glance", lang), 3))
    if plan.goals:
        blocks.append(
            Table(
                (word("kind_goal", lang), word("target_date", lang), word("progress_head", lang)),
                tuple(
                    Row(
                        (
                            g.item.title,
                            _when(g.item, lang),
                            word("progress_short", lang, done=g.actions_done, total=len(g.actions)),
                        ),
                        g.item.status,
                    )
                    for g in plan.goals
                ),
                _SCHEDULE_WIDTHS,
            )
        )
    else:
        blocks.append(Paragraph(word("no_goals", lang), "muted"))
    review = plan.settings.review_date
    blocks += [
        Heading(word("next_review", lang), 3),
        Paragraph(long_date(review, lang) if review else word("no_review", lang)),
    ]
    return blocks


def _profile(profiles: Sequence[Profile], lang: str) -> list[Block]:
    blocks: list[Block] = [
        Heading(word("profile", lang)),
        Paragraph(word("profile_intro", lang), "muted"),
    ]
    for profile in profiles:
        blocks.append(
            chart(
                profile.title,
                profile.exercise,
                profile.bars,
                profile.bar_range,
                lang,
                profile.caption,
            )
        )
    return blocks


def _goals(plan: Plan, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(word("goals", lang))]
    if not plan.goals:
        return [*blocks, Paragraph(word("no_goals", lang), "muted")]
    for n, goal in enumerate(plan.goals, start=1):
        parts = goal_blocks(n, goal, lang)
        if not goal.actions:
            parts.append(Paragraph(word("no_actions", lang), "muted"))
        blocks.append(Keep(tuple(parts)))
    return blocks


def goal_blocks(n: int, goal: Goal, lang: str) -> list[Block]:
    """Goal ``n`` (its number in the whole plan): title, why, outcome, date, status, actions."""
    item = goal.item
    rows = (
        (word("why", lang), item.detail),
        (word("outcome", lang), item.outcome),
        (word("target_date", lang), long_date(item.due_date, lang) if item.due_date else ""),
        (word("status", lang), _status(item, lang)),
    )
    blocks: list[Block] = [Heading(item.title, 2, word("goal_n", lang, n=n)), fields(rows)]
    if goal.actions:
        blocks += [
            scheduled_table(word("action", lang), goal.actions, lang),
            Paragraph(
                word("progress", lang, done=goal.actions_done, total=len(goal.actions)), "muted"
            ),
        ]
    return blocks


def scheduled_table(head: str, items: Sequence[PlanItem], lang: str) -> Table:
    """Actions, conversations or training: title (with its note), date, status and a tick box."""
    return Table(
        (head, word("date", lang), word("status", lang)),
        tuple(Row((i.title, _when(i, lang), _status(i, lang)), i.status, i.detail) for i in items),
        _SCHEDULE_WIDTHS,
    )


def planb_blocks(items: Sequence[PlanItem]) -> list[Block]:
    """Each Plan B as a small title with its description under it."""
    blocks: list[Block] = []
    for item in items:
        blocks.append(Heading(item.title, 3))
        if item.detail.strip():
            blocks.append(Paragraph(item.detail))
    return blocks


def _next_month(first: date) -> date:
    return date(first.year + 1, 1, 1) if first.month == 12 else date(first.year, first.month + 1, 1)


def _timeline(plan: Plan, lang: str, today: date) -> list[Block]:
    """A strip of the coming months, then what is due in each: earlier open items first."""
    months = [date(today.year, today.month, 1)]
    while len(months) < TIMELINE_MONTHS:
        months.append(_next_month(months[-1]))
    start, end = months[0], _next_month(months[-1])
    dated = plan.dated()
    review = plan.settings.review_date
    marks = [
        Mark(i.due_date, i.section, i.done)  # type: ignore[arg-type]
        for i in dated
        if i.due_date and start <= i.due_date < end
    ]
    if review and start <= review < end:
        marks.append(Mark(review, "review"))
    legend = tuple(
        (kind, word(f"kind_{kind}", lang))
        for kind in ("goal", "action", "conversation", "training", "review")
    )
    blocks: list[Block] = [
        Heading(word("timeline", lang)),
        MonthStrip(
            start,
            tuple(month_name(m.year, m.month, lang) for m in months),
            tuple(marks),
            today,
            legend,
        ),
    ]
    earlier = [i for i in dated if i.due_date and i.due_date < start and not i.done]
    if earlier:
        blocks += [Heading(word("earlier", lang), 3), _dated_table(earlier, None, lang)]
    for first in months:
        after = _next_month(first)
        inside = [i for i in dated if i.due_date and first <= i.due_date < after]
        due_review = review if review and first <= review < after else None
        blocks.append(Heading(month_name(first.year, first.month, lang), 3))
        blocks.append(
            _dated_table(inside, due_review, lang)
            if inside or due_review
            else Paragraph(word("nothing_dated", lang), "muted")
        )
    later = [i for i in dated if i.due_date and i.due_date >= end]
    if later:
        blocks += [Heading(word("later", lang), 3), _dated_table(later, None, lang)]
    return blocks


def _dated_table(items: Sequence[PlanItem], review: date | None, lang: str) -> Table:
    """Date, kind and title of each item (sorted by date already), the review in its place."""
    rows = [
        (
            i.due_date or date.min,
            Row(
                (short_date(i.due_date or date.min, lang), word(_KINDS[i.section], lang), i.title),
                i.status,
            ),
        )
        for i in items
    ]
    if review:
        rows.append(
            (
                review,
                Row(
                    (short_date(review, lang), word("kind_review", lang), word("review_what", lang))
                ),
            )
        )
        rows.sort(key=lambda pair: pair[0])
    return Table((), tuple(row for _, row in rows), (0.18, 0.17, 0.65))


def _other_sections(plan: Plan, lang: str) -> list[Block]:
    blocks: list[Block] = []
    if plan.planb:
        blocks += [
            Heading(word("planb", lang)),
            Paragraph(word("planb_intro", lang), "muted"),
            *planb_blocks(plan.planb),
        ]
    if plan.conversations:
        blocks += [
            Heading(word("conversations", lang)),
            scheduled_table(word("conversation", lang), plan.conversations, lang),
        ]
    if plan.training:
        blocks += [
            Heading(word("training", lang)),
            scheduled_table(word("course", lang), plan.training, lang),
        ]
    return blocks
