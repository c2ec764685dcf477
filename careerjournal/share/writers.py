"""Writing a shared document in the form the user chose, and noting it in the vault.

All three forms are written from the same blocks. Nothing reaches the disk
until the whole file is made in memory (or, for the package, under a fresh
name beside the target), so a failed export leaves no half file behind.
"""

from __future__ import annotations

from pathlib import Path

from careerjournal.export.files import write_atomically
from careerjournal.export.markdown import markdown
from careerjournal.export.package import SUFFIX, write_package
from careerjournal.share.content import Shared
from careerjournal.share.history import Form, ShareHistory, ShareRecord
from careerjournal.vault import InvalidPassphrase, Vault
from careerjournal.vault.passphrase_rule import Refusal

SUFFIXES: dict[Form, str] = {"package": SUFFIX, "pdf": ".pdf", "markdown": ".md"}


class ReusedPassphrase(InvalidPassphrase):
    """The vault's own passphrase was chosen for an export: the coach would then hold it."""


def check_export_passphrase(vault: Vault, passphrase: str) -> None:
    """Refuse the vault's passphrase for a package or PDF (costs one key derivation)."""
    if vault.matches(passphrase):
        raise ReusedPassphrase(Refusal.SAME_AS_VAULT.value, vault.path)


def write_share(
    shared: Shared, form: Form, path: Path, passphrase: str = "", *, replace: bool = False
) -> None:
    """Write the document; a package needs ``passphrase``, a PDF is protected if one is given.

    ``replace``: the user said yes to replacing an existing file (never a vault or package).
    """
    document = shared.document
    if form == "package":
        write_package(path, passphrase, document, replace=replace)
    elif form == "pdf":
        from careerjournal.export.pdf import render_pdf  # loads reportlab: only when used
        from careerjournal.export.protect import protect_pdf

        pdf = render_pdf(document)
        data = protect_pdf(pdf, passphrase) if passphrase else pdf
        write_atomically(path, data, replace=replace)
    else:
        write_atomically(path, markdown(document).encode("utf-8"), replace=replace)


def export_share(
    vault: Vault,
    shared: Shared,
    form: Form,
    path: Path,
    passphrase: str = "",
    *,
    replace: bool = False,
) -> ShareRecord:
    """Check the passphrase, write the file, then record in the vault what was shared."""
    if form == "markdown" and passphrase:
        raise ValueError("a Markdown file cannot be protected")
    if passphrase:
        check_export_passphrase(vault, passphrase)
    write_share(shared, form, path, passphrase, replace=replace)
    return ShareHistory(vault).record(form, str(path), bool(passphrase), shared.summary)
