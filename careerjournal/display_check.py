"""Can Qt open a window here? Asked before Qt is imported, so Qt never aborts.

On a fresh Linux desktop, Qt's xcb plugin often lacks a few system libraries.
Qt then aborts with a message naming ``xcb-cursor0`` even when that one is
present. ``ldd`` on the plugin names the real gaps; this module turns them into
one install line per distribution. Plain Python: no Qt import.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# Library file -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}

LddRunner = Callable[[Path], str | None]


def missing_libraries(ldd_output: str) -> list[str]:
    """The library names ``ldd`` reports as ``not found``, once each, in order."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if "not found" in rest and name not in found:
            found.append(name)
    return found


def install_hint(libraries: list[str]) -> str:
    """One clear message: what is missing and the exact line to install it."""
    debian = sorted({PACKAGES.get(lib, (lib, lib))[0] for lib in libraries})
    fedora = sorted({PACKAGES.get(lib, (lib, lib))[1] for lib in libraries})
    return (
        "cannot open a window: Qt's X11 display plugin needs system "
        f"libraries that are missing: {', '.join(libraries)}.\n"
        "Install them, then start CareerJournal again:\n"
        f"  Debian/Ubuntu: sudo apt-get install {' '.join(debian)}\n"
        f"  Fedora:        sudo dnf install {' '.join(fedora)}"
    )


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder, "Qt", "plugins", "platforms", "libqxcb.so")
        if plugin.exists():
            return plugin
    return None


def run_ldd(plugin: Path) -> str | None:
    """``ldd``'s report on ``plugin``, or None when ``ldd`` is not there to ask."""
    try:
        result = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout


def needs_xcb_check(platform: str = sys.platform, environ: dict[str, str] | None = None) -> bool:
    """Only Linux where Qt will use xcb: asked for, or the default outside a Wayland session."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or chosen not in ("", "xcb"):
        return False
    return chosen == "xcb" or not env.get("WAYLAND_DISPLAY")


def display_problem(ldd: LddRunner = run_ldd) -> str | None:
    """The message to print instead of starting, or None when Qt can load its plugin."""
    if not needs_xcb_check():
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    output = ldd(plugin)
    missing = missing_libraries(output or "")
    return install_hint(missing) if missing else None
