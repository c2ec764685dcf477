"""The Linux menu entry and AppStream metainfo pass their validators and install cleanly."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
APP_ID = "nl.careerjournal.CareerJournal"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_the_desktop_entry_is_valid() -> None:
    result = _validate("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_metainfo_is_valid() -> None:
    result = _validate("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_entry_names_the_metainfo_and_the_icon() -> None:
    assert f"<id>{APP_ID}</id>" in METAINFO.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in DESKTOP.read_text(encoding="utf-8")


@pytest.mark.skipif(
    sys.platform != "linux" or not shutil.which("make"),
    reason="the menu entry is for Linux desktops and is installed with make",
)
def test_install_desktop_places_entry_and_icons(tmp_path: Path) -> None:
    subprocess.run(
        ["make", "-s", "install-desktop", f"XDG_DATA_HOME={tmp_path}"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    )
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={ROOT}/.venv/bin/careerjournal" in entry.read_text(encoding="utf-8")
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (tmp_path / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0
