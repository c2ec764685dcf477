"""Ticking rows of the Share page's tree, as a click on a check box does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from careerjournal.ui.pages.share.page import SharePage


def tick(page: SharePage, key: tuple, checked: bool = True) -> None:
    index = page.model.leaf_index(key)
    assert index.isValid(), key
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    page.model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
