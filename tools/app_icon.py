"""Renders the app icon, resources/icons/salesdesk.svg, for the packaged build.

    python tools/app_icon.py OUT_DIR   # writes salesdesk.png (256 px) and salesdesk.ico

Windows wants an .ico for the executable and desktop launchers on Linux want a .png; the
running app itself draws the SVG. build.spec runs this at build time, so no rendered copy of
the icon is ever committed (and none can fall out of date with the SVG).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "salesdesk.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, target: Path) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")
    return target


def write_icons(out_dir: Path) -> None:
    """Draws each .ico size from the vector, rather than shrinking one big bitmap."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = [render(renderer, size, out_dir / f"salesdesk-{size}.png") for size in ICO_SIZES]
    render(renderer, ICO_SIZES[-1], out_dir / "salesdesk.png")
    images = [Image.open(png) for png in pngs]
    images[-1].save(
        out_dir / "salesdesk.ico",
        sizes=[image.size for image in images],
        append_images=images[:-1],
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])  # QSvgRenderer needs one for its fonts and image handlers
    write_icons(Path(argv[0]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
