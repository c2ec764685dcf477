"""The personal plan in a real vault: items, order, status, archive, settings, insights."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from careerjournal.plan import ItemNotFound, PlanStore, harvest_vault
from careerjournal.plan.insights import insight_source
from careerjournal.plan.sample import complete_exercise
from careerjournal.vault import open_vault
from tests.helpers.passphrases import PASSPHRASE


@pytest.fixture
def store(vault) -> PlanStore:
    return PlanStore(vault)


def titles(items) -> list[str]:
    return [item.title for item in items]


def test_goal_with_actions_keeps_its_fields_and_order(store: PlanStore) -> None:
    goal = store.add(
        "goal",
        "Overstappen naar onderzoek",
        detail="Gesprekken geven energie",
        outcome="Een getekend contract",
        due_date=date(2027, 10, 29),
    )
    for title in ("Portfolio maken", "Anouk bellen", "Cursus afronden"):
        store.add("action", title, parent_id=goal.id, due_date=date(2027, 4, 2))
    plan = store.plan()
    assert len(plan.goals) == 1
    saved = plan.goals[0].item
    assert (saved.title, saved.detail, saved.outcome, saved.due_date, saved.status) == (
        "Overstappen naar onderzoek",
        "Gesprekken geven energie",
        "Een getekend contract",
        date(2027, 10, 29),
        "open",
    )
    assert titles(plan.goals[0].actions) == ["Portfolio maken", "Anouk bellen", "Cursus afronden"]
    assert [a.position for a in plan.goals[0].actions] == [0, 1, 2]


def test_an_action_needs_a_goal_and_nothing_else_has_a_parent(store: PlanStore) -> None:
    goal = store.add("goal", "Doel")
    talk = store.add("conversation", "Met Jan")
    with pytest.raises(ValueError):
        store.add("action", "Zwevend")
    with pytest.raises(ValueError):
        store.add("action", "Onder een gesprek", parent_id=talk.id)
    with pytest.raises(ValueError):
        store.add("planb", "Onder een doel", parent_id=goal.id)
    with pytest.raises(ValueError):
        store.add("wish", "Geen sectie")  # type: ignore[arg-type]


def test_reorder_moves_among_live_siblings_and_clamps(store: PlanStore) -> None:
    ids = [store.add("training", name).id for name in "ABCD"]
    store.move(ids[3], 0)
    assert titles(store.items("training")) == ["D", "A", "B", "C"]
    store.move(ids[3], 99)
    assert titles(store.items("training")) == ["A", "B", "C", "D"]
    store.move(ids[0], -5)
    store.move(ids[1], 2)
    assert titles(store.items("training")) == ["A", "C", "B", "D"]
    assert [i.position for i in store.items("training")] == [0, 1, 2, 3]


def test_actions_are_ordered_per_goal(store: PlanStore) -> None:
    first, second = store.add("goal", "Eén"), store.add("goal", "Twee")
    a = store.add("action", "1a", parent_id=first.id)
    store.add("action", "2a", parent_id=second.id)
    b = store.add("action", "1b", parent_id=first.id)
    store.move(b.id, 0)
    assert titles(store.items("action", first.id)) == ["1b", "1a"]
    assert titles(store.items("action", second.id)) == ["2a"]
    assert store.item(a.id).position == 1


def test_complete_and_edit(store: PlanStore) -> None:
    goal = store.add("goal", "Doel")
    action = store.add("action", "Bellen", parent_id=goal.id)
    assert store.set_status(action.id, "done").done
    assert store.plan().goals[0].actions_done == 1
    edited = store.save(
        replace(store.item(action.id), title="Mailen", due_date=None, status="doing")
    )
    assert (edited.title, edited.status, edited.due_date) == ("Mailen", "doing", None)
    assert edited.updated_at >= action.updated_at
    with pytest.raises(ValueError):
        store.set_status(action.id, "someday")  # type: ignore[arg-type]
    with pytest.raises(ItemNotFound):
        store.save(replace(edited, id=9999))


def test_archive_hides_restore_puts_back_at_the_end(store: PlanStore) -> None:
    goal = store.add("goal", "Doel")
    store.add("action", "Actie", parent_id=goal.id)
    other = store.add("goal", "Ander doel")
    store.archive(goal.id)
    plan = store.plan()
    assert titles(g.item for g in plan.goals) == ["Ander doel"]
    assert store.item(other.id).position == 0
    assert titles(store.items("goal", archived=True)) == ["Ander doel", "Doel"]
    restored = store.archive(goal.id, archived=False)
    assert not restored.archived
    assert titles(g.item for g in store.plan().goals) == ["Ander doel", "Doel"]
    assert titles(store.plan().goals[1].actions) == ["Actie"], "actions come back with the goal"
    with pytest.raises(ValueError):
        store.move(store.archive(other.id).id, 0)


def test_delete_removes_a_goal_with_its_actions(store: PlanStore, vault) -> None:
    goal = store.add("goal", "Weg")
    store.add("action", "Ook weg", parent_id=goal.id)
    keep = store.add("goal", "Blijft")
    store.delete(goal.id)
    store.delete(goal.id)  # twice is fine
    assert vault.connection.execute("SELECT count(*) FROM plan_item").fetchone() == (1,)
    assert store.item(keep.id).position == 0


def test_settings_round_trip_and_clear(store: PlanStore) -> None:
    assert store.settings().vision == "" and store.settings().review_date is None
    store.set_vision("Werk met ruimte voor vakmanschap; geen reorganisaties meer.")
    store.set_review_date(date(2027, 6, 2))
    store.set_cover_name("  Sanne de Vries  ")
    settings = store.settings()
    assert settings.vision.startswith("Werk met ruimte")
    assert settings.review_date == date(2027, 6, 2)
    assert settings.cover_name == "Sanne de Vries"
    store.set_review_date(None)
    store.set_cover_name("")
    assert store.settings().review_date is None and store.settings().cover_name == ""


def test_the_plan_survives_lock_and_unlock(vault_path: Path) -> None:
    text = "Wat ik zoek: “vakmanschap” — ĳverig, één, café; '; DROP TABLE plan_item; --"
    with open_vault(vault_path, PASSPHRASE) as vault:
        store = PlanStore(vault)
        store.set_vision(text)
        goal = store.add("goal", text)
        store.add("action", "Stap 1", parent_id=goal.id, due_date=date(2027, 3, 31))
    with open_vault(vault_path, PASSPHRASE) as vault:
        plan = PlanStore(vault).plan()
    assert plan.settings.vision == text and plan.goals[0].item.title == text
    assert plan.goals[0].actions[0].due_date == date(2027, 3, 31)


def test_pulling_the_same_source_twice_adds_it_once(store: PlanStore) -> None:
    first = store.pull("insight:x/y@1", "vision", "Mijn sterkste anker: zelfstandigheid.")
    again = store.pull("insight:x/y@1", "vision", "Mijn sterkste anker: zelfstandigheid.")
    assert first.id == again.id and len(store.items("vision")) == 1
    assert store.live_sources() == {"insight:x/y@1"}
    store.archive(first.id)
    assert store.live_sources() == set()
    back = store.pull("insight:x/y@1", "vision", "ignored")
    assert back.id == first.id and not back.archived


def test_dated_items_are_sorted_for_the_timeline(store: PlanStore) -> None:
    goal = store.add("goal", "Doel", due_date=date(2027, 9, 1))
    store.add("action", "Later", parent_id=goal.id, due_date=date(2027, 5, 1))
    store.add("action", "Zonder datum", parent_id=goal.id)
    store.add("conversation", "Eerst", due_date=date(2027, 3, 5))
    store.add("planb", "Nooit gedateerd")
    assert titles(store.plan().dated()) == ["Eerst", "Later", "Doel"]


# --- insights from exercises ------------------------------------------------------


def test_no_exercises_no_insights(vault, catalog) -> None:
    found = harvest_vault(catalog, vault, "nl")
    assert found.insights == () and found.ideas == () and found.profiles == ()


def test_completed_exercises_give_insights_ideas_and_profiles(vault, catalog) -> None:
    anchors = catalog.get("career-anchors")
    values = catalog.get("work-values")
    run = complete_exercise(vault, anchors, "en")
    complete_exercise(vault, values, "en")
    found = harvest_vault(catalog, vault, "en")

    sources = [i.source for i in found.insights]
    assert insight_source("career-anchors", "anchors", run.id) in sources
    anchor = next(i for i in found.insights if i.source.startswith("insight:career-anchors/"))
    assert anchor.text.startswith("My strongest career anchors: ")
    assert anchor.exercise == anchors.title.en
    assert any(i.text.startswith("My five most important work values") for i in found.insights)

    # A suggestion that carries a result is left out when the result has nothing to carry.
    suggested = (*anchors.suggestions, *values.suggestions)
    plain = {s.section for s in suggested if s.result is None}
    assert plain <= {idea.section for idea in found.ideas} <= {s.section for s in suggested}
    assert len({idea.source for idea in found.ideas}) == len(found.ideas)

    # Career anchors are a profile; the pile counts of a card sort are not.
    assert [p.title for p in found.profiles] == [anchors.results[0].title.en]
    assert len(found.profiles[0].bars) == 8

    dutch = harvest_vault(catalog, vault, "nl")
    assert [i.source for i in dutch.insights] == sources, "the source does not depend on language"
    assert dutch.insights[0].text != found.insights[0].text


def test_a_new_run_offers_its_insight_again(vault, catalog, store: PlanStore) -> None:
    anchors = catalog.get("career-anchors")
    complete_exercise(vault, anchors, "nl")
    first = harvest_vault(catalog, vault, "nl").insights[0]
    store.pull(first.source, "vision", first.text)
    assert first.source in store.live_sources()
    complete_exercise(vault, anchors, "nl", seed=3)
    second = harvest_vault(catalog, vault, "nl").insights[0]
    assert second.source != first.source and second.source not in store.live_sources()
