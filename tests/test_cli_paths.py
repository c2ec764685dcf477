"""One vault place: careerjournal.paths decides it, and Qt, the window and the command line agree.

A vault an earlier version kept one folder deeper (``CareerJournal/CareerJournal``)
is still found, where it is, with its backups.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from careerjournal import paths
from careerjournal.ui.app import build_main_window, prepare_application
from careerjournal.ui.shell.settings import Settings
from tests.helpers.passphrases import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is Linux's")


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's per-user data folder, moved into ``tmp_path``; no override."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    if sys.platform == "darwin":
        return tmp_path / "Library" / "Application Support"
    monkeypatch.setenv("APPDATA" if sys.platform == "win32" else "XDG_DATA_HOME", str(tmp_path))
    return tmp_path


def app_data_location() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def test_paths_agree_with_qt_as_the_app_configures_it(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    prepare_application(qapp)
    assert app_data_location() == paths.data_dir()


@linux_only
@pytest.mark.parametrize("xdg", ["absolute", "", "relative/folder"])
def test_paths_agree_with_qt_for_any_xdg_data_home(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data") if xdg == "absolute" else xdg)
    prepare_application(qapp)
    assert app_data_location() == paths.data_dir()
    base = tmp_path / ("data" if xdg == "absolute" else ".local/share")
    assert paths.default_vault_path() == base / "CareerJournal" / "vault.cjv"


def test_settings_stay_where_earlier_versions_kept_them(qapp: QApplication) -> None:
    earlier = QSettings("CareerJournal", "CareerJournal")  # organisation and application
    earlier.setValue("ui/language", "en")
    earlier.sync()
    prepare_application(qapp)
    assert Settings().language == "en"
    earlier.remove("ui/language")


def window_vault(qtbot) -> Path:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_main_window(app, None, "en")
    qtbot.addWidget(window)
    return window.session.path


def python_here(*args: str) -> subprocess.CompletedProcess[str]:
    """Python in this (monkeypatched) environment, with the vault's passphrase on stdin."""
    return subprocess.run(
        [sys.executable, *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ),
        cwd=ROOT,
        timeout=120,
    )


def export_plan_without_vault(out: Path) -> subprocess.CompletedProcess[str]:
    return python_here(
        "-m", "careerjournal", "export-plan", str(out), "--lang", "en", "--passphrase-stdin"
    )


def test_window_and_command_line_use_the_same_new_place(
    qtbot, data_home: Path, vault_path: Path, tmp_path: Path
) -> None:
    place = data_home / "CareerJournal" / "vault.cjv"
    assert window_vault(qtbot) == place
    place.parent.mkdir(parents=True)
    shutil.copy(vault_path, place)
    result = export_plan_without_vault(tmp_path / "plan.pdf")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.pdf").exists()


def test_a_vault_at_the_earlier_place_is_found_where_it_is(
    qtbot, data_home: Path, vault_path: Path, tmp_path: Path
) -> None:
    earlier = data_home / "CareerJournal" / "CareerJournal" / "vault.cjv"
    (earlier.parent / "backups").mkdir(parents=True)
    shutil.copy(vault_path, earlier)
    backup = earlier.parent / "backups" / "vault-2026-01-05.cjv"
    shutil.copy(vault_path, backup)
    before = sorted(p.relative_to(data_home) for p in data_home.rglob("*"))

    assert window_vault(qtbot) == earlier
    assert paths.default_backup_folder(earlier) == backup.parent
    result = export_plan_without_vault(tmp_path / "plan.pdf")
    assert result.returncode == 0, result.stderr
    after = sorted(p.relative_to(data_home) for p in data_home.rglob("*") if p.suffix != ".pdf")
    assert after == before  # nothing moved, nothing made


def test_the_new_place_wins_when_both_hold_a_vault(data_home: Path, vault_path: Path) -> None:
    for folder in ("CareerJournal", "CareerJournal/CareerJournal"):
        (data_home / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(vault_path, data_home / folder / "vault.cjv")
    assert paths.default_vault_path() == data_home / "CareerJournal" / "vault.cjv"


def test_the_override_is_kept(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = data_home / "CareerJournal" / "CareerJournal" / "vault.cjv"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "portable"))
    assert paths.default_vault_path() == tmp_path / "portable" / "vault.cjv"


def test_export_plan_finds_the_vault_without_qt(
    data_home: Path, vault_path: Path, tmp_path: Path
) -> None:
    place = data_home / "CareerJournal" / "vault.cjv"
    place.parent.mkdir(parents=True)
    shutil.copy(vault_path, place)
    script = (
        "import sys\n"
        "from careerjournal.cli import main\n"
        f"code = main(['export-plan', {str(tmp_path / 'plan.pdf')!r}, '--lang', 'en',"
        " '--passphrase-stdin'])\n"
        "assert code == 0, code\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = python_here("-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
