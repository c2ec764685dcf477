"""Whatever a user can type or point at gives one line and a non-zero exit, never a traceback.

The command runs as a subprocess, with a time limit (a hang fails the test)
and, on Linux, a memory limit (a runaway read fails it instead of the machine).
FIFOs, devices, folder modes and signals are POSIX things: Windows skips those.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careerjournal.exercises.loader import load_folder
from careerjournal.plan import PlanStore
from careerjournal.vault import open_vault
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
LONG_NAME = "a" * 300 + ".cjv"
POSIX = sys.platform != "win32"
posix_only = pytest.mark.skipif(not POSIX, reason="no FIFOs, devices, modes or signals")


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def careerjournal(*args: str, stdin: bytes = b"", as_nobody: bool = False):
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if as_nobody else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "careerjournal", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        preexec_fn=_limit_memory if sys.platform == "linux" else None,
    )


def assert_refused(result: subprocess.CompletedProcess[bytes], message: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode != 0, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    assert message in err, err


# --- names and numbers -------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "FOLDER/" + LONG_NAME, "--passphrase-stdin"],
        ["export-plan", "FOLDER/" + LONG_NAME, "--vault", "VAULT", "--passphrase-stdin"],
        ["export-plan", "FOLDER/plan.pdf", "--vault", "FOLDER/" + LONG_NAME, "--passphrase-stdin"],
        ["share", "FOLDER/" + LONG_NAME, "--vault", "VAULT", "--plan", "all", "--passphrase-stdin"],
    ],
)
def test_a_300_character_file_name(vault_path: Path, tmp_path: Path, args: list[str]) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        PlanStore(vault).add("goal", "Something to share")
    folder = tmp_path / "out"
    folder.mkdir()
    args = [a.replace("FOLDER", str(folder)).replace("VAULT", str(vault_path)) for a in args]
    result = careerjournal(*args, stdin=f"{PASSPHRASE}\ncoffee with my coach\n".encode())
    assert_refused(result, "File name too long" if POSIX else "")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "extra",
    [
        ["--entry", "99999999999999999999999"],
        ["--run", "9" * 5000],
        ["--goal", "0"],
        ["--result", "99999999999999999999999:fit"],
    ],
)
def test_share_with_a_huge_id(vault_path: Path, tmp_path: Path, extra: list[str]) -> None:
    out = tmp_path / "coach.cjshare"
    args = ["share", str(out), "--vault", str(vault_path), *extra, "--passphrase-stdin"]
    result = careerjournal(*args, stdin=f"{PASSPHRASE}\ncoffee with my coach\n".encode())
    assert_refused(result, "not")
    assert not out.exists()


def test_demo_entries_are_bounded(tmp_path: Path) -> None:
    target = tmp_path / "demo.cjv"
    result = careerjournal(
        "demo", str(target), "--entries", "100000000000000000000", "--passphrase-stdin"
    )
    assert_refused(result, "at most 100,000")
    assert not target.exists()


# --- the exercise folder -------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped exercises, to which each test adds one bad file."""
    copy = tmp_path / "exercises"
    shutil.copytree(ROOT / "exercises", copy)
    return copy


def _deep_toml(path: Path) -> None:
    path.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")


BAD_FILES = {
    "fifo": lambda p: os.mkfifo(p),
    "link to /dev/zero": lambda p: p.symlink_to("/dev/zero"),
    "link to /dev/null": lambda p: p.symlink_to("/dev/null"),
}
BAD_FILES_ANYWHERE = {
    "folder": lambda p: p.mkdir(),
    "nested 100,000 deep": _deep_toml,
    "dotted 100,000 deep": lambda p: p.write_text("a." * 100_000 + "b = 1\n", encoding="utf-8"),
    "a number of 5,000 digits": lambda p: p.write_text("a = " + "9" * 5000, encoding="utf-8"),
    "a megabyte": lambda p: p.write_bytes(b"# " + b"x" * 1024**2),
    "not UTF-8": lambda p: p.write_bytes(b"title = '\xff'\n"),
}


@pytest.mark.parametrize(
    "make",
    [pytest.param(make, id=name, marks=posix_only) for name, make in BAD_FILES.items()]
    + [pytest.param(make, id=name) for name, make in BAD_FILES_ANYWHERE.items()],
)
def test_check_exercises_with_a_hostile_file(folder: Path, make) -> None:
    make(folder / "bad.toml")
    result = careerjournal("check-exercises", str(folder))
    out = result.stdout.decode()
    assert result.returncode == 1 and "Traceback" not in result.stderr.decode()
    assert out.startswith("bad.toml: -: ") and out.count("\n") == 1, out
    assert len(load_folder(folder).exercises) == len(list((ROOT / "exercises").glob("*.toml")))


def test_a_version_too_big_for_the_vault(folder: Path) -> None:
    talents = folder / "talents.toml"
    text = talents.read_text(encoding="utf-8")
    start = text.index("\nversion = ")
    end = text.index("\n", start + 1)
    talents.write_text(text[:start] + "\nversion = 99999999999999999999999" + text[end:], "utf-8")
    result = careerjournal("check-exercises", str(folder))
    assert result.returncode == 1
    assert result.stdout.decode().startswith("talents.toml: version: is 99999999999999999999999")


def test_an_empty_exercise_folder_is_an_error(tmp_path: Path) -> None:
    result = careerjournal("check-exercises", str(tmp_path))
    assert result.returncode == 1 and "no exercise files" in result.stdout.decode()


@posix_only
@pytest.mark.skipif(
    POSIX and os.geteuid() == 0 and not shutil.which("setpriv"), reason="root reads any folder"
)
def test_an_unreadable_exercise_folder_is_an_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    shutil.copytree(ROOT / "exercises", locked)
    locked.chmod(0)
    try:
        result = careerjournal("check-exercises", str(locked), as_nobody=os.geteuid() == 0)
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1, result.stderr
    assert "cannot read the exercise folder" in result.stdout.decode()


@posix_only
@pytest.mark.parametrize("make", [os.mkfifo, lambda p: p.symlink_to("/dev/zero")])
def test_check_exercises_pointed_at_a_fifo_or_device(tmp_path: Path, make) -> None:
    target = tmp_path / "exercises"
    make(target)
    result = careerjournal("check-exercises", str(target))
    assert result.returncode == 1 and "no exercise folder" in result.stdout.decode()


# --- interrupting a demo -------------------------------------------------------


@posix_only
@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_an_interrupted_demo_leaves_nothing_behind(tmp_path: Path, name: str) -> None:
    signum = getattr(signal, name)
    target = tmp_path / "demo.cjv"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "careerjournal",
            "demo",
            str(target),
            "--entries",
            "100000",
            "--passphrase-stdin",
        ],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdin is not None
    process.stdin.write(PASSPHRASE.encode() + b"\n")
    process.stdin.close()
    deadline = time.monotonic() + 60
    while not any(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # well into filling the vault
    process.send_signal(signum)
    process.wait(timeout=60)
    assert process.stderr is not None
    err = process.stderr.read()
    assert process.returncode == 128 + signum, err
    assert b"Traceback" not in err and b"stopped" in err
    assert list(tmp_path.iterdir()) == []
