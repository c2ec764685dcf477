"""A socket class that refuses internet sockets and remembers who asked.

``conftest`` puts it in place of ``socket.socket`` for the whole session; a test
that tried to go online fails at its end (see ``fixtures``).
"""

from __future__ import annotations

import socket

_INTERNET = {socket.AF_INET, socket.AF_INET6}
network_attempts: list[str] = []


class GuardedSocket(socket.socket):
    def __init__(
        self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None
    ) -> None:
        if fileno is None and family in (-1, *_INTERNET):
            network_attempts.append(f"socket(family={family}, type={type})")
            raise OSError("CareerJournal tests: network sockets are forbidden")
        super().__init__(family, type, proto, fileno)
