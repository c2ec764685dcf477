"""One writer per vault: a second open for writing is refused, a crashed owner's lock is not."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.vault import VaultInUse, open_vault
from careerjournal.vault.lock import lock_path
from tests.helpers.passphrases import PASSPHRASE


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _plant_lock(vault_path: Path, pid: int, host: str) -> None:
    lock_path(vault_path).write_text(f"careerjournal-lock 1\n{pid}\n{host}\n\n", encoding="utf-8")


def test_a_second_writer_is_refused_until_the_first_closes(vault_path: Path) -> None:
    first = open_vault(vault_path, PASSPHRASE)
    with pytest.raises(VaultInUse, match="already open"):
        open_vault(vault_path, PASSPHRASE)
    first.close()
    assert not lock_path(vault_path).exists()
    open_vault(vault_path, PASSPHRASE).close()


def test_reading_a_copy_read_only_needs_no_lock(vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE):
        open_vault(vault_path, PASSPHRASE, read_only=True).close()


def test_a_wrong_passphrase_leaves_no_lock_behind(vault_path: Path) -> None:
    with pytest.raises(Exception, match="passphrase|damaged"):
        open_vault(vault_path, "not the passphrase at all")
    assert not lock_path(vault_path).exists()


def test_a_stale_lock_after_a_crash_is_taken_over(vault_path: Path) -> None:
    _plant_lock(vault_path, _dead_pid(), platform.node())
    with open_vault(vault_path, PASSPHRASE):
        assert str(os.getpid()) in lock_path(vault_path).read_text(encoding="utf-8")


def test_a_live_lock_of_another_process_is_honoured(vault_path: Path) -> None:
    _plant_lock(vault_path, os.getppid(), platform.node())
    with pytest.raises(VaultInUse):
        open_vault(vault_path, PASSPHRASE)
    assert lock_path(vault_path).exists()


def test_a_lock_from_another_computer_is_honoured_and_named(vault_path: Path) -> None:
    _plant_lock(vault_path, 1, "the-other-laptop")
    with pytest.raises(VaultInUse, match="the-other-laptop"):
        open_vault(vault_path, PASSPHRASE)


def test_the_command_line_refuses_a_vault_open_in_the_app(vault_path: Path, tmp_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "careerjournal",
                "export-plan",
                str(tmp_path / "plan.pdf"),
                "--vault",
                str(vault_path),
                "--passphrase-stdin",
            ],
            input=PASSPHRASE + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode != 0
    assert "already open" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "plan.pdf").exists()
