"""Passphrases for the command line: from standard input or a hidden prompt, never an argument.

An argument would be readable by other users in ``ps``. Standard input is read
as bytes, so a byte that is not text gives a clear refusal instead of a
traceback, and exactly one line ending (``\\n`` or ``\\r\\n``) is removed: a
passphrase ending in an invisible ``\\r`` could never be typed again.
"""

from __future__ import annotations

import getpass
import sys

from careerjournal.cli.errors import UserError
from careerjournal.vault.passphrase_rule import HINTS, refusal
from careerjournal.vault.strength import strength

NOT_TEXT = (
    "the passphrase on standard input must be one line of UTF-8 text, "
    "without NUL bytes or a byte order mark"
)


def read_passphrase(from_stdin: bool, *, new: bool, vault_passphrase: str | None = None) -> str:
    """One line from stdin, or a hidden prompt (asked twice for a new passphrase).

    A ``new`` passphrase must meet the app's one rule (and differ from
    ``vault_passphrase`` if given). A person at the prompt is told its strength,
    as the window shows it under the field; a script is not.
    """
    passphrase = _from_stdin() if from_stdin else _from_prompt(new)
    if not passphrase:
        raise UserError("the passphrase is empty")
    if new:
        problem = refusal(passphrase, vault_passphrase=vault_passphrase)
        if problem is not None:
            raise UserError(problem.value)
        if not from_stdin:
            print(f"passphrase: {HINTS[strength(passphrase)]}", file=sys.stderr)
    return passphrase


def _from_stdin() -> str:
    line = sys.stdin.buffer.readline()
    for ending in (b"\r\n", b"\n"):
        if line.endswith(ending):
            line = line[: -len(ending)]
            break
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(NOT_TEXT) from None
    if "\0" in text or "\ufeff" in text:
        raise UserError(NOT_TEXT)
    return text


def _from_prompt(new: bool) -> str:
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the passphrase; use --passphrase-stdin")
    passphrase = getpass.getpass("Passphrase: ")
    if new and getpass.getpass("Repeat passphrase: ") != passphrase:
        raise UserError("the passphrases are not the same")
    return passphrase
