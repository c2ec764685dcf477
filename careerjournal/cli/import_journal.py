"""``careerjournal import``: bring in a jrnl or Day One export, or a folder of Markdown notes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from careerjournal.cli.errors import UserError
from careerjournal.cli.passphrase import read_passphrase


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path, help="a JSON export, a Day One zip, or a folder")
    # SUPPRESS: a --vault given before the command name is not overwritten.
    parser.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="the vault file")
    parser.add_argument(
        "--format",
        choices=("jrnl", "dayone", "markdown"),
        help="the kind of source (default: recognised from its content)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only say what would be imported; write nothing"
    )
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )


def import_command(args: argparse.Namespace) -> int:
    from careerjournal.importing import SourceError, read_source, run_import
    from careerjournal.journal import JournalStore
    from careerjournal.paths import default_vault_path
    from careerjournal.vault import open_vault

    vault_path = getattr(args, "vault", None) or default_vault_path()
    passphrase = read_passphrase(args.passphrase_stdin, new=False)
    with open_vault(vault_path, passphrase) as vault:
        journal = JournalStore(vault)
        try:
            plan = read_source(args.source, journal, args.format)
        except SourceError as error:
            raise UserError(str(error)) from error
        span = f", {plan.first} to {plan.last}" if plan.new else ""
        print(f"{len(plan.new)} new entries{span}")
        for what, count in (
            ("already in your journal, left out", plan.duplicates),
            ("attachments (photos, files) left out", plan.attachments),
            ("notes without a date, left out", plan.undated),
        ):
            if count:
                print(f"{count} {what}")
        if args.dry_run or not plan.new:
            return 0
        added = run_import(journal, plan)
    print(f"imported {added} entries into {vault_path}")
    print(
        f"note: {args.source} is still on disk in plain text; delete it if nobody should read it",
        file=sys.stderr,
    )
    return 0
