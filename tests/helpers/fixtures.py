"""The fixtures every test can use (registered by ``conftest`` as a plugin).

- No network: any attempt to open an internet socket fails the test that made it.
- Fast, real vaults: Argon2id is memoised per (passphrase, salt), so the real
  derivation runs once per vault instead of at every open; ``vault_path`` and
  ``vault`` are fresh copies of one template vault.
- ``main_window``: the one way tests make the app's window (unlock it with
  ``tests.helpers.driver``).
"""

from __future__ import annotations

import functools
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.helpers.network import GuardedSocket, network_attempts
from tests.helpers.passphrases import PASSPHRASE

if TYPE_CHECKING:
    from careerjournal.ui.shell.main_window import MainWindow

# --- no network -------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _forbid_network() -> Iterator[None]:
    saved = socket.socket
    socket.socket = GuardedSocket  # type: ignore[misc]
    yield
    socket.socket = saved  # type: ignore[misc]


@pytest.fixture(autouse=True)
def _fail_on_network_attempt() -> Iterator[None]:
    network_attempts.clear()
    yield
    assert not network_attempts, f"test tried to open a network socket: {network_attempts}"


# --- fast, real vaults ------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _memoised_key_derivation() -> Iterator[Any]:
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


# --- the app's window -------------------------------------------------------


@pytest.fixture
def main_window(qtbot, vault_path: Path) -> Callable[..., MainWindow]:
    """Makes the app's window, shown and locked, over ``vault_path`` unless told another path.

    ``main_window(path=None, language="en", exercises=None)``; the window is closed
    and deleted after the test.
    """
    from PySide6.QtWidgets import QApplication

    from careerjournal.ui.app import build_main_window

    def make(
        path: Path | None = None, language: str = "en", exercises: Path | None = None
    ) -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = build_main_window(app, path or vault_path, language, exercises)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture(autouse=True)
def _delete_closed_windows(request) -> Iterator[None]:
    """Windows closed by pytest-qt are deleted now, with their translators.

    Otherwise a Dutch window of one test would leave its translator installed
    for the next, until the event loop happens to turn.
    """
    yield
    if "qtbot" in request.fixturenames:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
