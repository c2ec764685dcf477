"""A vault with a unique canary string in every item, some of it chosen for a coach.

The chosen canaries must show up in whatever is shared, and the others in no
byte of it: the Share page's, the coach viewer's and the command line's tests
all check that rule with these helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from pypdf import PdfReader

from careerjournal.exercises.loader import Catalog
from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.journal import Entry, Filters, JournalStore
from careerjournal.plan import PlanStore
from careerjournal.share.selection import Selection
from careerjournal.vault import Vault


@dataclass(frozen=True)
class Canaries:
    """A selection and the strings that must (``shared``) or must not (``hidden``) go along."""

    selection: Selection
    shared: tuple[str, ...]
    hidden: tuple[str, ...]


def _energy_run(vault: Vault, catalog: Catalog, activity: str, reflection: str, note: str) -> int:
    exercise = catalog.get("energy-audit")
    assert exercise is not None
    store = ExerciseStore(vault)
    run = store.start(exercise)
    store.save(
        run.id, "week", [{"activity": activity, "energy": 2, "absorption": 5, "note": note}], 0
    )
    store.save(run.id, "patterns", {"gains": reflection}, 1)
    return store.complete(run.id, exercise).id


def fill_canaries(vault: Vault, catalog: Catalog, journal_text: bool = False) -> Canaries:
    """Three exercise runs, a plan and four journal entries; some of it chosen."""
    _energy_run(
        vault,
        catalog,
        "ZqHiddenRunZeroActivity",
        "ZqHiddenRunZeroReflection",
        "ZqHiddenRunZeroNote",
    )
    single = _energy_run(
        vault, catalog, "ZqSharedRunOneActivity", "ZqHiddenRunOneReflection", "ZqHiddenRunOneNote"
    )
    whole = _energy_run(
        vault, catalog, "ZqSharedRunTwoActivity", "ZqSharedRunTwoReflection", "ZqHiddenRunTwoNote"
    )

    plan = PlanStore(vault)
    plan.set_vision("ZqHiddenVision")
    plan.add("vision", "ZqHiddenVisionPoint")
    plan.set_cover_name("ZqHiddenCoverName")
    goal = plan.add("goal", "ZqSharedGoal", detail="ZqSharedGoalWhy", outcome="ZqSharedOutcome")
    plan.add("action", "ZqSharedAction", parent_id=goal.id, detail="ZqSharedActionNote")
    other = plan.add("goal", "ZqHiddenGoal", detail="ZqHiddenGoalWhy")
    plan.add("action", "ZqHiddenAction", parent_id=other.id)
    plan.add("planb", "ZqHiddenPlanB", detail="ZqHiddenPlanBDetail")
    plan.add("conversation", "ZqSharedConversation", detail="ZqSharedConversationNote")
    plan.add("training", "ZqHiddenTraining")

    journal = JournalStore(vault)
    picked = journal.add(
        Entry(
            date(2026, 1, 5),
            "ZqSharedPickedTitle",
            "ZqPickedBody",
            ("zqsharedtag",),
            mood=4,
            energy=2,
        )
    )
    journal.add(Entry(date(2026, 2, 14), "ZqSharedRuleTitle", "ZqRuleBody", ("coach",)))
    journal.add(Entry(date(2025, 6, 1), "ZqHiddenOldTitle", "ZqHiddenOldBody", ("coach",)))
    journal.add(
        Entry(date(2026, 2, 1), "ZqHiddenOtherTitle", "ZqHiddenOtherBody", ("zqhiddentag",))
    )

    bodies = ("ZqPickedBody", "ZqRuleBody")
    selection = Selection(
        runs=frozenset({whole}),
        results=frozenset({(single, "extremes")}),
        plan_parts=frozenset({"conversations"}),
        goals=frozenset({goal.id}),
        entries=frozenset({picked.id}),
        journal_rule=Filters("coach", date(2026, 1, 1), date(2026, 12, 31)),
        journal_text=journal_text,
        name="ZqSharedName",
    )
    shared = (
        "ZqSharedRunOneActivity",
        "ZqSharedRunTwoActivity",
        "ZqSharedRunTwoReflection",
        "ZqSharedGoal",
        "ZqSharedGoalWhy",
        "ZqSharedOutcome",
        "ZqSharedAction",
        "ZqSharedActionNote",
        "ZqSharedConversation",
        "ZqSharedConversationNote",
        "ZqSharedPickedTitle",
        "zqsharedtag",
        "ZqSharedRuleTitle",
        "ZqSharedName",
    )
    hidden = (
        "ZqHiddenRunZeroActivity",
        "ZqHiddenRunZeroReflection",
        "ZqHiddenRunZeroNote",
        "ZqHiddenRunOneReflection",
        "ZqHiddenRunOneNote",
        "ZqHiddenRunTwoNote",
        "ZqHiddenVision",
        "ZqHiddenVisionPoint",
        "ZqHiddenCoverName",
        "ZqHiddenGoal",
        "ZqHiddenGoalWhy",
        "ZqHiddenAction",
        "ZqHiddenPlanB",
        "ZqHiddenPlanBDetail",
        "ZqHiddenTraining",
        "ZqHiddenOldTitle",
        "ZqHiddenOldBody",
        "ZqHiddenOtherTitle",
        "ZqHiddenOtherBody",
        "zqhiddentag",
    )
    return Canaries(
        selection,
        shared + (bodies if journal_text else ()),
        hidden + (() if journal_text else bodies),
    )


def assert_no_byte_of(data: bytes, hidden: tuple[str, ...]) -> None:
    """None of ``hidden`` in ``data``, in any of the encodings text could be stored in."""
    for text in hidden:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            assert text.encode(encoding) not in data, (text, encoding)


def pdf_text(data: bytes, password: str = "") -> str:
    reader = PdfReader(BytesIO(data))
    if password:
        assert reader.is_encrypted
        assert reader.decrypt(password)
    return " ".join(page.extract_text() for page in reader.pages)
