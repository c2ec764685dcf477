"""The desktop build installs from a hash-pinned lock that is in step with pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / ".ci" / "lock" / "dist.txt"


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pinned() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)", line)
        if match:
            pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    return pins


def test_every_runtime_and_build_requirement_is_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dist"]
    missing = {_name(r) for r in wanted} - set(_pinned())
    assert not missing, f"run `make lock`: {sorted(missing)} not in {LOCK.name}"


def test_every_pin_carries_hashes() -> None:
    blocks = re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8").strip())
    pins = [block for block in blocks if "==" in block.splitlines()[0]]
    assert pins and all("--hash=sha256:" in block for block in pins)


def test_make_dist_installs_only_from_the_lock() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes --no-deps -r $(LOCK)" in makefile
    assert "LOCK := .ci/lock/dist.txt" in makefile
