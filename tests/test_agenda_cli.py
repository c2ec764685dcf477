"""``careerjournal agenda`` as a subprocess, and the next-due record that lets it speak
without a passphrase: a date and a language, never anything the user wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from careerjournal.agenda import agenda
from careerjournal.agenda.reminder import read_record, record_path, write_record
from careerjournal.plan import PlanStore
from careerjournal.vault import open_vault
from tests.helpers.passphrases import PASSPHRASE

TODAY = date.today()
CANARY = "Kanarie-7f3a geheime sollicitatie bij Zonnebloem BV"


def cli(*args: str, stdin: str = "", env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "careerjournal", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def due_vault(vault_path: Path, catalog) -> Path:
    """A vault with an overdue action and a review date that passed, and its record."""
    with open_vault(vault_path, PASSPHRASE) as vault:
        plan = PlanStore(vault)
        goal = plan.add("goal", CANARY, detail=CANARY)
        plan.add("action", CANARY + " bellen", parent_id=goal.id, due_date=TODAY - timedelta(3))
        plan.set_review_date(TODAY - timedelta(days=1))
        write_record(vault_path, agenda(vault, catalog, TODAY).next_due, "en")
    return vault_path


def test_without_a_passphrase_only_the_neutral_line(due_vault: Path) -> None:
    result = cli("agenda", "--vault", str(due_vault))
    assert result.returncode == 0
    assert result.stdout == "CareerJournal: time to look at your plan\n"
    assert result.stderr == ""
    dutch = cli("--lang", "nl", "agenda", "--vault", str(due_vault))
    assert dutch.stdout == "CareerJournal: tijd om naar je plan te kijken\n"


def test_without_a_passphrase_nothing_when_nothing_is_due(vault_path: Path) -> None:
    write_record(vault_path, TODAY + timedelta(days=5), "en")
    assert cli("agenda", "--vault", str(vault_path)).stdout == ""
    record_path(vault_path).unlink()
    result = cli("agenda", "--vault", str(vault_path))
    assert (result.returncode, result.stdout) == (0, "")


def test_the_app_data_folder_is_the_default(due_vault: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    due_vault.rename(folder / "vault.cjv")
    record_path(due_vault).rename(record_path(folder / "vault.cjv"))
    result = cli("agenda", env={"CAREERJOURNAL_DATA_DIR": str(folder)})
    assert result.stdout == "CareerJournal: time to look at your plan\n"


def test_with_the_passphrase_the_details(due_vault: Path) -> None:
    result = cli("agenda", "--vault", str(due_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Due now:"
    assert lines[1].startswith("- Look back at your plan (you chose ")
    assert lines[2].startswith(f"- “{CANARY} bellen” was planned for ")
    assert lines[-1].startswith("A good next step: “")


def test_a_wrong_passphrase_exits_non_zero_and_says_so_once(due_vault: Path) -> None:
    result = cli("agenda", "--vault", str(due_vault), "--passphrase-stdin", stdin="wrong\n")
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_record_holds_no_user_text(due_vault: Path) -> None:
    """Canary: the only file beside the vault that is not encrypted holds a date and a language."""
    data = record_path(due_vault).read_bytes()
    assert b"Kanarie" not in data and b"Zonnebloem" not in data
    lines = data.decode("ascii").splitlines()
    assert [line.split("=")[0] for line in lines] == ["next-due", "lang"]
    assert read_record(due_vault).next_due == TODAY - timedelta(days=2)  # the action
    assert oct(record_path(due_vault).stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    "content", [b"", b"next-due=soon\n", b"\xff\xfe", b"x" * 10_000, b"next-due=2027-02-30\n"]
)
def test_a_damaged_record_means_nothing_due(vault_path: Path, content: bytes) -> None:
    record_path(vault_path).write_bytes(content)
    result = cli("agenda", "--vault", str(vault_path))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_fifo_in_place_of_the_record_does_not_block(vault_path: Path) -> None:
    os.mkfifo(record_path(vault_path))
    assert read_record(vault_path) is None


def test_the_details_also_while_the_app_has_the_vault_open(due_vault: Path) -> None:
    with open_vault(due_vault, PASSPHRASE):  # holds the one-writer lock, as the app does
        result = cli(
            "agenda", "--vault", str(due_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Due now:")


def test_an_older_vault_is_brought_up_to_date_first(tmp_path: Path) -> None:
    from careerjournal.vault import create_vault

    path = tmp_path / "old.cjv"
    create_vault(path, PASSPHRASE, schema=5).close()
    result = cli("agenda", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    with open_vault(path, PASSPHRASE, read_only=True) as vault:
        from careerjournal.vault.migrations import LATEST

        assert vault.schema_version() == LATEST
