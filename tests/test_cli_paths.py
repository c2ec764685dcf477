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


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home with the data folder in it, and no override."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return tmp_path


def app_data_location() -> Path:
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


@pytest.mark.parametrize("xdg", ["DATA", "", "relative/folder"])
def test_paths_agree_with_qt_as_the_app_configures_it(
    qapp: QApplication, home: Path, monkeypatch: pytest.MonkeyPatch, xdg: str
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data") if xdg == "DATA" else xdg)
    prepare_application(qapp)
    assert app_data_location() == paths.data_dir()
    assert (
        paths.default_vault_path()
        == home / ("data" if xdg == "DATA" else ".local/share") / "CareerJournal" / "vault.cjv"
    )


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


def export_plan_without_vault(home: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop(paths.DATA_DIR_ENV, None)
    return subprocess.run(
        [sys.executable, "-m", "careerjournal", "export-plan", str(out), "--lang", "en"]
        + ["--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_window_and_command_line_use_the_same_new_place(
    qtbot, home: Path, vault_path: Path
) -> None:
    place = home / "data" / "CareerJournal" / "vault.cjv"
    assert window_vault(qtbot) == place
    place.parent.mkdir(parents=True)
    shutil.copy(vault_path, place)
    result = export_plan_without_vault(home, home / "plan.pdf")
    assert result.returncode == 0, result.stderr
    assert (home / "plan.pdf").exists()


def test_a_vault_at_the_earlier_place_is_found_where_it_is(
    qtbot, home: Path, vault_path: Path
) -> None:
    earlier = home / "data" / "CareerJournal" / "CareerJournal" / "vault.cjv"
    (earlier.parent / "backups").mkdir(parents=True)
    shutil.copy(vault_path, earlier)
    backup = earlier.parent / "backups" / "vault-2026-01-05.cjv"
    shutil.copy(vault_path, backup)
    before = sorted(p.relative_to(home) for p in home.rglob("*"))

    assert window_vault(qtbot) == earlier
    assert paths.default_backup_folder(earlier) == backup.parent
    result = export_plan_without_vault(home, home / "plan.pdf")
    assert result.returncode == 0, result.stderr
    after = sorted(p.relative_to(home) for p in home.rglob("*") if p.name != "plan.pdf")
    assert after == before  # nothing moved, nothing made


def test_the_new_place_wins_when_both_hold_a_vault(home: Path, vault_path: Path) -> None:
    for folder in ("CareerJournal", "CareerJournal/CareerJournal"):
        (home / "data" / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(vault_path, home / "data" / folder / "vault.cjv")
    assert paths.default_vault_path() == home / "data" / "CareerJournal" / "vault.cjv"


def test_the_override_is_kept(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = home / "data" / "CareerJournal" / "CareerJournal" / "vault.cjv"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(home / "portable"))
    assert paths.default_vault_path() == home / "portable" / "vault.cjv"


def test_export_plan_finds_the_vault_without_qt(home: Path, vault_path: Path) -> None:
    place = home / "data" / "CareerJournal" / "vault.cjv"
    place.parent.mkdir(parents=True)
    shutil.copy(vault_path, place)
    script = (
        "import sys\n"
        "from careerjournal.cli import main\n"
        f"code = main(['export-plan', {str(home / 'plan.pdf')!r}, '--lang', 'en',"
        " '--passphrase-stdin'])\n"
        "assert code == 0, code\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop(paths.DATA_DIR_ENV, None)
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
