"""Drive the main window the way a person does: type the passphrase, press Enter.

Only the public path: fields and buttons are found by their object names, the
keys are real key events, and the pages emit their own signals. Nothing reaches
into a page's private widgets. Plain ``QTest``, so the subprocess sessions
(tests/test_privacy.py, tests/test_no_network.py) use it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QWidget

from tests.helpers.passphrases import PASSPHRASE

if TYPE_CHECKING:
    from careerjournal.ui.shell.main_window import MainWindow

T = TypeVar("T", bound=QObject)


def child(parent: QWidget, kind: type[T], name: str) -> T:
    """The one child of ``kind`` called ``name``; fails clearly when it is missing."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r} in {parent}"
    return found


def unlock(window: MainWindow, passphrase: str = PASSPHRASE) -> MainWindow:
    """Types the passphrase on the unlock page and presses Enter; returns the window."""
    field = child(window.unlock, QLineEdit, "passphrase")
    field.clear()
    QTest.keyClicks(field, passphrase)
    QTest.keyClick(field, Qt.Key.Key_Return)
    return window


def create_vault(window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Makes the vault on the welcome page: the passphrase twice, the warning ticked, Create."""
    welcome = window.welcome
    for name in ("passphrase", "repeat"):
        field = child(welcome, QLineEdit, name)
        field.clear()
        QTest.keyClicks(field, passphrase)
    child(welcome, QCheckBox, "understood").setChecked(True)
    create = child(welcome, QPushButton, "create")
    assert create.isEnabled(), "the welcome page refuses this passphrase"
    QTest.mouseClick(create, Qt.MouseButton.LeftButton)


def show_page(window: MainWindow, kind: type[T]) -> T:
    """Brings the workspace page of ``kind`` to the front, as a click in the navigation does."""
    page = next(p for p in window.workspace.pages if isinstance(p, kind))
    window.workspace.show_page(page)
    return page
