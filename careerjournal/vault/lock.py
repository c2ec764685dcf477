"""One writer per vault: a lock file beside the vault while it is open for writing.

Two windows (or a window and a command) writing the same SQLCipher file would
each keep their own view of it; the second one's changes could silently win.
The lock follows QLockFile's idea in plain Python, so the command line and the
domain need no Qt: the file holds the owner's process id, host name and start
mark; a lock whose process has gone on this host is stale (a crash) and is
taken over. A lock from another host cannot be judged, so it is honoured.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import time
from pathlib import Path

from careerjournal.vault.errors import VaultInUse

_FORMAT = "careerjournal-lock 1"
# A lock file still being written by its owner is empty for a moment; only an
# unreadable one older than this is taken to be left over.
_UNREADABLE_GRACE_S = 10.0


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


def _host() -> str:
    return platform.node()


def _start_mark(pid: int) -> str:
    """Something that changes when a process id is reused: the start time on Linux."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # Field 22 (start time) counts from after the command name, which may hold spaces.
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


def _alive(pid: int, mark: str) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, another user's
    except OSError:
        return False
    return not mark or _start_mark(pid) in ("", mark)


def _alive_windows(pid: int) -> bool:
    import ctypes

    query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


class VaultLock:
    """Held while a vault is open for writing; :meth:`release` removes the file."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._vault_path = vault_path
        self._held = False

    def acquire(self) -> VaultLock:
        """Take the lock, taking over a stale one once; raise VaultInUse otherwise."""
        for _ in range(2):
            if self._try_create():
                return self
            if not self._remove_if_stale():
                break
        raise VaultInUse(self._describe_owner(), self._vault_path)

    def release(self) -> None:
        if self._held:
            self._held = False
            with contextlib.suppress(OSError):
                self.path.unlink()

    def _try_create(self) -> bool:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except FileExistsError:
            return False
        except OSError:
            # A folder we cannot write a lock into (a read-only stick): the vault
            # itself cannot be written either, and opening reports that clearly.
            return True
        pid = os.getpid()
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(f"{_FORMAT}\n{pid}\n{_host()}\n{_start_mark(pid)}\n")
        self._held = True
        return True

    def _owner(self) -> tuple[int, str, str] | None:
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        if len(lines) < 3 or lines[0] != _FORMAT or not lines[1].isdigit():
            return None
        return int(lines[1]), lines[2], lines[3] if len(lines) > 3 else ""

    def _remove_if_stale(self) -> bool:
        owner = self._owner()
        if owner is None:
            stale = self._age() > _UNREADABLE_GRACE_S
        else:
            stale = owner[1] == _host() and not _alive(owner[0], owner[2])
        if owner is not None and owner[0] == os.getpid() and owner[1] == _host():
            stale = False  # this very process holds it: a second open here is refused too
        if stale:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        return stale

    def _age(self) -> float:
        try:
            return time.time() - self.path.stat().st_mtime
        except OSError:
            return 0.0

    def _describe_owner(self) -> str:
        owner = self._owner()
        if owner is not None and owner[1] != _host():
            return (
                f"The vault {self._vault_path} is open on another computer ({owner[1]}). "
                f"If it is not, remove {self.path.name} beside the vault."
            )
        return f"The vault {self._vault_path} is already open in another CareerJournal window."
