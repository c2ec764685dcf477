"""``careerjournal export-plan``: the personal plan as an A4 PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careerjournal.cli.errors import UserError
from careerjournal.cli.language import add_lang_argument, command_language
from careerjournal.cli.overwrite import check_out_file
from careerjournal.cli.passphrase import read_passphrase
from careerjournal.paths import default_vault_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", type=Path, help="the PDF file to write")
    # SUPPRESS: a --vault or --lang given before the command name is not overwritten.
    parser.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="the vault file")
    add_lang_argument(parser, "the PDF")
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace OUT if it exists (never a vault, backup or coach package)",
    )


def export_plan(args: argparse.Namespace) -> int:
    from careerjournal.plan.printout import export_plan_command

    vault = getattr(args, "vault", None) or default_vault_path()
    check_out_file(args.out, args.force)  # before the passphrase is asked
    passphrase = read_passphrase(args.passphrase_stdin, new=False)
    try:
        export_plan_command(
            args.out,
            vault,
            passphrase,
            command_language(getattr(args, "lang", None)),
            replace=args.force,
        )
    except OSError as error:
        raise UserError(f"could not write {args.out}: {error.strerror}") from error
    print(f"plan written to {args.out}")
    print("note: the PDF is not encrypted; keep it somewhere private", file=sys.stderr)
    return 0
