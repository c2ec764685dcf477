"""The one way a plaintext file is saved: warn, choose, write under a busy cursor, report."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from careerjournal.ui.widgets.save_flow import SaveDialog, SaveFlow
from careerjournal.vault import VaultError
from tests.helpers.prompts import ScriptedPrompts


@pytest.fixture
def flow(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)

    def make(prompts: ScriptedPrompts) -> SaveFlow:
        return SaveFlow(widget, prompts)

    yield make  # the flow holds its widget weakly: this frame keeps it alive


DIALOG = SaveDialog("Save", Path("suggested.pdf"), "PDF files (*.pdf)", ".pdf")


def test_writes_where_the_user_chose(flow, tmp_path: Path) -> None:
    prompts = ScriptedPrompts(path=tmp_path / "out.pdf")
    said: list[str] = []
    path = flow(prompts).save(DIALOG, lambda p: p.write_bytes(b"%PDF"), "%1", said.append)
    assert path == tmp_path / "out.pdf" and path.read_bytes() == b"%PDF"
    assert prompts.asked_path == [Path("suggested.pdf")] and said == []


def test_cancelling_the_dialog_writes_nothing(flow) -> None:
    written: list[Path] = []
    assert flow(ScriptedPrompts(path=None)).save(DIALOG, written.append, "%1", print) is None
    assert written == []


def test_an_os_error_is_reported_with_the_systems_reason(flow, tmp_path: Path) -> None:
    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    said: list[str] = []
    saving = flow(ScriptedPrompts(path=tmp_path / "x.pdf"))
    assert saving.save(DIALOG, full, "Not saved: %1", said.append) is None
    assert said == ["Not saved: No space left on device"]


def test_a_refused_write_is_explained(flow, tmp_path: Path) -> None:
    def refuse(path: Path) -> None:
        raise VaultError("no")

    said: list[str] = []
    saving = flow(ScriptedPrompts(path=tmp_path / "x.pdf"))
    assert not saving.write(tmp_path / "x.pdf", refuse, "%1", said.append, lambda e: "refused")
    assert said == ["refused"]


def test_the_warning_goes_through_the_prompts(flow) -> None:
    prompts = ScriptedPrompts(confirm=False)
    assert not flow(prompts).confirm("Not encrypted", "Save anyway?")
    assert prompts.confirmed == ["Not encrypted"]
