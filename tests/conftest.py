"""Test set-up shared by every test; the fixtures themselves are in ``tests/helpers/fixtures.py``.

- Every path the app could write points into one throw-away folder, made before
  Qt or the app is imported (``tests/helpers/sandbox.py``).
- Tests that use ``qtbot`` are marked ``gui`` so ``-m "not gui"`` runs the pure ones.
"""

from __future__ import annotations

import shutil

import pytest

from tests.helpers.sandbox import SANDBOX, point_paths_at_sandbox

point_paths_at_sandbox()

pytest_plugins = ("tests.helpers.fixtures",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SANDBOX, ignore_errors=True)
