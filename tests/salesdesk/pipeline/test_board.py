"""The board's columns and cards, the list's pages, My day and the coverage of goals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.goals import coverage
from salesdesk.goals.goal import load_goal
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.stages import load_pipelines
from salesdesk.pipeline import board, myday
from salesdesk.store import editing
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.pipeline import pipeline_fixture as px

TODAY = date(2025, 3, 31)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    path = px.create_pipeline_database(
        tmp_path_factory.mktemp("board") / "deals.sqlite", engine=module_db_engine
    )
    with open_database(path) as database, database.write() as conn:
        # North's revenue goal for the first half of 2025
        editing.insert_row(
            conn,
            "goal",
            {"title": "North revenue H1", "metric": "revenue", "owner_team_id": fx.NORTH,
             "target_value": 492000, "start_on": date(2025, 1, 1), "end_on": date(2025, 6, 30)},
        )  # fmt: skip
    return path


@pytest.fixture
def conn(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    with px.read_today(db_path, monkeypatch) as connection:
        yield connection


def test_columns_carry_counts_amounts_and_weighted_amounts(conn: Connection) -> None:
    pipeline = load_pipelines(conn)[0]
    columns = board.board_columns(conn, pipeline, board.DealQuery(pipeline.id), TODAY)
    assert [(c.stage.name, c.deals, c.amount, c.weighted) for c in columns] == [
        ("Lead", 2, 50000, pytest.approx(5000)),
        ("Proposal", 1, 80000, pytest.approx(32000)),
        ("Negotiation", 1, 60000, pytest.approx(42000)),
    ]


def test_columns_follow_the_filters(conn: Connection) -> None:
    pipeline = load_pipelines(conn)[0]
    query = board.DealQuery(pipeline.id, Scope(team_id=fx.NORTH), close_to=date(2025, 3, 31))
    columns = board.board_columns(conn, pipeline, query, TODAY)
    # North's open deals: D4 (closes 15 Apr: filtered out) and D5 (20 Mar)
    assert [c.deals for c in columns] == [1, 0, 0]


def test_cards_of_a_column_biggest_first_with_their_marks(conn: Connection) -> None:
    query = board.DealQuery(px.SALES_PIPELINE, stage_id=px.LEAD)
    cards = board.fetch_cards(conn, query, TODAY, 0, 50)
    assert [(c.ref, c.customer, c.owner, c.amount) for c in cards] == [
        ("D5", "Kappa", "Vera", 40000),
        ("D8", "Zeta", None, 10000),
    ]
    d5 = cards[0]
    assert (d5.days_in_stage, d5.idle_days, d5.rotting) == (30, 30, True)
    assert d5.overdue and d5.close_passed  # a call due 25 Mar, expected close 20 Mar


def test_a_follow_up_done_keeps_a_deal_fresh(conn: Connection) -> None:
    (d4,) = board.fetch_cards(
        conn, board.DealQuery(px.SALES_PIPELINE, stage_id=px.PROPOSAL), TODAY, 0, 50
    )
    assert (d4.days_in_stage, d4.idle_days, d4.rotting, d4.overdue) == (30, 11, False, False)


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("amount", True, ["D4", "D6", "D5", "D8"]),
        ("customer", False, ["D4", "D6", "D5", "D8"]),  # Delta, Iota, Kappa, Zeta
        ("expected_close", False, ["D8", "D5", "D4", "D6"]),  # no date first
        ("weighted", True, ["D6", "D4", "D5", "D8"]),  # 42000, 32000, 4000, 1000
        ("days_in_stage", True, ["D4", "D5", "D8", "D6"]),  # 30 (D4 before D5 by id), 30, 16, 3
    ],
)
def test_the_list_sorts_in_sql(
    conn: Connection, sort: str, descending: bool, expected: list[str]
) -> None:
    query = board.DealQuery(px.SALES_PIPELINE).sorted_by(sort, descending)
    assert [c.ref for c in board.fetch_cards(conn, query, TODAY, 0, 50)] == expected
    assert board.count_deals(conn, query) == 4


def test_the_list_searches_title_ref_and_customer(conn: Connection) -> None:
    query = board.DealQuery(px.SALES_PIPELINE, search="kap")
    assert [c.ref for c in board.fetch_cards(conn, query, TODAY, 0, 50)] == ["D5"]


def test_my_day(conn: Connection) -> None:
    vera = myday.my_day(conn, fx.VERA, TODAY)
    assert [(f.deal, f.due_on) for f in vera.follow_ups] == [("Kappa renewal", date(2025, 3, 25))]
    assert [c.ref for c in vera.rotting] == ["D5"]
    boris = myday.my_day(conn, fx.BORIS, TODAY)
    assert [(f.customer, f.deal) for f in boris.follow_ups] == [("Alfa", None)]  # due today
    # Boris owns Kappa (open complaint since 1 Mar) and Alfa (open ticket of 25 Mar)
    assert [(i.customer, i.kind) for i in boris.issues] == [
        ("Kappa", "complaint"),
        ("Alfa", "service_ticket"),
    ]
    # Anna, the head of sales, owns no deals: Boris and Vera have one follow-up due each
    assert myday.default_member(conn, TODAY) == fx.BORIS


def test_pipeline_coverage_of_a_goal(conn: Connection) -> None:
    goal = load_goal(conn, 1)
    found = coverage.goal_coverage(conn, goal, TODAY)
    assert found is not None
    # North sold 420000 so far: the gap is 72000. Expected by 30 June: D4 0.4 x 80000 and
    # D5 0.1 x 40000 = 36000, half the gap.
    assert found.gap == 72000
    assert found.expected == pytest.approx(36000)
    assert found.ratio == pytest.approx(0.5)
    (listed,) = coverage.running_goal_coverage(conn, TODAY)
    assert listed.owner == "North"
