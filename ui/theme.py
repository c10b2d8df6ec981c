"""Light and dark palettes over the Fusion style, following the system unless overridden.

Fusion draws the same on every OS and takes its colours entirely from the palette, so one dark
palette is enough; charts read their colours from the palette through :func:`is_dark`.
:class:`SalesDeskStyle` is Fusion with date fields in the app's date format; sortable headers
point their arrow as Windows and macOS do (:func:`point_sort_arrows_up`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QToolTip,
    QWidget,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
TITLE_TIPS = "salesdeskTitleTips"  # a header's property: its cut titles show whole as tooltips
_HEADER_ARROW = QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
_UP, _DOWN = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown

_DARK_COLOURS = {
    Role.Window: "#2b2d30",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1f2023",
    Role.AlternateBase: "#2f3134",
    Role.ToolTipBase: "#3c3f41",
    Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#8c8c8c",
    Role.Text: "#e6e6e6",
    Role.Button: "#3a3c40",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ff6b6b",
    Role.Light: "#4a4d52",
    Role.Midlight: "#404347",
    Role.Mid: "#303236",
    Role.Dark: "#1b1c1e",
    Role.Shadow: "#111111",
    Role.Highlight: "#2f65ca",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#6ea8ff",
    Role.LinkVisited: "#b28cff",
}
_DARK_DISABLED = {
    Role.WindowText: "#7c7f84",
    Role.Text: "#7c7f84",
    Role.ButtonText: "#7c7f84",
    Role.Highlight: "#44474c",
    Role.HighlightedText: "#a0a0a0",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def wants_dark(choice: str) -> bool:
    """Whether the theme choice ("system", "light" or "dark") means dark right now."""
    return choice == "dark" or (choice == "system" and system_prefers_dark())


class SalesDeskStyle(QProxyStyle):
    """Fusion, whose date fields show dates as the rest of SalesDesk writes them
    (:func:`salesdesk.formatting.format_date`), not in Qt's short numeric style. Only
    ``polish`` is overridden, once per widget: a Python override of a drawing function would
    slow every repaint of every widget."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target: Any) -> Any:
        if isinstance(target, QDateEdit):
            target.setDisplayFormat(date_edit_format())
        elif isinstance(target, QHeaderView):
            # a title wider than its column ends in "…" and says itself whole as a tooltip,
            # instead of losing both ends ("evenue in perio")
            target.setTextElideMode(Qt.TextElideMode.ElideRight)
            target.viewport().installEventFilter(_header_tips())
            target.setProperty(TITLE_TIPS, True)
        return super().polish(target)


class HeaderTips(QObject):
    """The whole title of a header section cut short, as its tooltip."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        header = watched.parent()
        if event.type() != QEvent.Type.ToolTip or not isinstance(header, QHeaderView):
            return False
        assert isinstance(event, QHelpEvent)
        title = section_title_cut_short(header, header.logicalIndexAt(event.pos()))
        if title:
            QToolTip.showText(event.globalPos(), title, header)
            return True
        return False


def section_title_cut_short(header: QHeaderView, section: int) -> str:
    """A section's title when its column is too narrow to show it whole, else ""."""
    model = header.model()
    if model is None or section < 0:
        return ""
    title = str(model.headerData(section, header.orientation()) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    lines = title.split("\n")
    needed = max(map(header.fontMetrics().horizontalAdvance, lines)) + 2 * margin
    return title.replace("\n", " ") if needed > header.sectionSize(section) else ""


@cache
def _header_tips() -> HeaderTips:
    return HeaderTips()  # one for every header, kept alive here


class SortArrowStyle(QProxyStyle):
    """For a sortable view's header: Fusion points the arrow down over an ascending column
    (Qt's and GTK's habit); this points it up, as Windows and macOS do and users read it."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _HEADER_ARROW and isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = {_UP: _DOWN, _DOWN: _UP}.get(
                option.sortIndicator, option.sortIndicator
            )
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


@cache
def _sort_arrow_style() -> SortArrowStyle:
    return SortArrowStyle()  # one for every header, kept alive here (a widget does not own it)


def point_sort_arrows_up(header: QHeaderView) -> None:
    """▲ over a column sorted A→Z (smallest first), ▼ over Z→A."""
    header.setStyle(_sort_arrow_style())


def date_edit_format() -> str:
    """The CLDR pattern of formatting.format_date in Qt's notation: years as ``yyyy``."""
    from salesdesk.formatting import date_pattern

    return re.sub(r"(?<!')\by+\b", "yyyy", date_pattern())


def apply_theme(app: QApplication, choice: str) -> None:
    """SalesDesk's Fusion with the light or dark palette that ``choice`` asks for."""
    if not isinstance(app.style(), SalesDeskStyle):
        app.setStyle(SalesDeskStyle())
    palette = dark_palette() if wants_dark(choice) else app.style().standardPalette()
    app.setPalette(palette)


def is_dark() -> bool:
    """True when the application currently shows the dark palette (charts follow it)."""
    window = QGuiApplication.palette().color(Role.Window)
    return window.lightness() < 128
