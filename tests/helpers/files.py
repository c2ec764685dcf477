"""Checks on files the app writes, the same on every platform."""

from __future__ import annotations

import sys
from pathlib import Path


def is_owner_only(path: Path) -> bool:
    """Mode 0600 on POSIX. On Windows chmod only sets the read-only flag and the profile
    folder's ACL protects the file (docs/platforms.md), so there is nothing to check."""
    return sys.platform == "win32" or (path.stat().st_mode & 0o777) == 0o600
