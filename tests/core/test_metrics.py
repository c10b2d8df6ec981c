"""Every metric of SPEC §3 against numbers worked out by hand on ``metric_fixture``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk import i18n, metrics
from salesdesk.db import open_database
from salesdesk.metrics import SalesTotals, Scope
from salesdesk.periods import Period
from tests.core import metric_fixture as fx

Q1_2025 = Period.quarter(2025, 1)  # the period most tests look at
Q4_2024 = Period.quarter(2024, 4)  # its previous period
Q1_2024 = Period.quarter(2024, 1)  # the same quarter a year earlier


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.create_metric_database(tmp_path_factory.mktemp("metrics") / "fixture.sqlite")


@pytest.fixture
def conn(db_path: Path) -> Iterator[Connection]:
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


# --- sales totals ------------------------------------------------------------------------------


def test_sales_totals_of_a_quarter(conn: Connection) -> None:
    totals = metrics.sales_totals(conn, Q1_2025)
    # L1..L7: revenue 200000+30000+60000+100000+20000+15000+110000; cost likewise.
    # Orders ORD-1 (two lines), ORD-2..ORD-5 and the line without an order ref: 6.
    # Buyers ALFA, DELTA, GAMMA, EPSILON, KAPPA; new: DELTA and EPSILON (first sale ever in Q1).
    assert totals == SalesTotals(
        revenue=535000, orders=6, units=10, buying_customers=5, new_customers=2, cost=380000
    )
    assert totals.gross_margin == 155000
    assert totals.margin_pct == pytest.approx(155000 / 535000)
    assert totals.average_order_value == pytest.approx(535000 / 6)


def test_a_line_without_order_ref_is_its_own_order(conn: Connection) -> None:
    march_20 = Period(date(2025, 3, 20), date(2025, 3, 20))  # only L6, which has no order ref
    assert metrics.sales_totals(conn, march_20).orders == 1


def test_empty_period(conn: Connection) -> None:
    totals = metrics.sales_totals(conn, Period.month(2024, 8))
    assert totals == SalesTotals(0, 0, 0, 0, 0, 0)
    assert totals.average_order_value is None
    assert totals.margin_pct is None


def test_new_customers_need_their_first_sale_ever_in_the_period(conn: Connection) -> None:
    assert metrics.sales_totals(conn, Q4_2024).new_customers == 2  # IOTA 1 Oct, KAPPA 20 Dec
    assert metrics.sales_totals(conn, Q1_2024).new_customers == 2  # BETA 5 Jan, ALFA 10 Feb
    # ALFA bought a Monitor for the first time in March 2025 but had bought before: not new.
    monitors = metrics.sales_totals(conn, Period.month(2025, 3), Scope(product_id=fx.MONITOR))
    assert (monitors.buying_customers, monitors.new_customers) == (1, 0)


@pytest.mark.parametrize(
    ("scope", "revenue", "orders", "buyers"),
    [
        (Scope(member_id=fx.BORIS), 250000, 2, 1),  # L1, L2, L5
        (Scope(team_id=fx.NORTH), 420000, 4, 3),  # Boris and Vera (sub-team): L1-L3, L5, L7
        (Scope(team_id=fx.NORTH_KEY_ACCOUNTS), 170000, 2, 2),  # Vera: L3, L7
        (Scope(team_id=fx.SALES_TEAM), 520000, 5, 4),  # all credited lines; L6 has no member
        (Scope(territory_id=fx.RUSSIA), 535000, 6, 5),
        (Scope(territory_id=fx.CENTRAL), 520000, 5, 4),  # Central and Moscow: all but L6
        (Scope(territory_id=fx.SIBERIA), 15000, 1, 1),  # EPSILON in Novosibirsk: L6
        (Scope(category_id=fx.HARDWARE), 490000, 5, 4),  # Laptops and Monitors
        (Scope(category_id=fx.LAPTOPS), 410000, 3, 3),
        (Scope(product_id=fx.SUPPORT), 45000, 2, 2),
        (Scope(account_type_id=fx.SMALL), 60000, 1, 1),
        (Scope(channel_id=fx.ECOMMERCE), 115000, 2, 2),
        (Scope(territory_id=fx.CENTRAL, channel_id=fx.ECOMMERCE), 100000, 1, 1),  # L4
        (Scope(team_id=fx.NORTH, category_id=fx.LAPTOPS), 310000, 2, 2),  # L1, L7
    ],
)
def test_scoped_sales_totals(
    conn: Connection, scope: Scope, revenue: int, orders: int, buyers: int
) -> None:
    totals = metrics.sales_totals(conn, Q1_2025, scope)
    assert (totals.revenue, totals.orders, totals.buying_customers) == (revenue, orders, buyers)


# --- breakdowns --------------------------------------------------------------------------------


def _rows(groups: list[metrics.GroupTotals]) -> list[tuple[str, int, int, int]]:
    return [(g.name, g.totals.revenue, g.totals.orders, g.totals.new_customers) for g in groups]


BREAKDOWN_CASES = {
    "member": [
        ("Boris", 250000, 2, 0),
        ("Vera", 170000, 2, 1),  # DELTA is new
        ("Gleb", 100000, 1, 0),
        ("(not set)", 15000, 1, 1),  # L6 credited to nobody; EPSILON is new
    ],
    "team": [
        ("North", 250000, 2, 0),  # Boris's own team; no roll-up to the parent
        ("North Key Accounts", 170000, 2, 1),
        ("South", 100000, 1, 0),
        ("(not set)", 15000, 1, 1),
    ],
    "territory": [  # the customer's own territory, not its ancestors
        ("Moscow", 310000, 3, 1),  # ALFA L1 L2 L5, DELTA L3
        ("Central", 210000, 2, 0),  # GAMMA L4, KAPPA L7
        ("Novosibirsk", 15000, 1, 1),
    ],
    "product": [
        ("Laptop Pro", 410000, 3, 0),
        ("Monitor", 80000, 2, 1),
        ("Support plan", 45000, 2, 1),
    ],
    "category": [
        ("Laptops", 410000, 3, 0),
        ("Hardware", 80000, 2, 1),
        ("Services", 45000, 2, 1),
    ],
    "account-type": [("Corporate", 475000, 5, 1), ("Small business", 60000, 1, 1)],
    "channel": [("Field sales", 420000, 4, 1), ("E-commerce", 115000, 2, 1)],
    "month": [
        ("January 2025", 230000, 1, 0),
        ("February 2025", 160000, 2, 1),
        ("March 2025", 145000, 3, 1),
    ],
    "quarter": [("Q1 2025", 535000, 6, 2)],
}


@pytest.mark.parametrize("by", metrics.BREAKDOWNS)
def test_breakdown(conn: Connection, by: str) -> None:
    assert _rows(metrics.sales_breakdown(conn, Q1_2025, by)) == BREAKDOWN_CASES[by]


def test_breakdown_keys(conn: Connection) -> None:
    members = metrics.sales_breakdown(conn, Q1_2025, "member")
    assert [g.key for g in members] == [fx.BORIS, fx.VERA, fx.GLEB, None]
    months = metrics.sales_breakdown(conn, Q1_2025, "month")
    assert [g.key for g in months] == [Period.month(2025, m) for m in (1, 2, 3)]


def test_quarters_are_zero_filled(conn: Connection) -> None:
    quarters = metrics.sales_breakdown(conn, Period.year(2024), "quarter")
    # Q1: L11 + L12; Q2: L13; Q3: nothing; Q4: L8 + L9 + L10. New: BETA and ALFA in Q1,
    # GAMMA in Q2, IOTA and KAPPA in Q4 - ALFA buys again in Q4 but is new only in Q1.
    assert _rows(quarters) == [
        ("Q1 2024", 190000, 2, 2),
        ("Q2 2024", 25000, 1, 1),
        ("Q3 2024", 0, 0, 0),
        ("Q4 2024", 170000, 3, 2),
    ]


def test_fiscal_quarters(tmp_path: Path) -> None:
    path = fx.create_metric_database(tmp_path / "fiscal.sqlite", fiscal_year_start_month=4)
    with open_database(path, read_only=True) as database, database.read() as connection:
        quarters = metrics.sales_breakdown(connection, Period.year(2024), "quarter")
    # Calendar 2024 overlaps Q4 of fiscal 2023/24 (Jan-Mar) and Q1-Q3 of fiscal 2024/25.
    assert _rows(quarters) == [
        ("Q4 FY 2023/24", 190000, 2, 2),
        ("Q1 FY 2024/25", 25000, 1, 1),
        ("Q2 FY 2024/25", 0, 0, 0),
        ("Q3 FY 2024/25", 170000, 3, 2),
    ]
    assert quarters[0].key == Period(date(2024, 1, 1), date(2024, 3, 31))


def test_breakdown_respects_scope(conn: Connection) -> None:
    rows = metrics.sales_breakdown(conn, Q1_2025, "member", Scope(category_id=fx.LAPTOPS))
    assert _rows(rows) == [("Boris", 200000, 1, 0), ("Vera", 110000, 1, 0), ("Gleb", 100000, 1, 0)]


def test_breakdown_names_follow_language(conn: Connection) -> None:
    with i18n.language_set_to("ru"):
        months = metrics.sales_breakdown(conn, Q1_2025, "month")
    assert [g.name for g in months] == ["Январь 2025", "Февраль 2025", "Март 2025"]


def test_unknown_breakdown(conn: Connection) -> None:
    with pytest.raises(ValueError, match="unknown breakdown"):
        metrics.sales_breakdown(conn, Q1_2025, "colour")


def test_monthly_revenue_is_zero_filled(conn: Connection) -> None:
    assert metrics.monthly_revenue(conn, date(2024, 7, 15), 6) == [
        (date(2024, 7, 1), 0),
        (date(2024, 8, 1), 0),
        (date(2024, 9, 1), 0),
        (date(2024, 10, 1), 40000),  # L9
        (date(2024, 11, 1), 100000),  # L8
        (date(2024, 12, 1), 30000),  # L10
    ]
    march = metrics.monthly_revenue(conn, date(2025, 3, 1), 1, Scope(member_id=fx.VERA))
    assert march == [(date(2025, 3, 1), 110000)]  # L7


def test_load_settings(conn: Connection) -> None:
    settings = metrics.load_settings(conn)
    assert (settings.currency, settings.retention_window_days, settings.at_risk_days) == (
        "RUB",
        365,
        90,
    )
    assert settings.fiscal_year_start_month == 1
