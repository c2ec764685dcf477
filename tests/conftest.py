"""Test set-up shared by every test.

- Every path the app could write (config, data, cache, temp) points into one
  throw-away folder, made before Qt or the app is imported.
- Any attempt to open an internet socket fails the test that made it.
- Argon2id is memoised per (passphrase, salt): the real derivation runs once
  per vault instead of at every open, which keeps hundreds of real-vault tests fast.
- Tests that use ``qtbot`` are marked ``gui`` so ``-m "not gui"`` runs the pure ones.
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"


def is_owner_only(path: Path) -> bool:
    """Mode 0600 on POSIX. On Windows chmod only sets the read-only flag and the profile
    folder's ACL protects the file (docs/platforms.md), so there is nothing to check."""
    return sys.platform == "win32" or (path.stat().st_mode & 0o777) == 0o600


SANDBOX = Path(tempfile.mkdtemp(prefix="careerjournal-tests-"))


def _point_paths_at_sandbox() -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"):
        folder = SANDBOX / name.lower()
        folder.mkdir(exist_ok=True)
        os.environ[name] = str(folder)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("LANGUAGE", None)
    tempfile.tempdir = None  # forget the cached temp folder


_point_paths_at_sandbox()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SANDBOX, ignore_errors=True)


# --- no network -------------------------------------------------------------

_INTERNET = {socket.AF_INET, socket.AF_INET6}
network_attempts: list[str] = []


class _GuardedSocket(socket.socket):
    def __init__(self, family: int = -1, type: int = -1, proto: int = -1, fileno=None) -> None:
        if fileno is None and family in (-1, *_INTERNET):
            network_attempts.append(f"socket(family={family}, type={type})")
            raise OSError("CareerJournal tests: network sockets are forbidden")
        super().__init__(family, type, proto, fileno)


@pytest.fixture(scope="session", autouse=True)
def _forbid_network():
    saved = socket.socket
    socket.socket = _GuardedSocket  # type: ignore[misc]
    yield
    socket.socket = saved  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _fail_on_network_attempt():
    network_attempts.clear()
    yield
    assert not network_attempts, f"test tried to open a network socket: {network_attempts}"


# --- fast, real vaults ------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _memoised_key_derivation():
    from careerjournal.vault import kdf

    real = kdf.derive_key
    kdf.derive_key = functools.lru_cache(maxsize=256)(real)
    yield real
    kdf.derive_key = real


@pytest.fixture(scope="session")
def catalog():
    """The exercises that ship with the app, loaded once."""
    from careerjournal.exercises.loader import load_folder
    from careerjournal.resources import exercises_dir

    return load_folder(exercises_dir())


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> Path:
    from careerjournal.vault import create_vault

    path = tmp_path_factory.mktemp("template") / "template.cjv"
    create_vault(path, PASSPHRASE).close()
    return path


@pytest.fixture
def vault_path(template_vault: Path, tmp_path: Path) -> Path:
    """A fresh, closed, empty vault file (latest schema) unlocked by ``PASSPHRASE``."""
    path = tmp_path / "vault.cjv"
    shutil.copy2(template_vault, path)
    return path


@pytest.fixture
def vault(vault_path: Path):
    """A fresh, open, empty vault; closed after the test."""
    from careerjournal.vault import open_vault

    opened = open_vault(vault_path, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _delete_closed_windows(request):
    """Windows closed by pytest-qt are deleted now, with their translators.

    Otherwise a Dutch window of one test would leave its translator installed
    for the next, until the event loop happens to turn.
    """
    yield
    if "qtbot" in request.fixturenames:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
