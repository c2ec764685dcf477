#!/usr/bin/env python3
"""Fuzzes the coach-package reader: crafted, mutated and damaged packages, each read with a limit.

    make fuzz                                   # 1,000 packages, seed 0
    .venv/bin/python bench/fuzz_package.py --count 5000 --seed 7 [--keep failures/]

Every package must open or be refused with one line of the package error family,
within --timeout seconds per read (and per rendering as PDF of what opened),
inside --memory-mb. The generator is tests/helpers/package_fuzz.py, the worker
tests/helpers/fuzz_worker.py. Exits 1 if any package breaks the promise.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers import fuzz_runner, package_fuzz  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="packages to make and read")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per read")
    parser.add_argument("--memory-mb", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="copy the packages that fail into this folder")
    args = parser.parse_args()
    failures: list[tuple[fuzz_runner.Outcome, str]] = []
    results: Counter[str] = Counter()
    slowest = peak = 0.0
    started = time.monotonic()

    def report(outcome: fuzz_runner.Outcome) -> None:
        nonlocal slowest, peak
        results[outcome.error or outcome.result] += 1
        slowest, peak = max(slowest, outcome.seconds), max(peak, outcome.rss_mb)
        problem = outcome.problem(args.memory_mb)
        if problem:
            failures.append((outcome, problem))
            print(f"FAIL {outcome.path.name} ({outcome.name}): {problem}", flush=True)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(outcome.path, args.keep / outcome.path.name)

    with tempfile.TemporaryDirectory(prefix="cj-fuzz-") as folder:
        cases = package_fuzz.generate(Path(folder), args.count, args.seed)
        fuzz_runner.run(cases, timeout=args.timeout, memory_mb=args.memory_mb, report=report)
    total = sum(results.values())
    print(f"{total} packages, seed {args.seed}, {time.monotonic() - started:.0f} s")
    for result, count in results.most_common():
        print(f"  {count:6}  {result}")
    print(
        f"slowest read {slowest:.2f} s (limit {args.timeout}), peak {peak:.0f} MB "
        f"(limit {args.memory_mb})"
    )
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
