"""Render the app icon's PNG, ICO and ICNS files from careerjournal.svg.

Run after changing the SVG, from the project root:

    .venv/bin/python resources/icons/render.py

Uses Qt's SVG renderer (offscreen, no display needed) for the PNGs and Pillow
(already in the venv as a dependency of reportlab) to pack the Windows .ico and
the macOS .icns. This is a build-time tool: the app itself never imports it,
and build.spec leaves it out of the bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "careerjournal.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = HERE / f"careerjournal-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


def pack_ico_and_icns() -> None:
    from PIL import Image

    largest = Image.open(HERE / "careerjournal-512.png")
    # Pillow downsamples for each .ico size; hand it the rendered ones to keep them crisp.
    frames = [Image.open(HERE / f"careerjournal-{s}.png") for s in (16, 32, 48, 64, 128, 256)]
    frames[-1].save(
        HERE / "careerjournal.ico",
        format="ICO",
        sizes=[f.size for f in frames],
        append_images=frames[:-1],
    )
    largest.save(HERE / "careerjournal.icns", format="ICNS")


if __name__ == "__main__":
    for path in render_pngs():
        print(path.relative_to(HERE.parent.parent))
    pack_ico_and_icns()
    print("resources/icons/careerjournal.ico\nresources/icons/careerjournal.icns")
