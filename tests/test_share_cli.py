"""``careerjournal share``: the same selection rules as the Share page, passphrases from stdin."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from careerjournal.cli.errors import UserError
from careerjournal.cli.share import add_arguments, share_command
from careerjournal.exercises.sessions import ExerciseStore
from careerjournal.export.markdown import markdown
from careerjournal.export.package import read_package
from careerjournal.plan import PlanStore
from careerjournal.share.history import ShareHistory
from careerjournal.vault import WrongPassphrase, open_vault
from tests.helpers.canaries import assert_no_byte_of, fill_canaries
from tests.helpers.passphrases import COACH_PASSPHRASE, PASSPHRASE


def run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    parser = argparse.ArgumentParser(prog="careerjournal share")
    add_arguments(parser)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    return share_command(parser.parse_args(argv))


@pytest.fixture
def filled(vault_path: Path, catalog):
    with open_vault(vault_path, PASSPHRASE) as vault:
        canaries = fill_canaries(vault, catalog, journal_text=True)
        single = next(iter(canaries.selection.results))
        goal = next(iter(canaries.selection.goals))
        entry = next(iter(canaries.selection.entries))
        whole = next(iter(canaries.selection.runs))
    argv = [
        "--vault",
        str(vault_path),
        "--passphrase-stdin",
        "--run",
        str(whole),
        "--result",
        f"{single[0]}:{single[1]}",
        "--plan",
        "conversations",
        "--goal",
        str(goal),
        "--entry",
        str(entry),
        "--tag",
        "coach",
        "--since",
        "2026-01-01",
        "--until",
        "2026-12-31",
        "--journal-text",
        "--name",
        "ZqSharedName",
        "--lang",
        "en",
    ]
    return canaries, argv


def test_share_writes_only_the_chosen_items(
    filled, tmp_path: Path, vault_path: Path, monkeypatch, capsys
) -> None:
    canaries, argv = filled
    out = tmp_path / "coach.cjshare"
    assert run([str(out), *argv], f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n", monkeypatch) == 0
    assert "another way than the file" in capsys.readouterr().out
    assert_no_byte_of(out.read_bytes(), canaries.shared + canaries.hidden)
    text = markdown(read_package(out, COACH_PASSPHRASE).document)
    for wanted in canaries.shared:
        assert wanted in text, wanted
    assert_no_byte_of(text.encode(), canaries.hidden)
    with open_vault(vault_path, PASSPHRASE) as vault:
        (record,) = ShareHistory(vault).list()
    assert (record.form, record.file_name, record.protected) == ("package", str(out), True)


def test_exercise_by_id_is_its_newest_completed_run(
    filled, tmp_path: Path, vault_path: Path, monkeypatch
) -> None:
    out = tmp_path / "coach.cjshare"
    run(
        [
            str(out),
            "--vault",
            str(vault_path),
            "--passphrase-stdin",
            "--exercise",
            "energy-audit",
            "--plan",
            "all",
            "--lang",
            "en",
        ],
        f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n",
        monkeypatch,
    )
    text = markdown(read_package(out, COACH_PASSPHRASE).document)
    assert "ZqSharedRunTwoActivity" in text and "ZqSharedRunTwoReflection" in text
    assert "ZqHiddenRunZeroActivity" not in text and "ZqSharedRunOneActivity" not in text
    assert "ZqHiddenPlanB" in text and "ZqHiddenTraining" in text
    assert "Journal" not in text


@pytest.mark.parametrize(
    "extra, stdin, error",
    [
        ([], f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n", UserError),  # nothing chosen
        (["--run", "999"], f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n", UserError),  # nothing exists
        (["--exercise", "talents"], f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n", UserError),
        (["--result", "nonsense"], f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n", UserError),
        (["--plan", "goals"], f"{PASSPHRASE}\n\n", UserError),  # empty package passphrase
        (["--plan", "goals"], f"{PASSPHRASE}\n{PASSPHRASE}\n", UserError),
        (["--plan", "goals"], f"wrong\n{COACH_PASSPHRASE}\n", WrongPassphrase),
    ],
)
def test_refusals_write_nothing(
    filled,
    tmp_path: Path,
    vault_path: Path,
    monkeypatch,
    extra: list[str],
    stdin: str,
    error: type[Exception],
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(error):
        run(
            [str(out / "coach.cjshare"), "--vault", str(vault_path), "--passphrase-stdin", *extra],
            stdin,
            monkeypatch,
        )
    assert list(out.iterdir()) == []
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert ShareHistory(vault).list() == []
        assert ExerciseStore(vault).all_runs() and PlanStore(vault).plan().goals


def test_an_existing_file_is_not_overwritten(
    filled, tmp_path: Path, vault_path: Path, monkeypatch
) -> None:
    out = tmp_path / "coach.cjshare"
    out.write_bytes(b"keep me")
    with pytest.raises(UserError):
        run(
            [str(out), "--vault", str(vault_path), "--passphrase-stdin", "--plan", "all"],
            f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n",
            monkeypatch,
        )
    assert out.read_bytes() == b"keep me"
