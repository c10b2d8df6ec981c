"""Charts of the Customers section and report, as plain functions returning Figures (no pyplot),
drawn in the print colours of :mod:`salesdesk.charting` so that the GUI can recolour them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Literal

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

from salesdesk.charting import (
    ACCENT,
    FONT_SIZE,
    GRID,
    MUTED_BAR,
    ONLINE,
    SECONDARY,
    TEXT,
    TEXT_MUTED,
    mark_to_date,
    plot_monthly_lines,
    running_position,
)
from salesdesk.formatting import format_money, format_month, format_number, format_percent
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from salesdesk.customers.retention import Cohort

STATUS_COLOURS = {"prospect": SECONDARY, "current": ACCENT, "at_risk": ONLINE, "lost": MUTED_BAR}


def _style(axes: Axes, value_axis: Literal["x", "y"]) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(labelsize=FONT_SIZE, colors=TEXT_MUTED, length=0)
    axes.grid(axis=value_axis, color=GRID, linewidth=0.6, zorder=0)
    axes.set_axisbelow(True)


def _no_data(axes: Axes) -> None:
    axes.text(
        0.5,
        0.5,
        tr("No data"),
        transform=axes.transAxes,
        ha="center",
        va="center",
        color=TEXT_MUTED,
        fontsize=FONT_SIZE + 1,
    )
    axes.set_xticks([])
    axes.set_yticks([])


def retention_figure(
    months: Sequence[date],
    retention: Sequence[float | None],
    churn: Sequence[float | None],
    running_month: date | None = None,
) -> Figure:
    """Monthly retention and churn rates (ratios); a month without customers is a gap. The
    rates of ``running_month`` (still running) are to date, and labelled so."""
    figure = Figure(figsize=(8, 3.0), layout="constrained")
    axes = figure.add_subplot()
    positions = plot_monthly_lines(
        axes, [(retention, ACCENT, tr("Retention")), (churn, ONLINE, tr("Churn"))]
    )
    axes.set_xticks(
        list(positions), [format_month(m, abbreviated=True) for m in months], rotation=0
    )
    axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    axes.set_ylim(0, 1.05)
    _style(axes, "y")
    axes.legend(loc="center left", frameon=False, fontsize=FONT_SIZE, ncols=2)
    if len(months) > 8:
        for tick in axes.get_xticklabels()[1::2]:
            tick.set_visible(False)
    if (running := running_position(months, running_month)) is not None:
        mark_to_date(axes, running)
    if all(v is None for v in retention):
        _no_data(axes)
    return figure


def cohort_figure(cohorts: Sequence[Cohort]) -> Figure:
    """A heat map: rows are first-purchase months (with the cohort's size), columns the months
    after it; each cell the share of the cohort that bought again in that month."""
    import numpy as np

    rows, columns = len(cohorts), max(len(cohorts) - 1, 1)
    grid = np.full((rows, columns), np.nan)
    for row, cohort in enumerate(cohorts):
        for offset in range(1, len(cohort.active)):
            share = cohort.share(offset)
            grid[row, offset - 1] = np.nan if share is None else share
    peak = float(np.nanmax(grid)) if np.any(~np.isnan(grid)) and np.nanmax(grid) > 0 else 1.0
    figure = Figure(figsize=(8, 0.9 + 0.28 * max(rows, 4)), layout="constrained")
    axes = figure.add_subplot()
    axes.imshow(grid, cmap="Blues", vmin=0, vmax=peak, aspect="auto")
    for (row, column), value in np.ndenumerate(grid):
        if not np.isnan(value):
            ink = "white" if value > 0.6 * peak else TEXT
            axes.text(
                column,
                row,
                format_percent(value, 0),
                ha="center",
                va="center",
                fontsize=FONT_SIZE - 1.5,
                color=ink,
            )
    names = [
        f"{format_month(c.month, abbreviated=True)} · {format_number(c.size)}" for c in cohorts
    ]
    axes.set_yticks(range(rows), names)
    axes.set_xticks(range(columns), [str(i) for i in range(1, columns + 1)])
    axes.set_xlabel(tr("Months after the first purchase"), fontsize=FONT_SIZE, color=TEXT_MUTED)
    axes.tick_params(labelsize=FONT_SIZE - 0.5, colors=TEXT_MUTED, length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if all(c.size == 0 for c in cohorts):
        _no_data(axes)
    return figure


def bar_figure(labels: Sequence[str], values: Sequence[int], colours: Sequence[str] = ()) -> Figure:
    """Horizontal bars of counts (RFM tiers, statuses), in the given order, top to bottom."""
    figure = Figure(figsize=(8, 0.7 + 0.36 * max(len(labels), 3)), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(labels))
    bars = axes.barh(positions, values, height=0.62, color=list(colours) or ACCENT, zorder=2)
    axes.set_yticks(list(positions), labels)
    axes.invert_yaxis()
    axes.bar_label(
        bars,
        [format_number(v) for v in values],
        padding=3,
        fontsize=FONT_SIZE - 0.5,
        color=TEXT_MUTED,
    )
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v)))
    axes.margins(x=0.14)
    _style(axes, "x")
    if not any(values):
        _no_data(axes)
    return figure


def cost_figure(
    labels: Sequence[str],
    acquisition: Sequence[float | None],
    retention: Sequence[float | None],
    *,
    currency: str,
) -> Figure:
    """Cost of a new customer (CAC) against the cost of keeping one, per period."""
    figure = Figure(figsize=(8, 3.0), layout="constrained")
    axes = figure.add_subplot()
    positions = range(len(labels))
    for offset, values, colour, label in (
        (-0.2, acquisition, ACCENT, tr("Acquisition cost per new customer")),
        (0.2, retention, SECONDARY, tr("Retention cost per kept customer")),
    ):
        axes.bar(
            [p + offset for p in positions],
            [(v or 0) / 100 for v in values],
            width=0.38,
            color=colour,
            label=label,
            zorder=2,
        )
    axes.set_xticks(list(positions), labels)
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: format_money(v * 100, currency, decimals=0))
    )
    _style(axes, "y")
    # one a line: side by side, two long labels were wider than a half-window chart
    axes.legend(loc="upper left", frameon=False, fontsize=FONT_SIZE)
    axes.margins(y=0.32)  # headroom for the two lines of the legend
    if not any(acquisition) and not any(retention):
        _no_data(axes)
    return figure
