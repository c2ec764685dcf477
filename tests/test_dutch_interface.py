"""The Dutch interface is Dutch throughout: Qt's own buttons too, and no string escapes tr()."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from tests.fit_checks import showing
from tests.ui_walk import demo_copy, demo_vault, open_window, walk  # noqa: F401

# Common English words that are not also Dutch words.
ENGLISH = re.compile(
    r"\b(the|and|your|you|with|Cancel|Save|Open|Close|Back(?!-)|Next|Choose|Delete|Search|Settings|"
    r"Print|Export|Yes|No|Step|Apply|Reset|Discard|Help|Show|Hide|Add|Remove|Results?|Date|Mood|"
    r"Energy|Untitled|entries|Today|Never)\b"
)


def shown_texts(root: QWidget) -> list[str]:
    texts: list[str] = [root.windowTitle()]
    for widget in showing(root):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts.extend(
                str(model.index(row, 0).data() or "") for row in range(min(model.rowCount(), 30))
            )
        texts.append(widget.toolTip())
    return [t.replace("&", "") for t in texts if t]


def test_standard_buttons_are_dutch_and_follow_a_live_switch(qtbot, vault_path: Path) -> None:
    window = open_window(qtbot, vault_path, "en")

    def buttons() -> list[str]:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        return sorted(b.text().replace("&", "") for b in box.buttons())

    assert buttons() == ["Cancel", "Close", "Save"]
    window.settings.language = "nl"
    window.apply_settings()
    assert buttons() == ["Annuleren", "Opslaan", "Sluiten"]
    message = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    assert sorted(b.text().replace("&", "") for b in message.buttons()) == ["Ja", "Nee"]
    window.settings.language = "en"
    window.apply_settings()
    assert buttons() == ["Cancel", "Close", "Save"]


def test_no_english_on_any_dutch_surface(qtbot, demo_vault: Path, tmp_path: Path) -> None:  # noqa: F811
    window = open_window(qtbot, demo_copy(demo_vault, tmp_path), "nl")
    english = [
        f"{where}: {text!r}"
        for where, shown in walk(window)
        for text in shown_texts(shown)
        if ENGLISH.search(text)
    ]
    assert not english, "\n".join(dict.fromkeys(english))


def test_settings_label_has_its_buddy(qtbot, vault_path: Path) -> None:
    from careerjournal.ui.dialogs.settings_dialog import SettingsDialog

    window = open_window(qtbot, vault_path, "en")
    dialog = SettingsDialog(window.settings, window.session.default_backup_folder, window)
    qtbot.addWidget(dialog)
    label = next(x for x in dialog.findChildren(QLabel) if x.text() == "&Backups in:")
    assert label.buddy() is dialog.backups
