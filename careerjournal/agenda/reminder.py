"""The one thing about the agenda kept outside the vault: the next day something is due.

``careerjournal agenda`` runs from cron or a timer without a passphrase, so it
cannot read the vault. The app writes this record beside the vault whenever it
opens or closes it: a date and the interface language, nothing the user wrote.
Reading is lenient and bounded: a missing, damaged or hostile record says
"nothing due", never more.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from careerjournal.export.files import write_atomically
from careerjournal.wording import Catalogue, language

SUFFIX = ".due"
_MAX_BYTES = 256
WORDS = Catalogue(
    {
        "nl": {"neutral": "CareerJournal: tijd om naar je plan te kijken"},
        "en": {"neutral": "CareerJournal: time to look at your plan"},
    }
)


@dataclass(frozen=True)
class Record:
    next_due: date | None
    lang: str = "nl"


def record_path(vault_path: Path) -> Path:
    """Beside the vault (the app's data folder for the default vault), one per vault."""
    return vault_path.with_suffix(SUFFIX)


def neutral_line(lang: str) -> str:
    """The reminder that says nothing about what is due: safe on any screen."""
    return WORDS.text("neutral", lang)


def write_record(vault_path: Path, next_due: date | None, lang: str) -> None:
    """Write the record; a failure is not worth troubling the user with, so it is dropped."""
    text = f"next-due={next_due.isoformat() if next_due else ''}\nlang={language(lang)}\n"
    with contextlib.suppress(OSError):
        write_atomically(record_path(vault_path), text.encode("ascii"), replace=True)


def read_record(vault_path: Path) -> Record | None:
    """The record, or None if there is none or it cannot be read as one."""
    path = record_path(vault_path)
    try:
        # Only a regular file: a FIFO or device must not block or flood the reader.
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with path.open("rb") as file:
            data = file.read(_MAX_BYTES + 1)
    except OSError:
        return None
    if len(data) > _MAX_BYTES:
        return None
    try:
        fields = dict(line.split("=", 1) for line in data.decode("ascii").splitlines() if line)
        due = fields.get("next-due", "")
        return Record(date.fromisoformat(due) if due else None, fields.get("lang", "nl"))
    except ValueError:
        return None


def is_due(record: Record | None, today: date) -> bool:
    return record is not None and record.next_due is not None and record.next_due <= today
