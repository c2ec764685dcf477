"""Encrypted daily backups of the vault, kept in rotation, and restoring one.

A backup is ``VACUUM INTO`` a file beside the others: a consistent copy made
by SQLCipher itself, encrypted with the same key and the same salt, so the
same passphrase opens it. It is written under a ``.part`` name and renamed
when complete, so a crash never leaves a half backup that looks whole.

The rotation keeps 7 daily and 4 weekly copies, within a total size: of a
large vault it keeps fewer (the newest first, at least two), so a decade of
journal does not fill the disk with copies of itself.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from careerjournal.vault.errors import FolderMissing, WriteFailed
from careerjournal.vault.replace import replace_file

if TYPE_CHECKING:
    from careerjournal.vault.store import Vault

KEEP_DAILY = 7
KEEP_WEEKLY = 4
# The most all backups together may take; 11 copies of a 50,000-entry vault would take
# over 2 GB. Two copies are kept whatever their size: one may be the day's damage.
TOTAL_BYTES = 1024**3
KEEP_AT_LEAST = 2
_NAME = re.compile(r"^careerjournal-(\d{4}-\d{2}-\d{2})\.cjv$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date


def backup_name(day: date) -> str:
    return f"careerjournal-{day.isoformat()}.cjv"


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    found = []
    try:
        names = list(folder.iterdir())
    except OSError:  # unreadable: as good as none
        return []
    for path in names:
        match = _NAME.match(path.name)
        if match and path.is_file():
            found.append(Backup(path, date.fromisoformat(match.group(1))))
    return sorted(found, key=lambda b: b.day, reverse=True)


def to_keep(days: list[date]) -> set[date]:
    """The newest ``KEEP_DAILY`` days, plus the newest day of each of ``KEEP_WEEKLY`` older weeks."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:KEEP_DAILY])
    weeks: dict[tuple[int, int], date] = {}
    for day in newest_first[KEEP_DAILY:]:
        weeks.setdefault(day.isocalendar()[:2], day)
    keep.update(sorted(weeks.values(), reverse=True)[:KEEP_WEEKLY])
    return keep


def within_total(sizes: list[int], total: int | None = None) -> int:
    """How many of the backups (sizes newest first) fit in ``total``, at least KEEP_AT_LEAST."""
    total = TOTAL_BYTES if total is None else total
    count, used = 0, 0
    for size in sizes:
        if count >= KEEP_AT_LEAST and used + size > total:
            break
        count, used = count + 1, used + size
    return count


def space_used(folder: Path) -> tuple[int, int]:
    """How many backups ``folder`` holds and how many bytes they take together."""
    backups = list_backups(folder)
    return len(backups), sum(_size(b.path) for b in backups)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # gone meanwhile
        return 0


def backup_due(folder: Path, today: date) -> bool:
    """At most one backup a day."""
    backups = list_backups(folder)
    return not backups or backups[0].day < today


def make_backup(vault: Vault, folder: Path, today: date | None = None) -> Path:
    """Write today's backup (replacing an earlier one of today) and prune old ones."""
    today = today or datetime.now().date()
    try:
        # Only the last level: a backup folder on a stick that is not plugged in
        # must not become a folder on the internal disk.
        folder.mkdir(exist_ok=True, mode=0o700)
    except FileNotFoundError as exc:
        raise FolderMissing(
            f"The backup folder {folder.parent} does not exist. Is the USB stick or disk "
            "plugged in? No backup was made.",
            folder,
        ) from exc
    except OSError as exc:
        message = f"The backup folder {folder} cannot be made: {exc.strerror}"
        raise WriteFailed(message, folder) from exc
    target = folder / backup_name(today)
    part: Path | None = None
    try:
        part = new_part(target)
        vault.connection.execute("VACUUM INTO ?", (str(part),))  # into the empty file
        replace_file(part, target)
    except (sqlcipher3.Error, OSError) as exc:
        if part is not None:
            part.unlink(missing_ok=True)
        raise WriteFailed(f"The backup could not be written to {folder}: {exc}", target) from exc
    prune(folder)
    return target


def new_part(target: Path) -> Path:
    """A new, empty, owner-only file with a unique name beside ``target``, to be renamed onto it.

    Made exclusively and without following links, so a planted or stale
    ``.part`` name or symlink is never written through.
    """
    part = target.with_name(f"{target.name}.{secrets.token_hex(8)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(part, flags, 0o600))
    return part


def prune(folder: Path, total: int | None = None) -> list[Path]:
    """Delete the backups rotation no longer keeps, or that exceed ``total``; return them."""
    backups = list_backups(folder)
    keep = to_keep([b.day for b in backups])
    kept = [b for b in backups if b.day in keep]
    kept = kept[: within_total([_size(b.path) for b in kept], total)]
    removed = [b.path for b in backups if b not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# A restore keeps the replaced vault beside it as ``<name>.before-restore-<stamp>``.
SET_ASIDE = ".before-restore-"


def set_aside_files(vault_path: Path) -> list[Path]:
    """The files restores kept aside beside ``vault_path``, oldest name first."""
    # Escaped: a vault named "mine[2].cjv" would otherwise be a pattern that misses its files.
    return sorted(vault_path.parent.glob(f"{glob.escape(vault_path.name)}{SET_ASIDE}*"))


def restore(backup: Path, vault_path: Path, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of the (closed) vault; the current file is kept aside.

    Returns where the replaced vault was moved, so nothing is ever lost by a restore.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = vault_path.with_name(f"{vault_path.name}{SET_ASIDE}{stamp}")
    number = 1
    while os.path.lexists(aside):  # two restores in one second: keep both files aside
        number += 1
        aside = vault_path.with_name(f"{vault_path.name}{SET_ASIDE}{stamp}-{number}")
    part: Path | None = None
    try:
        part = new_part(vault_path)
        with backup.open("rb") as source, part.open("r+b") as copy:
            shutil.copyfileobj(source, copy)
            copy.flush()
            os.fsync(copy.fileno())
        if vault_path.exists():
            replace_file(vault_path, aside)
        replace_file(part, vault_path)
    except OSError as exc:
        if part is not None:
            part.unlink(missing_ok=True)
        raise WriteFailed(f"The backup could not be restored: {exc.strerror}", vault_path) from exc
    return aside
