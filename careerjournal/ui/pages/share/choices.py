"""Everything in the vault that can be shared, as tree rows in the user's language.

Exercises show their completed runs, newest first, each with its results and
(if any) what the user wrote; the plan shows its filled parts and each goal;
the journal shows every entry, newest first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.scoring import read
from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.journal import JournalStore
from careerjournal.plan.model import Plan, Section
from careerjournal.share.content import written_answers
from careerjournal.share.selection import PlanPart
from careerjournal.ui.pages.plan.labels import section_name, untitled
from careerjournal.ui.pages.share.tree_model import Node
from careerjournal.ui.shell.stores import Stores
from careerjournal.wording import short_date

_SECTIONS: dict[PlanPart, Section] = {
    "vision": "vision",
    "goals": "goal",
    "planb": "planb",
    "conversations": "conversation",
    "training": "training",
}


def part_name(part: str) -> str:
    """The name of a part of the plan, as on the Plan page's tabs."""
    return section_name(_SECTIONS[part]) if part in _SECTIONS else part


def choices(stores: Stores, catalog: Catalog, lang: str) -> list[Node]:
    """The three groups (exercises, plan, journal), then the overviews made from them."""
    return [
        _exercises(stores.exercises, catalog, lang),
        _plan(stores.plan.plan()),
        _journal(stores.journal, lang),
        _session(),
    ]


def _session() -> Node:
    group = Node(QCoreApplication.translate("ShareChoices", "Overviews"))
    group.add(
        Node(
            QCoreApplication.translate("ShareChoices", "Preparing my coach session"),
            ("sheet",),
            QCoreApplication.translate(
                "ShareChoices", "One page: topics, what changed, what got stuck, questions"
            ),
        )
    )
    group.add(
        Node(
            QCoreApplication.translate("ShareChoices", "My path over time"),
            ("journey",),
            QCoreApplication.translate(
                "ShareChoices",
                "When each exercise was done, how results moved, how the plan changed",
            ),
        )
    )
    return group


def _exercises(store: ExerciseStore, catalog: Catalog, lang: str) -> Node:
    group = Node(QCoreApplication.translate("ShareChoices", "Exercises"))
    for exercise in catalog.exercises:
        runs = store.runs(exercise.id)
        if not runs:
            continue
        node = group.add(Node(exercise.title.get(lang)))
        for run in runs:
            assert run.completed_at is not None
            done = QCoreApplication.translate("ShareChoices", "Done on %1").replace(
                "%1", short_date(run.completed_at.astimezone().date(), lang)
            )
            run_node = node.add(Node(done))
            for reading in read(exercise, run.result or {}, lang):
                run_node.add(
                    Node(reading.title, ("result", run.id, reading.result_id), reading.summary)
                )
            if written_answers(exercise, run, lang):
                run_node.add(
                    Node(
                        QCoreApplication.translate("ShareChoices", "What I wrote"),
                        ("answers", run.id),
                    )
                )
    return group


def _plan(plan: Plan) -> Node:
    group = Node(QCoreApplication.translate("ShareChoices", "My plan"))
    for part in _SECTIONS:
        if not plan.filled(part):
            continue
        if part != "goals":
            group.add(Node(part_name(part), ("plan", part)))
            continue
        goals = group.add(Node(part_name(part)))
        for goal in plan.goals:
            actions = QCoreApplication.translate("ShareChoices", "Actions: %1").replace(
                "%1", str(len(goal.actions))
            )
            goals.add(Node(goal.item.title.strip() or untitled(), ("goal", goal.item.id), actions))
    return group


def _journal(store: JournalStore, lang: str) -> Node:
    group = Node(QCoreApplication.translate("ShareChoices", "Journal"))
    for summary in store.page(0, store.count()):
        title = summary.title.strip() or summary.preview
        group.add(
            Node(
                f"{short_date(summary.entry_date, lang)} · {title}",
                ("entry", summary.id),
                summary.preview,
            )
        )
    return group
