"""The command line: the app itself, plus a few tools for scripts and benchmarks.

One module per command, each with ``add_arguments`` and the function that runs
it; this module only assembles the parser and turns known errors into one line.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from careerjournal import __version__
from careerjournal.cli.errors import UserError
from careerjournal.cli.gui import run_gui
from careerjournal.cli.interrupts import Interrupted, stop_on_signals
from careerjournal.cli.language import LANGUAGES
from careerjournal.vault import VaultError  # the app's unlock screen imports it anyway

# Command name -> (module in careerjournal.cli, the function that runs it, help).
# Named, not imported: a command's module, and the features it pulls in, load
# only when that command is parsed. The app (no command) and ``--help`` load
# none of them, so the app's peak memory is its own (docs/performance.md).
COMMANDS = {
    "agenda": ("agenda", "agenda_command", "say whether something is due (for reminders)"),
    "check-exercises": ("check_exercises", "check_exercises", "validate exercise files"),
    "check-package": ("check_package", "check_package", "check that a shared package opens"),
    "demo": ("demo", "demo", "create a vault filled with sample content"),
    "export-plan": ("export_plan", "export_plan", "write the personal plan as a PDF"),
    "import": (
        "import_journal",
        "import_command",
        "bring in a jrnl or Day One export, or a folder of Markdown notes",
    ),
    "share": ("share", "share_command", "write a protected package for your coach"),
}


class _Parser(argparse.ArgumentParser):
    """A usage mistake in one line, like every other mistake (subcommands inherit this)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _Command(_Parser):
    """One command's parser: its module adds the arguments the first time it parses
    (``careerjournal share --help`` included)."""

    def __init__(self, *, module: str, run: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pending: tuple[str, str] | None = (module, run)

    def _load(self) -> None:
        if self._pending is None:
            return
        module_name, run = self._pending
        self._pending = None
        module = importlib.import_module(f"careerjournal.cli.{module_name}")
        module.add_arguments(self)
        self.set_defaults(func=getattr(module, run))

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        self._load()  # argparse parses a chosen command's arguments through here
        return super().parse_known_args(*args, **kwargs)


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
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Command)
    for name, (module, run, help_text) in COMMANDS.items():
        commands.add_parser(name, help=help_text, module=module, run=run)
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
