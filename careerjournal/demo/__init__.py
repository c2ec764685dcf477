"""Demo vaults: realistic sample content for trying the app, screenshots and benchmarks."""

from __future__ import annotations

import os
import random
import secrets
from datetime import date
from pathlib import Path

from careerjournal.demo.exercise_runs import complete_demo_runs
from careerjournal.demo.journal import demo_entries
from careerjournal.exercises import load_folder
from careerjournal.journal import JournalStore
from careerjournal.plan.sample import fill_typical_plan
from careerjournal.plan.store import PlanStore
from careerjournal.resources import exercises_dir
from careerjournal.vault import VaultExists, create_vault
from careerjournal.vault.replace import replace_file

SEED = 20240917
MAX_ENTRIES = 100_000  # twice the largest benchmark; more only fills the disk


def build_demo_vault(path: Path, passphrase: str, *, entries: int = 60) -> None:
    """Create a new vault at ``path`` holding ``entries`` journal entries, completed exercises and a plan.

    Refuses to overwrite a file, like :func:`create_vault`. The vault is built
    under a hidden temporary name beside ``path`` and renamed only when whole; if
    building stops half-way (an error, or a signal the caller turns into an
    exception), the temporary file is removed, so nothing is left behind.
    """
    path = Path(path)
    if not 0 <= entries <= MAX_ENTRIES:
        raise ValueError(f"entries must be between 0 and {MAX_ENTRIES}")
    if path.exists():
        raise _exists(path)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    rng = random.Random(SEED)
    vault = create_vault(part, passphrase)
    try:
        JournalStore(vault).add_many(demo_entries(entries, date.today(), rng))
        complete_demo_runs(vault, load_folder(exercises_dir()), rng)
        fill_typical_plan(PlanStore(vault), "nl", date.today())
        vault.close()
        _publish(part, path)
    except BaseException:
        vault.close()
        for leftover in (part, part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise


def _publish(part: Path, path: Path) -> None:
    """Give the finished vault its name, never replacing a file that appeared meanwhile."""
    try:
        os.link(part, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:  # a file system without hard links, such as FAT on a USB stick
        if path.exists():
            raise _exists(path) from None
        replace_file(part, path)
        return
    part.unlink()


def _exists(path: Path) -> VaultExists:
    return VaultExists(f"{path} already exists; CareerJournal will not overwrite it.", path)


__all__ = ["MAX_ENTRIES", "build_demo_vault"]
