"""Exports never replace what they must not: vaults, backups, packages, or any file without a yes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from careerjournal.export import files
from careerjournal.export.document import Document, Heading
from careerjournal.export.files import KeeperTarget, TargetExists, write_atomically
from careerjournal.export.package import write_package
from careerjournal.plan import PlanStore
from careerjournal.ui.widgets.file_dialogs import ask_save_path
from careerjournal.vault import open_vault
from careerjournal.vault.backup import make_backup
from tests.helpers.dialogs import answer, drive, type_name
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
COACH = "een andere zin voor de coach"


def cli(*args: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "careerjournal", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def keepers(vault_path: Path, tmp_path: Path) -> dict[str, Path]:
    """A vault, one of its backups and a coach package, each named like an ordinary export."""
    with open_vault(vault_path, PASSPHRASE) as vault:
        PlanStore(vault).set_vision("Something to share")
        backup = make_backup(vault, tmp_path / "backups", date(2026, 1, 5))
    package = tmp_path / "package.cjshare"
    write_package(package, COACH, Document("t", "en", (Heading("t"),)))
    named = {}
    for kind, path in (("vault", vault_path), ("backup", backup), ("package", package)):
        named[kind] = path.rename(tmp_path / f"{kind}.pdf")
    return named


def untouched(paths: dict[str, Path]) -> dict[str, bytes]:
    return {kind: path.read_bytes() for kind, path in paths.items()}


# --- the write function itself -------------------------------------------------------


def test_a_keeper_is_refused_even_with_a_yes(keepers: dict[str, Path]) -> None:
    before = untouched(keepers)
    for path in keepers.values():
        with pytest.raises(KeeperTarget, match="never replaces"):
            write_atomically(path, b"%PDF-1.4 export", replace=True)
    assert untouched(keepers) == before
    assert sorted(p.name for p in keepers["vault"].parent.iterdir() if p.is_file()) == [
        "backup.pdf",
        "package.pdf",
        "vault.pdf",
    ]


def test_an_existing_file_is_replaced_only_with_a_yes(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"mine")
    with pytest.raises(TargetExists):
        write_atomically(out, b"new")
    assert out.read_bytes() == b"mine"
    write_atomically(out, b"new", replace=True)
    assert out.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_planted_part_file_or_symlink_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    out = tmp_path / "plan.pdf"
    (tmp_path / "plan.pdf.part").symlink_to(victim)  # the old fixed name
    write_atomically(out, b"export")
    assert victim.read_bytes() == b"keep me" and out.read_bytes() == b"export"
    assert not out.is_symlink()


def test_a_symlink_planted_at_the_temporary_name_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    planted = tmp_path / "plan.pdf.guessed.part"
    planted.symlink_to(victim)
    monkeypatch.setattr(files, "fresh_name", lambda path: planted)
    with pytest.raises(FileExistsError):
        write_atomically(tmp_path / "plan.pdf", b"export")
    assert victim.read_bytes() == b"keep me"
    assert not (tmp_path / "plan.pdf").exists()


def test_owner_only_from_the_first_byte_whatever_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    old = os.umask(0)
    try:
        write_atomically(out, b"new", replace=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_temporary_names_are_unique_and_cleaned_up_on_error(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert files.fresh_name(out) != files.fresh_name(out)
    with pytest.raises(TypeError):
        write_atomically(out, "not bytes")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PermissionError), files.replacing(tmp_path / "fifo", replace=True) as part:
        part.write_bytes(b"x")
        os.mkfifo(tmp_path / "fifo")  # a device or FIFO appears meanwhile: refused, not blocked
    assert [p.name for p in tmp_path.iterdir()] == ["fifo"]


def test_a_package_is_never_written_over_a_vault(keepers: dict[str, Path], tmp_path: Path) -> None:
    before = untouched(keepers)
    document = Document("t", "en", (Heading("t"),))
    with pytest.raises(KeeperTarget):
        write_package(keepers["vault"], COACH, document, replace=True)
    assert untouched(keepers) == before
    out = tmp_path / "new.cjshare"
    out.write_bytes(b"an old note")
    with pytest.raises(TargetExists):
        write_package(out, COACH, document)
    write_package(out, COACH, document, replace=True)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix.endswith("part")) == []


# --- the command line ------------------------------------------------------------------


def test_export_plan_never_writes_over_its_own_vault(vault_path: Path) -> None:
    before = vault_path.read_bytes()
    for extra in ([], ["--force"]):
        result = cli(
            "export-plan", str(vault_path), "--vault", str(vault_path), "--passphrase-stdin", *extra
        )
        assert result.returncode != 0
        assert "never replaces" in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert vault_path.read_bytes() == before
    open_vault(vault_path, PASSPHRASE).close()


def test_export_plan_replaces_another_file_only_with_force(
    vault_path: Path, keepers: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"my own notes")
    vault = tmp_path / "v.cjv"
    vault.write_bytes(keepers["vault"].read_bytes())
    refused = cli("export-plan", str(out), "--vault", str(vault), "--passphrase-stdin")
    assert refused.returncode != 0 and "--force" in refused.stderr
    assert out.read_bytes() == b"my own notes"
    forced = cli("export-plan", str(out), "--vault", str(vault), "--passphrase-stdin", "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"%PDF")
    for kind in ("backup", "package"):
        result = cli(
            "export-plan",
            str(keepers[kind]),
            "--vault",
            str(vault),
            "--passphrase-stdin",
            "--force",
        )
        assert result.returncode != 0 and "never replaces" in result.stderr


def test_share_replaces_only_with_force_and_never_a_keeper(
    keepers: dict[str, Path], tmp_path: Path
) -> None:
    vault = tmp_path / "v.cjv"
    vault.write_bytes(keepers["vault"].read_bytes())
    stdin = f"{PASSPHRASE}\n{COACH}\n{COACH}\n"
    base = ("share", "--vault", str(vault), "--passphrase-stdin", "--plan", "all")
    out = tmp_path / "coach.cjshare"
    out.write_bytes(b"an old note")
    refused = cli(*base[:1], str(out), *base[1:], stdin=stdin)
    assert refused.returncode != 0 and "--force" in refused.stderr
    assert out.read_bytes() == b"an old note"
    forced = cli(*base[:1], str(out), *base[1:], "--force", stdin=stdin)
    assert forced.returncode == 0, forced.stderr
    again = cli(*base[:1], str(out), *base[1:], "--force", stdin=stdin)
    assert again.returncode != 0 and "never replaces" in again.stderr, "a package is a keeper"
    before = untouched(keepers)
    for path in keepers.values():
        result = cli(*base[:1], str(path), *base[1:], "--force", stdin=stdin)
        assert result.returncode != 0 and "never replaces" in result.stderr
    assert untouched(keepers) == before


# --- the GUI -----------------------------------------------------------------------------


def test_the_save_dialog_asks_before_replacing_after_adding_the_suffix(
    qtbot, tmp_path: Path
) -> None:
    (tmp_path / "plan.pdf").write_bytes(b"mine")
    parent = QWidget()
    qtbot.addWidget(parent)
    No, Yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    seen = drive([type_name("plan"), answer(No), type_name("plan"), answer(Yes)])
    chosen = ask_save_path(parent, "Export", tmp_path / "x.pdf", "PDF (*.pdf)", ".pdf")
    assert seen == ["QFileDialog", "QMessageBox", "QFileDialog", "QMessageBox"]
    assert chosen == tmp_path / "plan.pdf"
    assert (tmp_path / "plan.pdf").read_bytes() == b"mine", "asking changes nothing"


def test_the_save_dialog_refuses_a_vault_with_one_message(
    qtbot, keepers: dict[str, Path], tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    texts: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    seen = drive([type_name("vault.pdf"), read_and_close, lambda dialog: dialog.reject()])
    assert ask_save_path(parent, "Export", tmp_path / "x.pdf", "PDF (*.pdf)", ".pdf") is None
    assert seen == ["QFileDialog", "QMessageBox", "QFileDialog"]
    assert "never replaces" in texts[0]


def test_gui_exports_refuse_keepers_even_after_a_yes(
    qtbot, main_window, keepers: dict[str, Path], tmp_path: Path, catalog
) -> None:
    from careerjournal.ui.pages.plan.page import PlanPage
    from tests.helpers.driver import unlock
    from tests.helpers.prompts import ScriptedPrompts

    vault_path = tmp_path / "v.cjv"
    vault_path.write_bytes(keepers["vault"].read_bytes())
    before = untouched(keepers)
    window = unlock(main_window(vault_path, "en"))
    plan_page = window.findChild(PlanPage)
    for path in keepers.values():
        plan_page.saving.prompts = ScriptedPrompts(path=path)
        plan_page.export_pdf()
        assert "never replaces" in plan_page.message.text()
    window.ask_passphrase = lambda: PASSPHRASE
    window.ask_sheet_path = lambda suggested: keepers["backup"]
    window.save_recovery_sheet()
    assert "never replaces" in window.statusBar().currentMessage()

    def print_to_the_package(printer) -> bool:  # the print dialog's "print to file"
        printer.setOutputFileName(str(keepers["package"]))
        return True

    plan_page.message.clear()
    plan_page.ask_printer = print_to_the_package
    plan_page.print_plan()
    assert "never replaces" in plan_page.message.text()
    assert untouched(keepers) == before
