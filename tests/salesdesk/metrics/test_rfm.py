"""RFM scores and tiers, and customer lifetime value, worked out by hand on ``metric_fixture``
at 31 March 2025 (scored: the customers who bought in the 365 days after 31 March 2024; F and
M count those days)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.metrics.costs import customer_lifetime_value
from salesdesk.metrics.rfm import rfm_scores, rfm_tier, rfm_tier_counts
from salesdesk.metrics.scope import Scope
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx

DAY = date(2025, 3, 31)


@pytest.fixture(scope="module")
def db_path(
    tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest
) -> Location:
    folder = tmp_path_factory.mktemp("rfm")
    return module_db_engine.holding(fx.create_metric_database(folder / "fixture.sqlite"))


@pytest.fixture
def conn(db_path: Path) -> Iterator[Connection]:
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


@pytest.mark.parametrize(
    ("scores", "tier"),
    [
        ((4, 4, 4), "champions"),
        ((5, 4, 3), "loyal"),
        ((1, 5, 1), "loyal"),  # F >= 4 comes before "lost"
        ((4, 1, 5), "new"),
        ((2, 3, 5), "at_risk"),
        ((1, 3, 1), "at_risk"),
        ((1, 2, 5), "lost"),
        ((3, 3, 3), "needs_attention"),
        ((5, 2, 2), "needs_attention"),
    ],
)
def test_tier_rules(scores: tuple[int, int, int], tier: str) -> None:
    assert rfm_tier(*scores) == tier


def test_scores_by_quintile_among_recent_buyers(conn: Connection) -> None:
    # Scored: the 6 customers with a purchase after 31 Mar 2024 (BETA and THETA last bought
    # earlier and have no tier). A rank r (ties share the lowest) scores 1 + 5 * (r - 1) // 6:
    # ranks 1..6 -> 1, 1, 2, 3, 4, 5.
    # R by last sale, oldest first: IOTA, DELTA, GAMMA, ALFA, EPSILON, KAPPA -> 1 1 2 3 4 5
    # F by orders: DELTA, EPSILON (a line without ref), IOTA 1 -> rank 1 -> 1;
    #   GAMMA, KAPPA 2 -> rank 4 -> 3; ALFA 3 -> rank 6 -> 5
    # M by revenue: EPSILON 15000, IOTA 40000, DELTA 60000, GAMMA 125000, KAPPA 140000,
    #   ALFA 350000 -> 1 1 2 3 4 5
    scores = {s.customer_id: (s.recency, s.frequency, s.monetary, s.tier) for s in
              rfm_scores(conn, DAY)}  # fmt: skip
    assert scores == {
        fx.ALFA: (3, 5, 5, "loyal"),  # F 5 but R 3: not a champion
        fx.KAPPA: (5, 3, 4, "needs_attention"),
        fx.GAMMA: (2, 3, 3, "at_risk"),
        fx.EPSILON: (4, 1, 1, "new"),  # recent, one order: New can happen
        fx.DELTA: (1, 1, 2, "lost"),
        fx.IOTA: (1, 1, 1, "lost"),
    }


def test_tier_counts_list_every_tier(conn: Connection) -> None:
    assert rfm_tier_counts(conn, DAY) == {
        "champions": 0,
        "loyal": 1,
        "new": 1,
        "at_risk": 1,
        "lost": 2,
        "needs_attention": 1,
    }


def test_scores_within_a_scope(conn: Connection) -> None:
    # Moscow buyers by 31 Mar 2025: ALFA (last 5 Mar 2025), DELTA (1 Feb), IOTA (1 Oct 2024)
    scores = rfm_scores(conn, DAY, Scope(territory_id=fx.MOSCOW))
    recency = {s.customer_id: s.recency for s in scores}
    assert recency == {fx.IOTA: 1, fx.DELTA: 2, fx.ALFA: 4}  # 1 + 5 * (rank - 1) // 3


def test_customer_lifetime_value(conn: Connection) -> None:
    # The year 1 Apr 2024 - 31 Mar 2025: revenue 730000, cost 503000 -> margin 227000.
    # Current at its start: ALFA, BETA, THETA; at its end: ALFA, DELTA, EPSILON, IOTA, KAPPA.
    # Lost BETA and THETA: churn 2/3, lifetime 1.5 years.
    # 730000 / 5 per customer x 227000 / 730000 margin x 1.5 = 68100
    assert customer_lifetime_value(conn, DAY) == pytest.approx(68100)


def test_lifetime_value_without_churn_is_undefined(conn: Connection) -> None:
    # Moscow over the same year: current at start ALFA only, kept -> no churn
    assert customer_lifetime_value(conn, DAY, Scope(territory_id=fx.MOSCOW)) is None


def test_the_summary_counts_the_same_tiers(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    from salesdesk.customers.summary import tier_counts
    from tests.salesdesk.customers.customers_fixture import create_customer_database

    path = create_customer_database(tmp_path / "summary.sqlite", db_engine)  # built at DAY
    with open_database(path, read_only=True) as database, database.read() as conn:
        assert tier_counts(conn, DAY) == rfm_tier_counts(conn, DAY)
