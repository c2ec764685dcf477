"""One throw-away folder for every path the app could write (config, data, cache, temp).

``point_paths_at_sandbox`` runs from ``conftest`` before Qt or the app is imported,
so nothing a test does can reach the real home folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SANDBOX = Path(tempfile.mkdtemp(prefix="careerjournal-tests-"))


def point_paths_at_sandbox() -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        folder = SANDBOX / name.lower()
        folder.mkdir(exist_ok=True)
        os.environ[name] = str(folder)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("LANGUAGE", None)
    tempfile.tempdir = None  # forget the cached temp folder
