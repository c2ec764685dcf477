"""The Share page driven through real widgets: tick, preview, export in each form, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QWidget

from careerjournal.export.markdown import markdown
from careerjournal.export.package import read_package
from careerjournal.plan import PlanStore
from careerjournal.share.history import ShareHistory
from careerjournal.ui.pages.share.choices import choices
from careerjournal.ui.pages.share.page import SharePage
from careerjournal.ui.pages.share.tree_model import ShareTreeModel
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.widgets.save_flow import Prompts
from tests.helpers.canaries import Canaries, assert_no_byte_of, fill_canaries, pdf_text
from tests.helpers.driver import show_page, unlock
from tests.helpers.passphrases import COACH_PASSPHRASE, PASSPHRASE
from tests.helpers.share_page import tick
from tests.helpers.widgets import all_texts, english_only


@pytest.fixture(autouse=True)
def _english(qapp):
    with english_only(qapp):
        yield


class Dialogs(Prompts):
    """Stands in for the page's dialogs and remembers what was asked."""

    def __init__(self, page: SharePage, folder: Path) -> None:
        self.page = page
        self.folder = folder
        self.confirm = True
        self.asked_confirm: list[str] = []
        self.asked_path: list[str] = []
        self.notes = 0
        page.saving.prompts = self

    def confirm_unencrypted(self, parent: QWidget, title: str, text: str) -> bool:
        self.asked_confirm.append(self.page.form_box.form())
        return self.confirm

    def save_path(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str, suffix: str
    ) -> Path:
        form = self.page.form_box.form()
        self.asked_path.append(form)
        return self.folder / f"{form}-{len(self.asked_path)}{suffix}"

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.notes += 1


@pytest.fixture
def setup(qtbot, vault, catalog, tmp_path: Path):
    canaries = fill_canaries(vault, catalog)
    page = SharePage(catalog, lambda: "en")
    qtbot.addWidget(page)
    page.resize(1200, 820)
    page.open_vault(Stores.of(vault))
    page.show()
    out = tmp_path / "out"
    out.mkdir()
    return page, Dialogs(page, out), canaries


def tick_like_the_canaries(page: SharePage, canaries: Canaries, qtbot) -> None:
    """The canary selection, made with the page's own controls where it has them."""
    s = canaries.selection
    (whole,) = s.runs
    run_node = page.model.leaf_index(("answers", whole)).parent()
    page.model.setData(run_node, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    for run, result in s.results:
        tick(page, ("result", run, result))
    tick(page, ("plan", "conversations"))
    for goal in s.goals:
        tick(page, ("goal", goal))
    for entry in s.entries:
        tick(page, ("entry", entry))
    assert s.journal_rule is not None
    page.tag.setCurrentIndex(page.tag.findData("coach"))
    page.since.set_value(s.journal_rule.since)
    page.until.set_value(s.journal_rule.until)
    qtbot.mouseClick(page.tick_button, Qt.MouseButton.LeftButton)
    page.name.clear()
    qtbot.keyClicks(page.name, s.name)


def preview_text(page: SharePage) -> str:
    return page.preview.toPlainText()


def test_the_tree_model_passes_the_model_tester(setup, qtmodeltester, vault, catalog) -> None:
    model = ShareTreeModel()
    model.load(choices(Stores.of(vault), catalog, "en"))
    qtmodeltester.check(model, force_py=True)


def test_a_group_ticks_everything_below_it_and_shows_part_ticks(setup) -> None:
    page, _, canaries = setup
    model = page.model
    exercises = model.index(0, 0)
    assert model.rowCount(exercises) == 1, "the energy audit, with three runs"
    model.setData(exercises, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    keys = model.ticked_keys()
    assert len([k for k in keys if k[0] == "result"]) == 3
    assert len([k for k in keys if k[0] == "answers"]) == 3
    (whole,) = canaries.selection.runs
    tick(page, ("answers", whole), False)
    assert model.data(exercises, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    model.setData(exercises, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.ticked_keys() == []


def test_space_ticks_the_current_row_and_the_preview_follows(setup, qtbot) -> None:
    page, _, _ = setup
    assert page.shared is None and not page.export_button.isEnabled()
    conversations = page.model.leaf_index(("plan", "conversations"))
    page.tree.setFocus()
    page.tree.setCurrentIndex(conversations)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    assert page.model.ticked_keys() == [("plan", "conversations")]
    qtbot.waitUntil(lambda: "ZqSharedConversation" in preview_text(page))
    assert "ZqSharedGoal" not in preview_text(page)


def test_the_preview_is_exactly_what_the_package_holds(setup, qtbot) -> None:
    page, dialogs, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    qtbot.waitUntil(lambda: "ZqSharedName" in preview_text(page))
    shown = preview_text(page)
    for text in canaries.shared:
        assert text in shown, text
    for text in canaries.hidden:
        assert text not in shown, text

    assert not page.export_button.isEnabled(), "a package needs its passphrase first"
    qtbot.keyClicks(page.form_box.passphrase.passphrase, COACH_PASSPHRASE)
    qtbot.keyClicks(page.form_box.passphrase.repeat, COACH_PASSPHRASE)
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    assert dialogs.asked_confirm == [], "a protected package needs no warning"
    (written,) = dialogs.folder.iterdir()
    assert written.suffix == ".cjshare"
    assert read_package(written, COACH_PASSPHRASE).document == page.shared.document
    assert_no_byte_of(written.read_bytes(), canaries.shared + canaries.hidden)
    assert dialogs.notes == 1
    assert page.form_box.passphrase.text() == "", "the passphrase is forgotten after use"
    assert "Saved as" in page.message.text()
    assert "protected coach package" in page.history_list.item(0).text()

    qtbot.keyClicks(page.form_box.passphrase.passphrase, COACH_PASSPHRASE)
    qtbot.keyClicks(page.form_box.passphrase.repeat, COACH_PASSPHRASE)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.notes == 1, "the note about the passphrase comes once"
    assert page.history_list.count() == 2


def test_journal_text_only_when_ticked(setup, qtbot) -> None:
    page, _, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    qtbot.waitUntil(lambda: "ZqSharedPickedTitle" in preview_text(page))
    assert "ZqPickedBody" not in preview_text(page)
    page.journal_text.setChecked(True)
    qtbot.waitUntil(lambda: "ZqPickedBody" in preview_text(page))
    assert "ZqRuleBody" in preview_text(page)
    assert "ZqHiddenOtherBody" not in preview_text(page)


def test_markdown_is_written_only_after_the_warning_is_accepted(setup, qtbot, vault) -> None:
    page, dialogs, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    page.form_box.set_form("markdown")
    assert page.form_box.warning.isVisible()
    assert not page.form_box.passphrase.isVisible()
    assert page.export_button.isEnabled()

    dialogs.confirm = False
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked_confirm == ["markdown"]
    assert dialogs.asked_path == [], "no file dialog before the warning is accepted"
    assert list(dialogs.folder.iterdir()) == []
    assert ShareHistory(vault).list() == []

    dialogs.confirm = True
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    (written,) = dialogs.folder.iterdir()
    assert written.suffix == ".md"
    assert written.read_text(encoding="utf-8") == markdown(page.shared.document)
    assert_no_byte_of(written.read_bytes(), canaries.hidden)
    assert "Markdown, not encrypted" in page.history_list.item(0).text()


def test_pdf_protected_by_default_or_plain_after_a_warning(setup, qtbot) -> None:
    page, dialogs, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    page.form_box.set_form("pdf")
    assert page.form_box.protect_pdf.isChecked() and not page.export_button.isEnabled()
    qtbot.keyClicks(page.form_box.passphrase.passphrase, COACH_PASSPHRASE)
    qtbot.keyClicks(page.form_box.passphrase.repeat, COACH_PASSPHRASE)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked_confirm == []
    (protected,) = dialogs.folder.iterdir()
    text = pdf_text(protected.read_bytes(), COACH_PASSPHRASE)
    assert "ZqSharedGoal" in text and "ZqHiddenGoal" not in text

    page.form_box.protect_pdf.setChecked(False)
    assert page.form_box.warning.isVisible()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked_confirm == ["pdf"]
    plain = dialogs.folder / "pdf-2.pdf"
    assert "ZqSharedGoal" in pdf_text(plain.read_bytes())
    assert "PDF, not encrypted" in page.history_list.item(0).text()
    assert "PDF with passphrase" in page.history_list.item(1).text()


def test_the_vaults_passphrase_is_refused(setup, qtbot, vault) -> None:
    page, dialogs, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    qtbot.keyClicks(page.form_box.passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.form_box.passphrase.repeat, PASSPHRASE)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "other than your vault's" in page.message.text()
    assert list(dialogs.folder.iterdir()) == []
    assert ShareHistory(vault).list() == []


def test_ticks_survive_a_reload_and_locking_forgets_everything(setup, qtbot) -> None:
    page, _, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    qtbot.keyClicks(page.form_box.passphrase.passphrase, COACH_PASSPHRASE)
    ticked = sorted(page.model.ticked_keys())
    page.hide()
    page.show()  # the page reads the vault again when shown
    assert sorted(page.model.ticked_keys()) == ticked

    qtbot.waitUntil(lambda: "ZqSharedName" in preview_text(page))
    shown = page.preview.document()
    page.clear()
    assert page.model.rowCount() == 0
    assert preview_text(page) == ""
    assert shown.isEmpty() and shown.resource(2, QUrl("chart://1")) is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown))
    assert page.form_box.passphrase.text() == "" and page.name.text() == ""
    assert page.history_list.count() == 0
    assert page.shared is None and not page.export_button.isEnabled()


def test_untick_by_filter(setup, qtbot) -> None:
    page, _, canaries = setup
    tick_like_the_canaries(page, canaries, qtbot)
    (picked,) = canaries.selection.entries
    assert len([k for k in page.model.ticked_keys() if k[0] == "entry"]) == 2
    page.tag.setCurrentIndex(0)  # any tag
    page.since.set_value(None)
    page.until.set_value(None)
    page.until.editor.setDate(QDate(2026, 1, 31))
    page.until.enabled.setChecked(True)
    qtbot.mouseClick(page.untick_button, Qt.MouseButton.LeftButton)
    left = [k for k in page.model.ticked_keys() if k[0] == "entry"]
    assert len(left) == 1 and ("entry", picked) not in left
    qtbot.waitUntil(lambda: "ZqSharedRuleTitle" in preview_text(page))
    assert "ZqSharedPickedTitle" not in preview_text(page)


def test_user_text_is_shown_as_text_in_the_preview(setup, qtbot, vault) -> None:
    page, _, _ = setup
    goal = PlanStore(vault).add("goal", '<img src="x"><b>ZqMarkup</b>')
    page.reload()
    tick(page, ("goal", goal.id))
    qtbot.waitUntil(lambda: "ZqMarkup" in preview_text(page))
    assert '<img src="x"><b>ZqMarkup</b>' in preview_text(page)


def test_in_the_window_locking_leaves_no_user_text(qtbot, main_window, catalog) -> None:
    window = main_window(language="en")
    unlock(window)
    canaries = fill_canaries(window.session.vault, catalog, journal_text=True)
    page = show_page(window, SharePage)
    page.journal_text.setChecked(True)
    page.model.setData(
        page.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    page.model.setData(
        page.model.index(2, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    page.update_preview()
    qtbot.keyClicks(page.form_box.passphrase.passphrase, COACH_PASSPHRASE)
    secrets = (*canaries.shared, *canaries.hidden, COACH_PASSPHRASE)
    shown = "\n".join(all_texts(window))
    assert "ZqPickedBody" in shown and "ZqHiddenOtherTitle" in shown

    window.lock()
    left = "\n".join(all_texts(window))
    assert [text for text in secrets if text in left] == []


def test_a_package_too_large_says_what_to_do(setup) -> None:
    from careerjournal.export.package import PackageTooLarge

    page, _, _ = setup
    said = page._explain_refusal(PackageTooLarge("over 50,000 characters in one paragraph"))
    assert "more than one coach package can hold" in said and "fewer journal entries" in said
