"""Passphrases for the command line: from standard input or a hidden prompt, never an argument.

An argument would be readable by other users in ``ps``.
"""

from __future__ import annotations

import getpass
import sys

from careerjournal.cli.errors import UserError


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
