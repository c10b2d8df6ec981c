"""DashboardSection: the cards and the trend chart for the hand-built data of sales_fixture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salesdesk.db import Database, open_database
from salesdesk.periods import Period
from tests.ui.sales_fixture import create_sales_database

from ui.sections.base import AppContext
from ui.sections.dashboard import DashboardSection

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
    assert section.cards["lost_customers"].delta_texts() == ["▶ +0.0% vs Q2 2026", "— vs Q3 2025"]


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


def test_loading_state_until_the_figures_arrive(
    qtbot: QtBot, section: DashboardSection, database: Database
) -> None:
    with qtbot.waitSignal(section.loaded, timeout=LOAD_TIMEOUT_MS):
        section.set_context(AppContext(database, Q3_2026, "geographic", "USD"))
        # the task's result can only arrive through the event loop, so this is still loading
        assert section.cards["revenue"].value_label.text() == "…"
        assert section.state_label.text() == "Loading the figures…"
    assert section.state_label.isHidden()


def test_empty_state_without_a_database(qtbot: QtBot, section: DashboardSection) -> None:
    section.set_context(AppContext(None, Q3_2026, "geographic", "USD"))
    assert section._pages.currentWidget() is section.empty_page
