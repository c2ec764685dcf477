"""Runs packages through :mod:`tests.helpers.fuzz_worker` with a watchdog on every step.

Each read must answer within ``timeout`` seconds (and each rendering as PDF of a
package that opened within ``render_timeout``), inside the worker's memory limit, as an opened package or
as one error of the package family with a one-line message. A worker that
hangs is killed and replaced; so is one that crashed or died.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60.0  # imports on a busy machine; not part of any read's limit


@dataclass
class Outcome:
    name: str
    path: Path
    result: str  # opened, refused, crashed, hung, died
    error: str = ""
    message: str = ""
    seconds: float = 0.0
    rss_mb: float = 0.0
    rendered: bool = False

    def problem(self, memory_mb: float) -> str | None:
        """Why this outcome breaks the promise, or None."""
        if self.result not in ("opened", "refused"):
            return f"{self.result}: {self.message[-2000:]}"
        if self.rss_mb > memory_mb:
            return f"used {self.rss_mb:.0f} MB"
        if self.result == "refused" and (
            not self.message.strip() or "\n" in self.message or len(self.message) > 500
        ):
            return f"not one clear line: {self.message[:600]!r}"
        return None


class _Worker:
    def __init__(self, memory_mb: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.fuzz_worker", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env=env,
        )
        self.buffer = b""
        ready = self.answer(STARTUP_SECONDS)
        if ready is None or ready.get("result") != "ready":
            self.stop()
            raise RuntimeError(f"the fuzz worker did not start: {ready}")

    def ask(self, request: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(request) + "\n").encode())
        self.proc.stdin.flush()

    def answer(self, timeout: float) -> dict[str, Any] | None:
        """The next line, or None if none came in time (or the worker ended)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return dict(json.loads(line))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


def run(
    cases: Iterable[tuple[str, Path]],
    *,
    timeout: float = 5.0,
    render_timeout: float | None = None,
    memory_mb: int = 500,
    render: bool = True,
    report: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Read every case in a worker; one outcome per case, in order."""
    outcomes: list[Outcome] = []
    worker: _Worker | None = None
    try:
        for name, path in cases:
            worker = worker or _Worker(memory_mb)
            outcome = _one(worker, name, path, timeout, render_timeout or timeout, render)
            if outcome.result not in ("opened", "refused"):
                worker.stop()
                worker = None
            outcomes.append(outcome)
            if report:
                report(outcome)
    finally:
        if worker:
            worker.stop()
    return outcomes


def _one(
    worker: _Worker, name: str, path: Path, timeout: float, render_timeout: float, render: bool
) -> Outcome:
    started = time.monotonic()
    worker.ask({"path": str(path), "render": render})
    outcome = Outcome(name, path, "hung", message=f"no answer within {timeout} s")
    answer = worker.answer(timeout)
    if answer is not None and answer["result"] == "opened" and render:
        rendered = worker.answer(render_timeout)
        outcome.rendered = rendered is not None and rendered["result"] == "rendered"
        if rendered is None:
            answer = {"result": "hung", "detail": f"rendering took over {render_timeout} s"}
        elif not outcome.rendered:
            answer = rendered
        else:
            answer["rss_mb"] = rendered["rss_mb"]  # the peak so far, rendering included
    outcome.seconds = time.monotonic() - started
    if answer is None:
        if worker.proc.poll() is not None:
            outcome.result, outcome.message = "died", f"exit status {worker.proc.returncode}"
        return outcome
    outcome.result = answer["result"]
    outcome.error = answer.get("error", "")
    outcome.message = answer.get("message") or answer.get("detail", "")
    outcome.rss_mb = answer.get("rss_mb", 0.0)
    return outcome
