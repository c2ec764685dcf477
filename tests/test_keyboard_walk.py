"""The main flow with only the keyboard: every key goes to whatever has the focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.helpers.driver import child
from tests.helpers.passphrases import PASSPHRASE


def test_first_run_to_finished_exercise_and_lock_with_the_keyboard(
    qtbot, main_window, tmp_path: Path
) -> None:
    window = main_window(tmp_path / "v.cjv", "en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    def focused():
        return QApplication.focusWidget()

    def type_text(text: str) -> None:
        qtbot.keyClicks(focused(), text)

    def tab_to(widget) -> None:
        for _ in range(80):
            if focused() is widget:
                return
            press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reaches {widget}; focus is on {focused()}")

    def press(key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            qtbot.keyClick(focused(), key, modifier)

    # First run: passphrase, Tab, repeat, Tab to the acknowledgement, Space, Enter on Create.
    assert focused() is window.welcome.fields.passphrase, "first run starts in the passphrase field"
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Tab)
    type_text(PASSPHRASE)
    tab_to(window.welcome._understood)
    press(Qt.Key.Key_Space)
    tab_to(window.welcome._create)
    press(Qt.Key.Key_Space)
    assert window.session.vault is not None

    # Ctrl+2: the exercises; the list has the focus chain to Start.
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.workspace.current_page()
    tab_to(page.list)
    press(Qt.Key.Key_End)  # the monthly check-in: the last in the list
    press(Qt.Key.Key_Return)
    runner = page.runner
    assert runner.exercise.id == "monthly-check-in"

    # Rate every statement with the keyboard: Tab to each group of radio buttons, arrows to choose.
    scale = runner.step_widget
    for item in scale.step.items:
        tab_to(scale.groups[item.id].buttons()[0])  # Tab moves from group to group
        press(Qt.Key.Key_Space)  # choose the focused point
        press(Qt.Key.Key_Right, times=2)
    assert len(scale.answer()) == len(scale.step.items)
    for _ in range(len(runner.exercise.steps)):
        if isinstance(focused(), QPlainTextEdit):
            type_text("Rustiger maand.")
        if page.stack.currentWidget() is not runner:
            break
        tab_to(runner.next_button)
        press(Qt.Key.Key_Space)
    assert page.stack.currentWidget() is page.results

    # Ctrl+L locks; the passphrase and Enter unlock again.
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.vault is None
    assert focused() is child(window.unlock, QLineEdit, "passphrase"), (
        "locked: the passphrase field has the focus"
    )
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    assert window.session.vault is not None
