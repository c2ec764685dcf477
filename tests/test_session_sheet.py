"""The coach-session sheet built from the share history, reviews and the plan, on a real vault,
as a PDF read back with pypdf and inside a coach package made by ``careerjournal share``."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.export.markdown import markdown
from careerjournal.export.package import read_package
from careerjournal.plan import PlanStore
from careerjournal.review import ReviewLine, ReviewStore
from careerjournal.share.content import shared_document
from careerjournal.share.history import ShareHistory, ShareSummary
from careerjournal.share.selection import Selection
from careerjournal.share.session_sheet import SessionDraft, session_document
from careerjournal.share.writers import export_share
from careerjournal.vault import open_vault
from tests.conftest import PASSPHRASE

TODAY = date.today()


def _backdate(vault, table: str, column: str, moment: datetime) -> None:
    with vault.transaction() as conn:
        conn.execute(f"UPDATE {table} SET {column} = ?", (moment.isoformat(),))


def _done(vault, catalog, exercise_id: str):
    store = ExerciseStore(vault)
    exercise = catalog.get(exercise_id)
    return store.complete(store.start(exercise).id, exercise)


def fill(vault, catalog) -> None:
    """Shared a month ago; since then an exercise redone, a goal added, a review, a late action."""
    month_ago = datetime.now(UTC) - timedelta(days=30)
    plan = PlanStore(vault)
    old_goal = plan.add("goal", "Old goal")
    old_action = plan.add("action", "Ask for feedback", parent_id=old_goal.id)
    _done(vault, catalog, "work-values")
    _backdate(vault, "plan_item", "created_at", month_ago - timedelta(days=5))
    _backdate(vault, "exercise_run", "completed_at", month_ago - timedelta(days=5))
    ShareHistory(vault).record("pdf", "earlier.pdf", False, ShareSummary(results=1))
    _backdate(vault, "share_record", "created_at", month_ago)

    _done(vault, catalog, "work-values")
    plan.set_status(old_action.id, "done")
    plan.add("goal", "Try a UX internship")
    plan.add("action", "Mail the clinic", parent_id=old_goal.id, due_date=TODAY - timedelta(2))
    ReviewStore(vault).save(
        [ReviewLine(old_goal.id, "goal", "Old goal", "stuck", "No time", "Block Fridays")],
        "",
        None,
        "en",
        TODAY,
    )
    draft = SessionDraft(vault)
    draft.set("topics", "Whether to tell my manager\n- How to find a UX mentor")
    draft.set("questions", "Is a pay cut worth it?")


def test_the_sheet_covers_topics_changes_tries_and_questions(vault, catalog) -> None:
    fill(vault, catalog)
    text = markdown(session_document(vault, catalog, "en", TODAY))
    assert "# Preparing my coach session" in text
    sections = [
        "What I want to talk about",
        "What changed since I last shared",
        "What I tried, and what got stuck",
        "My questions",
    ]
    positions = [text.index(s) for s in sections]
    assert positions == sorted(positions)
    assert "- Whether to tell my manager" in text and "- How to find a UX mentor" in text
    assert "What matters to me in my work?, done again on" in text and "(before: " in text
    assert "New in my plan: Try a UX internship" in text
    assert "Done: Ask for feedback" in text
    assert "Old goal" not in text.split("What changed")[1].split("What I tried")[0]
    assert "Stuck: Old goal — No time; Block Fridays" in text
    assert "Not got to yet: Mail the clinic" in text
    assert "- Is a pay cut worth it?" in text


def test_without_an_earlier_share_it_says_so_in_dutch(vault, catalog) -> None:
    text = markdown(session_document(vault, catalog, "nl", TODAY))
    assert "Voorbereiding op mijn gesprek" in text
    assert "Ik heb nog niets eerder gedeeld" in text
    assert "(nog niets ingevuld)" in text


def test_the_sheet_opens_the_coach_package_and_is_recorded(vault, catalog, tmp_path) -> None:
    fill(vault, catalog)
    shared = shared_document(vault, catalog, Selection(session_sheet=True), "en", TODAY)
    assert shared.summary.session_sheet and not shared.summary.is_empty
    path = tmp_path / "session.pdf"
    export_share(vault, shared, "pdf", path)
    pdf = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Preparing my coach session" in pdf and "Is a pay cut worth it?" in pdf
    newest = ShareHistory(vault).list()[0]
    assert newest.summary.session_sheet
    # The next sheet counts from this share: nothing has changed since.
    text = markdown(session_document(vault, catalog, "en", TODAY))
    assert "Nothing new in my exercises or plan." in text


def test_careerjournal_share_can_make_it(vault_path: Path, catalog, tmp_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        fill(vault, catalog)
    out = tmp_path / "for-my-coach.cjshare"
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", "share", str(out), "--vault", str(vault_path)]
        + ["--passphrase-stdin", "--session-sheet", "--lang", "en"],
        input=f"{PASSPHRASE}\ncoach passphrase for the package\ncoach passphrase for the package\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    package = read_package(out, "coach passphrase for the package")
    text = markdown(package.document)
    assert "Preparing my coach session" in text and "Whether to tell my manager" in text
