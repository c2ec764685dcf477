"""What "cut off" means, measured on live widgets: text wider or taller than its room."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTextEdit,
    QWidget,
)

SLACK = 1  # px of rounding


def showing(root: QWidget) -> Iterator[QWidget]:
    """``root`` and its descendants that are on screen."""
    if root.isVisible():
        yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.window().isVisible():
            yield child


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "placeholderText", "currentText"):
        if hasattr(widget, getter):
            text = getattr(widget, getter)() or text
            if text:
                break
    return f"{type(widget).__name__}#{widget.objectName()} {text[:50]!r}"


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    room.adjust(label.margin(), label.margin(), -label.margin(), -label.margin())
    if _rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room.width())
            if doc.size().height() > room.height() + SLACK:
                return f"{doc.size().height():.0f} px tall in {room.height()}"
            return None
        if doc.idealWidth() > room.width() + SLACK:
            return f"{doc.idealWidth():.0f} px wide in {room.width()}"
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{needed} px tall in {label.height()}"
        return None
    if label.buddy() is not None:  # the mnemonic "&" is not drawn
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > room.width() + SLACK:
        return f"{widest} px wide in {room.width()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint().width()
    if hint > button.width() + SLACK:
        return f"needs {hint} px, has {button.width()}"
    return None


def line_edit_problem(edit: QLineEdit) -> str | None:
    placeholder = edit.placeholderText()
    if edit.text() or not placeholder:
        return None
    needed = edit.fontMetrics().horizontalAdvance(placeholder) + 12
    if needed > edit.width():
        return f"placeholder needs {needed} px, has {edit.width()}"
    return None


def text_edit_problem(edit: QTextEdit | QPlainTextEdit) -> str | None:
    """Qt draws an editor's placeholder on one line, cut at the edge."""
    placeholder = edit.placeholderText()
    if edit.document().isEmpty() is False or not placeholder:
        return None
    needed = edit.fontMetrics().horizontalAdvance(placeholder) + 12
    if needed > edit.viewport().width():
        return f"placeholder needs {needed} px, has {edit.viewport().width()}"
    return None


def squeezed(widget: QWidget) -> str | None:
    """A widget given less than its minimum size draws over or under its neighbours."""
    hint = widget.minimumSizeHint()
    if not hint.isValid() or isinstance(widget.parent(), QAbstractScrollArea):
        return None
    short = widget.width() + SLACK < min(hint.width(), widget.maximumWidth())
    if short and widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Ignored:
        return f"squeezed to {widget.width()} px wide, needs {hint.width()}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if needed > field.width() + SLACK:
        return f"needs {needed} px, has {field.width()}"
    return None


def view_problems(view: QAbstractItemView) -> Iterator[str]:
    """Rows whose delegate needs more room than the view gives them."""
    model = view.model()
    if model is None:
        return
    delegate = view.itemDelegate()
    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), 40)):
        for column in range(columns):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or not view.viewport().rect().intersects(rect):
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = rect
            hint = delegate.sizeHint(option, index)
            text = str(index.data() or "").split("\n")[0][:40]
            if hint.height() > rect.height() + SLACK:
                yield f"row {row} {text!r} needs {hint.height()} px tall, has {rect.height()}"
            elif (
                column == 0
                and not view.wordWrap()
                and hint.width() > rect.width() + SLACK
                and view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            ):
                yield f"row {row} {text!r} needs {hint.width()} px wide, has {rect.width()}"


def cut_offs(root: QWidget) -> list[str]:
    """Every piece of text ``root`` shows that does not fit its room, and sideways scroll bars."""
    found: list[str] = []
    for widget in showing(root):
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            problem = button_problem(widget)
        elif isinstance(widget, QLineEdit):
            problem = line_edit_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = combo_problem(widget)
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            problem = text_edit_problem(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            problem = f"title needs {needed}" if needed > widget.width() else None
        problem = problem or squeezed(widget)
        if problem:
            found.append(f"{_name(widget)}: {problem}")
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{_name(widget)}: sideways scroll bar")
        if isinstance(widget, QAbstractItemView):
            found.extend(f"{_name(widget)}: {p}" for p in view_problems(widget))
    return found
