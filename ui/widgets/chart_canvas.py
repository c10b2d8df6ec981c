"""A matplotlib chart from :mod:`salesdesk.charting` embedded in a widget (STYLE 7).

The chart builders draw for paper (dark ink on white), so that the PDFs and the GUI share them.
On screen :func:`apply_palette` swaps those print colours for colours taken from the Qt palette,
so the chart follows the light or dark scheme; the canvas rebuilds the figure when the palette
changes. matplotlib is imported only when the first chart is shown, keeping it out of start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from ui.widgets.labels import mute

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FigureBuilder = Callable[[], "Figure"]

_COLOUR_PROPERTIES = ("color", "facecolor", "edgecolor", "markerfacecolor", "markeredgecolor")


def _blend(background: QColor, ink: QColor, share: float) -> str:
    """``share`` of the ink over the background: greys that suit either scheme."""

    def mixed(b: int, i: int) -> int:
        return round(b + (i - b) * share)

    return QColor(
        mixed(background.red(), ink.red()),
        mixed(background.green(), ink.green()),
        mixed(background.blue(), ink.blue()),
    ).name()


def screen_colours(palette: QPalette) -> dict[str, str]:
    """Print colour of :mod:`salesdesk.charting` -> the palette's colour for the same purpose."""
    from salesdesk import charting

    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return {
        charting.ACCENT: palette.color(QPalette.ColorRole.Highlight).name(),
        charting.TEXT: text.name(),
        "#000000": text.name(),  # matplotlib's own default ink, e.g. of legend labels
        charting.TEXT_MUTED: _blend(window, text, 0.62),
        charting.SECONDARY: _blend(window, text, 0.45),
        charting.MUTED_BAR: _blend(window, text, 0.25),
        charting.GRID: _blend(window, text, 0.14),
    }


def apply_palette(figure: Figure, palette: QPalette) -> None:
    """Recolours a print figure for the screen: background, ink, greys and the accent."""
    from matplotlib.colors import to_hex, to_rgba

    swaps = {key.lower(): value for key, value in screen_colours(palette).items()}
    background = palette.color(QPalette.ColorRole.Window).name()
    figure.set_facecolor(background)
    for axes in figure.axes:
        axes.set_facecolor(background)

    def swap(colour: Any) -> Any:
        if to_rgba(colour)[3] == 0:  # invisible ("none", e.g. the edges of bars) stays so
            return colour
        return swaps.get(to_hex(colour, keep_alpha=False).lower(), colour)

    for artist in figure.findobj():
        for name in _COLOUR_PROPERTIES:
            getter = getattr(artist, f"get_{name}", None)
            setter = getattr(artist, f"set_{name}", None)
            if getter is None or setter is None:
                continue
            _swap_property(getter(), setter, swap)


def _swap_property(value: Any, setter: Callable[[Any], None], swap: Callable[[Any], Any]) -> None:
    # Collections hold an array of colours, other artists a single one.
    if hasattr(value, "ndim") and value.ndim == 2:
        if len(value):
            setter([swap(tuple(row)) for row in value])
        return
    swapped = swap(value)
    if swapped is not value:
        setter(swapped)


class ChartCanvas(QWidget):
    """Shows the figure a builder returns, or a message while there is none."""

    def __init__(self, parent: QWidget | None = None, *, minimum_height: int = 240) -> None:
        super().__init__(parent)
        self.setMinimumHeight(minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._build: FigureBuilder | None = None
        self._canvas: Any = None  # a FigureCanvasQTAgg once the first chart is shown
        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        mute(self.message_label)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message_label)

    @property
    def figure(self) -> Figure | None:
        return self._canvas.figure if self._canvas is not None and self._build else None

    def show_chart(self, build: FigureBuilder) -> None:
        """Builds the figure now and again whenever the palette changes."""
        self._build = build
        self._redraw()

    def clear(self, message: str = "") -> None:
        self._build = None
        self.message_label.setText(message)
        self._stack.setCurrentWidget(self.message_label)

    def _redraw(self) -> None:
        if self._build is None:
            return
        figure = self._build()
        apply_palette(figure, self.palette())
        self._install(figure)
        self._stack.setCurrentWidget(self._canvas)
        self._canvas.draw_idle()

    def _install(self, figure: Figure) -> None:
        """Puts ``figure`` on the canvas; the canvas sizes the figure to the widget."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        old = self._canvas
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._canvas.setMinimumSize(1, 1)  # the figure's own inches must not fix the size
        self._canvas.installEventFilter(self)
        self._stack.addWidget(self._canvas)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The wheel over a chart scrolls the page: matplotlib's canvas would take it for a
        scroll event of its own (which no chart uses) and keep it from the page."""
        if event.type() == QEvent.Type.Wheel and watched is self._canvas:
            event.ignore()  # passed on to the widgets around
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._redraw()  # light <-> dark: recolour from the print colours again
        super().changeEvent(event)
