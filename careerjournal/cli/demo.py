"""``careerjournal demo``: a vault filled with sample content, for trying and benchmarks."""

from __future__ import annotations

import argparse
from pathlib import Path

from careerjournal.cli.errors import UserError
from careerjournal.cli.passphrase import read_passphrase


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="where to create the demo vault")
    parser.add_argument(
        "--entries",
        type=int,
        default=60,
        help="number of journal entries (default 60, at most 100,000)",
    )
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )


def demo(args: argparse.Namespace) -> int:
    from careerjournal.demo import MAX_ENTRIES, build_demo_vault

    if args.entries < 0:
        raise UserError("--entries cannot be negative")
    if args.entries > MAX_ENTRIES:
        raise UserError(f"--entries can be at most {MAX_ENTRIES:,}")
    if args.path.exists():
        raise UserError(f"{args.path} already exists; choose another name")
    passphrase = read_passphrase(args.passphrase_stdin, new=True)
    build_demo_vault(args.path, passphrase, entries=args.entries)
    print(f"demo vault written to {args.path}")
    return 0
