"""What to tell someone whose shared package will not open, in their language.

The vault's messages (:func:`careerjournal.ui.shell.messages.describe`) speak of
"this vault"; a coach opening a client's package needs other words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careerjournal.export.package import PackageInvalid, PackageTooNew
from careerjournal.ui.shell.messages import describe
from careerjournal.vault import NotAVault, VaultDamaged, VaultError, VaultNotFound, WrongPassphrase


def describe_package_error(error: VaultError) -> str:
    """One or two plain sentences: what happened, and what to do about it."""
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate(
            "PackageMessages",
            "Wrong passphrase or damaged file: this passphrase does not open this file. Check "
            "Caps Lock and that this is the package you were sent; if so, ask the person who "
            "shared it for the passphrase again, or for the file to be sent again.",
        )
    if isinstance(error, PackageInvalid):
        return QCoreApplication.translate(
            "PackageMessages",
            "This file is damaged or was not made by CareerJournal, so it was not opened. "
            "Nothing was changed; ask the person who shared it to send it again.",
        )
    if isinstance(error, VaultDamaged):
        return QCoreApplication.translate(
            "PackageMessages",
            "This package is damaged or incomplete, so it cannot be opened. Nothing was "
            "changed; ask for the file to be sent again.",
        )
    if isinstance(error, PackageTooNew):
        return QCoreApplication.translate(
            "PackageMessages",
            "This package was made by a newer CareerJournal. Update the app to open it.",
        )
    if isinstance(error, NotAVault):
        return QCoreApplication.translate(
            "PackageMessages",
            "%1 is not a shared package. This window opens only packages someone shared with "
            "you; your own vault is never opened here.",
        ).replace("%1", str(error.path))
    if isinstance(error, VaultNotFound):
        return QCoreApplication.translate("PackageMessages", "There is no file at %1.").replace(
            "%1", str(error.path)
        )
    return describe(error)
