"""Writing an export to the place the user chose, whole or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a ``.part`` file beside it, then swap it in.

    The partial file lives in the chosen folder, never in a temp folder, so no copy
    of the user's text is left anywhere else; a failed write removes it.
    """
    part = path.with_name(path.name + ".part")
    try:
        # Owner-only: an export holds private text, other users of the computer need not read it.
        descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
