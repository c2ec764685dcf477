"""A list the user puts in order, by dragging or with the keyboard (Alt+Up, Alt+Down)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.ui.widgets.wrapping_list import wrapping_list

ID_ROLE = Qt.ItemDataRole.UserRole


class OrderedList(QWidget):
    """Items with ids, shown by label; ``reordered`` after every move."""

    reordered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = wrapping_list(QListWidget(objectName="orderedList"))
        self.setFocusProxy(self.view)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.model().rowsMoved.connect(self.reordered)
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(+1))
        self.view.installEventFilter(self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def setAccessibleName(self, name: str) -> None:
        """The name belongs to the list a screen reader lands on."""
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down move the selected item, as in most list editors."""
        is_alt_key = (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
        )
        key = event.key() if isinstance(event, QKeyEvent) else None
        delta = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}.get(key) if is_alt_key else None
        if delta is not None:
            self.move_current(delta)
            return True
        return super().eventFilter(watched, event)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """Show ``(id, label)`` pairs in this order."""
        current = self.current_id()
        self.view.clear()
        for item_id, label in items:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, item_id)
            self.view.addItem(item)
        if current is not None:
            self._select(current)

    def ids(self) -> list[str]:
        return [self.view.item(row).data(ID_ROLE) for row in range(self.view.count())]

    def current_id(self) -> str | None:
        item = self.view.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def move_current(self, delta: int) -> None:
        row = self.view.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.view.count():
            return
        item = self.view.takeItem(row)
        self.view.insertItem(target, item)
        self.view.setCurrentRow(target)
        self.reordered.emit()

    def _select(self, item_id: str) -> None:
        for row in range(self.view.count()):
            if self.view.item(row).data(ID_ROLE) == item_id:
                self.view.setCurrentRow(row)
                return
