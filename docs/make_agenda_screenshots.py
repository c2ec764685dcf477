"""Screenshots of keeping moving: Home with items due, the plan review and the session sheet.

    python docs/make_agenda_screenshots.py   # writes docs/screenshots/<name>-<lang>.png

A demo vault is made in a throw-away folder and moved a little into the past,
so that a review, two actions and the monthly check-in are due.
"""

from __future__ import annotations

import os
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
SIZE = (1180, 780)
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
        moment = (today - timedelta(days=40)).isoformat() + "T12:00:00+00:00"
        with vault.transaction() as conn:
            conn.execute(
                "UPDATE exercise_run SET completed_at = ? WHERE exercise_id = 'monthly-check-in'",
                (moment,),
            )


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shoot_home(app: QApplication, window: MainWindow, lang: str) -> None:
    window.workspace.nav.setCurrentRow(0)
    settle(app)
    window.grab().save(str(OUT / f"home-now-{lang}.png"))


def shoot_review(app: QApplication, window: MainWindow, lang: str) -> None:
    """The review at its second step, with the first answered, over the Plan page."""
    from careerjournal.review import ReviewStore, to_review
    from careerjournal.ui.pages.plan.review_dialog import ReviewDialog

    page = window.workspace.pages[3]
    window.workspace.show_page(page)
    items = to_review(page.store.plan())
    dialog = ReviewDialog(items, ReviewStore(page.vault).list(), lang, date.today(), page)
    dialog.show()
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
    from careerjournal.share.session_sheet import SessionDraft

    page = window.workspace.pages[4]
    window.workspace.show_page(page)
    draft = SessionDraft(page.vault)
    draft.set("topics", TOPICS[lang])
    draft.set("questions", QUESTIONS[lang])
    page.session_tab.open_vault(page.vault)
    page.tabs.setCurrentWidget(page.session_tab)
    settle(app)
    window.grab().save(str(OUT / f"session-prepare-{lang}.png"))
    page.use_session_sheet()
    settle(app)
    window.grab().save(str(OUT / f"session-sheet-{lang}.png"))
    render_sheet_pdf(page, lang)
    page.model.set_ticked([("sheet",)], False)


def render_sheet_pdf(page, lang: str) -> None:
    """The sheet as the coach gets it, page one rendered to PNG with pdftoppm."""
    from careerjournal.export.pdf import render_pdf
    from careerjournal.share.content import shared_document
    from careerjournal.share.selection import Selection

    shared = shared_document(
        page.vault, page.catalog, Selection(session_sheet=True), lang, date.today()
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
SHOTS = (shoot_home, shoot_review, shoot_session)


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
