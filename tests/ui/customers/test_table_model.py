"""The lazily fetching customer table model, checked by QAbstractItemModelTester while pages
arrive, the query changes and the order flips."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from salesdesk.customers.listing import CustomerQuery
from salesdesk.store.db import Database, open_database
from tests.salesdesk.customers.customers_fixture import CONTEXT, create_customer_database

from ui.customers import table_model as customer_table
from ui.customers.table_model import (
    COLUMN_KEYS,
    CUSTOMER_ID_ROLE,
    STATUS_ROLE,
    CustomerTableModel,
    Labels,
    Source,
)

LABELS = Labels(
    {"prospect": "Prospect", "current": "Current", "lost": "Lost", "at_risk": "At risk"},
    {"champions": "Champions"},
    "RUB",
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_customer_database(tmp_path / "model.sqlite")
    with open_database(path, read_only=True) as opened:
        yield opened


@pytest.fixture
def model(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> CustomerTableModel:
    monkeypatch.setattr(customer_table, "PAGE_SIZE", 4)  # 10 customers: three pages
    model = CustomerTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tester.setUseFetchMore(False)
    model.tester = tester  # type: ignore[attr-defined]  # lives as long as the model
    return model


def show(qtbot, model: CustomerTableModel, database: Database, query: CustomerQuery) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignals([model.page_loaded, model.count_known], timeout=10_000):
        model.set_source(Source(database, query, CONTEXT), LABELS)


def fetch_all(qtbot, model: CustomerTableModel) -> None:  # type: ignore[no-untyped-def]
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            model.fetchMore()


def column(model: CustomerTableModel, key: str) -> list[str]:
    col = COLUMN_KEYS.index(key)
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_pages_arrive_until_the_last(qtbot, model: CustomerTableModel, database: Database) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, model, database, CustomerQuery(sort_key="code"))
    assert model.rowCount() == 4
    assert model.total == 10
    fetch_all(qtbot, model)
    assert model.rowCount() == 10
    assert not model.canFetchMore()
    assert column(model, "code") == [f"C{i:02d}" for i in range(1, 11)]
    first = model.index(0, 0)
    assert first.data(CUSTOMER_ID_ROLE) == 1
    assert model.index(8, 0).data(STATUS_ROLE) == "at_risk"  # IOTA
    assert column(model, "status")[8] == "At risk"
    assert column(model, "lifetime_revenue")[0] == "RUB\xa04,400"  # ALFA: 440000 kopecks


def test_sorting_reruns_the_query(qtbot, model: CustomerTableModel, database: Database) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, model, database, CustomerQuery())
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.sort(COLUMN_KEYS.index("lifetime_revenue"), Qt.SortOrder.DescendingOrder)
    assert column(model, "code")[:3] == ["C01", "C10", "C03"]
    # days since the last sale, ascending = the latest sale first
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.sort(COLUMN_KEYS.index("days_since_sale"), Qt.SortOrder.AscendingOrder)
    assert column(model, "code")[:3] == ["C10", "C05", "C01"]


def test_a_filter_replaces_the_rows(qtbot, model: CustomerTableModel, database: Database) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, model, database, CustomerQuery())
    show(qtbot, model, database, CustomerQuery(status="lost", sort_key="code"))
    assert column(model, "code") == ["C02", "C03", "C08"]
    assert model.total == 3
    show(qtbot, model, database, CustomerQuery(search="nobody-by-this-name"))
    assert model.rowCount() == 0
    assert model.total == 0
