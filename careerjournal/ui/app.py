"""Starting the desktop app: QApplication, language, style, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from careerjournal.hardening import disable_core_dumps
from careerjournal.paths import APP_NAME, default_vault_path
from careerjournal.resources import exercises_dir, resource_path
from careerjournal.ui.shell.i18n import Translations, current_language
from careerjournal.ui.shell.language_choice import preferred_language
from careerjournal.ui.shell.main_window import MainWindow
from careerjournal.ui.shell.session import VaultSession
from careerjournal.ui.shell.settings import Settings
from careerjournal.ui.shell.theme import Theme

if TYPE_CHECKING:
    from careerjournal.ui.pages.base import Page


def make_pages(exercise_folder: Path) -> list[Page]:
    """The workspace pages. Imported and made at the first unlock, not at start-up."""
    from careerjournal.exercises.loader import load_folder
    from careerjournal.ui.pages.exercises.page import ExercisesPage
    from careerjournal.ui.pages.home import HomePage
    from careerjournal.ui.pages.journal import JournalPage
    from careerjournal.ui.pages.plan.page import PlanPage
    from careerjournal.ui.pages.share.page import SharePage
    from careerjournal.ui.widgets.save_flow import Prompts

    catalog = load_folder(exercise_folder)
    language = current_language  # the one language source pages are handed
    prompts = Prompts()  # the dialogs a save asks through; tests hand pages their own
    exercises = ExercisesPage(catalog, language)
    journal = JournalPage(catalog, language)
    plan = PlanPage(catalog, language, prompts)
    return [
        HomePage(catalog, language, exercises, journal, plan),
        exercises,
        journal,
        plan,
        SharePage(catalog, language, prompts),
    ]


def prepare_application(app: QApplication) -> None:
    """The name (for QStandardPaths, matching careerjournal.paths) and the icon.

    No organisation name: Qt would put it in every folder, as earlier versions
    had it (``CareerJournal/CareerJournal``). Settings name their own place.
    """
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # SVG: sharp at any scale (200 % included).
    app.setWindowIcon(QIcon(str(resource_path("icons", "careerjournal.svg"))))


def build_main_window(
    app: QApplication,
    vault_path: Path | None = None,
    language: str | None = None,
    exercises: Path | None = None,
) -> MainWindow:
    """Everything ``run`` does short of the event loop; tests call this with qtbot."""
    prepare_application(app)
    settings = Settings()
    translations = Translations(app)
    translations.switch(language or preferred_language(settings))
    path = vault_path or default_vault_path()
    session = VaultSession(path, settings.backup_folder, make_folder=vault_path is None)
    folder = exercises or exercises_dir()
    theme = Theme(app)
    theme.apply(settings.theme)
    window = MainWindow(session, settings, translations, lambda: make_pages(folder))
    theme.setParent(window)
    window.theme = theme
    return window


def run(vault_path: Path | None = None, language: str | None = None) -> int:
    disable_core_dumps()
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    window = build_main_window(app, vault_path, language)
    window.show()
    return app.exec()
