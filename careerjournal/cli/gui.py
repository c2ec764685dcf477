"""``careerjournal`` with no command: the desktop app."""

from __future__ import annotations

import argparse

from careerjournal.cli.errors import UserError
from careerjournal.display_check import display_problem


def run_gui(args: argparse.Namespace) -> int:
    # Before any Qt import: a missing system library becomes one clear message, not Qt's abort.
    problem = display_problem()
    if problem:
        raise UserError(problem)
    from careerjournal.ui.app import run

    return run(args.vault, args.lang)
