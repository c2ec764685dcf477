"""Process-wide protections switched on when the app starts.

A crash must not write the process memory (decrypted pages, typed text) to disk.
Each platform has its own switch; where one is missing the call does nothing, and
docs/platforms.md says what remains.
"""

from __future__ import annotations

import contextlib
import sys


def disable_core_dumps() -> None:
    if sys.platform == "win32":
        _exclude_heap_from_windows_error_reports()
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _not_dumpable() -> None:
    """Also keeps other processes of the same user from attaching to read our memory."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_dumpable = 4
        ctypes.CDLL(None).prctl(pr_set_dumpable, 0, 0, 0, 0)


def _exclude_heap_from_windows_error_reports() -> None:
    """Windows Error Reporting may keep a crash dump; without the heap it holds no text."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        wer_fault_reporting_flag_noheap = 1
        ctypes.windll.kernel32.WerSetFlags(wer_fault_reporting_flag_noheap)  # type: ignore[attr-defined]
