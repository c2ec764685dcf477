"""The command line: the app itself, plus a few tools for scripts and benchmarks.

One module per command, each with ``add_arguments`` and the function that runs
it; this module only assembles the parser and turns known errors into one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from careerjournal import __version__
from careerjournal.cli import check_exercises, check_package, demo, export_plan, share
from careerjournal.cli.errors import UserError
from careerjournal.cli.gui import run_gui
from careerjournal.vault import VaultError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerjournal", description="A private, offline journal for exploring your career."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--vault", type=Path, help="open or create this vault file instead of the default"
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="interface language for this run")
    parser.set_defaults(func=run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, module, run, help_text in (
        (
            "check-exercises",
            check_exercises,
            check_exercises.check_exercises,
            "validate exercise files",
        ),
        (
            "check-package",
            check_package,
            check_package.check_package,
            "check that a shared package opens",
        ),
        ("demo", demo, demo.demo, "create a vault filled with sample content"),
        ("export-plan", export_plan, export_plan.export_plan, "write the personal plan as a PDF"),
        ("share", share, share.share_command, "write a protected package for your coach"),
    ):
        command = commands.add_parser(name, help=help_text)
        module.add_arguments(command)
        command.set_defaults(func=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (UserError, VaultError) as error:
        print(f"careerjournal: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
