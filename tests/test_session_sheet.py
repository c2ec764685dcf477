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
from careerjournal.ui.shell.stores import Stores
from careerjournal.vault import open_vault
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.prompts import ScriptedPrompts

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
    assert ": What matters to me in my work? (again; before on " in text
    assert "New goal: Try a UX internship" in text
    assert "New actions and other items in my plan: 1" in text
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
        + ["--passphrase-stdin", "--session-sheet", "--my-path", "--lang", "en"],
        input=f"{PASSPHRASE}\ncoach passphrase for the package\ncoach passphrase for the package\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    package = read_package(out, "coach passphrase for the package")
    text = markdown(package.document)
    assert "Preparing my coach session" in text and "Whether to tell my manager" in text
    assert "My path over time" in text


def test_prepare_on_the_share_page_then_preview_and_export_as_pdf(qtbot, vault, catalog, tmp_path):
    from PySide6.QtCore import Qt

    from careerjournal.ui.pages.share.page import SharePage

    page = SharePage(catalog, lambda: "en")
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.open_vault(Stores.of(vault))
    page.show()
    page.tabs.setCurrentWidget(page.session_tab)
    qtbot.keyClicks(page.session_tab.editors["topics"], "Zq-topic: telling my manager")
    qtbot.keyClicks(page.session_tab.editors["questions"], "Zq-question: is a pay cut worth it?")
    qtbot.mouseClick(page.session_tab.use_button, Qt.MouseButton.LeftButton)
    assert SessionDraft(vault).get("topics") == "Zq-topic: telling my manager"
    assert page.tabs.currentIndex() == 0
    preview = page.preview.toPlainText()
    assert "Preparing my coach session" in preview and "Zq-question" in preview
    page.form_box.set_form("pdf")
    page.form_box.protect_pdf.setChecked(False)
    page.saving.prompts = ScriptedPrompts(path=tmp_path / "sheet.pdf")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(tmp_path / "sheet.pdf")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Zq-topic: telling my manager" in text and "What changed since I last shared" in text
    assert ShareHistory(vault).list()[0].summary.session_sheet
    page.tabs.setCurrentWidget(page.history_list)
    assert "the sheet to prepare your session" in page.history_list.item(0).text()
    page.clear()
    assert page.session_tab.editors["topics"].toPlainText() == ""


def test_the_sheet_alone_is_one_page(vault, catalog, tmp_path) -> None:
    fill(vault, catalog)
    for lang in ("nl", "en"):
        shared = shared_document(vault, catalog, Selection(session_sheet=True), lang, TODAY)
        path = tmp_path / f"sheet-{lang}.pdf"
        export_share(vault, shared, "pdf", path)
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        assert reader.metadata.title in (
            "Voorbereiding op mijn gesprek",
            "Preparing my coach session",
        )


def test_a_long_history_is_counted_not_listed(vault, catalog) -> None:
    plan = PlanStore(vault)
    for n in range(12):
        plan.add("goal", f"Goal {n}")
    text = markdown(session_document(vault, catalog, "en", TODAY))
    changed = text.split("What changed")[1].split("What I tried")[0]
    assert changed.count("\n- ") == 8 and "- … and 5 more" in changed
