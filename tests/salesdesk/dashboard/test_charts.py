"""Chart builders: plain Figures from plain data, translated, without pyplot's global state."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from matplotlib.colors import to_hex

from salesdesk import i18n
from salesdesk.charting import ACCENT, MUTED_BAR, compact_amount
from salesdesk.dashboard.charts import (
    goals_by_status_figure,
    revenue_by_member_figure,
    revenue_trend_figure,
    top_bottom_members_figure,
)
from tests.paths import ROOT

MONTHS = [date(2025, 12, 1), *(date(2026, m, 1) for m in range(1, 12))]


def test_trend_has_a_bar_per_month_and_last_year_as_a_line() -> None:
    this_year = [i * 100_000_00 for i in range(12)]
    last_year = [i * 90_000_00 for i in range(12)]
    figure = revenue_trend_figure(MONTHS, this_year, last_year, currency="RUB")
    axes = figure.axes[0]
    heights = [bar.get_height() for bar in axes.patches]
    assert heights == [i * 100_000 for i in range(12)]  # major units on the axis
    (line,) = axes.get_lines()
    assert list(line.get_ydata()) == [i * 90_000 for i in range(12)]
    labels = [tick.get_text() for tick in axes.get_xticklabels()]
    assert labels[0] == "Dec\n2025" and labels[-1] == "Nov\n2026"
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["This year", "A year earlier"]


def test_trend_speaks_russian() -> None:
    with i18n.language_set_to("ru"):
        figure = revenue_trend_figure(MONTHS, [1] * 12, [1] * 12, currency="RUB")
    axes = figure.axes[0]
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["Этот год", "Годом ранее"]
    assert axes.get_xticklabels()[0].get_text() == "дек.\n2025"  # no "г." after the year


def test_trend_without_sales_says_so() -> None:
    figure = revenue_trend_figure(MONTHS, [0] * 12, [0] * 12, currency="USD")
    assert "No sales in this period" in [t.get_text() for t in figure.axes[0].texts]
    assert list(figure.axes[0].get_yticks()) == []  # rather than a column of zeros


def test_members_are_ranked_by_revenue_and_leavers_greyed() -> None:
    figure = revenue_by_member_figure(
        ["Anna", "Boris", "Vera"],
        [500_00, 2_000_000_00, 30_000_00],
        currency="RUB",
        muted=[False, False, True],
    )
    axes = figure.axes[0]
    names = [tick.get_text() for tick in axes.get_yticklabels()]
    assert names == ["Boris", "Vera", "Anna"]
    widths = [bar.get_width() for bar in axes.patches]
    assert widths == [2_000_000, 30_000, 500]
    colours = [to_hex(bar.get_facecolor()) for bar in axes.patches]
    assert colours == [ACCENT.lower(), MUTED_BAR.lower(), ACCENT.lower()]
    value_labels = [t.get_text() for t in axes.texts]
    assert value_labels == ["2M", "30K", "500"]


def test_top_and_bottom_members_share_one_scale() -> None:
    """A 17K bar must look a ninth as long as a 159K one, not as long."""
    top = [("1", "Ann", 159_000_00), ("2", "Bob", 120_000_00)]
    bottom = [("3", "Cid", 17_000_00), ("4", "Dee", 20_000_00)]
    figure = top_bottom_members_figure(top, bottom, currency="USD")
    top_axes, bottom_axes = figure.axes
    figure.canvas.draw()
    assert top_axes.get_xlim() == bottom_axes.get_xlim()
    assert top_axes.get_xlim()[1] > 159_000


def test_goals_chart_names_the_period_when_it_has_no_goals() -> None:
    figure = goals_by_status_figure([], empty_text="No goals in Q3 2026")
    texts = [text.get_text() for text in figure.axes[0].texts]
    assert texts == ["No goals in Q3 2026"]
    assert [t.get_text() for t in goals_by_status_figure([]).axes[0].texts] == ["No goals yet"]


def testcompact_amounts_follow_the_language() -> None:
    assert [compact_amount(v) for v in (1_260_000, 12_000, 3_400_000_000, 950)] == [
        "1.3M",
        "12K",
        "3.4bn",
        "950",
    ]
    with i18n.language_set_to("ru"):
        assert compact_amount(1_260_000) == "1,3 млн"
        assert compact_amount(12_000) == "12 тыс."


def test_charts_leave_pyplot_alone() -> None:
    code = (
        "import sys; from datetime import date; from salesdesk.dashboard import charts;"
        "charts.revenue_by_member_figure(['A'], [1], currency='RUB').savefig("
        "__import__('io').BytesIO(), format='png');"
        "print('matplotlib.pyplot' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_running_month_is_drawn_to_date() -> None:
    """November 2026, eleven days in, must not read as a collapse (SPEC §3a)."""
    figure = revenue_trend_figure(
        MONTHS, [100] * 12, [100] * 12, currency="RUB", running_month=date(2026, 11, 1)
    )
    axes = figure.axes[0]
    alphas = [bar.get_alpha() for bar in axes.patches]
    assert alphas[:-1] == [None] * 11 and alphas[-1] < 1
    assert [t.get_text() for t in axes.texts] == ["to date"]
    assert axes.get_yaxis().get_label().get_text() == "RUB"
    with i18n.language_set_to("ru"):
        figure = revenue_trend_figure(
            MONTHS, [1] * 12, [1] * 12, currency="RUB", running_month=date(2026, 11, 1)
        )
    assert [t.get_text() for t in figure.axes[0].texts] == ["на сегодня"]
    assert figure.axes[0].get_yaxis().get_label().get_text() == "₽"  # the symbol in Russian


def test_the_running_month_of_a_day() -> None:
    from salesdesk.metrics.clock import running_month

    assert running_month(date(2026, 11, 11)) == date(2026, 11, 1)
    assert running_month(date(2026, 11, 30)) is None  # the month is complete
