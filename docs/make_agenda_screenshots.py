"""Screenshots of keeping moving: Home with items due, the plan review and the session sheet.

    make screenshots   # this script too: docs/screenshots/<name>-<lang>.png

A demo vault is made in a throw-away folder and moved a little into the past,
so that a review, two actions and the monthly check-in are due.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from careerjournal.demo import build_demo_vault  # noqa: E402
from careerjournal.plan import PlanStore  # noqa: E402
from careerjournal.ui.app import build_main_window  # noqa: E402
from careerjournal.ui.shell.main_window import MainWindow  # noqa: E402
from careerjournal.vault import open_vault  # noqa: E402

PASSPHRASE = "schermafdrukken van een voorbeeldkluis"
SIZE = (1000, 700)
OUT = ROOT / "docs" / "screenshots"


def make_things_due(vault_path: Path) -> None:
    """The review date passed yesterday, two actions are overdue, the check-in is a month old."""
    today = date.today()
    with open_vault(vault_path, PASSPHRASE) as vault:
        plan = PlanStore(vault)
        plan.set_review_date(today - timedelta(days=1))
        actions = [a for goal in plan.plan().goals for a in goal.actions if not a.done][:2]
        for days, action in zip((4, 9), actions, strict=False):
            plan.save(replace(action, due_date=today - timedelta(days=days)))
        with vault.transaction() as conn:
            conn.execute(
                "UPDATE exercise_run SET completed_at = ? WHERE exercise_id IN"
                " ('monthly-check-in', 'work-values')",
                (f"{today - timedelta(days=40)}T12:00:00+00:00",),
            )
        add_history(vault, today)


def add_history(vault, today: date) -> None:
    """Values done again (so results moved) and a plan review three months ago."""
    from careerjournal.exercises.loader import load_folder
    from careerjournal.plan.sample import complete_exercise
    from careerjournal.resources import exercises_dir
    from careerjournal.review import ReviewLine, ReviewStore

    complete_exercise(vault, load_folder(exercises_dir()).get("work-values"), "nl", seed=11)
    plan = PlanStore(vault).plan()
    goal = plan.goals[0]
    lines = [
        ReviewLine(goal.item.id, "goal", goal.item.title, "going", "Twee gesprekken gehad"),
        ReviewLine(None, "action", "Vacatures bijhouden", "stuck", "Geen tijd", "Vrijdagmiddag"),
    ]
    ReviewStore(vault).save(lines, "", today + timedelta(days=60), "nl", today)
    with vault.transaction() as conn:
        earlier = f"{today - timedelta(days=90)}T10:00:00+00:00"
        conn.execute("UPDATE plan_review SET created_at = ?", (earlier,))
    PlanStore(vault).set_review_date(today - timedelta(days=1))


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shoot_home(app: QApplication, window: MainWindow, lang: str) -> None:
    window.workspace.nav.setCurrentRow(0)
    settle(app)
    window.grab().save(str(OUT / f"home-now-{lang}.png"))


def shoot_review(app: QApplication, window: MainWindow, lang: str) -> None:
    """The review at its second step, with the first answered, over the Plan page."""
    from careerjournal.review import to_review
    from careerjournal.ui.pages.plan.review_dialog import ReviewDialog

    page = window.workspace.pages[3]
    window.workspace.show_page(page)
    items = to_review(page.stores.plan.plan())
    dialog = ReviewDialog(items, page.stores.reviews.list(), lang, date.today(), page)
    dialog.show()
    dialog.earlier_list.setCurrentRow(0)
    settle(app)
    dialog.grab().save(str(OUT / f"review-intro-{lang}.png"))
    dialog.forward.click()
    step = dialog.steps[0]
    step.buttons["going"].setChecked(True)
    step.why.setText(WHY[lang])
    step.next_step.setText(NEXT[lang])
    settle(app)
    dialog.grab().save(str(OUT / f"review-{lang}.png"))
    dialog.reject()
    dialog.deleteLater()


WHY = {"nl": "Twee goede gesprekken gehad", "en": "Had two good talks"}
NEXT = {
    "nl": "Portfolio afmaken voor eind januari",
    "en": "Finish the portfolio by the end of January",
}


def shoot_session(app: QApplication, window: MainWindow, lang: str) -> None:
    """The Share page: preparing the session, the sheet in the preview, and the sheet's PDF."""

    page = window.workspace.pages[4]
    window.workspace.show_page(page)
    draft = page.stores.session_draft
    draft.set("topics", TOPICS[lang])
    draft.set("questions", QUESTIONS[lang])
    page.session_tab.open_vault(page.stores)
    page.tabs.setCurrentWidget(page.session_tab)
    settle(app)
    window.grab().save(str(OUT / f"session-prepare-{lang}.png"))
    page.use_session_sheet()
    settle(app)
    window.grab().save(str(OUT / f"session-sheet-{lang}.png"))
    render_sheet_pdf(page, lang)
    page.model.set_ticked([("sheet",)], False)


def render_sheet_pdf(page, lang: str) -> None:
    """The sheet as the coach gets it, page one rendered to PNG with pdftoppm (poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (poppler-utils): the sheet's PDF is not rendered")
        return
    from careerjournal.export.pdf import render_pdf
    from careerjournal.share.content import shared_document
    from careerjournal.share.selection import Selection

    shared = shared_document(
        page.stores.vault, page.catalog, Selection(session_sheet=True), lang, date.today()
    )
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "sheet.pdf"
        pdf.write_bytes(render_pdf(shared.document))
        target = OUT / f"session-sheet-pdf-{lang}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(target)], check=True
        )


TOPICS = {
    "nl": "Of ik mijn leidinggevende nu al vertel dat ik wil overstappen\nHoe ik een mentor in UX vind",
    "en": "Whether to tell my manager now that I want to move\nHow to find a mentor in UX",
}
QUESTIONS = {
    "nl": "Is een stap terug in salaris het waard?\nHoe laat ik mijn zorgervaring zien in een portfolio?",
    "en": "Is a step down in pay worth it?\nHow do I show my care experience in a portfolio?",
}


def shoot_journey(app: QApplication, window: MainWindow, lang: str) -> None:
    """My path over time, opened from Home."""
    home = window.workspace.pages[0]
    window.workspace.show_page(home)
    home.show_journey()
    settle(app)
    view = home.journey_view
    view.grab().save(str(OUT / f"journey-{lang}.png"))
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(app)
    view.grab().save(str(OUT / f"journey-end-{lang}.png"))
    view.reject()


SHOTS = (shoot_home, shoot_review, shoot_session, shoot_journey)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = folder
        vault = Path(folder) / "demo.cjv"
        build_demo_vault(vault, PASSPHRASE, entries=60)
        make_things_due(vault)
        for lang in ("nl", "en"):
            window = build_main_window(app, vault, lang)
            window.resize(*SIZE)
            window.show()
            window.session.unlock(PASSPHRASE)
            window.unlock.unlocked.emit()
            for shoot in SHOTS:
                shoot(app, window, lang)
            window.session.lock()
            window.hide()
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
