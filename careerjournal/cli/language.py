"""The language of a command's output: the user's, as the app would speak it."""

from __future__ import annotations

import argparse

LANGUAGES = ("nl", "en")


def add_lang_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """``--lang``; SUPPRESS keeps a ``--lang`` given before the command name."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=f"language of {what} (default: the language of the app, else the system's)",
    )


def command_language(given: str | None) -> str:
    """``--lang`` if given, else the language chosen in the app, else the system's.

    Only without ``--lang`` is QtCore loaded, to read the app's settings where
    Qt keeps them (a file, the registry or a property list).
    """
    if given:
        return given
    from careerjournal.ui.shell.language_choice import preferred_language

    return preferred_language()
