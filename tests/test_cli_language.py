"""The command line speaks the user's language: --lang, else the app's setting, else the system's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from careerjournal.export.package import read_package
from careerjournal.plan import PlanStore
from careerjournal.vault import open_vault
from tests.helpers.passphrases import COACH_PASSPHRASE, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
# The system's language from LANG and the app's settings as an INI file are how Linux
# keeps them; macOS and Windows keep both elsewhere (CFLocale, plist, registry).
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="settings and locale as on Linux")
TITLE = {"en": "My career plan", "nl": "Mijn loopbaanplan"}


def run(home: Path, system: str, setting: str | None, *args: str, stdin: str):
    """The command under a system locale and, if given, the language chosen in the app."""
    config = home / "config"
    if setting:
        # Where Qt keeps the app's settings on Linux (QSettings "CareerJournal", "CareerJournal").
        (config / "CareerJournal").mkdir(parents=True, exist_ok=True)
        (config / "CareerJournal" / "CareerJournal.conf").write_text(
            f"[ui]\nlanguage={setting}\n", encoding="utf-8"
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(config), LANG=system)
    return subprocess.run(
        [sys.executable, "-m", "careerjournal", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("system", "setting", "flag", "expected"),
    [
        ("en_GB.UTF-8", None, None, "en"),  # the defect: Dutch under an English system
        ("nl_NL.UTF-8", None, None, "nl"),
        ("nl_NL.UTF-8", "en", None, "en"),  # the app's choice beats the system
        ("en_GB.UTF-8", "nl", None, "nl"),
        ("en_GB.UTF-8", "nl", "en", "en"),  # --lang beats both
    ],
)
def test_export_plan_speaks_the_users_language(
    tmp_path: Path,
    vault_path: Path,
    system: str,
    setting: str | None,
    flag: str | None,
    expected: str,
) -> None:
    out = tmp_path / "plan.pdf"
    lang = ["--lang", flag] if flag else []
    result = run(
        tmp_path,
        system,
        setting,
        "export-plan",
        str(out),
        "--vault",
        str(vault_path),
        *lang,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert TITLE[expected] in text and TITLE["nl" if expected == "en" else "en"] not in text


def test_share_speaks_the_users_language(tmp_path: Path, vault_path: Path) -> None:
    with open_vault(vault_path, PASSPHRASE) as vault:
        PlanStore(vault).add("goal", "Een goed gesprek voeren")
    out = tmp_path / "coach.cjshare"
    result = run(
        tmp_path,
        "en_GB.UTF-8",
        None,
        "share",
        str(out),
        "--vault",
        str(vault_path),
        "--plan",
        "all",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{COACH_PASSPHRASE}\n",
    )
    assert result.returncode == 0, result.stderr
    assert read_package(out, COACH_PASSPHRASE).document.lang == "en"


def test_reading_the_apps_language_loads_no_widgets() -> None:
    script = (
        "import sys\n"
        "from careerjournal.cli.language import command_language\n"
        "command_language(None)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtGui', 'PySide6.QtW'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
