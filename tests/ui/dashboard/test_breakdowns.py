"""The dashboard's breakdown charts and the lists behind its numbers, on sales_fixture (Q3 2026:
Ned sold 60,000.00 (ORD-2, ORD-3), Mia 30,000.00 (ORD-5); no customer has a territory)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from salesdesk import i18n
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.ui.sales_fixture import MIA, NED, create_sales_database

from ui.dashboard.section import DashboardSection
from ui.section import AppContext
from ui.widgets.drill_down import DrillDownDialog

Q3_2026 = Period.quarter(2026, 3)
TIMEOUT_MS = 30_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_sales_database(tmp_path / "sales.sqlite")
    with open_database(path) as database:
        yield database


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> DashboardSection:
    section = DashboardSection()
    qtbot.addWidget(section)
    section.resize(1200, 1400)
    with qtbot.waitSignal(section.loaded, timeout=TIMEOUT_MS):
        section.set_context(AppContext(database, Q3_2026, "geographic", "USD"))
    return section


def _names(groups: list) -> list[tuple[str, int]]:
    return [(g.name, g.revenue) for g in groups]


def test_breakdown_charts(section: DashboardSection) -> None:
    breakdowns = section._breakdowns
    assert breakdowns is not None
    assert _names(breakdowns.top_members) == [("Ned", 6_000_000), ("Mia", 3_000_000)]
    assert breakdowns.bottom_members == []  # two members with sales: both are in the top
    assert _names(breakdowns.lens_groups) == [("(not set)", 9_000_000)]
    assert breakdowns.goals == []
    assert section.lens_title.text() == "Revenue by territory"
    for chart in (section.lens_chart, section.goals_chart, section.members_chart):
        assert chart.figure is not None
    texts = [t.get_text() for t in section.goals_chart.figure.axes[0].texts]
    assert "No goals yet" in texts


def test_the_stored_aggregates_are_built_before_loading(
    section: DashboardSection, database: Database
) -> None:
    from salesdesk.metrics import aggregates

    with database.read() as conn:
        assert aggregates.built(conn) is not None  # the section's load built them


def _drill_rows(qtbot: QtBot, dialog: DrillDownDialog | None) -> list[list[str]]:
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.note.text() != "Loading…", timeout=TIMEOUT_MS)
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_click_on_the_new_customers_card_lists_them(
    qtbot: QtBot, section: DashboardSection
) -> None:
    qtbot.mouseClick(section.cards["new_customers"], Qt.MouseButton.LeftButton)
    assert _drill_rows(qtbot, section.last_drill) == [["C", "Customer C", "Mia", "$30,000"]]


def test_the_cards_are_buttons_the_keyboard_reaches(
    qtbot: QtBot, section: DashboardSection
) -> None:
    section.show()
    qtbot.waitExposed(section)
    revenue, orders = section.cards["revenue"], section.cards["orders"]
    revenue.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(revenue.hasFocus, timeout=TIMEOUT_MS)
    assert revenue.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(revenue, Qt.Key.Key_Tab)  # the next card in reading order
    assert orders.hasFocus()
    qtbot.keyClick(section.focusWidget(), Qt.Key.Key_Backtab)
    with qtbot.waitSignal(revenue.clicked, timeout=TIMEOUT_MS):
        qtbot.keyClick(revenue, Qt.Key.Key_Return)
    assert _drill_rows(qtbot, section.last_drill) == [
        ["Ned", "$60,000", "66.7%"],
        ["Mia", "$30,000", "33.3%"],
    ]
    new_customers = section.cards["new_customers"]
    new_customers.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(new_customers.clicked, timeout=TIMEOUT_MS):
        qtbot.keyClick(new_customers, Qt.Key.Key_Space)
    assert _drill_rows(qtbot, section.last_drill) == [["C", "Customer C", "Mia", "$30,000"]]


def test_the_lost_customers_card_lists_them(qtbot: QtBot, section: DashboardSection) -> None:
    section.drill_card("lost_customers")  # E, last sale 10 Sep 2025: nothing in Q3 2026
    assert _drill_rows(qtbot, section.last_drill) == [["E", "Customer E", "Ned", "$0"]]


def test_the_revenue_card_lists_members(qtbot: QtBot, section: DashboardSection) -> None:
    section.drill_card("revenue")
    assert _drill_rows(qtbot, section.last_drill) == [
        ["Ned", "$60,000", "66.7%"],
        ["Mia", "$30,000", "33.3%"],
    ]


def test_a_member_bar_lists_their_customers(qtbot: QtBot, section: DashboardSection) -> None:
    section.members_chart.picked.emit(str(NED))
    assert _drill_rows(qtbot, section.last_drill) == [["A", "Customer A", "Ned", "$60,000"]]
    section.members_chart.picked.emit(str(MIA))
    assert _drill_rows(qtbot, section.last_drill) == [["C", "Customer C", "Mia", "$30,000"]]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_dashboard_renders(qtbot: QtBot, database: Database, tmp_path: Path, language: str) -> None:
    i18n.set_language(language)
    section = DashboardSection()
    qtbot.addWidget(section)
    section.resize(1200, 1400)
    section.show()
    with qtbot.waitSignal(section.loaded, timeout=TIMEOUT_MS):
        section.set_context(AppContext(database, Q3_2026, "product", "USD"))
    image = section.content_page.widget().grab()
    path = tmp_path / f"dashboard_{language}.png"
    assert image.save(str(path))
    assert image.width() >= 1000 and path.stat().st_size > 20_000
