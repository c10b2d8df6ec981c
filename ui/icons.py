"""The application's own SVG icons, inked in the palette's text colour (light and dark)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.paths import resource_path

# The SVG files draw their lines in this colour; it is swapped for the palette's text colour so
# one file serves both schemes. Accent colours stay as drawn.
INK = "#2f3b45"
SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as an icon; an empty icon when there is no such file."""
    return _icon(name, _ink())


def _ink() -> str:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, ink: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace(INK, ink)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen else 1.0
    for size in SIZES:
        result.addPixmap(_render(renderer, size, ratio))
    return result


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap
