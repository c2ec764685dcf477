"""``careerjournal`` with no command: the desktop app."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from careerjournal.ui.app import run

    return run(args.vault, args.lang)
