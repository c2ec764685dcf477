"""A selection turned into the one list of blocks that every form of export is made from.

The Share page previews these blocks, and the package, the PDF and the Markdown
file are written from them, so the coach sees exactly what the preview showed.
Only what the selection names is read into the blocks. The journal's blocks are
made as they are asked for, a page of entries at a time, so the preview of a
whole journal shows its start without waiting for the rest; each block is made
once, so the preview and the export are the same blocks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.model import Exercise, ReflectionStep
from careerjournal.exercises.scoring import Reading, for_each_items, read
from careerjournal.exercises.sessions import ExerciseStore, Run
from careerjournal.export.blocks import chart
from careerjournal.export.document import (
    Block,
    Bullets,
    Cover,
    Document,
    Heading,
    PageBreak,
    Paragraph,
)
from careerjournal.journal import JournalStore
from careerjournal.journal.document import entry_blocks
from careerjournal.journey import journey, journey_blocks
from careerjournal.plan import PLAN_PARTS, Goal, Plan, PlanStore
from careerjournal.plan.document import goal_blocks, planb_blocks, scheduled_table
from careerjournal.plan.wording import word
from careerjournal.share.history import ShareSummary
from careerjournal.share.selection import Selection
from careerjournal.share.session_sheet import session_blocks, sheet_title
from careerjournal.share.wording import say
from careerjournal.vault import Vault
from careerjournal.wording import long_date

# Entries read from the vault at a time while the journal's blocks are made.
ENTRY_PAGE = 200


class Shared:
    """The document for the coach, and the description of it for the share history.

    Its blocks are made the first time they are asked for and kept: :meth:`blocks`
    gives them as they come (the preview), :attr:`document` all of them (an export).
    """

    def __init__(
        self, title: str, lang: str, blocks: Iterator[Block], summary: ShareSummary
    ) -> None:
        self.title, self.lang, self.summary = title, lang, summary
        self._made: list[Block] = []
        self._rest: Iterator[Block] | None = blocks

    def blocks(self) -> Iterator[Block]:
        """Every block in order: those made already, then the rest as they are made."""
        n = 0
        while True:
            if n == len(self._made) and not self._make_one():
                return
            yield self._made[n]
            n += 1

    def _make_one(self) -> bool:
        block = None if self._rest is None else next(self._rest, None)
        if block is None:
            self._rest = None
            return False
        self._made.append(block)
        return True

    @property
    def document(self) -> Document:
        """The whole document (its blocks all made now)."""
        return Document(self.title, self.lang, tuple(self.blocks()))


def written_answers(exercise: Exercise, run: Run, lang: str) -> list[tuple[str, str]]:
    """(question, answer) for every reflection question the user answered in ``run``."""
    pairs: list[tuple[str, str]] = []
    for step in exercise.steps:
        given = run.answers.get(step.id)
        if not isinstance(step, ReflectionStep) or not isinstance(given, dict):
            continue
        asked = (
            [
                (item_id, label.get(lang))
                for item_id, label in for_each_items(exercise, step, run.answers)
            ]
            if step.for_each
            else [(q.id, q.text.get(lang)) for q in step.questions]
        )
        pairs += [
            (question, answer.strip())
            for key, question in asked
            if isinstance(answer := given.get(key), str) and answer.strip()
        ]
    return pairs


def shared_document(
    vault: Vault, catalog: Catalog, selection: Selection, lang: str, today: date
) -> Shared:
    """A cover, then the chosen session sheet, exercises, plan parts and journal entries,
    a chapter each; the session sheet on its own is one page without a cover."""
    cover = Cover(
        say("title", lang),
        selection.name.strip(),
        (say("made_on", lang, date=long_date(today, lang)), say("only_chosen", lang)),
    )
    plan = PlanStore(vault).plan()
    store = JournalStore(vault)
    entries = _entry_ids(store, selection)
    exercises = _Exercises(catalog, selection, lang)
    chapters = (
        session_blocks(vault, catalog, lang, today) if selection.session_sheet else [],
        exercises.blocks(ExerciseStore(vault).all_runs()),
        _plan(plan, selection, lang),
        _Journal(store, entries, selection.journal_text, lang),
        journey_blocks(journey(vault, catalog, lang), lang) if selection.journey else [],
    )
    blocks = _with_cover(cover, chapters)
    title = say("title", lang)
    if [bool(c) for c in chapters] == [True, False, False, False, False]:
        blocks = iter(chapters[0])  # the session sheet alone: one page to print, no cover
        title = sheet_title(lang)
    summary = ShareSummary(
        exercises=tuple(exercises.shared),
        results=exercises.results,
        answers=exercises.answers,
        plan_parts=tuple(_plan_parts(plan, selection)),
        goals=len(_chosen_goals(plan, selection)),
        entries=tuple(entries),
        journal_text=selection.journal_text and bool(entries),
        session_sheet=selection.session_sheet,
        journey=selection.journey,
    )
    return Shared(title, lang, blocks, summary)


def _with_cover(cover: Cover, chapters: Sequence[Sequence[Block] | _Journal]) -> Iterator[Block]:
    """The cover, then each chapter that has something in it after a page break."""
    yield cover
    for chapter in chapters:
        if chapter:
            yield PageBreak()
            yield from chapter


# --- exercises ------------------------------------------------------------------


class _Exercises:
    """The chosen runs, in catalog order and newest first, counting what went in."""

    def __init__(self, catalog: Catalog, selection: Selection, lang: str) -> None:
        self.catalog, self.selection, self.lang = catalog, selection, lang
        self.shared: dict[str, None] = {}  # exercise ids, in order
        self.results = self.answers = 0

    def blocks(self, runs: Sequence[Run]) -> list[Block]:
        out: list[Block] = []
        for exercise in self.catalog.exercises:
            for run in runs:
                if run.exercise_id == exercise.id and run.completed_at is not None:
                    out += self._run(exercise, run)
        return [Heading(say("exercises", self.lang)), *out] if out else []

    def _run(self, exercise: Exercise, run: Run) -> list[Block]:
        s, lang = self.selection, self.lang
        whole = run.id in s.runs
        readings = [
            r
            for r in read(exercise, run.result or {}, lang)
            if whole or (run.id, r.result_id) in s.results
        ]
        written = written_answers(exercise, run, lang) if whole or run.id in s.answers else []
        if not readings and not written:
            return []
        self.shared[exercise.id] = None
        self.results += len(readings)
        self.answers += bool(written)
        assert run.completed_at is not None
        done = long_date(run.completed_at.astimezone().date(), lang)
        blocks: list[Block] = [
            Heading(exercise.title.get(lang), 2, say("done_on", lang, date=done))
        ]
        for reading in readings:
            blocks += _reading(reading, lang)
        if written:
            blocks.append(Heading(say("what_i_wrote", lang), 3))
            for question, answer in written:
                blocks += [Paragraph(question, "muted"), Paragraph(answer)]
        return blocks


def _reading(reading: Reading, lang: str) -> list[Block]:
    """A result's title and summary, with its chart if it has one (under the run's heading)."""
    if not reading.bars:
        return [Heading(reading.title, 3), Paragraph(reading.summary)]
    return [
        chart(reading.title, "", reading.bars, reading.bar_range, lang),
        Paragraph(reading.summary),
    ]


# --- plan -------------------------------------------------------------------------


def _chosen_goals(plan: Plan, selection: Selection) -> list[tuple[int, Goal]]:
    """The chosen goals with their number in the whole plan, so "Goal 3" means the same."""
    every = "goals" in selection.plan_parts
    return [
        (n, g) for n, g in enumerate(plan.goals, start=1) if every or g.item.id in selection.goals
    ]


def _plan_parts(plan: Plan, selection: Selection) -> list[str]:
    """The parts that are chosen and have something in them, in the plan's order."""
    goals = bool(_chosen_goals(plan, selection))
    return [
        part
        for part in PLAN_PARTS
        if (goals if part == "goals" else part in selection.plan_parts and plan.filled(part))
    ]


def _plan(plan: Plan, selection: Selection, lang: str) -> list[Block]:
    blocks: list[Block] = []
    for part in _plan_parts(plan, selection):
        if part == "vision":
            blocks.append(Heading(word("vision", lang), 2))
            if plan.settings.vision.strip():
                blocks.append(Paragraph(plan.settings.vision, "lead"))
            if plan.vision:
                blocks.append(Bullets(tuple(item.title for item in plan.vision)))
        elif part == "goals":
            for n, goal in _chosen_goals(plan, selection):
                blocks += goal_blocks(n, goal, lang)
        elif part == "planb":
            blocks += [Heading(word("planb", lang), 2), *planb_blocks(plan.planb)]
        else:
            items = plan.conversations if part == "conversations" else plan.training
            head = word("conversation" if part == "conversations" else "course", lang)
            blocks += [Heading(word(part, lang), 2), scheduled_table(head, items, lang)]
    return [Heading(say("plan", lang)), *blocks] if blocks else []


# --- journal ------------------------------------------------------------------------


def _entry_ids(store: JournalStore, selection: Selection) -> list[int]:
    """The entries picked one by one and those the rule matches now, those that exist,
    oldest first as :meth:`JournalStore.get_many` gives them, so the coach reads them
    in the order they were written. All ids come from the date index and are filtered
    here: looking each one up would read (and decrypt) every chosen entry's row."""
    ids = set(selection.entries)
    rule = selection.journal_rule
    if rule is not None:
        ids.update(store.ids(rule))
    return [i for i in store.ids() if i in ids][::-1]


class _Journal:
    """The chosen entries' blocks, read a page of entries at a time as they are asked for."""

    def __init__(self, store: JournalStore, ids: Sequence[int], with_text: bool, lang: str):
        self.store, self.ids, self.with_text, self.lang = store, ids, with_text, lang

    def __bool__(self) -> bool:
        return bool(self.ids)  # every entry has at least its heading

    def __iter__(self) -> Iterator[Block]:
        if not self.ids:
            return
        yield Heading(say("journal", self.lang))
        for start in range(0, len(self.ids), ENTRY_PAGE):
            for entry in self.store.get_many(self.ids[start : start + ENTRY_PAGE]):
                yield from entry_blocks(entry, self.with_text, self.lang)
