"""The printed personal plan: from the vault to an A4 PDF, in the user's language.

The plan builds its document (``plan/document.py``); ``export/`` renders it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from careerjournal.exercises.loader import Catalog, load_folder
from careerjournal.export.document import Document
from careerjournal.export.files import write_atomically
from careerjournal.plan.document import plan_document
from careerjournal.plan.insights import harvest_vault
from careerjournal.plan.store import PlanStore
from careerjournal.resources import exercises_dir
from careerjournal.vault import Vault, open_vault


def plan_document_from_vault(
    vault: Vault, catalog: Catalog, lang: str, today: date | None = None
) -> Document:
    """The plan and the exercise profiles of ``vault``, as blocks ready to print."""
    plan = PlanStore(vault).plan()
    profiles = harvest_vault(catalog, vault, lang).profiles
    return plan_document(plan, profiles, lang, today or date.today())


def plan_pdf(vault: Vault, catalog: Catalog, lang: str, today: date | None = None) -> bytes:
    """The plan as PDF bytes (reportlab is loaded here, at the first export)."""
    from careerjournal.export.pdf import render_pdf

    return render_pdf(plan_document_from_vault(vault, catalog, lang, today))


def export_plan(
    vault: Vault,
    catalog: Catalog,
    out: Path,
    lang: str,
    today: date | None = None,
    *,
    replace: bool = False,
) -> None:
    """Build the whole PDF in memory, then write it to ``out`` in one go.

    ``replace``: the user said yes to replacing an existing ``out`` (never a vault).
    """
    write_atomically(out, plan_pdf(vault, catalog, lang, today), replace=replace)


def export_plan_command(
    out: Path, vault_path: Path, passphrase: str, lang: str, *, replace: bool = False
) -> None:
    """``careerjournal export-plan``: open the vault, write the PDF, close the vault.

    Raises VaultError for a vault that cannot be opened and OSError for a file
    that cannot be written.
    """
    with open_vault(vault_path, passphrase) as vault:
        export_plan(vault, load_folder(exercises_dir()), out, lang, replace=replace)
