"""The board model (stages with their cards, fetched lazily; drops become move requests) and
the list model (paged, sorted in SQL), both under QAbstractItemModelTester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QAbstractItemModelTester

from salesdesk.metrics.stages import load_pipelines
from salesdesk.pipeline.board import DealQuery
from salesdesk.store.db import Database, open_database
from tests.salesdesk.pipeline import pipeline_fixture as px

from ui.pipeline import board_model, list_model
from ui.pipeline.board_model import (
    CARD_TEXT_ROLE,
    COLUMN_ROLE,
    DEAL_ID_ROLE,
    MIME_TYPE,
    BoardModel,
    BoardSource,
)
from ui.pipeline.list_model import DealListModel, ListSource

ON = date(2025, 3, 31)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = px.create_pipeline_database(tmp_path / "deals.sqlite")
    with open_database(path, read_only=True) as opened:
        yield opened


def _tested(model: object) -> QAbstractItemModelTester:
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)  # type: ignore[arg-type]
    tester.setUseFetchMore(False)
    return tester


@pytest.fixture
def board(qtbot, database: Database, monkeypatch: pytest.MonkeyPatch) -> BoardModel:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(board_model, "PAGE_SIZE", 1)  # Lead holds two cards: two pages
    model = BoardModel()
    model.tester = _tested(model)  # type: ignore[attr-defined]
    with database.read() as conn:
        pipeline = load_pipelines(conn)[0]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_source(BoardSource(database, pipeline, DealQuery(pipeline.id), ON, "RUB"))
    return model


def test_the_board_has_a_row_per_stage_with_its_totals(board: BoardModel) -> None:
    assert board.rowCount() == 3
    lead = board.index(0, 0)
    column = lead.data(COLUMN_ROLE)
    assert (lead.data(), column.deals, column.amount) == ("Lead", 2, 50000)
    # the first page of Lead: the biggest deal, D5 (Kappa renewal, 400 roubles)
    card = board.index(0, 0, lead)
    text = card.data(CARD_TEXT_ROLE)
    assert (card.data(DEAL_ID_ROLE), text.title, text.rotting, text.overdue) == (
        px.D5, "Kappa renewal", True, True,
    )  # fmt: skip
    assert text.who == "Kappa · Vera"


def test_further_cards_arrive_a_page_at_a_time(qtbot, board: BoardModel) -> None:  # type: ignore[no-untyped-def]
    lead = board.index(0, 0)
    assert board.rowCount(lead) == 1 and board.canFetchMore(lead)
    with qtbot.waitSignal(board.rowsInserted, timeout=10_000):
        board.fetchMore(lead)
    assert [board.index(r, 0, lead).data(DEAL_ID_ROLE) for r in range(2)] == [px.D5, px.D8]


def test_a_card_dropped_on_another_stage_asks_to_move_it(qtbot, board: BoardModel) -> None:  # type: ignore[no-untyped-def]
    lead, negotiation = board.index(0, 0), board.index(2, 0)
    data = board.mimeData([board.index(0, 0, lead)])
    assert data.hasFormat(MIME_TYPE)
    assert board.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, negotiation)
    with qtbot.waitSignal(board.move_requested) as moved:
        # nothing moves in the model: the edit does
        assert not board.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, negotiation)
    assert moved.args == [px.D5, px.NEGOTIATION]
    # dropped on a card, it goes to that card's stage
    proposal_card = board.index(0, 0, board.index(1, 0))
    with qtbot.waitSignal(board.move_requested) as moved:
        board.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, proposal_card)
    assert moved.args == [px.D5, px.PROPOSAL]
    assert not board.canDropMimeData(QMimeData(), Qt.DropAction.MoveAction, -1, -1, negotiation)


@pytest.fixture
def listing(qtbot, monkeypatch: pytest.MonkeyPatch) -> DealListModel:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(list_model, "PAGE_SIZE", 3)  # four open deals: two pages
    model = DealListModel()
    model.tester = _tested(model)  # type: ignore[attr-defined]
    return model


def test_the_list_pages_and_sorts_in_sql(qtbot, listing: DealListModel, database: Database) -> None:  # type: ignore[no-untyped-def]
    query = DealQuery(px.SALES_PIPELINE)
    with qtbot.waitSignals([listing.page_loaded, listing.count_known], timeout=10_000):
        listing.set_source(ListSource(database, query, ON, "RUB"))
    assert listing.total == 4 and listing.rowCount() == 3
    with qtbot.waitSignal(listing.page_loaded, timeout=10_000):
        listing.fetchMore()
    assert [listing.index(r, 0).data() for r in range(4)] == [
        "Delta desks", "Iota upgrade", "Kappa renewal", "Zeta pilot",
    ]  # fmt: skip
    # the weighted column: Negotiation 0.7 x 600 roubles
    assert listing.index(1, list_model.COLUMNS.index("weighted")).data() == "RUB\xa0420"
    with qtbot.waitSignal(listing.page_loaded, timeout=10_000):
        listing.sort(list_model.COLUMNS.index("customer"), Qt.SortOrder.DescendingOrder)
    assert [listing.index(r, 1).data() for r in range(3)] == ["Zeta", "Kappa", "Iota"]
