"""File › Import…: choose a journal from elsewhere, see what would come in, then bring it in.

Nothing is written before *Import*; the import runs in one transaction with a
progress bar and a Stop button, so stopping leaves the journal as it was.
Afterwards the dialog says that the source is still on disk in plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careerjournal.importing import Cancelled, ImportPlan, SourceError, read_source, run_import
from careerjournal.journal import JournalStore
from careerjournal.ui.shell.formats import short_date
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.ui.widgets.file_dialogs import ask_folder, ask_open_path
from careerjournal.vault import VaultError


class ImportDialog(QDialog):
    """Choose → preview → import → the plaintext reminder; ``imported`` counts what came in."""

    def __init__(self, journal: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.plan: ImportPlan | None = None
        self.source: Path | None = None
        self.imported = 0
        self._stop = False
        self.setWindowTitle(self.tr("Import a journal"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Bring in what you wrote elsewhere: a jrnl or Day One export (JSON, or Day "
                "One's zip), or a folder of Markdown notes (Obsidian, Joplin). Nothing is "
                "added until you press Import; entries already in your journal are left out."
            ),
            wordWrap=True,
        )
        self.file_button = QPushButton(self.tr("Choose a &file…"))
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.preview = QLabel(wordWrap=True, objectName="importPreview")
        self.preview.setAccessibleName(self.tr("What would be imported"))
        self.progress = QProgressBar(visible=False)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.stop_button = QPushButton(self.tr("&Stop"), visible=False)
        self.folder_link = QPushButton(self.tr("&Open its folder"), visible=False)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_link, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.request_stop)
        self.folder_link.clicked.connect(self.open_source_folder)
        self.buttons.rejected.connect(self.reject)
        choose = QHBoxLayout()
        choose.addWidget(self.file_button)
        choose.addWidget(self.folder_button)
        choose.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # --- choosing and previewing ---------------------------------------------

    def choose_file(self) -> None:
        self._choose(QFileDialog.FileMode.ExistingFile)

    def choose_folder(self) -> None:
        self._choose(QFileDialog.FileMode.Directory)

    def _choose(self, mode: QFileDialog.FileMode) -> None:
        path = self.ask_source(mode)
        if path is not None:
            self.show_source(path)

    def ask_source(self, mode: QFileDialog.FileMode) -> Path | None:
        """Qt's own dialog (no recent-files entry), its history forgotten; tests replace this."""
        home = str(Path.home())
        if mode == QFileDialog.FileMode.ExistingFile:
            filters = self.tr("Journal exports (*.json *.zip)")
            return ask_open_path(self, self.windowTitle(), filters, home)
        return ask_folder(self, self.windowTitle(), home)

    def show_source(self, path: Path) -> None:
        """Read the whole source and show what would come in; writes nothing."""
        self.plan, self.source = None, path
        self.folder_link.hide()
        try:
            with busy_cursor():
                self.plan = read_source(path, self.journal)
        except SourceError as error:
            self.preview.setText(
                self.tr("This cannot be imported: %1 Your journal is unchanged.").replace(
                    "%1", str(error)
                )
            )
        except VaultError as error:
            self.preview.setText(str(error))
        else:
            self.preview.setText(self.describe(self.plan))
        self.import_button.setEnabled(bool(self.plan and self.plan.new))

    def describe(self, plan: ImportPlan) -> str:
        locale = QLocale()
        lines = []
        if plan.new and plan.first and plan.last:
            lines.append(
                self.tr("%1 new entries, from %2 to %3.")
                .replace("%1", locale.toString(len(plan.new)))
                .replace("%2", short_date(plan.first))
                .replace("%3", short_date(plan.last))
            )
            titles = plan.sample_titles()
            if titles:
                lines.append(self.tr("For example: %1").replace("%1", " · ".join(titles)))
        else:
            lines.append(self.tr("Nothing new to import."))
        for count, text in (
            (plan.duplicates, self.tr("%1 already in your journal: left out.")),
            (plan.attachments, self.tr("%1 photos or other attachments: left out.")),
            (plan.undated, self.tr("%1 notes without a date: left out.")),
        ):
            if count:
                lines.append(text.replace("%1", locale.toString(count)))
        return "\n".join(lines)

    # --- importing ------------------------------------------------------------

    def start(self) -> None:
        """Import in one transaction; the event loop turns between steps, for Stop."""
        if self.plan is None or not self.plan.new:
            return
        self._stop = False
        self._set_running(True)
        try:
            self.imported = run_import(self.journal, self.plan, self._step)
        except Cancelled:
            self.preview.setText(
                self.tr("Stopped. Nothing was imported; your journal is as it was.")
            )
        except VaultError as error:
            self.preview.setText(
                self.tr("The import did not go through: %1 Your journal is as it was.").replace(
                    "%1", str(error)
                )
            )
        else:
            self.preview.setText(self.done_text())
            self.folder_link.show()
            self.plan = None
        finally:
            self._set_running(False)

    def _step(self, done: int, total: int) -> bool:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        QCoreApplication.processEvents()
        return not self._stop

    def request_stop(self) -> None:
        self._stop = True

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        for widget in (self.file_button, self.folder_button, self.import_button):
            widget.setEnabled(not running and (widget is not self.import_button or bool(self.plan)))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)

    def done_text(self) -> str:
        return (
            self.tr("%1 entries imported.").replace("%1", QLocale().toString(self.imported))
            + "\n\n"
            + self.tr(
                "The source is still on your disk, in plain text, at %1. If nobody else "
                "should read it, delete it there."
            ).replace("%1", str(self.source))
        )

    def open_source_folder(self) -> None:
        """The folder that holds the plaintext source, in the system's file manager."""
        if self.source is None:
            return
        folder = self.source if self.source.is_dir() else self.source.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if not self.progress.isVisible():  # not while the transaction is open
            super().reject()
