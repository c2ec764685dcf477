"""Walk every surface a user sees: pages, each exercise step kind, results and dialogs.

The fit, language and accessibility tests share this walk, so a new page, step
kind or dialog is checked by all of them at once. Step kinds come from the
step-widget registry, not from a list here.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from careerjournal.ui.app import build_main_window
from careerjournal.ui.shell.main_window import MainWindow
from tests.helpers.passphrases import PASSPHRASE

PAGE_NAMES = ("home", "exercises", "journal", "plan", "share")


def settle() -> None:
    """Let layouts and deferred size changes finish."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture(scope="session")
def demo_vault(tmp_path_factory) -> Path:
    """A demo vault (journal, finished exercises, a plan), built once per test session."""
    from careerjournal.demo import build_demo_vault

    path = tmp_path_factory.mktemp("demo") / "demo.cjv"
    build_demo_vault(path, PASSPHRASE, entries=40)
    return path


def demo_copy(demo_vault: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.cjv"
    shutil.copy2(demo_vault, path)
    return path


def open_window(qtbot, path: Path, lang: str, size: tuple[int, int] = (1000, 700)) -> MainWindow:
    window = build_main_window(QApplication.instance(), path, lang)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    settle()
    assert (window.width(), window.height()) == size, "the window refused its size"
    return window


def unlock(window: MainWindow) -> None:
    window.session.unlock(PASSPHRASE)
    window.unlock.unlocked.emit()
    settle()


def step_kinds() -> dict[type, type]:
    """Every step kind the runner can show, from its registry."""
    from careerjournal.ui.pages.exercises import steps

    return dict(steps._WIDGETS)


def pages(window: MainWindow) -> Iterator[str]:
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        settle()
        assert window.width() <= window.minimumWidth() or window.minimumSizeHint().width() <= (
            window.width()
        ), f"page {row} needs the window wider than {window.width()} px"
        yield f"page {PAGE_NAMES[row] if row < len(PAGE_NAMES) else row}"


def _answer_like_last_time(store, exercise) -> None:
    """An open run holding the demo's finished answers, so piles and lists are full."""
    done = store.runs(exercise.id)
    if store.open_run(exercise.id) is not None or not done:
        return
    run = store.start(exercise)
    for index, step in enumerate(exercise.steps):
        if step.id in done[0].answers:
            store.save(run.id, step.id, done[0].answers[step.id], index)


def exercise_steps(window: MainWindow) -> Iterator[str]:
    """The runner showing one step of each kind (the first exercise that has one)."""
    page = window.workspace.pages[1]
    window.workspace.show_page(page)
    for kind in step_kinds():
        found = [
            (exercise, index)
            for exercise in page.catalog.exercises
            for index, step in enumerate(exercise.steps)
            if type(step) is kind
        ]
        assert found, f"no shipped exercise shows a {kind.__name__}"
        exercise, index = found[0]
        _answer_like_last_time(page.store, exercise)
        page.open_exercise(exercise.id)
        page.runner.go(index)
        settle()
        yield f"step {kind.__name__} ({exercise.id})"
        page.runner.close_run()
    settle()


def exercise_results(window: MainWindow) -> Iterator[str]:
    page = window.workspace.pages[1]
    window.workspace.show_page(page)
    for exercise in page.catalog.exercises:
        page.select(exercise.id)
        page.show_current_results()
        if page.stack.currentWidget() is page.results:
            settle()
            yield f"results {exercise.id}"
        page.show_overview()


def dialogs(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Each dialog, shown without its event loop, then closed."""
    from careerjournal.ui.dialogs.about import about_text
    from careerjournal.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog
    from careerjournal.ui.dialogs.restore_dialog import RestoreDialog
    from careerjournal.ui.dialogs.settings_dialog import SettingsDialog

    tr = QCoreApplication.translate
    made: list[tuple[str, QDialog]] = [
        ("settings", SettingsDialog(window.settings, window.session.default_backup_folder, window)),
        ("change passphrase", ChangePassphraseDialog(window.session, window)),
        ("restore", RestoreDialog(window.session, window)),
    ]
    about = QMessageBox(
        QMessageBox.Icon.Information, tr("About", "About CareerJournal"), "", parent=window
    )
    about.setText(about_text())
    about.setStandardButtons(QMessageBox.StandardButton.Close)
    made.append(("about", about))
    question = QMessageBox(QMessageBox.Icon.Question, "", "?", parent=window)
    question.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    made.append(("standard buttons", question))
    for name, dialog in made:
        dialog.show()
        settle()
        yield f"dialog {name}", dialog
        dialog.close()
        dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def walk(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """(what is shown, the top-level widget showing it), for the whole unlocked app."""
    unlock(window)
    for name in pages(window):
        yield name, window
    journal = window.workspace.pages[2]
    window.workspace.show_page(journal)
    journal.look_back.setChecked(True)  # the folded chart, opened
    settle()
    yield "page journal, looking back", window
    journal.look_back.setChecked(False)
    for name in exercise_steps(window):
        yield name, window
    for name in exercise_results(window):
        yield name, window
    yield from dialogs(window)
