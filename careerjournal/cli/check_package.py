"""``careerjournal check-package``: does a shared package open, and what is it?

It prints when the package was shared and how many parts it holds, none of its
content. A damaged, foreign or hostile file gives one line and exit status 1,
like everything else on the command line. The passphrase comes from standard
input (``--passphrase-stdin``) or a hidden prompt, never from an argument.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careerjournal.cli.passphrase import read_passphrase
from careerjournal.export.package import read_package


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the ``check-package`` subcommand."""
    parser.add_argument("package", type=Path, help="the shared package (.cjshare)")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the package's passphrase from standard input",
    )


def check_package(args: argparse.Namespace) -> int:
    package = read_package(args.package, read_passphrase(args.passphrase_stdin, new=False))
    print(
        f"{args.package.name}: a shared package from {package.created_at:%Y-%m-%d %H:%M} UTC "
        f"with {len(package.document.blocks)} parts, made by CareerJournal {package.app_version}."
    )
    return 0
