"""The command line: user mistakes give one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from careerjournal.cli import main
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_plan(monkeypatch, capsys, vault_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, stdout, stderr = run(
        monkeypatch,
        capsys,
        "export-plan",
        str(out),
        "--vault",
        str(vault_path),
        "--lang",
        "en",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0 and "not encrypted" in stderr
    assert len(PdfReader(out).pages) >= 1


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (
            ["export-plan", "OUT", "--vault", "VAULT", "--passphrase-stdin"],
            "wrong\n",
            "does not open",
        ),
        (
            ["export-plan", "OUT", "--vault", "MISSING", "--passphrase-stdin"],
            PASSPHRASE + "\n",
            "no CareerJournal vault",
        ),
        (
            ["export-plan", "OUT", "--vault", "VAULT", "--passphrase-stdin"],
            "\n",
            "passphrase is empty",
        ),
        (["demo", "VAULT", "--passphrase-stdin"], PASSPHRASE + "\n", "already exists"),
        (["demo", "NEW", "--entries", "-3", "--passphrase-stdin"], PASSPHRASE + "\n", "negative"),
    ],
)
def test_user_mistakes_are_one_line(
    monkeypatch, capsys, vault_path: Path, tmp_path: Path, args: list[str], stdin: str, message: str
) -> None:
    names = {
        "OUT": str(tmp_path / "o.pdf"),
        "VAULT": str(vault_path),
        "MISSING": str(tmp_path / "nothing.cjv"),
        "NEW": str(tmp_path / "new.cjv"),
    }
    code, _, err = run(monkeypatch, capsys, *[names.get(a, a) for a in args], stdin=stdin)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("careerjournal: ") and message in err
    assert not (tmp_path / "o.pdf").exists()


def test_check_exercises_reports_file_field_message(tmp_path: Path) -> None:
    folder = tmp_path / "ex"
    shutil.copytree(ROOT / "exercises", folder)
    (folder / "broken.toml").write_text('format = 1\nid = "x"\nversion = "two"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", "check-exercises", str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "broken.toml: version:" in result.stdout
    assert "Traceback" not in result.stderr
    clean = subprocess.run(
        [sys.executable, "-m", "careerjournal", "check-exercises"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert clean.returncode == 0 and clean.stdout == ""
