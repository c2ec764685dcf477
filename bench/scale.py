"""The journal at 1,000, 10,000 and 50,000 entries: one size per process, for bench/run.

Usage: scale.py SIZE [--runs N] [--cache DIR]

Makes a jrnl JSON export of SIZE entries from the seeded demo journal (cached),
imports it into a fresh vault with careerjournal.importing (timed: reading,
de-duplicating, writing, the full-text index), then times unlocking and the 20
searches, and runs the app (bench/probe.py) to time start to a usable window,
the Share preview of the whole journal, and the peak memory. The figures go to
standard output as one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "bench passphrase for ten thousand entries"
SEARCHES = (
    "werk",
    "energie",
    "leidinggevende",
    "carrière",
    "carriere",
    "overstap",
    "gesprek",
    "opleid",
    "twijfel",
    "vergadering",
    "moe",
    "plezier",
    "coach",
    "salaris",
    "team",
    "thuiswerken",
    "ontslag",
    "ambitie",
    "zin",
    "geld",
)
TODAY = date(2026, 11, 1)


def jrnl_export(size: int, folder: Path) -> tuple[Path, int]:
    """The seeded demo journal as ``jrnl --export json``; and its text in UTF-8 bytes."""
    from careerjournal.demo.journal import demo_entries

    path = folder / f"jrnl-{size}.json"
    entries = [
        {
            "date": e.entry_date.isoformat(),
            "time": "08:00",
            "title": e.title,
            "body": e.body,
            "tags": [f"@{t}" for t in e.tags],
            "starred": False,
        }
        for e in demo_entries(size, TODAY, random.Random(size))
    ]
    if not path.exists():
        path.write_text(json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False))
    text = sum(len((e["title"] + e["body"] + "".join(e["tags"])).encode()) for e in entries)
    return path, text


def import_once(source: Path, vault_path: Path) -> float:
    """Seconds to import ``source`` into a new vault (key derivation of the new vault excluded)."""
    from careerjournal.importing import read_source, run_import
    from careerjournal.journal import JournalStore
    from careerjournal.vault import create_vault

    vault_path.unlink(missing_ok=True)
    with create_vault(vault_path, PASSPHRASE) as vault:
        journal = JournalStore(vault)
        start = time.perf_counter()
        run_import(journal, read_source(source, journal))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("size", type=int)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--reuse", action="store_true", help="keep a vault imported before")
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.in_process:
        return apps(args)
    args.cache.mkdir(parents=True, exist_ok=True)
    size, runs = args.size, args.runs
    source, text_bytes = jrnl_export(size, args.cache)
    vault_path = args.cache / f"scale-{size}.cjv"
    import_runs = args.import_runs
    if args.reuse and vault_path.exists():
        import_runs, imports = 0, [float("nan")]
    else:
        imports = [import_once(source, vault_path) for _ in range(import_runs)]
    result: dict[str, object] = {
        "size": size,
        "import_s": statistics.median(imports),
        "import_n": import_runs,
        "vault_mb": vault_path.stat().st_size / 2**20,
        "text_mb": text_bytes / 2**20,
        "json_mb": source.stat().st_size / 2**20,
    }
    result["ratio"] = vault_path.stat().st_size / text_bytes

    from careerjournal.journal import JournalStore
    from careerjournal.vault import open_vault

    def unlock(scan_pages: bool) -> float:
        start = time.perf_counter()
        open_vault(vault_path, PASSPHRASE, scan_pages=scan_pages).close()
        return time.perf_counter() - start

    for scan_pages, key in ((True, "unlock_ms"), (False, "unlock_app_ms")):
        unlock(scan_pages)
        result[key] = 1000 * statistics.median(unlock(scan_pages) for _ in range(runs))
    vault = open_vault(vault_path, PASSPHRASE)
    store = JournalStore(vault)

    def search(query: str) -> float:
        start = time.perf_counter()
        store.search(query, limit=50)
        return time.perf_counter() - start

    per_query = {}
    for query in SEARCHES:
        search(query)
        per_query[query] = 1000 * statistics.median(search(query) for _ in range(runs))
    vault.close()
    result["search_median_ms"] = statistics.median(per_query.values())
    worst = max(per_query, key=per_query.__getitem__)
    result["search_worst_ms"], result["search_worst_query"] = per_query[worst], worst
    print(json.dumps(result))


def apps(args: argparse.Namespace) -> None:
    """The in-process figures in a child, then the app's from this small process.

    A child's peak memory as the kernel reports it includes what it shared with
    its parent when forked, so the parent of the app runs must stay small.
    """
    done = subprocess.run(
        [sys.executable, __file__, *sys.argv[1:], "--in-process"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    runs, vault_path = args.runs, args.cache / f"scale-{args.size}.cjv"

    window, peaks, share, share_peaks = [], [], [], []
    for _ in range(runs):
        usable, peak, _ = probe_rss("unlocked", vault_path)
        window.append(usable)
        peaks.append(peak)
    for _ in range(max(1, runs // 2)):
        _, peak, said = probe_rss("share", vault_path)
        share.append(said["share"])
        share_peaks.append(peak)
    result["window_ms"] = 1000 * statistics.median(window)
    result["share_ms"] = statistics.median(share)
    result["peak_mb"] = max(peaks) / 2**20
    result["share_peak_mb"] = max(share_peaks) / 2**20
    print(json.dumps(result))


def probe_rss(what: str, vault_path: Path) -> tuple[float, int, dict[str, float]]:
    """Seconds from starting the app to its usable window, its peak resident memory
    (from wait4), and the figures it printed (``ready``, ``share``)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out_path = vault_path.with_suffix(".probe-out")
    start = time.monotonic()  # the clock bench/probe.py says "ready" on
    with out_path.open("wb") as out:
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "probe.py"), what, str(vault_path)],
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert child.stdin is not None
        child.stdin.write(PASSPHRASE.encode() + b"\n")
        child.stdin.close()
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        assert child.stderr is not None
        raise SystemExit(f"probe {what} failed:\n{child.stderr.read().decode()}")
    said = {
        key: float(value)
        for key, value in (line.split() for line in out_path.read_text().splitlines())
    }
    return said["ready"] - start, usage.ru_maxrss * 1024, said


if __name__ == "__main__":
    main()
