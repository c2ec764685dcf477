"""The coach's side: a window that opens a shared package read-only and can print it as PDF.

It is given a file and a passphrase, nothing else: the user's own vault and
session never reach it, so opening a client's package cannot change them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careerjournal.export.files import write_atomically
from careerjournal.export.package import Package, read_package
from careerjournal.ui.pages.share.package_messages import describe_package_error
from careerjournal.ui.shell.formats import moment
from careerjournal.ui.widgets.busy import busy_cursor
from careerjournal.ui.widgets.file_dialogs import ask_open_path
from careerjournal.ui.widgets.save_flow import Prompts, SaveDialog, SaveFlow
from careerjournal.vault import VaultError


class CoachViewer(QMainWindow):
    """One package: first its passphrase, then its content."""

    def __init__(
        self, path: Path, parent: QWidget | None = None, prompts: Prompts | None = None
    ) -> None:
        super().__init__(parent)
        self.saving = SaveFlow(self, prompts)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self.package: Package | None = None

        self.prompt = QLabel(wordWrap=True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = QLineEdit(
            echoMode=QLineEdit.EchoMode.Password, objectName="packagePassphrase"
        )
        self.open_button = QPushButton(objectName="openPackage", default=True)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.about = QLabel(objectName="hint", wordWrap=True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QTextBrowser(objectName="packageView", openLinks=False)
        self.print_action = QAction(self, shortcut=QKeySequence("Ctrl+P"), enabled=False)
        self.close_action = QAction(self, shortcut=QKeySequence.StandardKey.Close)
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        locked = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        locked_layout = QVBoxLayout(locked)
        locked_layout.addStretch()
        locked_layout.addWidget(self.prompt)
        locked_layout.addLayout(row)
        locked_layout.addWidget(self.error)
        locked_layout.addStretch()
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.addWidget(self.about)
        shown_layout.addWidget(self.view, 1)
        shown_layout.addWidget(self.message)
        self.stack = QStackedWidget()
        self.stack.addWidget(locked)
        self.stack.addWidget(shown)
        self.setCentralWidget(self.stack)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.print_action, self.close_action])

        self.passphrase.returnPressed.connect(self.open_package)
        self.open_button.clicked.connect(self.open_package)
        self.print_action.triggered.connect(self.print_pdf)
        self.close_action.triggered.connect(self.close)
        self.retranslate()
        self.resize(820, 760)

    # --- opening -----------------------------------------------------------------------

    def open_package(self) -> None:
        """Open with the typed passphrase; on failure say why and leave the file as it was."""
        from careerjournal.ui.pages.plan.printing import text_document  # Qt print support: late

        passphrase = self.passphrase.text()
        if not passphrase:
            return
        try:
            with busy_cursor():
                package = read_package(self.path, passphrase)
        except VaultError as error:
            self.error.setText(describe_package_error(error))
            return
        finally:
            self.passphrase.clear()
        self.package = package
        self.error.clear()
        document = text_document(package.document)
        document.setParent(self.view)
        self.view.setDocument(document)
        made = moment(package.created_at)
        self.about.setText(
            self.tr("Shared on %1. You can read it here; nothing in it can be changed.").replace(
                "%1", made
            )
        )
        self.print_action.setEnabled(True)
        self.stack.setCurrentIndex(1)

    # --- printing --------------------------------------------------------------------

    def print_pdf(self) -> None:
        """Write the package's document as a PDF, in the same style as the printed plan."""
        package = self.package
        if package is None or not self.saving.confirm(
            self.tr("The PDF is not encrypted"),
            self.tr(
                "The package is encrypted, but the PDF you are about to save is not: "
                "anyone who can open the file can read it. Keep it where only you can "
                "reach it.\n\nSave the PDF anyway?"
            ),
        ):
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = Path(folder) / self.path.with_suffix(".pdf").name
        dialog = SaveDialog(
            self.tr("Print as PDF"), suggested, self.tr("PDF files (*.pdf)"), ".pdf"
        )

        def write(path: Path) -> None:
            from reportlab.platypus.doctemplate import LayoutError

            from careerjournal.export.pdf import render_pdf  # loads reportlab: only when used

            try:
                pdf = render_pdf(package.document)
            except LayoutError as error:
                # The reader bounds every text and table; this is the last net for a part
                # that still cannot be laid out on a page. Nothing is written.
                reason = self.tr("part of the package does not fit on a page")
                raise OSError(0, reason) from error
            # replace: the save dialog returns an existing file only after a yes.
            write_atomically(path, pdf, replace=True)

        failed = self.tr("The PDF could not be saved: %1")
        path = self.saving.save(dialog, write, failed, self.message.setText)
        if path is not None:
            self.message.setText(self.tr("Saved as %1.").replace("%1", str(path)))

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Forget the content at once; the window is deleted after this."""
        self.package = None
        self.passphrase.clear()
        self.view.document().clear()  # its text and its chart images
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shared package: %1").replace("%1", self.path.name))
        self.prompt.setText(
            self.tr(
                "%1 is a package someone shared with you. Type the passphrase they gave you."
            ).replace("%1", self.path.name)
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase of the package"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of the package"))
        self.open_button.setText(self.tr("&Open"))
        self.file_menu.setTitle(self.tr("&File"))
        self.print_action.setText(self.tr("&Print as PDF…"))
        self.close_action.setText(self.tr("&Close"))


def open_shared_export(parent: QWidget | None, path: Path | None = None) -> CoachViewer | None:
    """File › Open shared export…: choose a package (unless ``path`` is given) and show it.

    The viewer is its own window; it asks for the package's passphrase itself.
    """
    if path is None:
        path = ask_open_path(
            parent,
            QCoreApplication.translate("CoachViewer", "Open shared export"),
            QCoreApplication.translate("CoachViewer", "Coach packages (*.cjshare);;All files (*)"),
        )
        if path is None:
            return None
    viewer = CoachViewer(path, parent)
    viewer.show()
    return viewer
