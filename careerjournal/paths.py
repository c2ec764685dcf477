"""Every place on disk the app itself chooses, decided here and nowhere else.

Plain Python, so the command line finds the same vault as the window without
loading Qt. The folders are the ones Qt's ``QStandardPaths.AppDataLocation``
gives when the application is named CareerJournal and has no organisation
name (``ui/app.py`` sets exactly that; a test holds the two together):

- Linux and other Unixes: ``$XDG_DATA_HOME/CareerJournal``, by default
  ``~/.local/share/CareerJournal``;
- Windows: ``%APPDATA%\\CareerJournal``;
- macOS: ``~/Library/Application Support/CareerJournal``.

``CAREERJOURNAL_DATA_DIR`` replaces that folder (a portable install, a test).

Versions before this one set an organisation name too, so the window kept its
vault one folder deeper, in ``CareerJournal/CareerJournal/``. Such a vault is
opened where it is, with its backups and reminder record beside it: nothing is
moved, so nothing can be lost on the way (README, "Your data").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CareerJournal"
VAULT_FILE_NAME = "vault.cjv"
BACKUPS_FOLDER_NAME = "backups"
# A portable install (or a test) can keep everything in one folder.
DATA_DIR_ENV = "CAREERJOURNAL_DATA_DIR"
# The organisation and application under which Qt keeps the preferences
# (QSettings). Unchanged since the first version, so existing settings stay found.
SETTINGS_NAMES = (APP_NAME, APP_NAME)


def data_dir() -> Path:
    """The per-user folder of the app's own files."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return _platform_data_home() / APP_NAME


def default_vault_path() -> Path:
    """The vault the app opens without ``--vault``: the new place, or an older one in use."""
    current = data_dir() / VAULT_FILE_NAME
    if os.environ.get(DATA_DIR_ENV) or current.exists():
        return current
    earlier = _platform_data_home() / APP_NAME / APP_NAME / VAULT_FILE_NAME
    return earlier if earlier.exists() else current


def default_backup_folder(vault: Path) -> Path:
    """Where a vault's daily backups go unless the user chose another folder: beside it."""
    return vault.parent / BACKUPS_FOLDER_NAME


def _platform_data_home() -> Path:
    """The platform's folder for per-user application data, as Qt finds it."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    # Qt, like the XDG specification, ignores a relative XDG_DATA_HOME.
    return Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
