"""List views whose long items wrap onto more lines instead of being cut or scrolled sideways."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

View = TypeVar("View", bound=QListView)


class WrappingDelegate(QStyledItemDelegate):
    """Measures each item at the width of the view, so wrapped text gets its full height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        if isinstance(view, QListView):
            option = QStyleOptionViewItem(option)
            option.rect.setWidth(view.viewport().width())
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = super().sizeHint(option, index)
        if isinstance(view, QListView):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint


def wrapping_list(view: View) -> View:
    """Set ``view`` up to wrap: no sideways scroll bar, items re-measured on every resize."""
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappingDelegate(view))
    return view
