"""The guided review driven through its real dialog over the Plan page, on a real vault."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt

from careerjournal.journal import JournalStore
from careerjournal.plan import PlanStore
from careerjournal.review import ReviewStore
from careerjournal.ui.pages.plan.page import PlanPage
from careerjournal.ui.pages.plan.review_dialog import ReviewDialog
from careerjournal.ui.shell.stores import Stores

TODAY = date.today()


def make_page(qtbot, vault, catalog, lang: str = "en") -> PlanPage:
    page = PlanPage(catalog, lambda: lang)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.open_vault(Stores.of(vault))
    page.show()
    return page


def test_walk_the_plan_and_keep_the_review(qtbot, vault, catalog) -> None:
    store = PlanStore(vault)
    goal = store.add("goal", "Work closer to people")
    call = store.add("action", "Call Anna", parent_id=goal.id, due_date=TODAY - timedelta(3))
    course = store.add("action", "Take the course", parent_id=goal.id, due_date=TODAY)
    page = make_page(qtbot, vault, catalog)

    def walk(dialog: ReviewDialog) -> bool:
        qtbot.addWidget(dialog)
        assert [s.item.title for s in dialog.steps] == [goal.title, call.title, course.title]
        qtbot.mouseClick(dialog.forward, Qt.MouseButton.LeftButton)  # past the intro
        assert dialog.stack.currentWidget().place.text() == "Goal 1 of 1"
        dialog.steps[0].buttons["going"].setChecked(True)
        qtbot.keyClicks(dialog.steps[0].why, "Two good talks")
        qtbot.mouseClick(dialog.forward, Qt.MouseButton.LeftButton)
        dialog.steps[1].buttons["done"].setChecked(True)
        qtbot.mouseClick(dialog.forward, Qt.MouseButton.LeftButton)
        step = dialog.steps[2]
        assert step.place.text() == "An action for “Work closer to people”"
        step.buttons["stuck"].setChecked(True)
        qtbot.keyClicks(step.next_step, "Ask for study time")
        step.date.editor.setDate(QDate(TODAY + timedelta(days=30)))
        qtbot.mouseClick(dialog.forward, Qt.MouseButton.LeftButton)
        assert dialog.forward.text() == "&Save the review"
        qtbot.keyClicks(dialog.note_edit, "Slow but moving.")
        qtbot.mouseClick(dialog.forward, Qt.MouseButton.LeftButton)
        return dialog.result() == ReviewDialog.DialogCode.Accepted

    page.run_dialog = walk
    page.start_review()

    assert store.item(call.id).status == "done"
    assert store.item(goal.id).status == "doing"
    assert store.item(course.id).due_date == TODAY + timedelta(days=30)
    (review,) = ReviewStore(vault).list()
    assert [line.verdict for line in review.lines] == ["going", "done", "stuck"]
    entry = JournalStore(vault).get(review.entry_id)
    assert "Slow but moving." in entry.body
    assert "summary is in your journal" in page.message.text()
    # The second time, the first review is there to read.
    seen: list[str] = []

    def look(dialog: ReviewDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.earlier_list.setCurrentRow(0)
        seen.append(dialog.earlier_text.toPlainText())
        return False

    page.run_dialog = look
    page.start_review()
    assert "Stuck: Take the course" in seen[0] and "Next: Ask for study time" in seen[0]


def test_skipped_items_are_left_out_and_cancel_changes_nothing(qtbot, vault, catalog) -> None:
    store = PlanStore(vault)
    goal = store.add("goal", "Find a mentor")
    page = make_page(qtbot, vault, catalog, "nl")

    def cancel(dialog: ReviewDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.reject()
        return False

    page.run_dialog = cancel
    page.start_review()
    assert ReviewStore(vault).list() == [] and JournalStore(vault).count() == 0

    def skip(dialog: ReviewDialog) -> bool:
        qtbot.addWidget(dialog)
        while dialog.result() != ReviewDialog.DialogCode.Accepted:
            qtbot.mouseClick(dialog.forward, Qt.MouseButton.LeftButton)
        return True

    page.run_dialog = skip
    page.start_review()
    (review,) = ReviewStore(vault).list()
    assert review.lines == () and store.item(goal.id).status == "open"
    assert store.settings().review_date is not None  # three months on, by default


def test_locking_while_reviewing_closes_the_dialog_and_keeps_nothing(qtbot, vault, catalog) -> None:
    store = PlanStore(vault)
    goal = store.add("goal", "Zq-secret goal")
    page = make_page(qtbot, vault, catalog)

    def lock_meanwhile(dialog: ReviewDialog) -> bool:
        dialog.show()
        dialog.steps[0].buttons["done"].setChecked(True)
        page.clear()  # what the window does when the vault locks
        assert not dialog.isVisible()
        return dialog.result() == ReviewDialog.DialogCode.Accepted

    page.run_dialog = lock_meanwhile
    page.start_review()
    assert not page.findChildren(ReviewDialog)
    assert ReviewStore(vault).list() == [] and store.item(goal.id).status == "open"
