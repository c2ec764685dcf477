"""The Document seam: features build documents from shared blocks; export/ only renders them."""

from __future__ import annotations

from datetime import date

from careerjournal.export.document import Block, Keep
from careerjournal.plan import PLAN_PARTS, PlanStore
from careerjournal.plan.printout import plan_document_from_vault
from careerjournal.share.content import shared_document
from careerjournal.share.selection import Selection

TODAY = date(2026, 3, 10)


def flat(blocks: tuple[Block, ...]) -> list[Block]:
    return [inner for b in blocks for inner in (flat(b.blocks) if isinstance(b, Keep) else [b])]


def test_a_part_is_filled_when_it_holds_anything(vault) -> None:
    store = PlanStore(vault)
    assert not any(store.plan().filled(part) for part in PLAN_PARTS)
    store.set_vision("   ")
    assert not store.plan().filled("vision"), "blank text is nothing"
    store.add("vision", "Ik werk graag met mensen")
    store.add("planb", "Terug naar de zorg")
    plan = store.plan()
    assert [part for part in PLAN_PARTS if plan.filled(part)] == ["vision", "planb"]


def test_a_shared_goal_reads_exactly_as_in_the_printed_plan(vault, catalog) -> None:
    store = PlanStore(vault)
    store.add("goal", "Eerste doel")
    goal = store.add("goal", "Tweede doel", detail="Waarom", outcome="Een nieuwe baan")
    store.add("action", "Bellen met Sanne", parent_id=goal.id, detail="Voor de zomer")
    store.add("conversation", "Gesprek met mijn leidinggevende")
    selection = Selection(goals=frozenset({goal.id}), plan_parts=frozenset({"conversations"}))
    shared = flat(shared_document(vault, catalog, selection, "nl", TODAY).document.blocks)
    printed = flat(plan_document_from_vault(vault, catalog, "nl", TODAY).blocks)

    start = next(i for i, b in enumerate(shared) if getattr(b, "kicker", "") == "Doel 2")
    goal_blocks = shared[start : start + 4]  # heading, fields, actions, progress
    at = printed.index(goal_blocks[0])
    assert printed[at : at + 4] == goal_blocks, "the goal, its number, fields and actions"
    conversations = next(b for b in shared if getattr(b, "header", ("",))[0] == "Gesprek")
    assert conversations in printed, "the same table, with the same column widths"
