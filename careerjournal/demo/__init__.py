"""Demo vaults: realistic sample content for trying the app, screenshots and benchmarks."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from careerjournal.demo.exercise_runs import complete_demo_runs
from careerjournal.demo.journal import demo_entries
from careerjournal.exercises import load_folder
from careerjournal.journal import JournalStore
from careerjournal.plan.sample import fill_typical_plan
from careerjournal.plan.store import PlanStore
from careerjournal.resources import exercises_dir
from careerjournal.vault import create_vault

SEED = 20240917


def build_demo_vault(path: Path, passphrase: str, *, entries: int = 60) -> None:
    """Create a new vault at ``path`` holding ``entries`` journal entries, completed exercises and a plan.

    Refuses to overwrite a file, like :func:`create_vault`. If filling fails half-way,
    the half-made vault is removed, so a demo vault is always whole.
    """
    rng = random.Random(SEED)
    vault = create_vault(path, passphrase)
    try:
        JournalStore(vault).add_many(demo_entries(entries, date.today(), rng))
        complete_demo_runs(vault, load_folder(exercises_dir()), rng)
        fill_typical_plan(PlanStore(vault), "nl", date.today())
    except BaseException:
        vault.close()
        Path(path).unlink(missing_ok=True)
        raise
    vault.close()


__all__ = ["build_demo_vault"]
