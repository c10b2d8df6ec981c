"""Charts of the Pipeline section and report, plain functions returning Figures (no pyplot),
in the print colours of :mod:`salesdesk.charting` so that the GUI can recolour them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from salesdesk.charting import (
    ACCENT,
    FONT_SIZE,
    GRID,
    MUTED_BAR,
    ONLINE,
    TEXT_MUTED,
    style_money_axis,
)
from salesdesk.formatting import format_number, format_percent
from salesdesk.i18n import tr
from salesdesk.pipeline.words import span_label

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from salesdesk.periods import Period


def _tidy(axes: Axes) -> None:
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(GRID)
    axes.tick_params(labelsize=FONT_SIZE, colors=TEXT_MUTED, length=0)


def funnel_figure(
    stages: Sequence[str], reached: Sequence[int], conversions: Sequence[float | None]
) -> Figure:
    """Centred bars, one per stage, as wide as the deals that reached it, with the stage's
    conversion beside each bar."""
    figure = Figure(figsize=(8, 0.5 + 0.45 * max(len(stages), 1)), layout="constrained")
    axes = figure.add_subplot()
    widest = max(reached, default=0) or 1
    positions = range(len(stages))
    axes.barh(
        positions,
        [n / widest for n in reached],
        left=[(1 - n / widest) / 2 for n in reached],
        height=0.7,
        color=ACCENT,
        zorder=2,
    )
    for position, n, rate in zip(positions, reached, conversions, strict=True):
        axes.text(0.5, position, format_number(n), ha="center", va="center", color="white",
                  fontsize=FONT_SIZE, zorder=3)  # fmt: skip
        if rate is not None:
            axes.text(1.02, position, format_percent(rate, 0), ha="left", va="center",
                      color=TEXT_MUTED, fontsize=FONT_SIZE)  # fmt: skip
    axes.set_yticks(list(positions), list(stages))
    axes.invert_yaxis()
    axes.set_xlim(0, 1.12)
    axes.set_xticks([])
    _tidy(axes)
    axes.spines["bottom"].set_visible(False)
    if not any(reached):
        axes.text(0.5, 0.5, tr("No data"), transform=axes.transAxes, ha="center",
                  color=TEXT_MUTED, fontsize=FONT_SIZE + 1)  # fmt: skip
    return figure


def forecast_figure(
    months: Sequence[Period],
    won: Sequence[float],
    weighted: Sequence[float],
    goals: Sequence[float | None],
    *,
    currency: str,
) -> Figure:
    """Per month (or part of one: see :func:`~salesdesk.metrics.deals.forecast_spans`),
    won (solid) and the weighted open deals (light) stacked, against the goal targets of the
    month (a line); money in minor units."""
    figure = Figure(figsize=(8, 3.0), layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(months)))
    axes.bar(positions, [w / 100 for w in won], width=0.6, color=ACCENT, label=tr("Won"), zorder=2)
    axes.bar(
        positions,
        [w / 100 for w in weighted],
        bottom=[w / 100 for w in won],
        width=0.6,
        color=MUTED_BAR,
        label=tr("Weighted open deals"),
        zorder=2,
    )
    if any(g is not None for g in goals):
        axes.plot(
            positions,
            [math.nan if g is None else g / 100 for g in goals],
            color=ONLINE,
            marker="o",
            markersize=3.5,
            linewidth=1.6,
            label=tr("Goal"),
            zorder=3,
        )
    axes.set_xticks(positions, [span_label(m, abbreviated=True) for m in months])
    _tidy(axes)
    style_money_axis(axes, "y", currency)
    axes.legend(loc="lower left", bbox_to_anchor=(0, 1), frameon=False, fontsize=FONT_SIZE, ncols=3)
    return figure
