"""The Share page: tick what your coach may see, look at it, and export it in a chosen form.

The preview is made from the same blocks as the export, and the export writes
exactly the blocks on screen, so the coach gets what the user saw.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from careerjournal.exercises.loader import Catalog
from careerjournal.export.package import PackageTooLarge
from careerjournal.journal import Filters
from careerjournal.share.content import Shared, shared_document
from careerjournal.share.history import Form
from careerjournal.share.wording import say
from careerjournal.share.writers import SUFFIXES, ReusedPassphrase, export_share
from careerjournal.ui.pages.base import Page
from careerjournal.ui.pages.plan.date_field import OptionalDate
from careerjournal.ui.pages.share.choices import choices
from careerjournal.ui.pages.share.form_box import FormBox
from careerjournal.ui.pages.share.history_list import ShareHistoryList
from careerjournal.ui.pages.share.lazy_preview import LazyPreview
from careerjournal.ui.pages.share.session_tab import SHEET_KEY, SessionTab
from careerjournal.ui.pages.share.tree_model import ShareTreeModel, selection_of
from careerjournal.ui.shell.messages import describe
from careerjournal.ui.shell.stores import Stores
from careerjournal.ui.widgets.autosave import Debouncer
from careerjournal.ui.widgets.empty_state import hint_document
from careerjournal.ui.widgets.forms import field_label
from careerjournal.ui.widgets.save_flow import Prompts, SaveDialog, SaveFlow
from careerjournal.vault import VaultError

PREVIEW_DELAY_MS = 250


class SharePage(Page):
    """Nothing is shared unless ticked; journal text only when asked for."""

    def __init__(
        self,
        catalog: Catalog,
        language: Callable[[], str],
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.language = language
        self.saving = SaveFlow(self, prompts)
        self.stores: Stores | None = None
        self.shared: Shared | None = None  # what the preview shows, and what an export writes
        self.noted_passphrase = False  # the note about passing the passphrase on, per unlock
        self._document: QTextDocument | None = None  # the preview's, once there is one

        self.heading = QLabel(objectName="pageHeading")
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.model = ShareTreeModel(self)
        # Uniform heights: ticking the whole journal repaints thousands of rows at once.
        self.tree = QTreeView(objectName="shareTree", headerHidden=True, uniformRowHeights=True)
        self.tree.setModel(self.model)
        self.tag = QComboBox(objectName="shareTag")
        self.since = OptionalDate()
        self.until = OptionalDate()
        self.tick_button = QPushButton(objectName="tickMatching")
        self.untick_button = QPushButton(objectName="untickMatching")
        self.journal_text = QCheckBox(objectName="journalText")
        self.name = QLineEdit(objectName="coverName")
        self.preview_label = QLabel(objectName="subHeading")
        self.preview = QTextBrowser(objectName="sharePreview", openLinks=False)
        self.form_box = FormBox()
        self.export_button = QPushButton(objectName="export")
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.history_list = ShareHistoryList()
        self.session_tab = SessionTab()
        self.session_tab.use_requested.connect(self.use_session_sheet)
        self.previewer = Debouncer(PREVIEW_DELAY_MS, self)
        self.lazy = LazyPreview(self)
        self._layout()

        self.model.ticks_changed.connect(self.previewer.touch)
        self.model.ticks_changed.connect(self._update_export_button)
        self.journal_text.toggled.connect(self.previewer.touch)
        self.name.textEdited.connect(self.previewer.touch)
        self.previewer.fire.connect(self.update_preview)
        self.tick_button.clicked.connect(lambda: self.tick_matching(True))
        self.untick_button.clicked.connect(lambda: self.tick_matching(False))
        self.form_box.changed.connect(self._update_export_button)
        self.export_button.clicked.connect(self.export)
        self.clear()
        self.retranslate()

    def _layout(self) -> None:
        self.filter_form = QFormLayout()
        self.filter_form.addRow(QLabel(buddy=self.tag), self.tag)
        self.filter_form.addRow(QLabel(buddy=self.since), self.since)
        self.filter_form.addRow(QLabel(buddy=self.until), self.until)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_button)
        ticks.addWidget(self.untick_button)
        self.filter_form.addRow(ticks)
        self.filter_form.addRow(QLabel(buddy=self.name), self.name)
        choose = QWidget()
        left = QVBoxLayout(choose)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.tree, 1)
        left.addLayout(self.filter_form)
        left.addWidget(self.journal_text)
        look = QWidget()
        right = QVBoxLayout(look)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(choose)
        splitter.addWidget(look)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        export_row = QHBoxLayout()
        export_row.addWidget(self.form_box, 1)
        export_row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        share_tab = QWidget()
        share_layout = QVBoxLayout(share_tab)
        share_layout.addWidget(splitter, 1)
        share_layout.addLayout(export_row)
        share_layout.addWidget(self.message)
        self.tabs = QTabWidget(objectName="shareTabs")
        self.tabs.addTab(share_tab, "")
        self.tabs.addTab(self.history_list, "")
        self.tabs.addTab(self.session_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)

    def nav_title(self) -> str:
        return QCoreApplication.translate("Navigation", "Share")

    def help_text(self) -> str:
        return self.tr(
            "Tick what your coach may see: whole exercises or single results, parts of your "
            "plan, journal entries one by one or by tag and date. The text of journal entries "
            "is only shared when you tick that too. The preview shows exactly what your coach "
            "will get. A protected coach package is encrypted with a passphrase of its own; "
            "your coach opens it in CareerJournal with File › Open shared export. Tell your "
            "coach the passphrase another way than the file. Under Shared before you see what "
            "you shared, when and how."
        )

    # --- vault -------------------------------------------------------------------

    def open_vault(self, stores: Stores) -> None:
        """Remember the stores; the page reads them when it is shown."""
        self.stores = stores
        self.noted_passphrase = False
        self.name.setText(stores.plan.settings().cover_name)
        self.session_tab.open_vault(stores)
        self._set_enabled(True)
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        """Forget every choice, the preview (with its chart images) and the passphrase."""
        self.previewer.cancel()
        self.lazy.stop()
        self.stores = None
        self.shared = None
        self.model.clear()
        self._show_document(QTextDocument())
        self.name.clear()
        self.journal_text.setChecked(False)
        self.form_box.clear()
        self.history_list.clear()
        self.session_tab.clear()
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        self.message.clear()
        self._set_enabled(False)

    def flush(self) -> None:
        self.session_tab.flush()

    def use_session_sheet(self) -> None:
        """Tick the session sheet and show the preview with it."""
        self.model.set_ticked([SHEET_KEY], True)
        self.tabs.setCurrentIndex(0)
        self.tree.scrollTo(self.model.leaf_index(SHEET_KEY))
        self.update_preview()

    def showEvent(self, event: QShowEvent) -> None:
        """Exercises, plan and journal may have changed since the page was last shown."""
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read what can be shared again, keeping every tick that still has its item."""
        if self.stores is None:
            return
        lang = self.language()
        self.model.load(choices(self.stores, self.catalog, lang), self.model.ticked_keys())
        self.tree.expandToDepth(0)
        chosen = self._chosen_tag()
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for tag, count in self.stores.journal.tags():
            self.tag.addItem(f"{tag} ({count})", tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)))
        self.history_list.show_records(self.stores.shares.list(), self.catalog, lang)
        self.update_preview()

    def _set_enabled(self, unlocked: bool) -> None:
        for widget in (
            self.tree,
            self.tag,
            self.since,
            self.until,
            self.tick_button,
            self.untick_button,
            self.journal_text,
            self.name,
            self.form_box,
        ):
            widget.setEnabled(unlocked)
        self._update_export_button()

    # --- choosing ------------------------------------------------------------------

    def _chosen_tag(self) -> str:
        # An empty combo box must not be asked for its data (see the journal's filter bar).
        return str(self.tag.currentData()) if self.tag.currentIndex() >= 0 else ""

    def tick_matching(self, checked: bool) -> None:
        """Tick (or untick) every entry with the chosen tag in the chosen dates."""
        if self.stores is None:
            return
        filters = Filters(self._chosen_tag() or None, self.since.value(), self.until.value())
        ids = self.stores.journal.ids(filters)
        self.model.set_ticked([("entry", i) for i in ids], checked)

    def update_preview(self) -> None:
        """Build the document from the ticks now and show it."""
        self.previewer.cancel()
        if self.stores is None:
            return
        selection = selection_of(
            self.model.ticked_keys(), self.journal_text.isChecked(), self.name.text()
        )
        self.shared = None
        if not selection.is_empty:
            self.shared = shared_document(
                self.stores.vault, self.catalog, selection, self.language(), date.today()
            )
        if self.shared:
            self._show_document(self.lazy.start(self.shared.title, self.shared.blocks()))
        else:
            self.lazy.stop()
            self._show_document(hint_document(self.preview, self._nothing_chosen()))
        self._update_export_button()

    def _nothing_chosen(self) -> str:
        return self.tr(
            "Tick what you want to share; it appears here exactly as your coach will see it."
        )

    def _show_document(self, document: QTextDocument) -> None:
        """Show ``document``; the one before is emptied (text, chart images) and deleted."""
        shown, self._document = self._document, document
        document.setParent(self.preview)
        self.preview.setDocument(document)
        if shown is not None:  # Qt deletes the browser's first document itself
            shown.clear()
            shown.deleteLater()

    def _update_export_button(self) -> None:
        ticked = self.stores is not None and bool(self.model.ticked_keys())
        self.export_button.setEnabled(ticked and self.form_box.ready())

    # --- exporting ------------------------------------------------------------------

    def _confirm_unencrypted(self) -> bool:
        return self.saving.confirm(
            self.tr("This file is not encrypted"),
            self.tr(
                "Your vault is encrypted, but the file you are about to save is not: anyone "
                "who gets hold of it can read what is in it. Send it only in a way you "
                "trust, and delete it when it is no longer needed.\n\nSave it anyway?"
            ),
        )

    def _save_dialog(self, form: Form) -> SaveDialog:
        filters = {
            "package": self.tr("Coach packages (*.cjshare)"),
            "pdf": self.tr("PDF files (*.pdf)"),
            "markdown": self.tr("Markdown files (*.md)"),
        }
        return SaveDialog(
            self.tr("Save the export for your coach"),
            self._suggested_path(form),
            filters[form],
            SUFFIXES[form],
        )

    def _explain_refusal(self, error: VaultError) -> str:
        if isinstance(error, ReusedPassphrase):
            return self.tr(
                "Choose a passphrase other than your vault's: your coach would otherwise hold "
                "the key to everything you wrote. Nothing was saved."
            )
        if isinstance(error, PackageTooLarge):
            return self.tr(
                "This is more than one coach package can hold, so nothing was saved. Choose "
                "fewer journal entries, or share them in two packages."
            )
        return describe(error)

    def note_passphrase(self) -> None:
        """Shown after the first package of an unlocked session."""
        self.saving.prompts.inform(
            self,
            self.tr("Tell your coach the passphrase"),
            self.tr(
                "Give your coach the passphrase another way than the file: say it in "
                "person or on the phone, or send it by text message. Whoever has both the "
                "file and the passphrase can read the package."
            ),
        )

    def _suggested_path(self, form: Form) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = f"{say('title', self.language())} {date.today().isoformat()}{SUFFIXES[form]}"
        return Path(folder) / name

    def export(self) -> None:
        """Warn if the form is not encrypted, ask where, write exactly the preview, record it."""
        self.previewer.flush()
        form, passphrase = self.form_box.form(), self.form_box.chosen_passphrase()
        if self.stores is None or self.shared is None or not self.form_box.ready():
            return
        if not passphrase and not self._confirm_unencrypted():
            return
        path = self.saving.choose(self._save_dialog(form))
        stores, shared = self.stores, self.shared
        if path is None or stores is None or shared is None:  # or it locked meanwhile
            return

        def write(path: Path) -> None:
            # replace: the save dialog returns an existing file only after a yes.
            export_share(stores.vault, shared, form, path, passphrase, replace=True)

        failed = self.tr("The file could not be saved: %1")
        if not self.saving.write(path, write, failed, self.message.setText, self._explain_refusal):
            return
        self.form_box.clear()
        self.message.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self.history_list.show_records(stores.shares.list(), self.catalog, self.language())
        if form == "package" and not self.noted_passphrase:
            self.noted_passphrase = True
            self.note_passphrase()

    # --- language ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Share with your coach"))
        self.intro.setText(
            self.tr(
                "Choose what your own coach may see. Nothing is shared unless you tick it, and the "
                "preview shows exactly what your coach will get."
            )
        )
        field_label(self.filter_form, self.tag).setText(self.tr("Journal entries with &tag"))
        field_label(self.filter_form, self.since).setText(self.tr("&From"))
        field_label(self.filter_form, self.until).setText(self.tr("&Up to"))
        self.since.set_text(self.tr("on"))
        self.until.set_text(self.tr("on"))
        field_label(self.filter_form, self.name).setText(self.tr("&Name on the cover"))
        self.name.setPlaceholderText(self.tr("Optional"))
        self.tick_button.setText(self.tr("Tick these entries"))
        self.untick_button.setText(self.tr("Untick them"))
        self.journal_text.setText(self.tr("Include the &text of the ticked journal entries"))
        self.preview_label.setText(self.tr("What your coach will see"))
        self.preview.setAccessibleName(self.preview_label.text())
        self.tree.setAccessibleName(self.tr("What to share"))
        self.export_button.setText(self.tr("&Export…"))
        self.tabs.setTabText(0, self.tr("Choose and export"))
        self.tabs.setTabText(1, self.tr("Shared before"))
        self.tabs.setTabText(2, self.tr("Prepare my session"))
        if self.tag.count():
            self.tag.setItemText(0, self.tr("Any tag"))
        self.form_box.retranslate()
        if self.stores is not None and self.isVisible():
            self.reload()
