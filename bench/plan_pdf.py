"""How long the printed plan takes for a large plan: median of several runs.

    .venv/bin/python bench/plan_pdf.py [--runs 7] [--goals 8] [--actions 12]

Target: under 1 s for a plan of about 30 pages. The first export of a session
also loads reportlab and the fonts; that one-off cost is reported separately.
CPU time is shown beside wall time: on a busy machine the wall time also counts
the time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from careerjournal.exercises.loader import load_folder  # noqa: E402
from careerjournal.plan.printout import plan_pdf  # noqa: E402
from careerjournal.plan.sample import fill_large_plan, fill_sample_vault  # noqa: E402
from careerjournal.plan.store import PlanStore  # noqa: E402
from careerjournal.resources import exercises_dir  # noqa: E402
from careerjournal.vault import create_vault  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--goals", type=int, default=8)
    parser.add_argument("--actions", type=int, default=12)
    args = parser.parse_args()

    from pypdf import PdfReader

    catalog = load_folder(exercises_dir())
    today = date(2027, 3, 3)
    with tempfile.TemporaryDirectory() as folder:
        vault = create_vault(Path(folder) / "bench.cjv", "bench passphrase")
        fill_sample_vault(vault, catalog, "nl", today)
        fill_large_plan(PlanStore(vault), args.goals, args.actions, today)

        start = time.perf_counter()
        data = plan_pdf(vault, catalog, "nl", today)
        first = time.perf_counter() - start
        times, cpu_times = [], []
        for _ in range(args.runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            data = plan_pdf(vault, catalog, "nl", today)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
        vault.close()
    pages = len(PdfReader(BytesIO(data)).pages)
    median, cpu = statistics.median(times), statistics.median(cpu_times)
    per_30 = median * 30 / pages
    print(f"plan PDF: {pages} pages, {len(data) / 1024:.0f} KiB")
    print(f"  first export (loads reportlab and fonts): {first:.3f} s")
    print(
        f"  median of {args.runs} further exports: {median:.3f} s wall, {cpu:.3f} s CPU "
        f"({median / pages * 1000:.1f} ms per page)"
    )
    print(
        f"  30 pages: {per_30:.2f} s wall, {cpu * 30 / pages:.2f} s CPU "
        f"(target under 1 s: {'met' if per_30 < 1 else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
