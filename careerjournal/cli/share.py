"""``careerjournal share``: a protected coach package from the command line.

The selection rules are the Share page's. Both passphrases come from standard
input (``--passphrase-stdin``: the vault's on the first line, the package's on
the second) or from hidden prompts, never from an argument.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from careerjournal.cli.errors import UserError
from careerjournal.cli.language import add_lang_argument, command_language
from careerjournal.cli.overwrite import check_out_file
from careerjournal.cli.passphrase import read_passphrase
from careerjournal.journal import Filters
from careerjournal.share.selection import PLAN_PARTS, PlanPart, Selection

_LARGEST_ID = 2**63 - 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the ``share`` subcommand."""
    parser.add_argument("out", type=Path, help="the package to write (.cjshare)")
    parser.add_argument("--vault", type=Path, required=True, help="the vault to share from")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the vault's passphrase, then the package's, from standard input, one per line",
    )
    what = parser.add_argument_group("what to share (nothing unless asked)")
    what.add_argument(
        "--exercise",
        action="append",
        default=[],
        metavar="ID",
        help="the newest completed run of this exercise, whole",
    )
    what.add_argument(
        "--run",
        action="append",
        default=[],
        type=row_id,
        metavar="RUN",
        help="a completed run, whole: every result and what you wrote",
    )
    what.add_argument(
        "--result", action="append", default=[], metavar="RUN:RESULT", help="one result of a run"
    )
    what.add_argument(
        "--plan",
        action="append",
        default=[],
        choices=(*PLAN_PARTS, "all"),
        help="a part of the plan, or all of it",
    )
    what.add_argument(
        "--goal",
        action="append",
        default=[],
        type=row_id,
        metavar="ID",
        help="one goal of the plan, with its actions",
    )
    what.add_argument(
        "--entry", action="append", default=[], type=row_id, metavar="ID", help="one journal entry"
    )
    what.add_argument("--tag", help="journal entries with this tag")
    what.add_argument(
        "--since",
        type=day,
        metavar="YYYY-MM-DD",
        help="journal entries from this day on",
    )
    what.add_argument(
        "--until",
        type=day,
        metavar="YYYY-MM-DD",
        help="journal entries up to this day",
    )
    what.add_argument(
        "--journal-text", action="store_true", help="include the text of the chosen journal entries"
    )
    what.add_argument(
        "--session-sheet",
        action="store_true",
        help="open with the sheet that prepares your coach session (topics, changes, questions)",
    )
    what.add_argument(
        "--my-path",
        action="store_true",
        help="my path over time: exercises done, results that moved, how the plan changed",
    )
    parser.add_argument("--name", default="", help="a name for the cover (default: none)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace OUT if it exists (never a vault, backup or coach package)",
    )
    add_lang_argument(parser, "the package's fixed texts")


def day(text: str) -> date:
    """A date as YYYY-MM-DD; argparse names this function in its message."""
    return date.fromisoformat(text)


def row_id(text: str) -> int:
    """An id as the vault keeps them, for argparse."""
    if not _is_id(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not an id")
    return int(text)


def _is_id(text: str) -> bool:
    # SQLite's integers end at 2**63 - 1 (19 digits); a bigger number is no id, not a crash.
    return text.isdecimal() and len(text) <= 19 and 1 <= int(text) <= _LARGEST_ID


def selection_from(args: argparse.Namespace, newest_runs: dict[str, int]) -> Selection:
    """The selection the arguments describe; ``newest_runs`` maps exercise id to run id."""
    unknown = [e for e in args.exercise if e not in newest_runs]
    if unknown:
        raise UserError(f"no completed run of exercise {', '.join(unknown)}")
    results = set()
    for text in args.result:
        run, _, result = text.partition(":")
        if not _is_id(run) or not result:
            raise UserError(f"--result takes RUN:RESULT, not {text!r}")
        results.add((int(run), result))
    parts: set[PlanPart] = set(PLAN_PARTS) if "all" in args.plan else set(args.plan)
    has_rule = args.tag is not None or args.since is not None or args.until is not None
    return Selection(
        runs=frozenset(args.run) | {newest_runs[e] for e in args.exercise},
        results=frozenset(results),
        plan_parts=frozenset(parts),
        goals=frozenset(args.goal),
        entries=frozenset(args.entry),
        journal_rule=Filters(args.tag, args.since, args.until) if has_rule else None,
        journal_text=args.journal_text,
        name=args.name,
        session_sheet=args.session_sheet,
        journey=args.my_path,
    )


def share_command(args: argparse.Namespace) -> int:
    """Open the vault, build the chosen document, write the package, record it, close."""
    from careerjournal.exercises.loader import load_folder
    from careerjournal.exercises.sessions import ExerciseStore
    from careerjournal.resources import exercises_dir
    from careerjournal.share.content import shared_document
    from careerjournal.share.writers import export_share
    from careerjournal.vault import open_vault

    out: Path = args.out
    lang = command_language(getattr(args, "lang", None))
    check_out_file(out, args.force)  # before any passphrase is asked
    vault_passphrase = read_passphrase(args.passphrase_stdin, new=False)
    with open_vault(args.vault, vault_passphrase) as vault:
        newest = {e: run.id for e, run in ExerciseStore(vault).latest_results().items()}
        selection = selection_from(args, newest)
        if selection.is_empty:
            raise UserError("nothing chosen to share; see careerjournal share --help")
        shared = shared_document(vault, load_folder(exercises_dir()), selection, lang, date.today())
        if shared.summary.is_empty:
            raise UserError("none of the chosen items exists in this vault")
        package_passphrase = read_passphrase(
            args.passphrase_stdin, new=True, vault_passphrase=vault_passphrase
        )
        try:
            export_share(vault, shared, "package", out, package_passphrase, replace=args.force)
        except OSError as error:
            raise UserError(f"could not write {out}: {error.strerror}") from error
    print(f"coach package written to {out}")
    print(
        "Give the passphrase to your coach another way than the file: say it, or send it "
        "by another channel."
    )
    return 0
