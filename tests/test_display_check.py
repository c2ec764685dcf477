"""The start-up check for Qt's display plugin: one clear message instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal import display_check

LDD_LACKING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_missing_libraries_are_read_from_ldd_once_each():
    assert display_check.missing_libraries(LDD_LACKING) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]


def test_hint_gives_exact_install_lines():
    hint = display_check.install_hint(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in hint
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm" in hint


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, True),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, True),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
        ("darwin", {}, False),
        ("win32", {}, False),
    ],
)
def test_only_xcb_on_linux_is_checked(platform, env, expected):
    assert display_check.needs_xcb_check(platform, env) is expected


def test_complete_plugin_passes(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(sys, "platform", "linux")
    assert (
        display_check.display_problem(lambda plugin: "\tlibxcb.so.1 => /lib/libxcb.so.1\n") is None
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is Linux-only")
def test_app_says_what_to_install_and_never_reaches_qt(tmp_path: Path):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    ldd = fake_bin / "ldd"
    ldd.write_text(f"#!/bin/sh\ncat <<'END'\n{LDD_LACKING}END\n")
    ldd.chmod(0o755)
    env = {**os.environ, "PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}"}
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("WAYLAND_DISPLAY", None)
    code = "import sys, careerjournal.cli as c; r = c.main([]); print('qt' if 'PySide6.QtGui' in sys.modules else 'no-qt'); sys.exit(r)"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stdout.strip() == "no-qt"
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "sudo dnf install" in done.stderr
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr
