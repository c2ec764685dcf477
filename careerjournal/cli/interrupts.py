"""Stopping a command cleanly when the user or the system asks it to.

Python turns only Ctrl+C into an exception; SIGTERM (a shutdown, ``kill``) and
SIGHUP (a closed terminal) end the process at once, before any ``finally`` or
``except BaseException`` can remove a half-made file. While a command runs,
each of them raises :class:`Interrupted` instead, so every clean-up runs.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# SIGHUP does not exist on Windows.
_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(BaseException):
    """A signal asked the command to stop; a BaseException so no ``except Exception`` eats it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _stop(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP raise :class:`Interrupted`."""
    saved = {number: signal.signal(number, _stop) for number in _SIGNALS}
    try:
        yield
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)
