"""My path over time on a real vault: exercises by date, results that moved, plan changes;
as a chapter of a shared PDF and as a view from Home."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt

from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.export.markdown import markdown
from careerjournal.journey import journey, journey_document
from careerjournal.plan import PlanStore
from careerjournal.plan.sample import complete_exercise
from careerjournal.review import ReviewLine, ReviewStore
from careerjournal.share.content import shared_document
from careerjournal.share.selection import Selection
from careerjournal.share.writers import export_share
from careerjournal.ui.shell.stores import Stores

TODAY = date.today()


def _at(vault, run_id: int, day: date) -> None:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).isoformat()
    with vault.transaction() as conn:
        conn.execute("UPDATE exercise_run SET completed_at = ? WHERE id = ?", (moment, run_id))


def fill(vault, catalog) -> None:
    values = catalog.get("work-values")
    first = complete_exercise(vault, values, "en", seed=1)
    _at(vault, first.id, date(2026, 3, 2))
    second = complete_exercise(vault, values, "en", seed=7)
    _at(vault, second.id, date(2026, 9, 14))
    plan = PlanStore(vault)
    goal = plan.add("goal", "Move into UX research")
    call = plan.add("action", "Call Anna", parent_id=goal.id)
    plan.add("action", "Old idea", parent_id=goal.id)
    ReviewStore(vault).save(
        [
            ReviewLine(call.id, "action", "Call Anna", "done"),
            ReviewLine(goal.id, "goal", goal.title, "going"),
        ],
        "",
        None,
        "en",
        TODAY,
    )


def test_the_path_has_dates_movements_and_plan_events(vault, catalog) -> None:
    fill(vault, catalog)
    path = journey(vault, catalog, "en")
    (track,) = path.tracks
    assert track.exercise_id == "work-values"
    assert track.days == (date(2026, 3, 2), date(2026, 9, 14))
    assert track.comparable
    for movement in track.moved:
        assert abs(movement.now - movement.before) >= 0.25
    kinds = [(e.kind, e.title) for e in path.events]
    assert ("added", "Move into UX research") in kinds and ("done", "Call Anna") in kinds
    review = next(e for e in path.events if e.kind == "review")
    assert dict(review.verdicts) == {"done": 1, "going": 1}


def test_the_path_at_a_glance_in_words(vault, catalog) -> None:
    fill(vault, catalog)
    text = markdown(journey_document(journey(vault, catalog, "en"), "en"))
    assert "My path over time" in text
    assert "2 Mar 2026, 14 Sep 2026" in text
    assert "Added: Move into UX research, Call Anna, Old idea" in text
    assert "Done: Call Anna" in text
    assert "Plan review: 1 × done, 1 × going" in text
    assert "How results moved" in text
    dutch = markdown(journey_document(journey(vault, catalog, "nl"), "nl"))
    assert "Mijn weg door de tijd" in dutch and "Terugblik op mijn plan: 1 × klaar" in dutch


def test_an_empty_vault_says_where_the_path_starts(vault, catalog) -> None:
    text = markdown(journey_document(journey(vault, catalog, "en"), "en"))
    assert "Nothing yet" in text


def test_the_path_is_a_pdf_section_when_shared(vault, catalog, tmp_path) -> None:
    fill(vault, catalog)
    shared = shared_document(vault, catalog, Selection(journey=True), "en", TODAY)
    assert shared.summary.journey
    path = tmp_path / "path.pdf"
    export_share(vault, shared, "pdf", path)
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert "My path over time" in text and "How my plan changed" in text


def test_home_opens_the_path_and_locking_closes_it(qtbot, vault, catalog) -> None:
    from careerjournal.ui.pages.exercises.page import ExercisesPage
    from careerjournal.ui.pages.home import HomePage
    from careerjournal.ui.pages.journal import JournalPage
    from careerjournal.ui.pages.plan.page import PlanPage

    fill(vault, catalog)
    exercises = ExercisesPage(catalog, lambda: "en")
    home = HomePage(
        catalog,
        lambda: "en",
        exercises,
        JournalPage(catalog, lambda: "en"),
        PlanPage(catalog, lambda: "en"),
    )
    qtbot.addWidget(home)
    home.open_vault(Stores.of(vault))
    home.show()
    qtbot.mouseClick(home.journey_button, Qt.MouseButton.LeftButton)
    view = home.journey_view
    assert view is not None and view.isVisible()
    assert "Move into UX research" in view.browser.toPlainText()
    home.clear()
    assert home.journey_view is None and not view.isVisible()
    assert len(ExerciseStore(vault).runs("work-values")) == 2  # looking changes nothing
