"""Writing an export to the place the user chose: whole or not at all, and never over a keeper.

Every export (plan PDF, share PDF/Markdown/package, recovery sheet; GUI and
command line) reaches the disk through :func:`replacing`, so the rules live
here once:

- a vault, a backup or a coach package is never replaced, whatever the user
  answered (recognised by content: :func:`careerjournal.vault.sniff.is_keeper`);
- any other existing file is replaced only with ``replace=True``, which callers
  pass after an explicit yes (the GUI's question, ``--force`` on the command line);
- the new file is made under a fresh, unique name in the target folder, created
  exclusively and owner-only from its first byte, fsynced, then renamed into
  place; on any error it is removed. A planted name or symlink is never followed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from careerjournal.vault.replace import replace_file
from careerjournal.vault.sniff import is_keeper

# O_NOFOLLOW does not exist on Windows, where O_EXCL already refuses any existing name.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_NAME_KEPT = 100  # characters of the target's name kept in the temporary name


class KeeperTarget(PermissionError):
    """The chosen file is a vault, a backup or a coach package: exports never replace one."""


class TargetExists(FileExistsError):
    """The chosen file exists and nobody said yes to replacing it."""


def check_target(path: Path, *, replace: bool = False) -> None:
    """Raise if an export may not be written to ``path``; reads the file's start, changes nothing."""
    if is_keeper(path):
        raise KeeperTarget(
            errno.EPERM,
            f"{path} is a CareerJournal vault, backup or coach package (or another encrypted "
            "file); an export never replaces one. Choose another name.",
            str(path),
        )
    if not os.path.lexists(path):
        return
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = stat.S_IFREG  # a dangling symlink: replaced itself, never followed
    if not stat.S_ISREG(mode):
        raise PermissionError(errno.EPERM, f"{path} is not an ordinary file.", str(path))
    if not replace:
        raise _exists(path)


def _exists(path: Path) -> TargetExists:
    return TargetExists(errno.EEXIST, f"{path} already exists; it was not replaced.", str(path))


def fresh_name(path: Path) -> Path:
    """A unique, not yet existing name beside ``path`` for the file being made."""
    return path.with_name(f"{path.name[:_NAME_KEPT]}.{secrets.token_hex(8)}.part")


@contextlib.contextmanager
def replacing(path: Path, *, replace: bool = False) -> Iterator[Path]:
    """Yield a fresh name beside ``path``; what the body writes there is moved onto ``path``.

    The body must create the file exclusively (``O_EXCL``, as :func:`write_atomically`
    and SQLCipher's own create do), owner-only. Afterwards the file is fsynced and
    renamed into place; if the body or the move fails, it is removed.
    """
    check_target(path, replace=replace)
    part = fresh_name(path)
    try:
        yield part
        _fsync(part)
        check_target(path, replace=replace)  # again: the folder may have changed meanwhile
        _move(part, path, replace)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    _fsync_folder(path.parent)


def write_atomically(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``path`` by the rules above.

    The partial file lives in the chosen folder, never in a temp folder, so no copy
    of the user's text is left anywhere else.
    """
    with replacing(path, replace=replace) as part:
        # Owner-only from the first byte: an export holds private text.
        descriptor = os.open(part, _NEW_FILE, 0o600)
        with open(descriptor, "wb") as file:
            file.write(data)


def _fsync(part: Path) -> None:
    # Opened for writing: Windows flushes only a handle that may write.
    with open(os.open(part, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)), "r+b") as file:
        os.fsync(file.fileno())


def _move(part: Path, path: Path, replace: bool) -> None:
    if replace:
        replace_file(part, path)
        return
    try:
        # A hard link fails if ``path`` appeared meanwhile: nothing is replaced by a race.
        os.link(part, path)
    except FileExistsError as exc:
        raise _exists(path) from exc
    except OSError:
        # No hard links here (FAT on a USB stick): checked just above, so rename.
        replace_file(part, path)
        return
    part.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on every system."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
