"""The coverage models under Qt's model tester, on team_fixture's coverage report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from salesdesk.store.db import open_database
from salesdesk.team.coverage import CoverageReport, analyse_coverage
from tests.salesdesk.team.team_fixture import (
    MOSCOW,
    MURMANSK,
    OCTOBER,
    TODAY,
    TVER,
    create_team_database,
)

from ui.team.coverage_model import (
    CUSTOMERS_COLUMN,
    GAP_BRUSH,
    HOLDERS_COLUMN,
    ITEM_ROLE,
    OVERLAP_BRUSH,
    REVENUE_COLUMN,
    CoverageTreeModel,
    LoadTableModel,
)


@pytest.fixture
def report(tmp_path: Path) -> CoverageReport:
    path = create_team_database(tmp_path / "team.sqlite")
    with open_database(path, read_only=True) as database, database.read() as conn:
        return analyse_coverage(conn, "geographic", OCTOBER, today=TODAY)


def test_the_tree_nests_items_and_tints_gaps_and_overlaps(
    qtbot: object, report: CoverageReport
) -> None:
    model = CoverageTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_report(report, "RUB")
    russia = model.index(0, 0)
    assert model.rowCount() == 1 and russia.data() == "Russia"
    central = model.index(0, 0, russia)
    assert [model.index(r, 0, central).data() for r in range(2)] == ["Moscow", "Tver"]
    moscow, tver, murmansk = (model.index_of_item(i) for i in (MOSCOW, TVER, MURMANSK))
    assert moscow.data(ITEM_ROLE).id == MOSCOW
    assert moscow.siblingAtColumn(HOLDERS_COLUMN).data() == "Cat, Dan"
    assert moscow.data(Qt.ItemDataRole.BackgroundRole) == OVERLAP_BRUSH
    assert tver.siblingAtColumn(HOLDERS_COLUMN).data() == "East (via Central)"
    assert murmansk.data(Qt.ItemDataRole.BackgroundRole) == GAP_BRUSH
    assert murmansk.siblingAtColumn(CUSTOMERS_COLUMN).data() == "2"
    assert murmansk.siblingAtColumn(REVENUE_COLUMN).data() == "RUB\xa03,000"
    assert model.index_of_item(5).siblingAtColumn(HOLDERS_COLUMN).data() == "left: Eve"
    model.set_report(None, "RUB")
    assert model.rowCount() == 0 and not model.index_of_item(MOSCOW).isValid()


def test_loads_list_members_with_a_capacity_overloaded_first(
    qtbot: object, report: CoverageReport
) -> None:
    model = LoadTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_loads(report.loads)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [["Cat", "3", "2", "1"], ["Dan", "0", "5", ""]]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == GAP_BRUSH
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == 4
