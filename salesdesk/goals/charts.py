"""A goal's burn-up chart (plain matplotlib Figure), for the goal view and the goals report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from salesdesk.charting import (
    ACCENT,
    FONT_SIZE,
    GRID,
    ONLINE,
    SECONDARY,
    TEXT_MUTED,
    compact_amount,
    style_axes,
    style_money_axis,
)
from salesdesk.formatting import format_percent
from salesdesk.i18n import language, tr


def burn_up_figure(
    actual: Sequence[tuple[date, float]],
    expected: Sequence[tuple[date, float]],
    target: float | None,
    forecast: tuple[tuple[date, float], tuple[date, float]] | None,
    *,
    kind: Literal["money", "rate", "count"],
    currency: str = "",
) -> Figure:
    """A goal's burn-up: the actual so far, the expected pace, the target line and the
    forecast dashed to the end. Money in minor units, rates as ratios."""
    figure = Figure(figsize=(8, 3.4), layout="constrained")
    axes = figure.add_subplot()
    scale = 1 / 100 if kind == "money" else 1.0
    if expected:
        axes.plot(*_xy(expected, scale), color=SECONDARY, linewidth=1.4, linestyle=":",
                  label=tr("Expected pace"), zorder=2)  # fmt: skip
    if target is not None:
        axes.axhline(target * scale, color=TEXT_MUTED, linewidth=1.0, label=tr("Target"), zorder=1)
    if actual:
        axes.plot(*_xy(actual, scale), color=ACCENT, linewidth=2.2, label=tr("Actual"), zorder=3,
                  marker="o" if len(actual) < 20 else None, markersize=3.5)  # fmt: skip
    if forecast is not None:
        axes.plot(*_xy(forecast, scale), color=ONLINE, linewidth=1.6, linestyle="--",
                  label=tr("Forecast"), zorder=3)  # fmt: skip
    _style_value_axis(axes, kind, currency)
    style_axes(axes)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=6))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _position: _day_label(value)))
    # two a line: four side by side outgrow a chart beside the goals list
    axes.legend(loc="upper left", frameon=False, fontsize=FONT_SIZE, ncols=2)
    axes.margins(y=0.28)  # headroom for the legend's two lines
    return figure


def _day_label(value: float) -> str:
    """A matplotlib date number as "5 Mar" / "5 мар."."""
    from babel.dates import format_skeleton
    from matplotlib.dates import num2date

    return format_skeleton("MMMd", num2date(value).date(), locale=language())


def _xy(points: Sequence[tuple[date, float]], scale: float) -> tuple[Any, list[float]]:
    # Any: matplotlib's stubs do not list dates among the x values they accept.
    return [day for day, _ in points], [value * scale for _, value in points]


def _style_value_axis(axes: Axes, kind: str, currency: str) -> None:
    if kind == "money":
        style_money_axis(axes, "y", currency)
        return
    formatter = (
        (lambda value, _position: format_percent(value, 0))
        if kind == "rate"
        else (lambda value, _position: compact_amount(value))
    )
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
    axes.yaxis.set_major_formatter(FuncFormatter(formatter))
    axes.grid(axis="y", color=GRID, linewidth=0.7, zorder=0)
    axes.tick_params(axis="y", labelcolor=TEXT_MUTED)
