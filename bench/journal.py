"""Journal benchmark: a 10,000-entry demo vault, timed the way the user meets it.

    python bench/journal.py                       # makes a demo vault in a temp folder
    python bench/journal.py --vault /tmp/j.cjv    # reuses (or first makes) that vault

Prints the median, fastest and slowest of several runs, in milliseconds, for:
unlocking the vault, opening the Journal page (building it, filling it, the
first page of entries), 20 different searches for their first 50 hits, and
saving an entry. Targets at 10,000 entries: search < 20 ms, save < 10 ms,
page < 100 ms. The vault holds only made-up demo text.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark vault of made-up entries"
SEARCHES = (
    # the commonest words, a whole-journal worst case
    "ik",
    "de",
    "het",
    "werk",
    "en",
    # everyday words and pairs
    "energie",
    "overleg",
    "vandaag",
    "leidinggevende",
    "gesprek leidinggevende",
    # rare words
    "Fatima",
    "ijskast",
    "piloot",
    '"sprong in het diepe"',
    # prefixes, as typed
    "carr",
    "opl",
    "ge",
    "zij-in",
    # diacritics folded both ways
    "carrière",
    "financiele",
)


def make_demo(path: Path, entries: int) -> None:
    print(f"making a demo vault with {entries} entries at {path} ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "careerjournal",
            "demo",
            str(path),
            "--entries",
            str(entries),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        text=True,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)


def timings(
    action: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> list[float]:
    """Milliseconds of ``runs`` calls of ``action``; ``setup`` runs untimed before each."""
    result = []
    for _ in range(runs):
        if setup:
            setup()
        started = time.perf_counter()
        action()
        result.append((time.perf_counter() - started) * 1000)
    return result


def report(name: str, values: list[float], target: float | None = None) -> None:
    median = statistics.median(values)
    verdict = "" if target is None else ("  ok" if median < target else f"  over {target:g} ms")
    print(f"{name:<34} {median:9.1f} {min(values):9.1f} {max(values):9.1f}{verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, help="demo vault to reuse (made if missing)")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from careerjournal.exercises import load_folder
    from careerjournal.journal import Entry, JournalStore
    from careerjournal.resources import exercises_dir
    from careerjournal.ui.pages.journal import JournalPage
    from careerjournal.vault import open_vault

    with tempfile.TemporaryDirectory(prefix="careerjournal-bench-") as folder:
        path = args.vault or Path(folder) / "journal.cjv"
        if not path.exists():
            make_demo(path, args.entries)
        app = QApplication.instance() or QApplication([])
        catalog = load_folder(exercises_dir())  # loaded once at app start, for every page

        print(f"\n{'ms (runs: ' + str(args.runs) + ')':<34} {'median':>9} {'min':>9} {'max':>9}")
        report(
            "unlock (Argon2id + checks)",
            timings(lambda: open_vault(path, PASSPHRASE).close(), min(args.runs, 5)),
        )

        vault = open_vault(path, PASSPHRASE)
        store = JournalStore(vault)
        print(f"{'entries in the vault':<34} {store.count():9d}")

        def open_page() -> None:
            page = JournalPage(catalog)
            page.open_vault(vault)
            pages.append(page)

        pages: list[JournalPage] = []
        report("open the Journal page", timings(open_page, args.runs), 100)
        for page in pages:
            page.clear()
            page.deleteLater()
        app.processEvents()

        medians = []
        for query in SEARCHES:
            values = timings(lambda q=query: store.search(q, limit=50), args.runs)
            medians.append(statistics.median(values))
            hits = store.count(query=query)
            report(f"search {query!r} ({hits} hits)", values, 20)
        print(
            f"{'median of the 20 search medians':<34} {statistics.median(medians):9.1f}"
            f" {min(medians):9.1f} {max(medians):9.1f}"
        )

        entry = store.get(store.page(0, 1)[0].id)
        assert entry is not None
        edits = iter(range(10**6))
        report(
            "save an edited entry",
            timings(
                lambda: store.update(replace(entry, body=f"{entry.body} ({next(edits)})")),
                args.runs,
            ),
            10,
        )
        added: list[int] = []
        report(
            "save a new entry",
            timings(
                lambda: added.append(
                    store.add(Entry(date.today(), "Bench", "Een korte notitie.")).id or 0
                ),
                args.runs,
            ),
            10,
        )
        for entry_id in added:
            store.delete(entry_id)
        store.update(entry)
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
