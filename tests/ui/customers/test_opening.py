"""Opening customers: the list first sorted A→Z under an up arrow, and a customer opened from
Retention › At risk (Enter or a double-click) shown with their own row highlighted.

The data: 260 customers "Customer 001" … "Customer 260" (codes K-001 …), each with one order
120 days before today: current (inside the 365-day window) and at risk (more than 90 days
quiet). Customer n spent (261 − n) × 1,000.00, so the at-risk list, by revenue at stake, runs
001, 002, 003 …; the customer list, by name, shows 001 … 200 on its first page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QScrollArea,
    QStyle,
    QStyleOptionHeader,
)
from pytestqt.qtbot import QtBot

from salesdesk.periods import Period
from salesdesk.store.db import Database, create_database, open_database

from ui.customers.section import LIST, RETENTION, CustomersSection
from ui.customers.table_model import COLUMN_KEYS, CUSTOMER_ID_ROLE
from ui.section import AppContext
from ui.tasks import task_registry
from ui.theme import SortArrowStyle

CUSTOMERS = 260
TIMEOUT_MS = 30_000


def create_at_risk_database(path: Path, customers: int = CUSTOMERS) -> Path:
    create_database(path, company="Risky Co", currency="USD")
    sold_on = (date.today() - timedelta(days=120)).isoformat()
    with open_database(path) as database, database.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO member (id, name, role) VALUES (1, 'Rita Rep', 'representative')"
        )
        for n in range(1, customers + 1):
            conn.exec_driver_sql(
                "INSERT INTO customer (id, code, name, kind, owner_member_id, created_on, notes)"
                f" VALUES ({n}, 'K-{n:03d}', 'Customer {n:03d}', 'company', 1, '2024-01-01', '')"
            )
            amount = (customers + 1 - n) * 100_000
            conn.exec_driver_sql(
                "INSERT INTO sale (order_ref, line_ref, date, customer_id, member_id, quantity,"
                " unit_price, discount, amount, cost) VALUES"
                f" ('O-{n}', 'L-{n}', '{sold_on}', {n}, 1, 1, {amount}, 0, {amount}, 0)"
            )
    return path


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(create_at_risk_database(tmp_path / "risky.sqlite")) as opened:
        yield opened


_WINDOWS: list[QMainWindow] = []  # alive until the test ends (qtbot holds them weakly)


@pytest.fixture(autouse=True)
def _windows() -> Iterator[None]:
    yield
    for window in _WINDOWS:
        window.close()
    _WINDOWS.clear()


def idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def show_section(qtbot: QtBot, database: Database) -> CustomersSection:
    window = QMainWindow()
    window.undo_stack = QUndoStack(window)  # type: ignore[attr-defined]
    section = CustomersSection()
    window.setCentralWidget(section)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    _WINDOWS.append(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(section.ready, timeout=TIMEOUT_MS):
        period = Period.containing(date.today(), "quarter")
        section.set_context(AppContext(database, period, "geographic", "USD"))
    idle(qtbot)
    return section


def names(section: CustomersSection) -> list[str]:
    model = section.list_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def highlighted(section: CustomersSection) -> list[int]:
    """The ids of the customer list's highlighted rows."""
    table = section.list_page.table
    rows = table.selectionModel().selectedRows()
    return [index.data(CUSTOMER_ID_ROLE) for index in rows]


def show_at_risk(qtbot: QtBot, section: CustomersSection) -> None:
    page = section.retention_page
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        section.tabs.setCurrentIndex(RETENTION)
    idle(qtbot)
    assert page.at_risk.item(0, 0).text() == "Customer 001"  # the most at stake


def at_risk_cell(section: CustomersSection, row: int) -> QPoint:
    """The middle of the row's first cell, scrolled into the window's sight."""
    table = section.retention_page.at_risk
    scroll = section.retention_page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(table, 0, 0)
    table.scrollToItem(table.item(row, 0))
    spot = table.visualItemRect(table.item(row, 0)).center()
    assert QApplication.widgetAt(table.viewport().mapToGlobal(spot)) is table.viewport()
    return spot


# --- item 2: the first order is the one the arrow shows --------------------------------------


def test_the_list_first_opens_a_to_z_under_an_up_arrow(qtbot: QtBot, database: Database) -> None:
    section = show_section(qtbot, database)
    header = section.list_page.table.horizontalHeader()
    assert isinstance(header.style(), SortArrowStyle)
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("name")
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert names(section)[:3] == ["Customer 001", "Customer 002", "Customer 003"]


def test_a_first_look_at_an_empty_file_does_not_turn_the_order_round(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The header was once saved while its defaults were set up, with Qt's own descending
    order in it; the next start restored that and listed Z to A."""
    empty = tmp_path / "empty.sqlite"
    create_database(empty, company="Empty Co", currency="USD")
    with open_database(empty) as database:
        show_section(qtbot, database)
    with open_database(create_at_risk_database(tmp_path / "full.sqlite", 5)) as database:
        section = show_section(qtbot, database)
        header = section.list_page.table.horizontalHeader()
        assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert names(section) == [f"Customer {n:03d}" for n in range(1, 6)]


def _arrow_rows(order: QStyleOptionHeader.SortIndicator) -> tuple[int, int]:
    """The widths of the top and bottom rows of the header arrow the style draws."""
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    option = QStyleOptionHeader()
    option.rect = image.rect()
    option.palette = QApplication.palette()
    option.sortIndicator = order
    painter = QPainter(image)
    SortArrowStyle().drawPrimitive(
        QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, None
    )
    painter.end()
    rows = [sum(image.pixelColor(x, y).lightness() < 200 for x in range(40)) for y in range(40)]
    inked = [width for width in rows if width]
    return inked[0], inked[-1]


def test_an_ascending_column_shows_an_arrow_pointing_up() -> None:
    # QHeaderView hands the style SortDown for an ascending column; ▲ is narrow at the top.
    top, bottom = _arrow_rows(QStyleOptionHeader.SortIndicator.SortDown)
    assert top < bottom
    top, bottom = _arrow_rows(QStyleOptionHeader.SortIndicator.SortUp)
    assert top > bottom


# --- item 1: At risk opens the customer and highlights their row -------------------------------


def test_enter_opens_the_customer_and_highlights_their_row(
    qtbot: QtBot, database: Database
) -> None:
    section = show_section(qtbot, database)
    section.list_page.table.selectRow(0)  # Customer 001 highlighted in the list
    idle(qtbot)
    show_at_risk(qtbot, section)
    table = section.retention_page.at_risk
    table.setFocus()
    table.setCurrentCell(2, 0)  # Customer 003
    with qtbot.waitSignal(section.list_page.detail.loaded, timeout=TIMEOUT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    idle(qtbot)
    assert section.tabs.currentIndex() == LIST
    assert section.list_page.detail.name_label.text() == "Customer 003"
    assert highlighted(section) == [3]


def test_a_customer_out_of_sight_is_searched_for_and_highlighted(
    qtbot: QtBot, database: Database
) -> None:
    section = show_section(qtbot, database)
    page = section.list_page
    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT_MS):
        page.filters.search.setText("Customer 250")
    page.table.selectRow(0)
    idle(qtbot)
    assert highlighted(section) == [250]
    show_at_risk(qtbot, section)
    table = section.retention_page.at_risk
    table.setFocus()
    table.setCurrentCell(0, 0)  # Customer 001: not among the rows the list shows
    with qtbot.waitSignal(page.model.page_loaded, timeout=TIMEOUT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    idle(qtbot)
    assert page.filters.search.text() == "K-001"
    assert page.detail.name_label.text() == "Customer 001"
    assert highlighted(section) == [1]


def test_a_double_click_opens_exactly_the_customer_under_the_pointer(
    qtbot: QtBot, database: Database
) -> None:
    """As a user's mouse does it: each click goes to whatever is under the pointer by then.
    A single click once switched to the list, so the second click picked another customer
    there, whose profile replaced the one asked for."""
    section = show_section(qtbot, database)
    show_at_risk(qtbot, section)
    viewport = section.retention_page.at_risk.viewport()
    spot = at_risk_cell(section, 4)  # Customer 005
    where = viewport.mapToGlobal(spot)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    under_pointer = QApplication.widgetAt(where) or viewport
    with qtbot.waitSignal(section.list_page.detail.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseDClick(
            under_pointer, Qt.MouseButton.LeftButton, pos=under_pointer.mapFromGlobal(where)
        )
    idle(qtbot)
    assert section.tabs.currentIndex() == LIST
    assert section.list_page.detail.name_label.text() == "Customer 005"
    assert highlighted(section) == [5]
