"""Channel charts of the Strategy section and the strategy report (plain matplotlib Figures)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.figure import Figure

from salesdesk.charting import (
    ACCENT,
    FONT_SIZE,
    ONLINE,
    SECONDARY,
    TEXT_MUTED,
    compact_amount,
    mark_to_date,
    plot_monthly_lines,
    running_position,
    say_no_data,
    style_axes,
    style_money_axis,
    two_line_month,
)
from salesdesk.i18n import tr


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
            [compact_amount(v / 100) for v in values],
            padding=3,
            fontsize=FONT_SIZE - 0.5,
            color=TEXT_MUTED,
        )
    axes.set_yticks(list(positions), [name for _, _, name in ranked])
    axes.invert_yaxis()
    style_money_axis(axes, "x", currency)
    style_axes(axes)
    axes.legend(loc="lower right", frameon=False, fontsize=FONT_SIZE)
    axes.margins(x=0.14, y=0.04)
    if not any(revenues):
        say_no_data(axes, "x")
    return figure


def online_offline_figure(
    months: Sequence[date],
    online: Sequence[int],
    offline: Sequence[int],
    *,
    currency: str,
    running_month: date | None = None,
) -> Figure:
    """Monthly revenue (minor units) of the offline channels against the online ones; the
    points of ``running_month`` (still running) are labelled "to date"."""
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.add_subplot()
    positions = plot_monthly_lines(
        axes,
        [
            ([v / 100 for v in offline], ACCENT, tr("Offline channels")),
            ([v / 100 for v in online], ONLINE, tr("Online channels")),
        ],
    )
    axes.set_xticks(list(positions), [two_line_month(m) for m in months])
    style_money_axis(axes, "y", currency)
    style_axes(axes)
    axes.legend(loc="upper left", frameon=False, fontsize=FONT_SIZE, ncols=2)
    axes.margins(y=0.25)  # headroom for the legend, above the highest month
    axes.set_ylim(bottom=0)  # after the margins, which it keeps at the top
    if (running := running_position(months, running_month)) is not None:
        mark_to_date(axes, running)
    if not any(online) and not any(offline):
        say_no_data(axes, "y")
    return figure
