"""The command line: the app itself, plus a few tools for scripts and benchmarks.

Passphrases come from standard input (``--passphrase-stdin``) or an interactive
prompt, never from an argument, where other users could read them in ``ps``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from careerjournal import __version__
from careerjournal.resources import exercises_dir
from careerjournal.vault import VaultError


class UserError(Exception):
    """A mistake the user can fix; printed as one line, no traceback."""


def read_passphrase(from_stdin: bool, *, confirm: bool) -> str:
    """One line from stdin, or a hidden prompt (asked twice for a new vault)."""
    if from_stdin:
        line = sys.stdin.readline()
        passphrase = line[:-1] if line.endswith("\n") else line
    else:
        if not sys.stdin.isatty():
            raise UserError("no terminal to ask for the passphrase; use --passphrase-stdin")
        passphrase = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Repeat passphrase: ") != passphrase:
            raise UserError("the passphrases are not the same")
    if not passphrase:
        raise UserError("the passphrase is empty")
    return passphrase


def _cmd_gui(args: argparse.Namespace) -> int:
    from careerjournal.ui.app import run

    return run(args.vault, args.lang)


def _cmd_check_exercises(args: argparse.Namespace) -> int:
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


def _cmd_demo(args: argparse.Namespace) -> int:
    from careerjournal.demo import build_demo_vault

    if args.entries < 0:
        raise UserError("--entries cannot be negative")
    passphrase = read_passphrase(args.passphrase_stdin, confirm=True)
    build_demo_vault(args.path, passphrase, entries=args.entries)
    print(f"demo vault written to {args.path}")
    return 0


def _cmd_export_plan(args: argparse.Namespace) -> int:
    from careerjournal.export.plan_pdf import export_plan_command

    vault = getattr(args, "vault", None) or _default_vault()
    passphrase = read_passphrase(args.passphrase_stdin, confirm=False)
    try:
        export_plan_command(args.out, vault, passphrase, getattr(args, "lang", None) or "nl")
    except OSError as error:
        raise UserError(f"could not write {args.out}: {error.strerror}") from error
    print(f"plan written to {args.out}")
    print("note: the PDF is not encrypted; keep it somewhere private", file=sys.stderr)
    return 0


def _default_vault() -> Path:
    from careerjournal.ui.shell.paths import default_vault_path

    return default_vault_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerjournal", description="A private, offline journal for exploring your career."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--vault", type=Path, help="open or create this vault file instead of the default"
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="interface language for this run")
    parser.set_defaults(func=_cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    check = commands.add_parser("check-exercises", help="validate exercise files")
    check.add_argument(
        "folder", nargs="?", type=Path, help="folder of .toml files (default: the built-in set)"
    )
    check.set_defaults(func=_cmd_check_exercises)

    demo = commands.add_parser("demo", help="create a vault filled with sample content")
    demo.add_argument("path", type=Path, help="where to create the demo vault")
    demo.add_argument(
        "--entries", type=int, default=60, help="number of journal entries (default 60)"
    )
    demo.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    demo.set_defaults(func=_cmd_demo)

    export = commands.add_parser("export-plan", help="write the personal plan as a PDF")
    export.add_argument("out", type=Path, help="the PDF file to write")
    # SUPPRESS: a --vault or --lang given before the command name is not overwritten.
    export.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="the vault file")
    export.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS)
    export.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    export.set_defaults(func=_cmd_export_plan)

    from careerjournal.share.command import add_arguments, share_command

    share = commands.add_parser("share", help="write a protected package for your coach")
    add_arguments(share)
    share.set_defaults(func=share_command)
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
