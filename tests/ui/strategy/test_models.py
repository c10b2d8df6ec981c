"""The Strategy item models under QAbstractItemModelTester, on the hand-worked strategy
fixture (tests/salesdesk/strategy/strategy_fixture.py): texts, alignment, stale greying, sorting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import Connection

from salesdesk.periods import Period
from salesdesk.store.db import open_database
from salesdesk.strategy import catalogue, channels, competitors, research
from tests.salesdesk.strategy import strategy_fixture as sf

from ui.strategy.catalogue_model import CATEGORY_ID_ROLE, CategoryTreeModel, ProductTableModel
from ui.strategy.channels_model import ChannelTableModel
from ui.strategy.market_model import (
    CompetitorTableModel,
    PriceComparisonModel,
    PriceHistoryModel,
)
from ui.strategy.research_model import ResearchNoteModel
from ui.strategy.table_model import RECORD_ROLE

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    path = sf.create_strategy_database(tmp_path / "models.sqlite")
    with open_database(path) as database, database.read() as connection:
        yield connection


def checked(model: QAbstractItemModel) -> QAbstractItemModel:
    QAbstractItemModelTester(model, FATAL)
    return model


def row_texts(model: QAbstractItemModel, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def headers(model: QAbstractItemModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def is_greyed(model: QAbstractItemModel, row: int, column: int) -> bool:
    grey = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    return model.index(row, column).data(Qt.ItemDataRole.ForegroundRole) == grey


def test_comparison_has_a_column_per_competitor(qtbot: object, conn: Connection) -> None:
    model = PriceComparisonModel()
    checked(model)
    model.currency = "USD"
    model.set_comparison(competitors.price_comparison(conn, sf.TODAY))
    assert headers(model) == [
        "Product", "Our price", "Acme", "Bolt", "Lowest", "Average", "Highest", "Ours vs average"
    ]  # fmt: skip
    # Laptop Pro: Acme 900.00 (ours +11.1%), Bolt 1,100.00 (ours -9.1%, stale)
    assert row_texts(model, 0) == [
        "Laptop Pro (LAP-1)", "$1,000.00", "$900.00 (+11.1%)", "$1,100.00 (-9.1%) *",
        "$900.00", "$1,000.00", "$1,100.00", "0.0%",
    ]  # fmt: skip
    assert row_texts(model, 1)[3] == "—"  # Bolt has no Monitor price
    assert is_greyed(model, 0, 3) and not is_greyed(model, 0, 2)
    tip = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "Bolt: seen on Mar 1, 2026; ours is -9.1% against it. Older than 6 months: it may no "
        "longer hold."
    )
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right


def test_sorting_keeps_the_records_with_their_texts(qtbot: object, conn: Connection) -> None:
    model = PriceComparisonModel()
    checked(model)
    model.set_comparison(competitors.price_comparison(conn, sf.TODAY))
    model.sort(7, Qt.SortOrder.AscendingOrder)  # ours vs average: Monitor -20% first
    assert model.index(0, 0).data() == "Monitor (MON-1)"
    assert model.index(0, 0).data(RECORD_ROLE).name == "Monitor"
    model.sort(2, Qt.SortOrder.DescendingOrder)  # Acme's price: Laptop 900 before Monitor 250
    assert model.index(0, 0).data() == "Laptop Pro (LAP-1)"


def test_competitors_and_their_price_history(qtbot: object, conn: Connection) -> None:
    listing = CompetitorTableModel(today=sf.TODAY)
    checked(listing)
    listing.set_records(competitors.load_competitors(conn))
    assert row_texts(listing, 0) == ["Acme", "25%", "Nov 1, 2026"]
    assert row_texts(listing, 1) == ["Bolt", "—", "Mar 1, 2026"]
    assert is_greyed(listing, 1, 2)  # last checked more than 6 months ago
    history = PriceHistoryModel(today=sf.TODAY)
    checked(history)
    history.currency = "USD"
    history.set_records(competitors.price_history(conn, competitor_id=sf.ACME))
    assert row_texts(history, 0) == [
        "Nov 1, 2026", "Monitor (MON-1)", "Acme View", "$250.00", "store visit"
    ]  # fmt: skip
    assert is_greyed(history, 2, 0)  # 2026-01-10


def test_catalogue_and_categories(qtbot: object, conn: Connection) -> None:
    products = ProductTableModel()
    checked(products)
    products.currency = "USD"
    products.set_records(catalogue.load_products(conn))
    assert row_texts(products, 2) == [
        "SUP-1", "Support plan", "Services", "$50.00", "$150.00", "$100.00", "66.7%"
    ]  # fmt: skip
    tree = CategoryTreeModel()
    checked(tree)
    tree.set_categories(catalogue.load_category_tree(conn), total_products=3)
    everything = tree.index(0, 0)
    assert everything.data() == "All products (3)"
    assert everything.data(CATEGORY_ID_ROLE) is None
    hardware = tree.index(0, 0, everything)
    assert (hardware.data(), tree.index(0, 0, hardware).data()) == ("Hardware", "Laptops")
    assert tree.index_of(3).data() == "Services"


def test_channels(qtbot: object, conn: Connection) -> None:
    model = ChannelTableModel()
    checked(model)
    model.currency = "USD"
    model.set_records(channels.channel_performance(conn, Period.quarter(2025, 1)))
    # Field sales: 4,200 revenue, 4 orders, 3 customers, 1,200 margin, 4,000 spend, 1 new
    assert row_texts(model, 0) == [
        "Field sales", "Offline", "$4,200", "4", "3", "$1,200", "28.6%", "$4,000", "1", "$4,000",
    ]  # fmt: skip
    assert row_texts(model, 2)[-1] == "—"  # Store: no new customers, no CAC


def test_research_notes(qtbot: object, conn: Connection) -> None:
    model = ResearchNoteModel()
    checked(model)
    model.set_records(research.load_notes(conn))
    assert row_texts(model, 0) == [
        "Oct 2, 2026", "Market research", "Acme price check", "pricing, competitors", "Acme"
    ]  # fmt: skip
    assert model.index(1, 0).data(RECORD_ROLE).date == date(2026, 6, 15)
