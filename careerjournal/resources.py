"""Where the files shipped with the app live, from source and from a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding ``resources/`` and ``exercises/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, styles, translations)."""
    return bundle_root().joinpath("resources", *parts)


def exercises_dir() -> Path:
    """The exercise files that ship with the app."""
    return bundle_root() / "exercises"
