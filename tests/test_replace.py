"""Renaming over a file that Windows says is open: a few patient tries, then one clear error.

Windows cannot be had on this machine, so its refusal is played by a stand-in for
``os.replace`` that refuses a given number of times; the rename itself is real.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from careerjournal.vault import replace as replacing


@pytest.fixture
def refusing(monkeypatch: pytest.MonkeyPatch):
    def make(times: int, platform: str = "win32") -> list[int]:
        real, calls = os.replace, []

        def replace(source: Path, target: Path) -> None:
            calls.append(1)
            if len(calls) <= times:
                raise PermissionError(13, "The process cannot access the file")
            real(source, target)

        monkeypatch.setattr(replacing.os, "replace", replace)
        monkeypatch.setattr(replacing.sys, "platform", platform)
        monkeypatch.setattr(replacing, "PAUSE_S", 0.0)
        return calls

    return make


def _files(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "new").write_text("new plan")
    (tmp_path / "plan.pdf").write_text("last week's plan")
    return tmp_path / "new", tmp_path / "plan.pdf"


def test_a_short_hold_on_windows_passes(refusing, tmp_path: Path) -> None:
    calls = refusing(2)
    source, target = _files(tmp_path)
    replacing.replace_file(source, target)
    assert len(calls) == 3 and target.read_text() == "new plan"


def test_a_file_held_open_gives_one_clear_error_and_stays(refusing, tmp_path: Path) -> None:
    refusing(99)
    source, target = _files(tmp_path)
    with pytest.raises(PermissionError, match="open in another program") as caught:
        replacing.replace_file(source, target)
    assert caught.value.strerror.startswith("plan.pdf is open in another program")
    assert target.read_text() == "last week's plan"


def test_elsewhere_a_refusal_is_not_retried(refusing, tmp_path: Path) -> None:
    calls = refusing(1, platform="linux")
    with pytest.raises(PermissionError):
        replacing.replace_file(*_files(tmp_path))
    assert len(calls) == 1
