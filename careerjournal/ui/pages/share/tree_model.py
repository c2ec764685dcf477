"""A tree of everything that can be shared, each with a tick box.

Ticking a group ticks everything under it; a group shows ticked, unticked or
partly ticked from the items below. Only the leaves say what is shared: each
carries a :data:`Key`, and :func:`selection_of` turns the ticked keys into a
:class:`Selection` of explicit ids, so what is shared never grows on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from careerjournal.share.selection import PlanPart, Selection

# ("result", run id, result id), ("answers", run id), ("plan", part), ("goal", id), ("entry", id)
Key = tuple[Any, ...]
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    """One row: a group (with children) or a leaf (with a key)."""

    label: str
    key: Key | None = None
    tooltip: str = ""
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    row: int = 0
    checked: bool = False  # leaves
    ticked: int = 0  # ticked leaves below (groups)
    leaves: int = 0  # all leaves below (groups)

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


def selection_of(keys: Iterable[Key], journal_text: bool, name: str) -> Selection:
    """The selection that the ticked ``keys`` describe."""
    results: set[tuple[int, str]] = set()
    answers: set[int] = set()
    parts: set[PlanPart] = set()
    goals: set[int] = set()
    entries: set[int] = set()
    kinds = {key[0] for key in keys}
    for key in keys:
        kind = key[0]
        if kind == "result":
            results.add((key[1], key[2]))
        elif kind == "answers":
            answers.add(key[1])
        elif kind == "plan":
            parts.add(key[1])
        elif kind == "goal":
            goals.add(key[1])
        elif kind == "entry":
            entries.add(key[1])
    return Selection(
        results=frozenset(results),
        answers=frozenset(answers),
        plan_parts=frozenset(parts),
        goals=frozenset(goals),
        entries=frozenset(entries),
        journal_text=journal_text,
        name=name,
        session_sheet="sheet" in kinds,
        journey="journey" in kinds,
    )


class ShareTreeModel(QAbstractItemModel):
    """``ticks_changed`` fires after any tick box changes, by the user or by code."""

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node("")

    # --- content -------------------------------------------------------------------

    def load(self, groups: Iterable[Node], ticked: Iterable[Key] = ()) -> None:
        """Show the non-empty ``groups``, ticking the leaves whose key is in ``ticked``."""
        keep = set(ticked)
        self.beginResetModel()
        self._root = Node("")
        for group in groups:
            if group.children:
                self._root.add(group)
        for node in self._root.walk():
            node.checked = node.key is not None and node.key in keep
        _recount(self._root)
        self.endResetModel()
        self.ticks_changed.emit()

    def clear(self) -> None:
        """Forget every row (the vault is locking)."""
        self.beginResetModel()
        self._root = Node("")
        self.endResetModel()

    def ticked_keys(self) -> list[Key]:
        return [n.key for n in self._root.walk() if n.key is not None and n.checked]

    def set_ticked(self, keys: Iterable[Key], checked: bool) -> None:
        """Tick (or untick) every leaf whose key is in ``keys``, e.g. the entries a filter finds."""
        wanted = set(keys)
        changed = [
            n
            for n in self._root.walk()
            if n.key is not None and n.key in wanted and n.checked != checked
        ]
        for node in changed:
            node.checked = checked
        if changed:
            self._changed()

    def leaf_index(self, key: Key) -> QModelIndex:
        """The index of the leaf with ``key`` (an invalid index if there is none)."""
        node = next((n for n in self._root.walk() if n.key == key), None)
        return self._index(node) if node is not None else QModelIndex()

    # --- the model interface ---------------------------------------------------------

    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def _index(self, node: Node) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row, 0, node)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        children = self._node(parent).children
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        return QModelIndex() if up is None else self._index(up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(self._node(parent).children) if parent.column() <= 0 else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.CheckStateRole:
            return _state(node)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        for node in self._node(index).walk():
            if not node.children:
                node.checked = checked
        self._changed()
        return True

    def _changed(self) -> None:
        """Recount, repaint every tick box, and tell the page."""
        _recount(self._root)
        roles = [Qt.ItemDataRole.CheckStateRole]
        for node in self._root.walk():
            if node.children:
                first, last = node.children[0], node.children[-1]
                self.dataChanged.emit(self._index(first), self._index(last), roles)
        self.ticks_changed.emit()


def _recount(node: Node) -> None:
    if not node.children:
        return
    for child in node.children:
        _recount(child)
    node.leaves = sum(c.leaves if c.children else 1 for c in node.children)
    node.ticked = sum(c.ticked if c.children else int(c.checked) for c in node.children)


def _state(node: Node) -> Qt.CheckState:
    if not node.children:
        return Qt.CheckState.Checked if node.checked else Qt.CheckState.Unchecked
    if node.ticked == 0:
        return Qt.CheckState.Unchecked
    return Qt.CheckState.Checked if node.ticked == node.leaves else Qt.CheckState.PartiallyChecked
