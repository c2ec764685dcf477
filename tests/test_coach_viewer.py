"""The coach's side: opening a shared package in its own window, read-only, and printing it."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from careerjournal.export.package import FORMAT
from careerjournal.share.content import shared_document
from careerjournal.share.writers import export_share
from careerjournal.ui.dialogs.coach_viewer import CoachViewer, open_shared_export
from careerjournal.vault import cipherfile, open_vault
from tests.helpers.canaries import assert_no_byte_of, fill_canaries, pdf_text
from tests.helpers.driver import unlock
from tests.helpers.passphrases import COACH_PASSPHRASE, PASSPHRASE
from tests.helpers.prompts import ScriptedPrompts
from tests.helpers.widgets import english_only


@pytest.fixture(autouse=True)
def _english(qapp):
    with english_only(qapp):
        yield


@pytest.fixture
def package(vault, catalog, tmp_path: Path):
    """A client's package, and the canaries of what is (and is not) in it."""
    canaries = fill_canaries(vault, catalog, journal_text=True)
    path = tmp_path / "from-my-client.cjshare"
    shared = shared_document(vault, catalog, canaries.selection, "nl", date(2026, 3, 10))
    export_share(vault, shared, "package", path, COACH_PASSPHRASE)
    return path, canaries


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def viewer_for(qtbot, path: Path) -> CoachViewer:
    viewer = open_shared_export(None, path)
    assert viewer is not None
    qtbot.addWidget(viewer)
    qtbot.waitExposed(viewer)
    return viewer


def type_passphrase(qtbot, viewer: CoachViewer, passphrase: str) -> None:
    qtbot.keyClicks(viewer.passphrase, passphrase)
    qtbot.keyClick(viewer.passphrase, Qt.Key.Key_Return)


def test_open_read_and_print_as_pdf(qtbot, package, tmp_path: Path) -> None:
    path, canaries = package
    before = fingerprint(path)
    viewer = viewer_for(qtbot, path)
    assert "from-my-client.cjshare" in viewer.windowTitle()
    assert not viewer.print_action.isEnabled()
    type_passphrase(qtbot, viewer, COACH_PASSPHRASE)
    assert viewer.stack.currentIndex() == 1
    shown = viewer.view.toPlainText()
    assert "Gedeeld met mijn coach" in shown
    for text in canaries.shared:
        assert text in shown, text
    for text in canaries.hidden:
        assert text not in shown, text
    assert viewer.passphrase.text() == ""
    assert fingerprint(path) == before, "opening a package changes nothing in it"

    printed = tmp_path / "printed.pdf"
    viewer.saving.prompts = ScriptedPrompts(path=printed)
    assert viewer.print_action.isEnabled()
    viewer.print_action.trigger()
    text = pdf_text(printed.read_bytes())
    assert "ZqSharedGoal" in text and "ZqSharedName" in text
    assert_no_byte_of(text.encode(), canaries.hidden)
    assert "printed.pdf" in viewer.message.text()


def test_printing_waits_for_the_warning(qtbot, package, tmp_path: Path) -> None:
    path, _ = package
    viewer = viewer_for(qtbot, path)
    type_passphrase(qtbot, viewer, COACH_PASSPHRASE)
    prompts = viewer.saving.prompts = ScriptedPrompts(confirm=False, path=tmp_path / "x.pdf")
    viewer.print_pdf()
    assert prompts.confirmed and prompts.asked_path == []
    written = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock")
    assert written == ["from-my-client.cjshare", "vault.cjv"]


def test_wrong_passphrase_then_the_right_one(qtbot, package) -> None:
    path, _ = package
    before = fingerprint(path)
    viewer = viewer_for(qtbot, path)
    type_passphrase(qtbot, viewer, "not it")
    assert "does not open this file" in viewer.error.text()
    assert viewer.stack.currentIndex() == 0 and viewer.view.toPlainText() == ""
    assert fingerprint(path) == before
    type_passphrase(qtbot, viewer, COACH_PASSPHRASE)
    assert viewer.stack.currentIndex() == 1 and viewer.error.text() == ""


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[5000:5100] = bytes(100)
    path.write_bytes(bytes(data))


def make_newer(path: Path) -> None:
    opened = cipherfile.unlock(path, COACH_PASSPHRASE, cipherfile.PACKAGE)
    opened.conn.execute(
        "UPDATE package_meta SET value = ? WHERE key = 'format'", (str(FORMAT + 1),)
    )
    opened.conn.close()


@pytest.mark.parametrize(
    "spoil, message",
    [
        (lambda p: p.write_bytes(p.read_bytes()[:5000]), "damaged or incomplete"),
        (damage, "damaged or incomplete"),
        (make_newer, "newer CareerJournal"),
    ],
)
def test_a_spoilt_package_is_explained_and_left_alone(qtbot, package, spoil, message: str) -> None:
    path, _ = package
    spoil(path)
    before = fingerprint(path)
    viewer = viewer_for(qtbot, path)
    type_passphrase(qtbot, viewer, COACH_PASSPHRASE)
    assert message in viewer.error.text()
    assert viewer.stack.currentIndex() == 0
    assert fingerprint(path) == before


def test_the_users_own_vault_is_never_opened_or_touched(
    qtbot, main_window, vault_path: Path
) -> None:
    win = main_window(vault_path, "en")
    unlock(win)
    vault = win.session.vault
    assert vault is not None
    before = fingerprint(vault_path)

    viewer = open_shared_export(win, vault_path)
    assert viewer is not None
    qtbot.waitExposed(viewer)
    type_passphrase(qtbot, viewer, PASSPHRASE)
    assert "is not a shared package" in viewer.error.text()
    assert "your own vault is never opened here" in viewer.error.text()
    viewer.close()

    assert win.session.vault is vault and not vault.closed
    win.lock()
    assert fingerprint(vault_path) == before
    with open_vault(vault_path, PASSPHRASE, read_only=True) as again:
        assert again.schema_version() > 0


def test_closing_forgets_the_content(qtbot, package) -> None:
    path, _ = package
    viewer = viewer_for(qtbot, path)
    type_passphrase(qtbot, viewer, COACH_PASSPHRASE)
    document = viewer.view.document()
    assert not document.isEmpty()
    viewer.close()
    assert document.isEmpty() and viewer.package is None, "emptied at once, before deletion"
    qtbot.waitUntil(lambda: not shiboken6.isValid(viewer))
