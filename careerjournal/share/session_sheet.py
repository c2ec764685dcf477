"""The coach-session sheet: one page to prepare a paid session well.

What I want to talk about and my questions are the user's own words, kept as
a draft in the vault. What changed since I last shared comes from the share
history: exercises done and plan items added or finished since then. What I
tried and what got stuck comes from plan reviews since then and from actions
past their date. The sheet is a list of blocks like every export, so it goes
through the same preview, PDF and coach package.
"""

from __future__ import annotations

from datetime import date, datetime

from careerjournal.agenda.calendar import add_months
from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.export.document import Block, Bullets, Document, Heading, NoteLines, Paragraph
from careerjournal.plan import Plan, PlanItem, PlanStore
from careerjournal.review import ReviewStore
from careerjournal.review.wording import say as verdict_word
from careerjournal.share.history import ShareHistory
from careerjournal.vault import Vault
from careerjournal.wording import Catalogue, long_date

# Without an earlier share, "what changed" looks back this far.
FIRST_LOOK_BACK_MONTHS = 3
# Lines per part of the sheet; more are counted in one line.
MAX_LINES = 8

WORDS = Catalogue(
    {
        "en": {
            "title": "Preparing my coach session",
            "made_on": "Made on {date}",
            "topics": "What I want to talk about",
            "changed": "What changed since I last shared",
            "since": "Since {date}, when I last shared something with my coach.",
            "first": "I have not shared anything before; this is the last three months.",
            "exercise_first": "{date}: {exercise}",
            "exercise_again": "{date}: {exercise} (again; before on {before})",
            "new_goal": "New goal: {title}",
            "added": "New actions and other items in my plan: {count}",
            "more": "… and {count} more",
            "more_exercises": "… and {count} more exercises",
            "finished": "Done: {title}",
            "nothing_changed": "Nothing new in my exercises or plan.",
            "tried": "What I tried, and what got stuck",
            "late": "Not got to yet: {title} (planned for {date})",
            "nothing_tried": "No plan review or overdue action to report.",
            "questions": "My questions",
            "notes": "Notes",
            "empty": "(nothing written yet)",
        },
        "nl": {
            "title": "Voorbereiding op mijn gesprek",
            "made_on": "Gemaakt op {date}",
            "topics": "Waar ik het over wil hebben",
            "changed": "Wat er veranderd is sinds ik iets deelde",
            "since": "Sinds {date}, toen ik voor het laatst iets met mijn coach deelde.",
            "first": "Ik heb nog niets eerder gedeeld; dit zijn de afgelopen drie maanden.",
            "exercise_first": "{date}: {exercise}",
            "exercise_again": "{date}: {exercise} (opnieuw; eerder op {before})",
            "new_goal": "Nieuw doel: {title}",
            "added": "Nieuwe acties en andere punten in mijn plan: {count}",
            "more": "… en nog {count}",
            "more_exercises": "… en nog {count} oefeningen",
            "finished": "Klaar: {title}",
            "nothing_changed": "Niets nieuws in mijn oefeningen of plan.",
            "tried": "Wat ik heb geprobeerd, en waar ik vastliep",
            "late": "Nog niet aan toegekomen: {title} (gepland voor {date})",
            "nothing_tried": "Geen terugblik op mijn plan of verlopen actie om te melden.",
            "questions": "Mijn vragen",
            "notes": "Aantekeningen",
            "empty": "(nog niets ingevuld)",
        },
    }
)


say = WORDS.text


class SessionDraft:
    """What the user wants to talk about and their questions, kept in the vault as they type."""

    KEYS = ("topics", "questions")

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str) -> str:
        row = self._vault.connection.execute(
            "SELECT value FROM session_draft WHERE key = ?", (key,)
        ).fetchone()
        return str(row[0]) if row else ""

    def set(self, key: str, text: str) -> None:
        if key not in self.KEYS:
            raise ValueError(f"{key!r} is not part of the session draft")
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO session_draft (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )


def _own_words(text: str, lang: str) -> Block:
    lines = tuple(line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t"))
    return Bullets(lines) if lines else Paragraph(say("empty", lang), "muted")


def _day(moment: datetime) -> date:
    return moment.astimezone().date()


def _capped(lines: list[str], lang: str, most: int = MAX_LINES, more: str = "more") -> list[str]:
    """At most ``most`` lines, the rest counted: the sheet stays one page."""
    if len(lines) <= most:
        return lines
    return [*lines[: most - 1], say(more, lang, count=len(lines) - most + 1)]


def _changed(vault: Vault, catalog: Catalog, plan: Plan, since: datetime, lang: str) -> list[str]:
    runs = ExerciseStore(vault)
    done: list[tuple[datetime, str]] = []
    for exercise in catalog.exercises:
        completed = runs.runs(exercise.id)  # newest first
        for index, run in enumerate(completed):
            if run.completed_at is None or run.completed_at <= since:
                continue
            name, when = exercise.title.get(lang), long_date(_day(run.completed_at), lang)
            before = completed[index + 1].completed_at if index + 1 < len(completed) else None
            done.append(
                (
                    run.completed_at,
                    say(
                        "exercise_again",
                        lang,
                        exercise=name,
                        date=when,
                        before=long_date(_day(before), lang),
                    )
                    if before is not None
                    else say("exercise_first", lang, exercise=name, date=when),
                )
            )
    lines = _capped(
        [text for _, text in sorted(done, reverse=True)], lang, MAX_LINES // 2, "more_exercises"
    )
    goals = [g.item for g in plan.goals]
    others: list[PlanItem] = [a for g in plan.goals for a in g.actions]
    others += [*plan.conversations, *plan.training]
    lines += [say("new_goal", lang, title=g.title) for g in goals if g.created_at > since]
    added = sum(i.created_at > since for i in others)
    if added:
        lines.append(say("added", lang, count=added))
    lines += [
        say("finished", lang, title=i.title)
        for i in (*goals, *others)
        if i.done and i.updated_at > since and i.created_at <= since
    ]
    return lines


def _tried(vault: Vault, plan: Plan, since: datetime, today: date, lang: str) -> list[str]:
    lines: list[str] = []
    for review in reversed(ReviewStore(vault).list()):  # oldest first
        if review.created_at <= since:
            continue
        for line in review.lines:
            text = f"{verdict_word(line.verdict, lang)}: {line.title}"
            details = [d for d in (line.why, line.next_step) if d.strip()]
            lines.append(f"{text} — {'; '.join(details)}" if details else text)
    late = [
        a
        for g in plan.goals
        for a in g.actions
        if not a.done and a.due_date is not None and a.due_date < today
    ]
    lines += [
        say("late", lang, title=a.title, date=long_date(a.due_date, lang))
        for a in late
        if a.due_date is not None
    ]
    return lines


def session_blocks(vault: Vault, catalog: Catalog, lang: str, today: date) -> list[Block]:
    """The sheet's blocks, to stand alone or to open a coach package."""
    draft = SessionDraft(vault)
    plan = PlanStore(vault).plan()
    history = ShareHistory(vault).list()
    if history:
        since = history[0].created_at
        since_line = say("since", lang, date=long_date(_day(since), lang))
    else:
        start = add_months(today, -FIRST_LOOK_BACK_MONTHS)
        since = datetime.combine(start, datetime.min.time()).astimezone()
        since_line = say("first", lang)
    changed = _changed(vault, catalog, plan, since, lang)
    tried = _tried(vault, plan, since, today, lang)
    return [
        Heading(say("title", lang), 1),
        Paragraph(say("made_on", lang, date=long_date(today, lang)), "muted"),
        Heading(say("topics", lang), 2),
        _own_words(draft.get("topics"), lang),
        Heading(say("changed", lang), 2),
        Paragraph(since_line, "muted"),
        Bullets(tuple(_capped(changed, lang)))
        if changed
        else Paragraph(say("nothing_changed", lang)),
        Heading(say("tried", lang), 2),
        Bullets(tuple(_capped(tried, lang))) if tried else Paragraph(say("nothing_tried", lang)),
        Heading(say("questions", lang), 2),
        _own_words(draft.get("questions"), lang),
        Heading(say("notes", lang), 3),
        NoteLines(),
    ]


def session_document(vault: Vault, catalog: Catalog, lang: str, today: date) -> Document:
    """The sheet on its own, e.g. for a PDF to print and take along."""
    return Document(say("title", lang), lang, tuple(session_blocks(vault, catalog, lang, today)))


def sheet_title(lang: str) -> str:
    return say("title", lang)
