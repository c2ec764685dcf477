"""``careerjournal check-exercises``: validate a folder of exercise files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careerjournal.resources import exercises_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder", nargs="?", type=Path, help="folder of .toml files (default: the built-in set)"
    )


def check_exercises(args: argparse.Namespace) -> int:
    from careerjournal.exercises.loader import load_folder

    folder = args.folder or exercises_dir()
    catalog = load_folder(folder)
    for problem in catalog.problems:
        print(problem)
    count = len(catalog.exercises)
    print(
        f"{count} exercise{'s' if count != 1 else ''} valid, {len(catalog.problems)} problem(s)",
        file=sys.stderr,
    )
    return 1 if catalog.problems else 0
