"""Every place on disk the app itself chooses; one module, so tests can redirect all of it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

VAULT_FILE_NAME = "vault.cjv"
# A portable install (or a test) can keep everything in one folder.
DATA_DIR_ENV = "CAREERJOURNAL_DATA_DIR"


def data_dir() -> Path:
    """The platform's per-user app-data folder, e.g. ``~/.local/share/CareerJournal``."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def default_vault_path() -> Path:
    return data_dir() / VAULT_FILE_NAME
