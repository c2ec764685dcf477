"""The command line: the app itself, plus a few tools for scripts and benchmarks.

One module per command, each with ``add_arguments`` and the function that runs
it; this module only assembles the parser and turns known errors into one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from careerjournal import __version__
from careerjournal.cli import (
    agenda,
    check_exercises,
    check_package,
    demo,
    export_plan,
    import_journal,
    share,
)
from careerjournal.cli.errors import UserError
from careerjournal.cli.gui import run_gui
from careerjournal.cli.interrupts import Interrupted, stop_on_signals
from careerjournal.cli.language import LANGUAGES
from careerjournal.vault import VaultError


class _Parser(argparse.ArgumentParser):
    """A usage mistake in one line, like every other mistake (subcommands inherit this)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="careerjournal", description="A private, offline journal for exploring your career."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--vault", type=Path, help="open or create this vault file instead of the default"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    parser.set_defaults(func=run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name, module, run, help_text in (
        ("agenda", agenda, agenda.agenda_command, "say whether something is due (for reminders)"),
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
        (
            "import",
            import_journal,
            import_journal.import_command,
            "bring in a jrnl or Day One export, or a folder of Markdown notes",
        ),
        ("share", share, share.share_command, "write a protected package for your coach"),
    ):
        command = commands.add_parser(name, help=help_text)
        module.add_arguments(command)
        command.set_defaults(func=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.func is run_gui:  # Qt has its own ways of stopping
            return int(run_gui(args))
        with stop_on_signals():
            return int(args.func(args))
    except (UserError, VaultError) as error:
        print(f"careerjournal: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # a path the user gave: too long, a device, no permission, ...
        where = f"{error.filename}: " if error.filename else ""
        print(f"careerjournal: {where}{error.strerror or error}", file=sys.stderr)
        return 1
    except Interrupted as stop:
        print(
            f"careerjournal: stopped ({stop}); nothing half-made was left behind", file=sys.stderr
        )
        return 128 + stop.signum
    except KeyboardInterrupt:  # Ctrl+C while the window starts
        return 130
