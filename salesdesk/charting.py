"""Charts as plain functions returning matplotlib Figures, shared by the GUI and the PDFs.

No pyplot: each function builds a :class:`matplotlib.figure.Figure` from plain data, so the GUI
can wrap it in ``FigureCanvasQTAgg`` and a report can render it, with no global state between
threads. Figures use constrained layout, so they lay themselves out again at whatever size the
caller gives them. Text follows :func:`salesdesk.i18n.language` at build time.

This module holds the shared palette and axis styling; each feature builds its own charts
(``salesdesk.<feature>.charts``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MaxNLocator

from salesdesk.formatting import currency_symbol, format_month, format_number
from salesdesk.i18n import tr

ACCENT = "#1F4E79"


SECONDARY = "#9CA3AF"


MUTED_BAR = "#D1D5DB"


TEXT = "#1F2937"


TEXT_MUTED = "#6B7280"


GRID = "#E5E7EB"


FONT_SIZE = 8


ONLINE = "#D97706"  # a second series; amber reads on light and dark backgrounds alike


RUNNING_ALPHA = 0.45  # the bar of a period still running, counted to date


def plot_monthly_lines(
    axes: Axes, series: Sequence[tuple[Sequence[float | None], str, str]]
) -> range:
    """Draws each (values, colour, label) as a line with markers over month positions 0..n-1;
    a None is a gap. Returns the positions, for the caller's month labels."""
    positions = range(len(series[0][0]) if series else 0)
    for values, colour, label in series:
        axes.plot(
            positions,
            [float("nan") if v is None else v for v in values],
            color=colour,
            linewidth=1.8,
            marker="o",
            markersize=3.5,
            label=label,
            zorder=3,
        )
    return positions


def style_axes(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(labelsize=FONT_SIZE, colors=TEXT_MUTED, length=0, pad=4)
    axes.tick_params(axis="y", labelcolor=TEXT)


def style_money_axis(axes: Axes, which: Literal["x", "y"], currency: str) -> None:
    """Compact money ticks (1.2M / 1,2 млн) with the currency's symbol (₽, $) as the axis
    label."""
    axis = axes.yaxis if which == "y" else axes.xaxis
    axis.set_major_locator(MaxNLocator(nbins=5))
    axis.set_major_formatter(FuncFormatter(lambda value, _position: compact_amount(value)))
    axis.set_label_text(currency_symbol(currency), fontsize=FONT_SIZE, color=TEXT_MUTED)
    axes.grid(axis=which, color=GRID, linewidth=0.7, zorder=0)
    axes.tick_params(axis=which, labelcolor=TEXT_MUTED)


def compact_amount(value: float) -> str:
    """1 234 567 -> "1.2M" (en) / "1,2 млн" (ru): axis labels need the size, not the kopecks."""
    for threshold, unit in ((1e9, tr("{value}bn")), (1e6, tr("{value}M")), (1e3, tr("{value}K"))):
        if abs(value) >= threshold:
            scaled = value / threshold
            decimals = 1 if abs(scaled) < 10 and scaled != round(scaled) else 0
            return unit.format(value=format_number(scaled, decimals))
    return format_number(value)


def two_line_month(month: date) -> str:
    """ "Nov 2026" as "Nov" over "2026", so that twelve months fit side by side."""
    return re.sub(r"\s+(?=\d)", "\n", format_month(month, abbreviated=True), count=1)


def running_position(months: Sequence[date], running_month: date | None) -> int | None:
    """Where the month still running is among ``months`` (None: every month is complete)."""
    return months.index(running_month) if running_month in months else None


def mark_to_date(axes: Axes, position: int, top: float | None = None) -> None:
    """Labels the bar or point at ``position`` (a period still running) "to date" — just
    above ``top`` (the bar's height) when given, else above the plot — so that a month
    eleven days old is not read as a collapse (SPEC §3a)."""
    place: dict[str, object] = (
        {"xy": (position, top), "xytext": (0, 3), "textcoords": "offset points"}
        if top is not None
        else {"xy": (position, 1.0), "xycoords": ("data", "axes fraction")}
    )
    axes.annotate(
        tr("to date"),
        ha="center",
        va="bottom",
        fontsize=FONT_SIZE - 0.5,
        color=TEXT_MUTED,
        **place,  # type: ignore[arg-type]
    )


def say_no_data(axes: Axes, value_axis: Literal["x", "y"]) -> None:
    """Says so in the middle, with no ticks on the value axis (all of them would read 0)."""
    if value_axis == "y":
        axes.set_ylim(0, 1)
        axes.set_yticks([])
    else:
        axes.set_xlim(0, 1)
        axes.set_xticks([])
    axes.text(
        0.5,
        0.5,
        tr("No sales in this period"),
        transform=axes.transAxes,
        ha="center",
        va="center",
        fontsize=FONT_SIZE + 1,
        color=TEXT_MUTED,
    )
