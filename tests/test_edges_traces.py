"""No plaintext traces of export folders or file names in Qt's settings or anywhere else."""

from __future__ import annotations

import ast
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFileDialog

from careerjournal.ui.pages.plan.page import PlanPage
from careerjournal.ui.pages.share.page import SharePage
from careerjournal.vault import open_vault
from tests.helpers.canaries import fill_canaries
from tests.helpers.dialogs import drive, type_name
from tests.helpers.driver import unlock
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.prompts import ConfirmingPrompts
from tests.helpers.share_page import tick
from tests.helpers.widgets import english_only

PACKAGE = Path(__file__).resolve().parent.parent / "careerjournal"
SANDBOXED = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR")


def save_through_the_real_dialog(path: Path, action) -> None:
    """As a person does it: go to the folder in Qt's dialog, type the name, save."""

    def go_there_and_save(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(path.parent))
        type_name(path.name)(dialog)

    seen = drive([go_there_and_save])
    action()
    assert seen == ["QFileDialog"] and path.exists(), path


def test_a_session_with_exports_leaves_no_folder_or_file_name_behind(
    qtbot, qapp, main_window, tmp_path: Path, vault_path: Path, catalog
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    vault = data / "vault.cjv"
    shutil.copyfile(vault_path, vault)
    with open_vault(vault, PASSPHRASE) as opened:
        canaries = fill_canaries(opened, catalog)
    exports = tmp_path / "ZqExportFolderName"
    exports.mkdir()
    names = ["ZqPlanFile", "ZqSharePdfFile", "ZqShareMarkdownFile", "ZqSheetFile"]

    with english_only(qapp):
        win = unlock(main_window(vault, "en"))

        plan = win.findChild(PlanPage)
        plan.saving.prompts = ConfirmingPrompts()
        save_through_the_real_dialog(exports / f"{names[0]}.pdf", plan.export_pdf)

        share = win.findChild(SharePage)
        win.workspace.show_page(share)
        qtbot.waitUntil(share.isVisible)
        share.saving.prompts = ConfirmingPrompts()
        for goal in canaries.selection.goals:
            tick(share, ("goal", goal))
        share.form_box.set_form("pdf")
        share.form_box.protect_pdf.setChecked(False)
        click = lambda: qtbot.mouseClick(share.export_button, Qt.MouseButton.LeftButton)  # noqa: E731
        save_through_the_real_dialog(exports / f"{names[1]}.pdf", click)
        share.form_box.set_form("markdown")
        save_through_the_real_dialog(exports / f"{names[2]}.md", click)

        win.ask_passphrase = lambda: PASSPHRASE
        save_through_the_real_dialog(exports / f"{names[3]}.pdf", win.save_recovery_sheet)
        win.lock()
        win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # dialogs destroyed

    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert (config / "QtProject.conf").exists(), "Qt's dialog did write its settings file"
    needles = [exports.name, *names]
    patterns = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    for folder in (Path(os.environ[name]) for name in SANDBOXED):
        for path in folder.rglob("*"):
            if exports in path.parents or not path.is_file() or path.is_symlink():
                continue
            content = path.read_bytes()
            found = [p for p in patterns if p in content]
            assert not found, f"{found[0]!r} found in {path}"


def test_every_file_dialog_goes_through_the_helper_that_forgets() -> None:
    """QFileDialog's static functions would write QtProject.conf with the folders visited."""
    statics = {"getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"}
    helper = PACKAGE / "ui" / "widgets" / "file_dialogs.py"
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr.rstrip("Url") in statics:
                offenders.append(f"{source.relative_to(PACKAGE)}: {node.attr}")
            if (
                source != helper
                and isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QFileDialog"
            ):
                offenders.append(f"{source.relative_to(PACKAGE)}: QFileDialog(...)")
    assert offenders == []
