"""Process-wide protections switched on when the app starts."""

from __future__ import annotations

import contextlib


def disable_core_dumps() -> None:
    """A crash must not write the process memory (decrypted pages, typed text) to disk."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with contextlib.suppress(ImportError, OSError, AttributeError):
        import ctypes

        PR_SET_DUMPABLE = 4
        ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
