"""Charts as plain functions returning matplotlib Figures, shared by the GUI and the PDFs.

No pyplot: each function builds a :class:`matplotlib.figure.Figure` from plain data, so the GUI
can wrap it in ``FigureCanvasQTAgg`` and a report can render it, with no global state between
threads. Figures use constrained layout, so they lay themselves out again at whatever size the
caller gives them. Text follows :func:`salesdesk.i18n.language` at build time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from salesdesk.formatting import format_month, format_number, format_percent
from salesdesk.goals.status import STATUS_COLOURS
from salesdesk.i18n import language, tr

ACCENT = "#1F4E79"
SECONDARY = "#9CA3AF"
MUTED_BAR = "#D1D5DB"
TEXT = "#1F2937"
TEXT_MUTED = "#6B7280"
GRID = "#E5E7EB"
FONT_SIZE = 8
ONLINE = "#D97706"  # a second series; amber reads on light and dark backgrounds alike


def revenue_trend_figure(
    months: Sequence[date],
    this_year: Sequence[int],
    last_year: Sequence[int],
    *,
    currency: str,
) -> Figure:
    """Monthly revenue (minor units) of the last months against the same months a year earlier.

    ``this_year[i]`` is the revenue of ``months[i]``, ``last_year[i]`` that of the same month
    one year before; twelve months make the usual 24-month comparison.
    """
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(months))
    axes.bar(
        positions,
        [v / 100 for v in this_year],
        width=0.62,
        color=ACCENT,
        label=tr("This year"),
        zorder=2,
    )
    axes.plot(
        positions,
        [v / 100 for v in last_year],
        color=SECONDARY,
        linewidth=1.6,
        marker="o",
        markersize=3.5,
        label=tr("A year earlier"),
        zorder=3,
    )
    axes.set_xticks(list(positions), [_two_line_month(m) for m in months])
    _style_money_axis(axes, "y", currency)
    _style_axes(axes)
    handles, labels = axes.get_legend_handles_labels()
    # this year first, as the reader compares it against the line
    axes.legend(
        handles[::-1], labels[::-1], loc="upper left", frameon=False, fontsize=FONT_SIZE, ncols=2
    )
    axes.margins(y=0.18)  # headroom for the legend
    if not any(this_year) and not any(last_year):
        _say_no_data(axes, "y")
    return figure


def revenue_by_member_figure(
    names: Sequence[str],
    revenues: Sequence[int],
    *,
    currency: str,
    muted: Sequence[bool] = (),
) -> Figure:
    """Horizontal bars of revenue (minor units) per member, the largest on top.

    ``muted[i]`` greys member ``i`` out (a member who left).
    """
    flags = list(muted) or [False] * len(names)
    ranked = sorted(zip(revenues, names, flags, strict=True), key=lambda item: -item[0])
    figure = Figure(figsize=(8, member_chart_height_inches(len(names))), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(ranked))
    values = [revenue / 100 for revenue, _, _ in ranked]
    bars = axes.barh(
        positions,
        values,
        height=0.66,
        zorder=2,
        color=[MUTED_BAR if flag else ACCENT for _, _, flag in ranked],
    )
    axes.set_yticks(list(positions), [name for _, name, _ in ranked])
    axes.invert_yaxis()
    axes.bar_label(
        bars,
        [_compact_amount(v) for v in values],
        padding=3,
        fontsize=FONT_SIZE - 0.5,
        color=TEXT_MUTED,
    )
    _style_money_axis(axes, "x", currency)
    _style_axes(axes)
    axes.margins(x=0.12, y=0.02)  # room for the value labels
    if not any(revenues):
        _say_no_data(axes, "x")
    return figure


def channel_revenue_figure(
    names: Sequence[str], revenues: Sequence[int], margins: Sequence[int], *, currency: str
) -> Figure:
    """Revenue and gross margin (minor units) per sales channel, side by side, largest first."""
    ranked = sorted(zip(revenues, margins, names, strict=True), key=lambda item: -item[0])
    figure = Figure(figsize=(8, 0.9 + 0.42 * max(len(ranked), 3)), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(ranked))
    for offset, values, colour, label in (
        (-0.2, [r for r, _, _ in ranked], ACCENT, tr("Revenue")),
        (0.2, [m for _, m, _ in ranked], SECONDARY, tr("Gross margin")),
    ):
        bars = axes.barh(
            [p + offset for p in positions],
            [v / 100 for v in values],
            height=0.38,
            color=colour,
            label=label,
            zorder=2,
        )
        axes.bar_label(
            bars,
            [_compact_amount(v / 100) for v in values],
            padding=3,
            fontsize=FONT_SIZE - 0.5,
            color=TEXT_MUTED,
        )
    axes.set_yticks(list(positions), [name for _, _, name in ranked])
    axes.invert_yaxis()
    _style_money_axis(axes, "x", currency)
    _style_axes(axes)
    axes.legend(loc="lower right", frameon=False, fontsize=FONT_SIZE)
    axes.margins(x=0.14, y=0.04)
    if not any(revenues):
        _say_no_data(axes, "x")
    return figure


def online_offline_figure(
    months: Sequence[date], online: Sequence[int], offline: Sequence[int], *, currency: str
) -> Figure:
    """Monthly revenue (minor units) of the offline channels against the online ones."""
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.add_subplot()
    positions = plot_monthly_lines(
        axes,
        [
            ([v / 100 for v in offline], ACCENT, tr("Offline channels")),
            ([v / 100 for v in online], ONLINE, tr("Online channels")),
        ],
    )
    axes.set_xticks(list(positions), [_two_line_month(m) for m in months])
    _style_money_axis(axes, "y", currency)
    _style_axes(axes)
    axes.legend(loc="upper left", frameon=False, fontsize=FONT_SIZE, ncols=2)
    axes.set_ylim(bottom=0)
    axes.margins(y=0.18)
    if not any(online) and not any(offline):
        _say_no_data(axes, "y")
    return figure


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


def member_chart_height_inches(members: int) -> float:
    """A height that gives each member's bar room for its name."""
    return 0.9 + 0.24 * max(members, 3)


def _style_axes(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(labelsize=FONT_SIZE, colors=TEXT_MUTED, length=0, pad=4)
    axes.tick_params(axis="y", labelcolor=TEXT)


def _style_money_axis(axes: Axes, which: Literal["x", "y"], currency: str) -> None:
    """Compact money ticks (1.2M / 1,2 млн) with the currency code as the axis label."""
    axis = axes.yaxis if which == "y" else axes.xaxis
    axis.set_major_locator(MaxNLocator(nbins=5))
    axis.set_major_formatter(FuncFormatter(lambda value, _position: _compact_amount(value)))
    axis.set_label_text(currency, fontsize=FONT_SIZE, color=TEXT_MUTED)
    axes.grid(axis=which, color=GRID, linewidth=0.7, zorder=0)
    axes.tick_params(axis=which, labelcolor=TEXT_MUTED)


def _compact_amount(value: float) -> str:
    """1 234 567 -> "1.2M" (en) / "1,2 млн" (ru): axis labels need the size, not the kopecks."""
    for threshold, unit in ((1e9, tr("{value}bn")), (1e6, tr("{value}M")), (1e3, tr("{value}K"))):
        if abs(value) >= threshold:
            scaled = value / threshold
            decimals = 1 if abs(scaled) < 10 and scaled != round(scaled) else 0
            return unit.format(value=format_number(scaled, decimals))
    return format_number(value)


def _two_line_month(month: date) -> str:
    """ "Nov 2026" as "Nov" over "2026", so that twelve months fit side by side."""
    return re.sub(r"\s+(?=\d)", "\n", format_month(month, abbreviated=True), count=1)


def _say_no_data(axes: Axes, value_axis: Literal["x", "y"]) -> None:
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


# --- goals and the dashboard's breakdowns ---------------------------------------------------


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
    _style_axes(axes)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=6))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _position: _day_label(value)))
    axes.legend(loc="upper left", frameon=False, fontsize=FONT_SIZE, ncols=4)
    axes.margins(y=0.2)
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
        _style_money_axis(axes, "y", currency)
        return
    formatter = (
        (lambda value, _position: format_percent(value, 0))
        if kind == "rate"
        else (lambda value, _position: _compact_amount(value))
    )
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
    axes.yaxis.set_major_formatter(FuncFormatter(formatter))
    axes.grid(axis="y", color=GRID, linewidth=0.7, zorder=0)
    axes.tick_params(axis="y", labelcolor=TEXT_MUTED)


def goals_by_status_figure(counts: Sequence[tuple[str, str, int]]) -> Figure:
    """Horizontal bars of goals per status: (status key, its label, how many). Each bar is
    pickable, its gid the status key, so a click can list the goals behind it."""
    figure = Figure(figsize=(4.5, 0.9 + 0.32 * max(len(counts), 3)), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(counts))
    bars = axes.barh(
        positions,
        [n for _, _, n in counts],
        height=0.62,
        color=[STATUS_COLOURS.get(key, ACCENT) for key, _, _ in counts],
        zorder=2,
        picker=True,
    )
    for bar, (key, _, _) in zip(bars, counts, strict=True):
        bar.set_gid(key)
    axes.set_yticks(list(positions), [label for _, label, _ in counts])
    axes.invert_yaxis()
    axes.bar_label(bars, [format_number(n) for _, _, n in counts], padding=3,
                   fontsize=FONT_SIZE, color=TEXT_MUTED)  # fmt: skip
    axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    axes.grid(axis="x", color=GRID, linewidth=0.7, zorder=0)
    _style_axes(axes)
    axes.margins(x=0.15)
    if not any(n for _, _, n in counts):
        axes.set_xlim(0, 1)
        axes.set_xticks([])
        axes.text(0.5, 0.5, tr("No goals yet"), transform=axes.transAxes, ha="center",
                  va="center", fontsize=FONT_SIZE + 1, color=TEXT_MUTED)  # fmt: skip
    return figure


def revenue_by_group_figure(
    groups: Sequence[tuple[str, str, int]], *, currency: str, title: str = ""
) -> Figure:
    """Horizontal bars of revenue (minor units) per group, as given (largest first): (gid,
    name, revenue). Bars are pickable, their gid the group's key for a drill-down."""
    figure = Figure(figsize=(5, member_chart_height_inches(len(groups))), layout="constrained")
    axes = figure.add_subplot()
    _revenue_bars(axes, groups, currency)
    if title:
        axes.set_title(title, fontsize=FONT_SIZE + 1, color=TEXT, loc="left")
    return figure


def top_bottom_members_figure(
    top: Sequence[tuple[str, str, int]],
    bottom: Sequence[tuple[str, str, int]],
    *,
    currency: str,
) -> Figure:
    """The members with the most and the least revenue side by side: (gid, name, revenue)."""
    rows = max(len(top), len(bottom))
    figure = Figure(figsize=(8, member_chart_height_inches(rows)), layout="constrained")
    for index, (groups, title) in enumerate(((top, tr("Top")), (bottom, tr("Bottom")))):
        axes = figure.add_subplot(1, 2, index + 1)
        _revenue_bars(axes, groups, currency)
        axes.set_title(title, fontsize=FONT_SIZE + 1, color=TEXT, loc="left")
    return figure


def _revenue_bars(axes: Axes, groups: Sequence[tuple[str, str, int]], currency: str) -> None:
    positions = range(len(groups))
    values = [revenue / 100 for _, _, revenue in groups]
    bars = axes.barh(positions, values, height=0.66, color=ACCENT, zorder=2, picker=True)
    for bar, (gid, _, _) in zip(bars, groups, strict=True):
        bar.set_gid(gid)
    axes.set_yticks(list(positions), [name for _, name, _ in groups])
    axes.invert_yaxis()
    axes.bar_label(bars, [_compact_amount(v) for v in values], padding=3,
                   fontsize=FONT_SIZE - 0.5, color=TEXT_MUTED)  # fmt: skip
    _style_money_axis(axes, "x", currency)
    _style_axes(axes)
    axes.margins(x=0.15, y=0.02)
    if not any(values):
        _say_no_data(axes, "x")
