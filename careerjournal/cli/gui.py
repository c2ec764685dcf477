"""``careerjournal`` with no command: the desktop app."""

from __future__ import annotations

import argparse
import sys

from careerjournal.display_check import display_problem


def run_gui(args: argparse.Namespace) -> int:
    # Before any Qt import: a missing system library becomes one clear message, not Qt's abort.
    problem = display_problem()
    if problem:
        print(f"careerjournal: {problem}", file=sys.stderr)
        return 1
    from careerjournal.ui.app import run

    return run(args.vault, args.lang)
