"""Passphrases on the command line: the app's one rule, read from stdin as bytes.

Each case runs the real command in a subprocess with bytes on stdin, as a
script or a careless paste would give them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.plan import PlanStore
from careerjournal.vault import open_vault
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def careerjournal(*args: str, stdin: bytes) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it; stdout and stderr as text."""
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("careerjournal: ")
    assert message in result.stderr


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"          \n", "only spaces"),
        (b"a\n", "Too short"),
        (b"\xff\xfe not text\n", "UTF-8"),
        (b"correct horse\x00 battery\n", "NUL"),
        (b"\xef\xbb\xbfcorrect horse battery staple\n", "byte order mark"),
        (b"correct horse\tbattery staple\n", "control character"),
    ],
)
def test_demo_refuses_a_passphrase_the_window_refuses(
    tmp_path: Path, stdin: bytes, message: str
) -> None:
    target = tmp_path / "demo.cjv"
    result = careerjournal("demo", str(target), "--entries", "1", "--passphrase-stdin", stdin=stdin)
    assert_one_line_error(result, message)
    assert list(tmp_path.iterdir()) == []


def test_crlf_on_stdin_is_one_line_ending(tmp_path: Path) -> None:
    target = tmp_path / "demo.cjv"
    stdin = PASSPHRASE.encode() + b"\r\n"
    result = careerjournal("demo", str(target), "--entries", "1", "--passphrase-stdin", stdin=stdin)
    assert result.returncode == 0, result.stderr
    open_vault(target, PASSPHRASE).close()


def test_undecodable_passphrase_for_an_existing_vault(vault_path: Path, tmp_path: Path) -> None:
    result = careerjournal(
        "export-plan",
        str(tmp_path / "plan.pdf"),
        "--vault",
        str(vault_path),
        "--passphrase-stdin",
        stdin=b"\xc3\x28\n",
    )
    assert_one_line_error(result, "UTF-8")
    assert not (tmp_path / "plan.pdf").exists()


@pytest.fixture
def vault_with_a_goal(vault_path: Path) -> Path:
    with open_vault(vault_path, PASSPHRASE) as vault:
        PlanStore(vault).add("goal", "Een goed gesprek voeren")
    return vault_path


@pytest.mark.parametrize(
    ("package_passphrase", "message"),
    [
        (b"a", "Too short"),
        (b"        ", "only spaces"),
        (PASSPHRASE.encode(), "other than the one of your vault"),
    ],
)
def test_share_uses_the_same_rule_for_the_package(
    vault_with_a_goal: Path, tmp_path: Path, package_passphrase: bytes, message: str
) -> None:
    out = tmp_path / "coach.cjshare"
    stdin = PASSPHRASE.encode() + b"\n" + package_passphrase + b"\n"
    args = ("share", str(out), "--vault", str(vault_with_a_goal), "--plan", "all")
    result = careerjournal(*args, "--passphrase-stdin", stdin=stdin)
    assert_one_line_error(result, message)
    assert not out.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_person_at_the_prompt_types_twice_and_hears_the_strength(tmp_path: Path) -> None:
    import pty
    import select

    target = tmp_path / "demo.cjv"
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the command, at a terminal; never back into pytest
        try:
            os.chdir(ROOT)
            command = ["-m", "careerjournal", "demo", str(target), "--entries", "1"]
            os.execv(sys.executable, [sys.executable, *command])
        finally:
            os._exit(127)
    seen = b""
    answers = [b"Passphrase: ", b"Repeat passphrase: "]
    while True:
        if not select.select([terminal], [], [], 60)[0]:
            break  # a hang fails below
        try:
            chunk = os.read(terminal, 1024)
        except OSError:  # the command ended
            break
        seen += chunk
        if answers and seen.endswith(answers[0]):
            answers.pop(0)
            os.write(terminal, b"drie losse woorden hier\n")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"passphrase: Fair. Another word makes it strong." in seen
    open_vault(target, "drie losse woorden hier").close()
