"""Layouts stay put while the user types: hints come and go in room kept for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from tests.ui_walk import open_window, settle


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_create_vault_check_box_does_not_move(qtbot, tmp_path: Path, lang: str) -> None:
    window = open_window(qtbot, tmp_path / "new.cjv", lang)
    welcome = window.welcome
    box = welcome._understood

    def where() -> QPoint:
        settle()
        return box.mapTo(window, QPoint(0, 0))

    start = where()
    for passphrase, repeat in (
        ("ab", ""),  # too short
        ("ab", "a"),  # mismatch shown
        ("paard batterij nietje correct", "paard"),  # strong, mismatch
        ("paard batterij nietje correct", "paard batterij nietje correct"),  # all well
        ("", ""),
    ):
        welcome.fields.passphrase.setText(passphrase)
        welcome.fields.repeat.setText(repeat)
        assert where() == start, (passphrase, repeat)
