"""DashboardSection: the cards and the trend chart for the hand-built data of sales_fixture."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from matplotlib.colors import to_hex, to_rgba
from pytestqt.qtbot import QtBot

from salesdesk.metrics import clock
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.ui.sales_fixture import create_sales_database

from ui.dashboard.section import DashboardSection
from ui.section import AppContext
from ui.theme import dark_palette

Q3_2026 = Period.quarter(2026, 3)
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_sales_database(tmp_path / "sales.sqlite")
    with open_database(path, read_only=True) as database:
        yield database


@pytest.fixture
def section(qtbot: QtBot) -> DashboardSection:
    section = DashboardSection()
    qtbot.addWidget(section)
    return section


def _show(qtbot: QtBot, section: DashboardSection, database: Database | None) -> None:
    context = AppContext(database, Q3_2026, "geographic", "USD")
    with qtbot.waitSignal(section.loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(context)


def test_cards_show_the_period_figures(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    values = {key: card.value_label.text() for key, card in section.cards.items()}
    assert values == {
        "revenue": "$90,000",  # ORD-2 40,000 + ORD-3 20,000 + ORD-5 30,000
        "orders": "3",
        "average_order_value": "$30,000",
        "new_customers": "1",  # C
        "lost_customers": "1",  # E
        "retention_rate": "66.7%",  # A and F of A, E, F
        "conversion_rate": "50.0%",  # C of D (prospect) and C (created in Q3)
        "at_risk": "1",  # F: 148 days without a sale
    }
    assert section.period_label.text() == "Q3 2026"
    assert section.dates_label.text() == "Jul 1, 2026 – Sep 30, 2026"


def test_each_card_says_its_definition_with_the_databases_windows(
    qtbot: QtBot, section: DashboardSection, tmp_path: Path
) -> None:
    from salesdesk.settings import save_settings

    path = create_sales_database(tmp_path / "windows.sqlite")
    with open_database(path) as database:
        with database.write() as conn:
            save_settings(conn, {"at_risk_days": 60, "complaint_days": 7})
        _show(qtbot, section, database)
    assert section.cards["at_risk"].toolTip() == (
        "Current customers with no purchase for more than 60 days, or with a complaint or "
        "service ticket open for more than 7 days.\n\nClick to see the list behind this number"
    )
    assert (
        section.cards["average_order_value"].toolTip().startswith("Revenue divided by orders.\n\n")
    )


def test_deltas_compare_with_previous_period_and_last_year(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    # revenue 90,000 against 15,000 (Q2 2026) and 5,000 (Q3 2025)
    assert section.cards["revenue"].delta_texts() == [
        "▲ +500.0% vs Q2 2026",
        "▲ +1,700.0% vs Q3 2025",
    ]
    # 3 orders against 1 and 1
    assert section.cards["orders"].delta_texts() == ["▲ +200.0% vs Q2 2026", "▲ +200.0% vs Q3 2025"]
    # 1 lost against 1 (B in Q2 2026) and none in Q3 2025: no growth over nothing
    assert section.cards["lost_customers"].delta_texts() == ["▶ 0.0% vs Q2 2026", "— vs Q3 2025"]


def test_a_year_is_compared_once_with_the_year_before(
    qtbot: QtBot, section: DashboardSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2026's previous period and the same period a year earlier are both 2025: one line."""
    monkeypatch.setattr(clock, "today", lambda: date(2027, 1, 15))  # 2026 is complete
    context = AppContext(database, Period.year(2026), "geographic", "USD")
    with qtbot.waitSignal(section.loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(context)
    # 2026: ORD-2, 3, 5, 7 = 105,000; 2025: ORD-1, 4, 6 = 65,000; +61.5 %
    assert section.cards["revenue"].delta_texts() == ["▲ +61.5% vs 2025"]
    # 4 orders against 3
    assert section.cards["orders"].delta_texts() == ["▲ +33.3% vs 2025"]


def test_rates_change_in_percentage_points(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    # retention: 2/3 now; Q2 2026 2/3 (A, E of A, B, E); Q3 2025 1/1 (B stayed current)
    assert section.cards["retention_rate"].delta_texts() == [
        "▶ 0.0 pp vs Q2 2026",
        "▼ -33.3 pp vs Q3 2025",
    ]
    # conversion: 1/2 now; Q2 2026 1/2 (F of D, F); Q3 2025 1/3 (E of A, E, F)
    assert section.cards["conversion_rate"].delta_texts() == [
        "▶ 0.0 pp vs Q2 2026",
        "▲ +16.7 pp vs Q3 2025",
    ]


def test_trend_chart_shows_twelve_months_against_a_year_earlier(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    figure = section.trend_chart.figure
    assert figure is not None
    axes = figure.axes[0]
    # Oct 2025 .. Sep 2026, major units: Dec 50,000, May 15,000, Jul 30,000, Aug 40,000, Sep 20,000
    bars = [round(patch.get_height()) for patch in axes.patches]
    assert bars == [0, 0, 50000, 0, 0, 0, 0, 15000, 0, 30000, 40000, 20000]
    # Oct 2024 .. Sep 2025: May 10,000 (ORD-4), Sep 5,000 (ORD-6)
    last_year = [round(y) for y in axes.lines[0].get_ydata()]
    assert last_year == [0, 0, 0, 0, 0, 0, 0, 10000, 0, 0, 0, 5000]


def test_a_running_period_says_how_far_it_has_got(
    qtbot: QtBot, section: DashboardSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2026, 8, 20))
    _show(qtbot, section, database)
    assert section.dates_label.text() == (
        "Jul 1, 2026 – Sep 30, 2026; in progress: figures up to Aug 20, 2026, "
        "compared with the same days"
    )
    # the trend ends with the running month: Sep 2025 (ORD-6 5,000) .. Aug 2026
    figure = section.trend_chart.figure
    assert figure is not None
    bars = [round(patch.get_height()) for patch in figure.axes[0].patches]
    assert bars == [5000, 0, 0, 50000, 0, 0, 0, 0, 15000, 0, 30000, 40000]


def test_loading_state_until_the_figures_arrive(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    with qtbot.waitSignal(section.loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(AppContext(database, Q3_2026, "geographic", "USD"))
        # the task's result can only arrive through the event loop, so this is still loading
        assert section.cards["revenue"].value_label.text() == "…"
        assert section.state_label.text() == "Loading the figures…"
    assert section.state_label.isHidden()


def test_a_new_period_keeps_the_figures_dimmed_until_its_own_arrive(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    assert not section.is_dimmed()
    q2 = AppContext(database, Period.quarter(2026, 2), "geographic", "USD")
    with qtbot.waitSignal(section.loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(q2)
        # still loading: Q3's figures stay, dimmed, under the new period's name
        assert section.cards["revenue"].value_label.text() == "$90,000"
        assert section.trend_chart.figure is not None
        assert section.is_dimmed()
        assert section.period_label.text() == "Q2 2026"
        assert section.state_label.text() == "Loading the figures…"
    assert not section.is_dimmed()
    assert section.cards["revenue"].value_label.text() == "$15,000"  # May 2026
    assert section.state_label.isHidden()


def test_empty_state_without_a_database(qtbot: QtBot, section: DashboardSection) -> None:
    section.set_context(AppContext(None, Q3_2026, "geographic", "USD"))
    assert section._pages.currentWidget() is section.empty_page


def test_trend_chart_follows_the_palette(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    section.trend_chart.setPalette(dark_palette())  # as switching to the dark scheme does
    figure = section.trend_chart.figure
    assert figure is not None
    axes = figure.axes[0]
    assert to_hex(figure.get_facecolor()) == "#2b2d30"  # the dark window
    assert to_hex(axes.patches[2].get_facecolor()) == "#2f65ca"  # the dark highlight
    assert to_rgba(axes.patches[2].get_edgecolor())[3] == 0  # bar edges stay invisible
    legend_texts = [to_hex(text.get_color()) for text in axes.get_legend().get_texts()]
    assert legend_texts == ["#e6e6e6", "#e6e6e6"]  # the dark window text


def test_delta_colour_says_whether_the_change_is_good(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    _show(qtbot, section, database)
    # fewer customers at risk than at the end of Q2 2026 (1 against A and E) is good news
    at_risk = section.cards["at_risk"]
    assert at_risk.delta_texts()[0] == "▼ -50.0% vs Q2 2026"
    assert "#1a7f37" in at_risk.delta_labels[0].styleSheet()
    # retention 33.3 points below Q3 2025 is bad news
    assert "#c62828" in section.cards["retention_rate"].delta_labels[1].styleSheet()


def _goal_texts(section: DashboardSection) -> list[str]:
    figure = section.goals_chart.figure
    assert figure is not None
    return [text.get_text() for text in figure.axes[0].texts]


def test_a_period_without_goals_is_named_when_other_periods_have_them(
    qtbot: QtBot, section: DashboardSection, tmp_path: Path
) -> None:
    path = create_sales_database(tmp_path / "goals.sqlite")
    with open_database(path, read_only=True) as database:
        _show(qtbot, section, database)  # no goal at all
        assert _goal_texts(section) == ["No goals yet"]
    with open_database(path) as database, database.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO goal (title, description, metric, owner_member_id, baseline_kind,"
            " target_value, direction, resource_notes, start_on, end_on) VALUES ('Revenue 2025',"
            " '', 'revenue', 1, 'previous_period', 100, 'higher', '', '2025-01-01', '2025-12-31')"
        )
    with open_database(path, read_only=True) as database:
        _show(qtbot, section, database)  # Q3 2026: the goal is of 2025
        assert _goal_texts(section) == ["No goals in Q3 2026"]
