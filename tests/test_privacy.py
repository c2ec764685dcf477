"""Proofs of the privacy promise: no network code, no plaintext outside the vault."""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.network import network_attempts
from tests.helpers.passphrases import PASSPHRASE
from tests.helpers.sandbox import SANDBOX

PACKAGE = Path(__file__).resolve().parent.parent / "careerjournal"
NETWORK_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "asyncio",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
}


def imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_package_imports_no_network_module() -> None:
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES)
    }
    assert not offenders


def test_the_socket_guard_catches_an_attempt() -> None:
    with pytest.raises(OSError, match="forbidden"):
        socket.create_connection(("127.0.0.1", 9))
    assert network_attempts
    network_attempts.clear()


GUI_SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from careerjournal.ui.app import build_main_window
    from tests.helpers.driver import create_vault, unlock

    app = QApplication([])
    window = build_main_window(app, Path(sys.argv[1]), "nl")
    window.show()
    create_vault(window, sys.argv[2])
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        app.processEvents()
    window.lock()
    unlock(window, sys.argv[2])
    window.close()
    app.processEvents()
    loaded = sorted(m for m in sys.modules if "QtNetwork" in m or m in ("ssl", "http.client"))
    print("LOADED:", ",".join(loaded))
    """
)


def test_a_whole_gui_session_never_loads_qt_network(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", GUI_SESSION, str(tmp_path / "v.cjv"), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=PACKAGE.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED: \n" in result.stdout or result.stdout.strip() == "LOADED:"


def _files_outside(folder: Path, vault: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.resolve() != vault.resolve()]


def encodings_of(canary: str) -> list[bytes]:
    return [
        canary.encode("utf-8"),
        canary.encode("utf-16-le"),
        canary.encode("utf-16-be"),
        canary.encode("utf-32-le"),
        canary.encode("unicode_escape"),
    ]


def assert_nowhere(
    canary: str, folders: list[Path], vault: Path, allowed: set[Path] = frozenset()
) -> None:
    needles = encodings_of(canary)
    for folder in folders:
        for path in _files_outside(folder, vault):
            if path in allowed:
                continue
            data = path.read_bytes()
            assert not any(n in data for n in needles), f"canary found in {path}"
    data = vault.read_bytes()
    assert not any(n in data for n in needles), "canary in the vault file in plaintext"


def test_canary_through_the_app_is_only_in_the_encrypted_vault(
    qtbot, main_window, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from careerjournal.ui.pages.exercises.page import ExercisesPage
    from tests.helpers.driver import create_vault, show_page, unlock

    canary = "CANARY-7f3a9-geheime-overstap-naar-bakkerij"
    data_dir = tmp_path / "data"
    data_dir.mkdir()  # a chosen vault's folder is never made (issue 11)
    vault = data_dir / "vault.cjv"
    window = main_window(vault, "nl")
    create_vault(window)

    page = show_page(window, ExercisesPage)
    page.select("ambitions")
    page.open_current()
    box = page.runner.step_widget.findChildren(QPlainTextEdit)[0]
    qtbot.keyClicks(box, canary)
    qtbot.waitUntil(lambda: not page.runner.autosave.pending, timeout=3000)
    window.lock()
    assert not any(canary in w.toPlainText() for w in window.findChildren(QPlainTextEdit))
    unlock(window)
    assert canary in str(page.store.open_run("ambitions").answers)
    canary_everywhere_else_and_share(window, canary, data_dir)
    window.close()  # makes the daily backup
    assert list((data_dir / "backups").glob("*.cjv")), "the backup is part of the session"
    exported = data_dir / "for-my-coach.md"
    assert canary in exported.read_text(encoding="utf-8"), "the export the user asked for has it"
    assert_nowhere(canary, [data_dir, SANDBOX], vault, allowed={exported})


def canary_everywhere_else_and_share(window, canary: str, folder: Path) -> None:
    """Journal, plan and both a package and a Markdown export, all through the domain."""
    from datetime import date

    from careerjournal.exercises.loader import load_folder
    from careerjournal.journal import JournalStore
    from careerjournal.journal.model import Entry
    from careerjournal.plan.store import PlanStore
    from careerjournal.resources import exercises_dir
    from careerjournal.share.content import shared_document
    from careerjournal.share.selection import Selection
    from careerjournal.share.writers import export_share

    vault = window.session.vault
    entry = JournalStore(vault).add(Entry(date.today(), f"Titel {canary}", f"Tekst {canary}"))
    PlanStore(vault).add("goal", f"Doel {canary}")
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        process_events()
    chosen = Selection(
        entries=frozenset({entry.id}), journal_text=True, plan_parts=frozenset({"goals"})
    )
    shared = shared_document(vault, load_folder(exercises_dir()), chosen, "nl", date.today())
    export_share(
        vault, shared, "package", folder / "for-my-coach.cjshare", "coach wachtwoordzin 42"
    )
    export_share(vault, shared, "markdown", folder / "for-my-coach.md")


def process_events() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
