"""The dashboard's and the team report's charts (plain matplotlib Figures)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from salesdesk.charting import (
    ACCENT,
    FONT_SIZE,
    GRID,
    MUTED_BAR,
    RUNNING_ALPHA,
    SECONDARY,
    TEXT,
    TEXT_MUTED,
    compact_amount,
    mark_to_date,
    running_position,
    say_no_data,
    style_axes,
    style_money_axis,
    two_line_month,
)
from salesdesk.formatting import format_number
from salesdesk.goals.status import STATUS_COLOURS
from salesdesk.i18n import tr


def revenue_trend_figure(
    months: Sequence[date],
    this_year: Sequence[int],
    last_year: Sequence[int],
    *,
    currency: str,
    running_month: date | None = None,
) -> Figure:
    """Monthly revenue (minor units) of the last months against the same months a year earlier.

    ``this_year[i]`` is the revenue of ``months[i]``, ``last_year[i]`` that of the same month
    one year before; twelve months make the usual 24-month comparison. The bar of
    ``running_month`` (still running) is lighter and labelled "to date".
    """
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(months))
    bars = axes.bar(
        positions,
        [v / 100 for v in this_year],
        width=0.62,
        color=ACCENT,
        label=tr("This year"),
        zorder=2,
    )
    if (running := running_position(months, running_month)) is not None:
        bars[running].set_alpha(RUNNING_ALPHA)
        mark_to_date(axes, running, this_year[running] / 100)
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
    axes.set_xticks(list(positions), [two_line_month(m) for m in months])
    style_money_axis(axes, "y", currency)
    style_axes(axes)
    handles, labels = axes.get_legend_handles_labels()
    # this year first, as the reader compares it against the line
    axes.legend(
        handles[::-1], labels[::-1], loc="upper left", frameon=False, fontsize=FONT_SIZE, ncols=2
    )
    axes.margins(y=0.18)  # headroom for the legend
    if not any(this_year) and not any(last_year):
        say_no_data(axes, "y")
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
        [compact_amount(v) for v in values],
        padding=3,
        fontsize=FONT_SIZE - 0.5,
        color=TEXT_MUTED,
    )
    style_money_axis(axes, "x", currency)
    style_axes(axes)
    axes.margins(x=0.12, y=0.02)  # room for the value labels
    if not any(revenues):
        say_no_data(axes, "x")
    return figure


def member_chart_height_inches(members: int) -> float:
    """A height that gives each member's bar room for its name."""
    return 0.9 + 0.24 * max(members, 3)


def goals_by_status_figure(
    counts: Sequence[tuple[str, str, int]], *, empty_text: str = ""
) -> Figure:
    """Horizontal bars of goals per status: (status key, its label, how many). Each bar is
    pickable, its gid the status key, so a click can list the goals behind it. Without goals
    it says ``empty_text`` (by default that there are no goals yet)."""
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
    style_axes(axes)
    axes.margins(x=0.15)
    if not any(n for _, _, n in counts):
        axes.set_xlim(0, 1)
        axes.set_xticks([])
        axes.text(0.5, 0.5, empty_text or tr("No goals yet"), transform=axes.transAxes,
                  ha="center", va="center", fontsize=FONT_SIZE + 1, color=TEXT_MUTED)  # fmt: skip
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
    """The members with the most and the least revenue side by side: (gid, name, revenue).

    Both halves share one money scale, so that a bar's length compares across them."""
    rows = max(len(top), len(bottom))
    figure = Figure(figsize=(8, member_chart_height_inches(rows)), layout="constrained")
    top_axes = figure.add_subplot(1, 2, 1)
    bottom_axes = figure.add_subplot(1, 2, 2, sharex=top_axes)
    for axes, groups, title in ((top_axes, top, tr("Top")), (bottom_axes, bottom, tr("Bottom"))):
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
    axes.bar_label(bars, [compact_amount(v) for v in values], padding=3,
                   fontsize=FONT_SIZE - 0.5, color=TEXT_MUTED)  # fmt: skip
    style_money_axis(axes, "x", currency)
    style_axes(axes)
    axes.margins(x=0.15, y=0.02)
    if not any(values):
        say_no_data(axes, "x")
