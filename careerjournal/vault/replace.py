"""Renaming a finished file over its target, on every platform.

POSIX renames over a file that another program has open. Windows refuses while
any program holds the target open: a PDF viewer showing last week's plan, or for
a moment a virus scanner or the search indexer. Such short holds pass, so the
rename is tried a few times; a file still held after that gives one clear error,
and the earlier file stays as it was (the new one is cleaned up by the caller).
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

TRIES = 5
PAUSE_S = 0.2  # then 0.4, 0.6, …: about two seconds in all


def replace_file(source: Path, target: Path) -> None:
    """``os.replace(source, target)``, patient with Windows' open-file refusals."""
    for attempt in range(1, TRIES + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            if sys.platform != "win32":
                raise
            if attempt == TRIES:
                raise PermissionError(
                    errno.EACCES,
                    f"{Path(target).name} is open in another program; close it there and try again",
                    str(target),
                ) from error
            time.sleep(PAUSE_S * attempt)
