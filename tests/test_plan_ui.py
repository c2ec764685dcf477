"""The Plan page driven through real widgets on a real vault, down to the PDF it writes."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from careerjournal.plan import PlanStore
from careerjournal.plan.insights import harvest_vault
from careerjournal.plan.sample import complete_exercise
from careerjournal.ui.pages.plan.item_model import PlanItemModel
from careerjournal.ui.pages.plan.page import PlanPage
from careerjournal.ui.shell.stores import Stores
from tests.helpers.prompts import ScriptedPrompts
from tests.helpers.widgets import click


@pytest.fixture
def page(qtbot, vault, catalog):
    def make(lang: str = "en") -> PlanPage:
        made = PlanPage(catalog, lambda: lang)
        qtbot.addWidget(made)
        made.resize(1100, 760)
        made.open_vault(Stores.of(vault))
        made.show()
        return made

    return make


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def add_goal_with_actions(qtbot, page: PlanPage, goal: str, actions: list[str]) -> None:
    editor = page.editors["goal"]
    page.tabs.setCurrentWidget(editor)
    click(qtbot, editor.add_button)
    qtbot.keyClicks(editor.form.title, goal)
    for action in actions:
        click(qtbot, editor.add_child_button)
        assert editor.form.title.hasFocus() or editor.current_item().section == "action"
        qtbot.keyClicks(editor.form.title, action)
    editor.flush()


def test_add_goal_with_actions_reorder_complete_archive(page, qtbot, vault) -> None:
    plan_page = page()
    store = PlanStore(vault)
    editor = plan_page.editors["goal"]
    add_goal_with_actions(
        qtbot,
        plan_page,
        "Move into research",
        ["Build a portfolio", "Call Anouk", "Finish the course"],
    )
    goal = store.plan().goals[0]
    assert goal.item.title == "Move into research"
    assert [a.title for a in goal.actions] == [
        "Build a portfolio",
        "Call Anouk",
        "Finish the course",
    ]

    # The form autosaves after a pause, without any flush.
    editor.select(goal.item.id)
    qtbot.keyClicks(editor.form.outcome, "A signed contract")
    qtbot.waitUntil(lambda: store.item(goal.item.id).outcome == "A signed contract", timeout=3000)

    # Reorder with Alt+Up and with the buttons.
    editor.select(goal.actions[2].id)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [a.title for a in store.plan().goals[0].actions] == [
        "Finish the course",
        "Build a portfolio",
        "Call Anouk",
    ]
    assert editor.current_item().title == "Finish the course", "the moved item stays selected"
    click(qtbot, editor.down_button)
    assert [a.title for a in store.plan().goals[0].actions][:2] == [
        "Build a portfolio",
        "Finish the course",
    ]

    # Complete with the button, and by ticking the box in the tree.
    click(qtbot, editor.done_button)
    assert store.item(editor.current_item().id).done
    assert editor.done_button.text().replace("&", "") == "Mark not done"
    call = next(a for a in store.plan().goals[0].actions if a.title == "Call Anouk")
    index = editor.model.index_of(call.id)
    assert editor.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert store.item(call.id).done
    assert store.plan().goals[0].actions_done == 2

    # Archive hides; "show archived" brings it back to restore.
    editor.select(call.id)
    click(qtbot, editor.archive_button)
    assert [a.title for a in store.plan().goals[0].actions] == [
        "Build a portfolio",
        "Finish the course",
    ]
    assert not editor.model.index_of(call.id).isValid()
    editor.show_archived.setChecked(True)
    editor.select(call.id)
    assert editor.archive_button.text().replace("&", "") == "Restore"
    assert not editor.form.isEnabled(), "an archived item is read-only"
    click(qtbot, editor.archive_button)
    assert [a.title for a in store.plan().goals[0].actions][-1] == "Call Anouk"


def test_vision_review_date_and_cover_name_are_saved(page, qtbot, vault) -> None:
    plan_page = page()
    store = PlanStore(vault)
    qtbot.keyClicks(plan_page.vision, "Werk met ruimte voor vakmanschap,")
    plan_page.vision.insertPlainText(" één team.")  # as an input method would (keyClicks is ASCII)
    qtbot.waitUntil(lambda: store.settings().vision.endswith("één team."), timeout=3000)
    plan_page.review.enabled.setChecked(True)
    plan_page.review.editor.setDate(date(2027, 6, 2))
    assert store.settings().review_date == date(2027, 6, 2)
    qtbot.keyClicks(plan_page.cover_name, "Sanne")
    plan_page.flush()
    assert store.settings().cover_name == "Sanne"
    plan_page.review.enabled.setChecked(False)
    assert store.settings().review_date is None


def test_pull_an_insight_and_an_idea_with_one_click(page, qtbot, vault, catalog) -> None:
    complete_exercise(vault, catalog.get("career-anchors"), "en")
    complete_exercise(vault, catalog.get("three-futures"), "en")
    plan_page = page()
    store = PlanStore(vault)
    harvest = harvest_vault(catalog, vault, "en")
    anchors = next(i for i in harvest.insights if "career anchors" in i.text)

    button = plan_page.insights.button_for(anchors)
    click(qtbot, button)
    vision = store.items("vision")
    assert [(v.title, v.source) for v in vision] == [(anchors.text, anchors.source)]
    assert plan_page.tabs.currentIndex() == 0
    assert plan_page.editors["vision"].current_item().id == vision[0].id
    button = plan_page.insights.button_for(anchors)
    assert not button.isEnabled() and button.text() == "In your plan"
    plan_page.pull_insight(anchors)  # a second pull changes nothing
    assert len(store.items("vision")) == 1

    # An action idea needs a goal to go under.
    action_idea = next(i for i in harvest.ideas if i.section == "action")
    assert not plan_page.insights.button_for(action_idea).isEnabled()
    add_goal_with_actions(qtbot, plan_page, "Explore my chosen future", [])
    click(qtbot, plan_page.insights.button_for(action_idea))
    goal = store.plan().goals[0]
    assert [a.source for a in goal.actions] == [action_idea.source]
    assert plan_page.editors["goal"].current_item().id == goal.actions[0].id

    planb_idea = next(i for i in harvest.ideas if i.section == "planb")
    click(qtbot, plan_page.insights.button_for(planb_idea))
    assert [i.title for i in store.items("planb")] == [planb_idea.text]
    assert plan_page.tabs.currentWidget() is plan_page.editors["planb"]


def test_export_warns_once_then_writes_where_the_user_chose(
    page, qtbot, vault, tmp_path: Path
) -> None:
    plan_page = page("nl")
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    add_goal_with_actions(qtbot, plan_page, "Overstappen naar onderzoek", ["Portfolio maken"])
    targets = iter([tmp_path / "plan.pdf", tmp_path / "tweede.pdf"])
    prompts = ScriptedPrompts(confirm=False, path=lambda suggested, suffix: next(targets))
    plan_page.saving.prompts = prompts
    warnings, asked = prompts.confirmed, prompts.asked_path

    click(qtbot, plan_page.export_button)  # declined: nothing asked, nothing written
    assert len(warnings) == 1 and asked == [] and list(tmp_path.iterdir()) == []

    prompts.confirm = True
    click(qtbot, plan_page.export_button)
    assert len(warnings) == 2 and asked[0].name.startswith("Mijn loopbaanplan")
    text = pdf_text(tmp_path / "plan.pdf")
    assert "Mijn loopbaanplan" in text and "Overstappen naar onderzoek" in text
    assert "Portfolio maken" in text
    assert str(tmp_path / "plan.pdf") in plan_page.message.text()

    click(qtbot, plan_page.export_button)
    assert len(warnings) == 2, "warned once per unlocked vault"
    assert (tmp_path / "tweede.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf", "tweede.pdf"]

    plan_page.clear()
    plan_page.open_vault(Stores.of(vault))
    assert not plan_page.warned_unencrypted, "a new unlock warns again"


def test_export_error_is_shown_not_raised(page, qtbot, tmp_path: Path) -> None:
    plan_page = page()
    plan_page.saving.prompts = ScriptedPrompts(path=tmp_path / "missing folder" / "plan.pdf")
    click(qtbot, plan_page.export_button)
    assert "could not be saved" in plan_page.message.text()


def _look(pdf: bytes, number: int) -> list[float]:
    """Page ``number`` of ``pdf`` as a coarse grey picture (60 x 84 blocks of 4 x 4 pixels)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    page = document[number]
    bitmap = page.render(scale=240 / page.get_width(), grayscale=True)
    data, stride = bitmap.buffer, bitmap.stride
    blocks = [
        sum(data[(4 * r + y) * stride + 4 * c + x] for y in range(4) for x in range(4)) / 16
        for r in range(84)
        for c in range(60)
    ]
    document.close()
    return blocks


def _printed(page, qtbot, out: Path, pages: tuple[int, int] | None = None) -> bytes:
    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        if pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    page.ask_printer = to_file
    click(qtbot, page.print_button)
    return out.read_bytes()


def _nearest(printed: bytes, number: int, exported: bytes, pages: int) -> int:
    """Which exported page the printed page ``number`` looks most like."""
    look = _look(printed, number)
    distances = [
        sum(abs(a - b) for a, b in zip(look, _look(exported, n), strict=True)) for n in range(pages)
    ]
    return distances.index(min(distances))


def test_print_sends_the_pages_of_the_pdf(page, qtbot, vault, tmp_path: Path) -> None:
    import tempfile

    from careerjournal.plan.printout import plan_pdf

    plan_page = page()
    add_goal_with_actions(qtbot, plan_page, "Grow my network", ["Go to the meetup"])
    plan_page.editors["conversation"].add_item()
    qtbot.keyClicks(plan_page.editors["conversation"].form.title, "Coach: go through my plan")
    plan_page.flush()
    exported = plan_pdf(vault, plan_page.catalog, "en")
    expected = PdfReader(BytesIO(exported)).pages
    temp = Path(tempfile.gettempdir())
    before = set(temp.iterdir())
    printed = _printed(plan_page, qtbot, tmp_path / "printed.pdf")
    assert set(temp.iterdir()) == before, "nothing went through a temporary file"
    pages = len(expected)
    assert len(PdfReader(BytesIO(printed)).pages) == pages >= 2
    assert [_nearest(printed, n, exported, pages) for n in range(pages)] == list(range(pages))

    second = _printed(plan_page, qtbot, tmp_path / "second.pdf", (2, 2))
    assert len(PdfReader(BytesIO(second)).pages) == 1
    assert _nearest(second, 0, exported, pages) == 1


def test_cancelled_print_does_nothing(page, qtbot) -> None:
    plan_page = page()
    plan_page.ask_printer = lambda printer: False
    click(qtbot, plan_page.print_button)
    assert plan_page.message.text() == ""


def test_lock_forgets_every_piece_of_user_text(page, qtbot) -> None:
    plan_page = page()
    add_goal_with_actions(qtbot, plan_page, "Secret goal", ["Secret action"])
    qtbot.keyClicks(plan_page.vision, "Secret vision")
    plan_page.flush()
    plan_page.clear()
    assert plan_page.vision.toPlainText() == ""
    assert all(e.model.rowCount() == 0 for e in plan_page.editors.values())
    assert plan_page.editors["goal"].form.title.text() == ""
    assert not plan_page.export_button.isEnabled()


def test_item_model_passes_the_model_tester(qtmodeltester, vault) -> None:
    store = PlanStore(vault)
    goals = [store.add("goal", f"Goal {n}", due_date=date(2027, 5, n + 1)) for n in range(3)]
    children = {
        g.id: [store.add("action", f"Action {g.id}.{n}", parent_id=g.id) for n in range(n_actions)]
        for g, n_actions in zip(goals, (2, 0, 3), strict=True)
    }
    store.set_status(children[goals[0].id][0].id, "done")
    model = PlanItemModel(scheduled=True)
    model.set_items(store.items("goal"), {g.id: store.items("action", g.id) for g in goals})
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.rowCount(model.index_of(goals[2].id)) == 3
    first = model.index_of(children[goals[0].id][0].id)
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.parent(first) == model.index_of(goals[0].id)

    flat = PlanItemModel(scheduled=False)
    flat.set_items([store.add("planb", "Stay and broaden my role")], {})
    qtmodeltester.check(flat)
    assert flat.columnCount() == 1
