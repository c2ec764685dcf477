"""``careerjournal agenda``: a reminder for cron, a timer or Task Scheduler.

Without a passphrase it reads only the next-due record beside the vault and
prints one neutral line when something is due, nothing otherwise: safe to show
in a desktop notification on any screen. With ``--passphrase-stdin`` it opens
the vault and lists what is due. The passphrase is never stored to make
reminders work: an unattended reminder gets the neutral line only.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from careerjournal.agenda.reminder import is_due, neutral_line, read_record
from careerjournal.cli.language import add_lang_argument, command_language
from careerjournal.cli.passphrase import read_passphrase
from careerjournal.paths import default_vault_path

if TYPE_CHECKING:
    from careerjournal.vault import Vault


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the ``agenda`` subcommand (``--vault`` and ``--lang`` as for the app)."""
    parser.add_argument(
        "--vault",
        type=Path,
        default=argparse.SUPPRESS,
        help="the vault to look at (default: the app's own)",
    )
    add_lang_argument(parser, "the output")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the vault's passphrase from standard input and list what is due",
    )


def agenda_command(args: argparse.Namespace) -> int:
    vault_path: Path = args.vault or default_vault_path()
    today = date.today()
    if not args.passphrase_stdin:
        record = read_record(vault_path)
        if is_due(record, today):
            assert record is not None
            print(neutral_line(args.lang or record.lang))
        return 0
    return _detailed(vault_path, read_passphrase(True, new=False), args.lang, today)


def _detailed(vault_path: Path, passphrase: str, lang: str | None, today: date) -> int:
    """Open the vault, list what is due, and refresh the neutral record while it is open."""
    from careerjournal.agenda import agenda
    from careerjournal.agenda.reminder import write_record
    from careerjournal.agenda.wording import describe, say
    from careerjournal.exercises.loader import load_folder
    from careerjournal.resources import exercises_dir
    from careerjournal.wording import long_date

    record = read_record(vault_path)
    lang = lang or (record.lang if record else command_language(None))
    catalog = load_folder(exercises_dir())
    with _reading(vault_path, passphrase) as vault:
        found = agenda(vault, catalog, today)
    write_record(vault_path, found.next_due, lang)
    due = [item for item in found.due if item.kind != "next"]
    steps = [item for item in found.due if item.kind == "next"]
    if due:
        print(say("due_now", lang))
        for item in due:
            print(f"- {describe(item, catalog, lang)}")
    else:
        print(say("nothing_due", lang))
        if found.next_due is not None:
            print(say("next_due", lang, date=long_date(found.next_due, lang)))
    for item in steps:
        print(describe(item, catalog, lang))
    return 0


def _reading(vault_path: Path, passphrase: str) -> Vault:
    """The vault opened to read only, so this works while the app has it open.

    A vault of an older schema lacks the agenda's tables: that one is opened
    normally (and migrated), which needs the app to be closed.
    """
    from careerjournal.vault import open_vault
    from careerjournal.vault.migrations import LATEST

    vault = open_vault(vault_path, passphrase, read_only=True)
    if vault.schema_version() >= LATEST:
        return vault
    vault.close()
    return open_vault(vault_path, passphrase)
