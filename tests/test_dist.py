"""The built desktop app (PyInstaller, one folder) starts and works as it does from source.

Run by ``make test-dist``, which builds ``dist/careerjournal/`` first and points
``CAREERJOURNAL_DIST`` at the executable. Without that variable the whole module is
skipped, so the ordinary ``make test`` (and CI) stays fast and never tests a stale build.

Every run gets its own HOME and XDG folders and runs headless (offscreen Qt), from a
working folder without the sources, so the app can only use what is inside the bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.helpers.passphrases import PASSPHRASE

DIST_ENV = "CAREERJOURNAL_DIST"
if not os.environ.get(DIST_ENV):
    pytest.skip(
        f"no built app: `make test-dist` builds one and sets {DIST_ENV}", allow_module_level=True
    )

ROOT = Path(__file__).resolve().parent.parent
EXECUTABLE = Path(os.environ[DIST_ENV]).resolve()
BUNDLE = EXECUTABLE.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
GUI_SECONDS = 4.0


@pytest.fixture(scope="module", autouse=True)
def _built_app_exists() -> None:
    assert EXECUTABLE.is_file(), f"{DIST_ENV}={EXECUTABLE} does not exist; run `make dist`"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("dist-home")


def app_env(home: Path) -> dict[str, str]:
    """The user's environment, with every folder the app could write pointed into ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LANGUAGE"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
    )
    for name in ("config", "data", "cache", "state", "runtime", "tmp"):
        (home / name).mkdir(mode=0o700, exist_ok=True)
    return env


def run_app(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=app_env(home),
        cwd=home,
        timeout=180,
    )


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


# --- the command line ---------------------------------------------------------------


def test_version_matches_pyproject(home: Path) -> None:
    result = ok(run_app(home, "--version"))
    assert result.stdout.strip() == f"careerjournal {PROJECT['version']}"


def test_bundled_exercises_are_all_there_and_valid(home: Path) -> None:
    result = ok(run_app(home, "check-exercises"))
    count = len(list((ROOT / "exercises").glob("*.toml")))
    assert f"{count} exercises valid, 0 problem(s)" in result.stderr


@pytest.fixture(scope="module")
def demo_vault(home: Path) -> Path:
    path = home / "demo.cjv"
    ok(run_app(home, "demo", str(path), "--entries", "5", "--passphrase-stdin", stdin=PASSPHRASE))
    return path


def test_demo_creates_an_encrypted_vault_with_entries(demo_vault: Path) -> None:
    header = demo_vault.read_bytes()[:16]
    assert demo_vault.stat().st_size > 4096
    assert header != b"SQLite format 3\0", "the demo vault is not encrypted"


def test_export_plan_writes_a_readable_pdf(home: Path, demo_vault: Path) -> None:
    from pypdf import PdfReader

    out = home / "plan.pdf"
    ok(
        run_app(
            home,
            "export-plan",
            str(out),
            "--vault",
            str(demo_vault),
            "--passphrase-stdin",
            stdin=PASSPHRASE,
        )
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(out).pages) >= 1


# --- the desktop app ----------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "nl"])
def test_gui_starts_headless_and_keeps_running(tmp_path: Path, language: str) -> None:
    env = app_env(tmp_path)
    app = subprocess.Popen(
        [str(EXECUTABLE), "--vault", str(tmp_path / "new.cjv"), "--lang", language],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + GUI_SECONDS
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
        running = app.poll() is None
        maps = Path(f"/proc/{app.pid}/maps")
        loaded = maps.read_text() if running and maps.exists() else ""
    finally:
        app.terminate()
        try:
            _, stderr = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            _, stderr = app.communicate()
    assert running, f"the app quit early with exit code {app.returncode}:\n{stderr}"
    assert "Traceback" not in stderr, stderr
    # No network library in the running process (Linux shows the mapped libraries).
    for library in ("Qt6Network", "libssl", "libgnutls"):
        assert library not in loaded, f"{library} is loaded in the running app"


# --- what is (and is not) in the bundle ---------------------------------------------


def bundle_files() -> list[Path]:
    return [path for path in BUNDLE.rglob("*") if path.is_file()]


def test_no_qt_network_in_the_bundle() -> None:
    offenders = [
        str(path.relative_to(BUNDLE))
        for path in bundle_files()
        if "qtnetwork" in path.name.lower() or "qt6network" in path.name.lower()
    ]
    assert not offenders, f"network code in the bundle: {offenders}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_no_bundled_library_links_qt_network() -> None:
    linking = [
        str(path.relative_to(BUNDLE))
        for path in bundle_files()
        if ".so" in path.name and b"libQt6Network.so" in path.read_bytes()
    ]
    assert not linking, f"these need QtNetwork (and so were bundled by mistake): {linking}"


def test_bundle_holds_the_app_data_and_no_sources() -> None:
    internal = BUNDLE / "_internal"  # PyInstaller 6's contents folder: sys._MEIPASS
    resources = internal / "resources"
    shipped_qm = {p.stem for p in (resources / "translations").glob("*.qm")}
    assert shipped_qm == {p.stem for p in (ROOT / "resources" / "translations").glob("*.ts")}
    assert not list(resources.rglob("*.ts")), "translation sources in the bundle"
    assert not list(resources.rglob("*.py")), "scripts in the bundle"
    shipped_exercises = {p.name for p in (internal / "exercises").glob("*.toml")}
    assert shipped_exercises == {p.name for p in (ROOT / "exercises").glob("*.toml")}
    assert (resources / "styles" / "app.qss").is_file()
    assert list((resources / "fonts").glob("*.ttf"))
    assert (resources / "icons" / "careerjournal.svg").is_file()
    assert (resources / "icons" / "careerjournal-256.png").is_file()
