"""The About box: the privacy promise and the versions in use."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from careerjournal import __version__
from careerjournal.vault import sqlcipher_version


def about_text() -> str:
    """The privacy promise and the versions in use, as rich text."""
    purpose = QCoreApplication.translate(
        "About",
        "A private place to explore your career. Everything you write stays in an "
        "encrypted vault on this computer; the app never connects to the internet.",
    )
    promise = QCoreApplication.translate(
        "About",
        "Nobody can recover a forgotten passphrase. Only you decide what to print or share.",
    )
    versions = f"Qt {qVersion()} · PySide6 {PySide6.__version__} · SQLCipher {sqlcipher_version()}"
    return (
        f"<h3>CareerJournal {__version__}</h3><p>{purpose}</p><p>{promise}</p>"
        f"<p><small>{versions}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    title = QCoreApplication.translate("About", "About CareerJournal")
    QMessageBox.about(parent, title, about_text())
