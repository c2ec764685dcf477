"""The main window: first run, the locked state, and the workspace with its pages."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
)

from careerjournal.ui.dialogs.about import show_about
from careerjournal.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog
from careerjournal.ui.dialogs.restore_dialog import RestoreDialog
from careerjournal.ui.dialogs.settings_dialog import SettingsDialog
from careerjournal.ui.pages.base import Page
from careerjournal.ui.pages.unlock import UnlockPage
from careerjournal.ui.shell.i18n import Translations, system_language
from careerjournal.ui.shell.idle import IdleWatcher
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.reminders import DueNotifier
from careerjournal.ui.shell.session import VaultSession
from careerjournal.ui.shell.settings import Settings
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.shell.theme import Theme
from careerjournal.ui.shell.workspace import Workspace
from careerjournal.ui.widgets.file_dialogs import ask_save_path
from careerjournal.vault import Vault, VaultError
from careerjournal.vault.reminder import remind_again, reminder_done, reminder_due

if TYPE_CHECKING:
    from careerjournal.ui.pages.welcome import WelcomePage


class MainWindow(QMainWindow):
    """Shows exactly one of: the welcome page, the unlock page, the workspace.

    The welcome page and the two dialogs that bring whole features (import, the
    coach viewer) load when first wanted: what the unlock screen has loaded is
    still resident while Argon2id takes its 64 MiB, and that sum is the app's
    peak memory (docs/performance.md).
    """

    theme: Theme | None = None  # set by the app; light, dark or the system's

    def __init__(
        self,
        session: VaultSession,
        settings: Settings,
        translations: Translations,
        make_pages: Callable[[], list[Page]],
    ) -> None:
        super().__init__()
        self.session = session
        self.stores: Stores | None = None  # those of the unlocked vault
        self.settings = settings
        self.translations = translations
        translations.setParent(self)
        self._welcome: WelcomePage | None = None
        self.unlock = UnlockPage(session)
        self.workspace = Workspace(make_pages)
        self._stack = QStackedWidget()
        for widget in (self.unlock, self.workspace):
            self._stack.addWidget(widget)
        self.setCentralWidget(self._stack)

        self.idle = IdleWatcher(self)  # watches from unlock to lock
        self.idle.idle.connect(self.lock)
        self.idle.set_minutes(settings.autolock_minutes)
        _application().applicationStateChanged.connect(self._on_application_state)

        self.reminders = DueNotifier(settings, session.path, self)
        self._build_actions()
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.damaged.connect(self._on_damaged)
        self.workspace.notice.linkActivated.connect(self._notice_link)
        self.unlock.unlocked.connect(self._show_workspace)
        self._stack.setCurrentWidget(self.unlock if session.exists() else self.welcome)
        self._update_actions()
        self.retranslate()
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(1000, 700)

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page, made when first wanted: with a vault there it never shows."""
        if self._welcome is None:
            # Loaded on first use (class docstring).
            from careerjournal.ui.pages.welcome import WelcomePage

            self._welcome = WelcomePage(self.session)
            self._welcome.created.connect(self._show_workspace)
            self._stack.addWidget(self._welcome)
        return self._welcome

    # --- actions and menus ---------------------------------------------------

    def _build_actions(self) -> None:
        self.lock_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self, shortcut=QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.recovery_action = QAction(self)
        self.recovery_action.triggered.connect(self.save_recovery_sheet)
        self.open_shared_action = QAction(self)
        self.open_shared_action.triggered.connect(self.open_shared_export)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_journal)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_backup)
        self.help_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.show_help)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: show_about(self))
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.open_shared_action)
        self.file_menu.addAction(self.recovery_action)
        self.file_menu.addActions(
            [
                self.lock_action,
                self.change_passphrase_action,
                self.restore_action,
                self.settings_action,
            ]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addActions([self.help_action, self.about_action])
        for row in range(9):
            go = QAction(self, shortcut=QKeySequence(f"Ctrl+{row + 1}"))
            go.triggered.connect(lambda _=False, r=row: self.workspace.nav.setCurrentRow(r))
            self.addAction(go)

    def retranslate(self) -> None:
        # Discreet mode: a title that says nothing about careers on a shared computer.
        self.setWindowTitle(self.tr("Notes") if self.settings.discreet else "CareerJournal")
        self.setWindowIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            if self.settings.discreet
            else QApplication.windowIcon()
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("&Lock"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About CareerJournal"))
        self.help_action.setText(self.tr("&Help for this page"))
        self.change_passphrase_action.setText(self.tr("Change &passphrase…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.open_shared_action.setText(self.tr("Open a &shared export…"))
        self.import_action.setText(self.tr("&Import a journal…"))
        self.recovery_action.setText(self.tr("Save a recovery s&heet…"))
        self.workspace.notice.setText(
            self.tr(
                "Nobody can recover a forgotten passphrase, but a recovery sheet can open your "
                "vault. <a href='sheet'>Save a recovery sheet</a> and print it, or "
                "<a href='written'>tell me you wrote your passphrase down</a>."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.settings.lock_when_minimized
        ):
            self.lock()
        super().changeEvent(event)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        """Lock when the system says the app was hidden or suspended (where it can tell)."""
        if state in (
            Qt.ApplicationState.ApplicationHidden,
            Qt.ApplicationState.ApplicationSuspended,
        ):
            self.lock()

    def _update_actions(self) -> None:
        unlocked = self.session.vault is not None
        self.lock_action.setEnabled(unlocked)
        self.recovery_action.setEnabled(unlocked)
        self.change_passphrase_action.setEnabled(unlocked)
        self.import_action.setEnabled(unlocked)

    # --- lock and unlock -----------------------------------------------------

    def lock(self) -> None:
        """Close the vault and show only the unlock page."""
        if self.session.vault is None:
            return
        self.session.lock()

    def _on_unlocked(self, vault: Vault) -> None:
        self.stores = Stores.of(vault)  # once per unlock, for every page
        for page in self.workspace.pages:
            page.open_vault(self.stores)
        self.workspace.notice.setVisible(reminder_due(vault))
        self.idle.start()
        self._update_actions()

    def _on_locked(self) -> None:
        for page in self.workspace.made_pages():
            page.flush()
        for page in self.workspace.made_pages():
            page.clear()
        self.stores = None
        self.idle.stop()
        self.workspace.banner.setVisible(False)
        self.workspace.notice.setVisible(False)
        self.unlock.reset()
        self._stack.setCurrentWidget(self.unlock)
        self._update_actions()

    def _on_damaged(self, problems: list[str]) -> None:
        """Not modal: the user may want to copy out what they were writing first."""
        self.workspace.banner.setText(
            self.tr(
                "CareerJournal found damage inside your vault. Keep writing elsewhere for now, "
                "and use File › Restore from backup… to go back to the newest good backup."
            )
        )
        self.workspace.banner.setToolTip("\n".join(str(p) for p in problems))
        self.workspace.banner.setVisible(True)

    def _show_workspace(self) -> None:
        self._stack.setCurrentWidget(self.workspace)
        self.workspace.current_page().setFocus()

    def show_help(self) -> None:
        if self._stack.currentWidget() is self.workspace:
            text = self.workspace.current_page().help_text()
        else:
            text = self.tr(
                "Your vault is locked. Type your passphrase and press Enter. Forgot it? "
                "Only a recovery sheet you printed earlier can open the vault."
            )
        QMessageBox.information(self, self.help_action.text().replace("&", ""), text)

    # --- passphrase and backups ----------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows a modal dialog; tests replace this to drive the dialog themselves."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def change_passphrase(self) -> None:
        if self.session.vault is not None and self.run_dialog(
            ChangePassphraseDialog(self.session, self)
        ):
            self._remember_reminder(remind_again)  # the old sheet no longer works

    def ask_passphrase(self) -> str:
        """The passphrase again, so the recovery key is made only on request; tests replace this."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Recovery sheet"),
            self.tr(
                "Anyone who holds the recovery sheet can open your vault. Print it, keep the "
                "paper somewhere safe at home, and delete the PDF.\n\nYour passphrase:"
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else ""

    def ask_sheet_path(self, suggested: Path) -> Path | None:
        """Where to save the sheet; Qt's own dialog, so it is not added to recent files."""
        return ask_save_path(
            self, self.tr("Save the recovery sheet"), suggested, "PDF (*.pdf)", ".pdf"
        )

    def save_recovery_sheet(self) -> None:
        from careerjournal.export.files import write_atomically
        from careerjournal.export.recovery_sheet import recovery_pdf

        vault = self.session.vault
        passphrase = self.ask_passphrase() if vault is not None else ""
        if vault is None or not passphrase:
            return
        try:
            key = vault.recovery_key(passphrase)
        except VaultError as error:
            self.statusBar().showMessage(describe(error), 10_000)
            return
        name = self.tr("recovery-sheet") + ".pdf"
        path = self.ask_sheet_path(Path(name))  # opens in Documents
        if path is None:
            return
        try:
            sheet = recovery_pdf(key, vault.path, self.translations.language)
            # replace: ask_save_path returns an existing file only after a yes.
            write_atomically(path, sheet, replace=True)
        except OSError as error:
            self.statusBar().showMessage(error.strerror or str(error), 10_000)
            return
        self._remember_reminder(lambda vault: reminder_done(vault, "sheet"))
        self.statusBar().showMessage(
            self.tr("Recovery sheet saved as %1. Print it, then delete the file.").replace(
                "%1", str(path)
            ),
            15_000,
        )

    def _notice_link(self, link: str) -> None:
        if link == "sheet":
            self.save_recovery_sheet()
        elif link == "written":
            self._remember_reminder(lambda vault: reminder_done(vault, "written_down"))

    def _remember_reminder(self, change: Callable[[Vault], None]) -> None:
        """Record in the vault whether to keep reminding, and show the notice accordingly."""
        vault = self.session.vault
        if vault is None:
            return
        with contextlib.suppress(VaultError):  # not recorded: the reminder simply comes back
            change(vault)
        self.workspace.notice.setVisible(reminder_due(vault))

    def open_shared_export(self) -> None:
        """A coach package, read-only in its own window; works with the vault locked too."""
        # Loaded on first use (class docstring).
        from careerjournal.ui.dialogs.coach_viewer import open_shared_export

        viewer = open_shared_export(self)
        if viewer is not None:
            # The viewer shows someone's private text: it closes when this window locks.
            self.session.locked.connect(viewer.close)

    def import_journal(self) -> None:
        """Bring in a journal from elsewhere; the pages show it straight away."""
        stores = self.stores
        if stores is None:
            return
        # Loaded on first use (class docstring).
        from careerjournal.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(stores.journal, self)
        self.run_dialog(dialog)
        if dialog.imported:
            for page in self.workspace.made_pages():
                page.open_vault(stores)

    def restore_backup(self) -> None:
        """Restoring locks the vault; the user unlocks the restored one."""
        self.run_dialog(RestoreDialog(self.session, self))

    # --- settings and closing ------------------------------------------------

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.session.default_backup_folder, self)
        if self.run_dialog(dialog):
            self.apply_settings()

    def apply_settings(self) -> None:
        self.translations.switch(self.settings.language or system_language())
        if self.theme is not None:
            self.theme.apply(self.settings.theme)
        self.session.set_backup_folder(self.settings.backup_folder)
        self.retranslate()
        self.idle.set_minutes(self.settings.autolock_minutes)
        if self.session.vault is None:
            self.idle.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.workspace.made_pages():
            page.flush()
        with contextlib.suppress(VaultError):  # a failed backup must not block quitting
            self.session.backup_if_due(date.today())
        self.lock()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.idle.stop()
        super().closeEvent(event)


def _application() -> QApplication:
    """The running QApplication (a window cannot exist without one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
