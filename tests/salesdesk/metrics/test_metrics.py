"""Every metric of SPEC §3 against numbers worked out by hand on ``metric_fixture``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk import i18n
from salesdesk.metrics import clock
from salesdesk.metrics.clock import closing_day, elapsed_part
from salesdesk.metrics.costs import acquisition_cost, retention_cost
from salesdesk.metrics.customer_counts import (
    at_risk_count,
    at_risk_customer_ids,
    customer_flow,
    customer_status_counts,
)
from salesdesk.metrics.flow import CustomerFlow
from salesdesk.metrics.kpis import Kpi, dashboard_kpis, growth, metric_value
from salesdesk.metrics.sales import (
    BREAKDOWNS,
    GroupTotals,
    SalesTotals,
    monthly_revenue,
    sales_breakdown,
    sales_totals,
)
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period
from salesdesk.settings import load_settings
from salesdesk.store.db import open_database
from salesdesk.store.models import GoalMetric
from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx

Q1_2025 = Period.quarter(2025, 1)  # the period most tests look at
Q4_2024 = Period.quarter(2024, 4)  # its previous period
Q1_2024 = Period.quarter(2024, 1)  # the same quarter a year earlier


@pytest.fixture(scope="module")
def db_path(
    tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest
) -> Location:
    folder = tmp_path_factory.mktemp("metrics")
    return module_db_engine.holding(fx.create_metric_database(folder / "fixture.sqlite"))


@pytest.fixture
def conn(db_path: Location) -> Iterator[Connection]:
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


# --- sales totals ------------------------------------------------------------------------------


def test_sales_totals_of_a_quarter(conn: Connection) -> None:
    totals = sales_totals(conn, Q1_2025)
    # L1..L7: revenue 200000+30000+60000+100000+20000+15000+110000; cost likewise.
    # Orders ORD-1 (two lines), ORD-2..ORD-5 and the line without an order ref: 6.
    # Buyers ALFA, DELTA, GAMMA, EPSILON, KAPPA; new: DELTA and EPSILON (first sale ever in Q1).
    assert totals == SalesTotals(
        revenue=535000,
        orders=6,
        units=10,
        buying_customers=5,
        new_customers=2,
        cost=380000,
        costed_revenue=535000,  # every line's cost is known
    )
    assert totals.gross_margin == 155000
    assert totals.margin_pct == pytest.approx(155000 / 535000)
    assert totals.average_order_value == pytest.approx(535000 / 6)


def test_a_line_without_order_ref_is_its_own_order(conn: Connection) -> None:
    march_20 = Period(date(2025, 3, 20), date(2025, 3, 20))  # only L6, which has no order ref
    assert sales_totals(conn, march_20).orders == 1


def test_empty_period(conn: Connection) -> None:
    totals = sales_totals(conn, Period.month(2024, 8))
    assert totals == SalesTotals(0, 0, 0, 0, 0, None, 0)  # no cost known: margin unknown
    assert totals.average_order_value is None
    assert totals.margin_pct is None


def test_new_customers_need_their_first_sale_ever_in_the_period(conn: Connection) -> None:
    assert sales_totals(conn, Q4_2024).new_customers == 2  # IOTA 1 Oct, KAPPA 20 Dec
    assert sales_totals(conn, Q1_2024).new_customers == 2  # BETA 5 Jan, ALFA 10 Feb
    # ALFA bought a Monitor for the first time in March 2025 but had bought before: not new.
    monitors = sales_totals(conn, Period.month(2025, 3), Scope(product_id=fx.MONITOR))
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
    totals = sales_totals(conn, Q1_2025, scope)
    assert (totals.revenue, totals.orders, totals.buying_customers) == (revenue, orders, buyers)


# --- breakdowns --------------------------------------------------------------------------------


def _rows(groups: list[GroupTotals]) -> list[tuple[str, int, int, int]]:
    return [(g.name, g.totals.revenue, g.totals.orders, g.totals.new_customers) for g in groups]


BREAKDOWN_CASES = {
    "member": [
        ("Boris", 250000, 2, 0),
        ("Vera", 170000, 2, 1),  # DELTA is new
        ("Gleb", 100000, 1, 0),
        ("(not set)", 15000, 1, 1),  # L6 credited to nobody; EPSILON is new
    ],
    "team": [  # a team includes its sub-teams (SPEC §3a Roll-up)
        ("Sales", 520000, 5, 1),  # Boris, Vera and Gleb
        ("North", 420000, 4, 1),  # Boris and Vera (North Key Accounts)
        ("North Key Accounts", 170000, 2, 1),  # DELTA's first purchase was Vera's
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


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_breakdown(conn: Connection, by: str) -> None:
    assert _rows(sales_breakdown(conn, Q1_2025, by)) == BREAKDOWN_CASES[by]


def test_breakdown_keys(conn: Connection) -> None:
    members = sales_breakdown(conn, Q1_2025, "member")
    assert [g.key for g in members] == [fx.BORIS, fx.VERA, fx.GLEB, None]
    months = sales_breakdown(conn, Q1_2025, "month")
    assert [g.key for g in months] == [Period.month(2025, m) for m in (1, 2, 3)]


def test_quarters_are_zero_filled(conn: Connection) -> None:
    quarters = sales_breakdown(conn, Period.year(2024), "quarter")
    # Q1: L11 + L12; Q2: L13; Q3: nothing; Q4: L8 + L9 + L10. New: BETA and ALFA in Q1,
    # GAMMA in Q2, IOTA and KAPPA in Q4 - ALFA buys again in Q4 but is new only in Q1.
    assert _rows(quarters) == [
        ("Q1 2024", 190000, 2, 2),
        ("Q2 2024", 25000, 1, 1),
        ("Q3 2024", 0, 0, 0),
        ("Q4 2024", 170000, 3, 2),
    ]


def test_fiscal_quarters(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    path = db_engine.holding(
        fx.create_metric_database(tmp_path / "fiscal.sqlite", fiscal_year_start_month=4)
    )
    with open_database(path, read_only=True) as database, database.read() as connection:
        quarters = sales_breakdown(connection, Period.year(2024), "quarter")
    # Calendar 2024 overlaps Q4 of fiscal 2023/24 (Jan-Mar) and Q1-Q3 of fiscal 2024/25.
    assert _rows(quarters) == [
        ("Q4 FY 2023/24", 190000, 2, 2),
        ("Q1 FY 2024/25", 25000, 1, 1),
        ("Q2 FY 2024/25", 0, 0, 0),
        ("Q3 FY 2024/25", 170000, 3, 2),
    ]
    assert quarters[0].key == Period(date(2024, 1, 1), date(2024, 3, 31))


def test_breakdown_respects_scope(conn: Connection) -> None:
    rows = sales_breakdown(conn, Q1_2025, "member", Scope(category_id=fx.LAPTOPS))
    assert _rows(rows) == [("Boris", 200000, 1, 0), ("Vera", 110000, 1, 0), ("Gleb", 100000, 1, 0)]


def test_breakdown_names_follow_language(conn: Connection) -> None:
    with i18n.language_set_to("ru"):
        months = sales_breakdown(conn, Q1_2025, "month")
    assert [g.name for g in months] == ["Январь 2025", "Февраль 2025", "Март 2025"]


def test_unknown_breakdown(conn: Connection) -> None:
    with pytest.raises(ValueError, match="unknown breakdown"):
        sales_breakdown(conn, Q1_2025, "colour")


def test_monthly_revenue_is_zero_filled(conn: Connection) -> None:
    assert monthly_revenue(conn, date(2024, 7, 15), 6) == [
        (date(2024, 7, 1), 0),
        (date(2024, 8, 1), 0),
        (date(2024, 9, 1), 0),
        (date(2024, 10, 1), 40000),  # L9
        (date(2024, 11, 1), 100000),  # L8
        (date(2024, 12, 1), 30000),  # L10
    ]
    march = monthly_revenue(conn, date(2025, 3, 1), 1, Scope(member_id=fx.VERA))
    assert march == [(date(2025, 3, 1), 110000)]  # L7


def test_load_settings(conn: Connection) -> None:
    settings = load_settings(conn)
    assert (settings.currency, settings.retention_window_days, settings.at_risk_days) == (
        "RUB",
        365,
        90,
    )
    assert settings.fiscal_year_start_month == 1


# --- customers -----------------------------------------------------------------------------
#
# W = 365 days. Q1 2025 opens at the end of 2024-12-31 (current: last sale after 2024-01-01,
# since 2024 is a leap year) and closes at the end of 2025-03-31 (last sale after 2024-03-31).


def test_customer_flow_of_a_quarter(conn: Connection) -> None:
    flow = customer_flow(conn, Q1_2025)
    # current at start: ALFA, BETA (5 Jan 2024), GAMMA (override applies only from its last
    # sale on 20 Feb 2025), IOTA, KAPPA. Current at end: ALFA, DELTA, EPSILON, IOTA, KAPPA.
    # Lost: BETA (window ran out) and GAMMA (override). Prospects at start: DELTA, ETA;
    # created in Q1: EPSILON, ZETA; converted: DELTA (prospect) and EPSILON (created in Q1).
    assert flow == CustomerFlow(
        current_at_start=5,
        current_at_end=5,
        retained=3,
        lost=2,
        new=2,
        prospects_at_start=2,
        created_in_period=2,
        converted=2,
    )
    assert flow.retention_rate == pytest.approx(0.6)
    assert flow.churn_rate == pytest.approx(0.4)
    assert flow.conversion_rate == pytest.approx(2 / 4)


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        # BETA lost, EPSILON created in Q1 and converted; THETA long lost.
        (Scope(territory_id=fx.SIBERIA), (1, 1, 0, 1, 1, 0, 1, 1)),
        # Owners Boris and Vera: ALFA, DELTA, KAPPA, BETA, ETA, IOTA.
        (Scope(team_id=fx.NORTH), (4, 4, 3, 1, 1, 2, 0, 1)),
        # Vera only: BETA, ETA, IOTA.
        (Scope(team_id=fx.NORTH_KEY_ACCOUNTS), (2, 1, 1, 1, 0, 1, 0, 0)),
        (Scope(member_id=fx.VERA), (2, 1, 1, 1, 0, 1, 0, 0)),
        # Only laptop sales count: ALFA current at start; ALFA and KAPPA at the end; no new
        # customer bought a laptop, so none converted; prospects never bought anything.
        (Scope(category_id=fx.LAPTOPS), (1, 2, 1, 0, 0, 2, 2, 0)),
    ],
)
def test_scoped_customer_flow(conn: Connection, scope: Scope, expected: tuple[int, ...]) -> None:
    assert customer_flow(conn, Q1_2025, scope) == CustomerFlow(*expected)


def test_rates_without_a_base(conn: Connection) -> None:
    flow = customer_flow(conn, Q1_2025, Scope(territory_id=fx.MOSCOW, member_id=fx.ANNA))
    assert flow == CustomerFlow(0, 0, 0, 0, 0, 0, 0, 0)
    assert (flow.retention_rate, flow.churn_rate, flow.conversion_rate) == (None, None, None)


def test_retention_across_the_window_edge(conn: Connection) -> None:
    # BETA's only sale is on 5 Jan 2024; 365 days later, on 4 Jan 2025, it is lost.
    vera = Scope(member_id=fx.VERA)  # owns BETA, ETA (prospect) and IOTA
    on_3_jan = customer_status_counts(conn, date(2025, 1, 3), vera)
    on_4_jan = customer_status_counts(conn, date(2025, 1, 4), vera)
    assert on_3_jan == {"prospect": 1, "current": 2, "lost": 0}
    assert on_4_jan == {"prospect": 1, "current": 1, "lost": 1}
    kept = customer_flow(conn, Period(date(2025, 1, 1), date(2025, 1, 3)), vera)
    dropped = customer_flow(conn, Period(date(2025, 1, 1), date(2025, 1, 4)), vera)
    assert (kept.retained, kept.lost, kept.retention_rate) == (2, 0, 1.0)
    assert (dropped.retained, dropped.lost, dropped.retention_rate) == (1, 1, 0.5)


def test_status_counts(conn: Connection) -> None:
    assert customer_status_counts(conn, date(2025, 3, 31)) == {
        "prospect": 2,  # ZETA, ETA
        "current": 5,  # ALFA, DELTA, EPSILON, IOTA, KAPPA
        "lost": 3,  # BETA, GAMMA, THETA
    }
    # ZETA and EPSILON do not exist yet at the end of 2024.
    assert customer_status_counts(conn, date(2024, 12, 31)) == {
        "prospect": 2,  # DELTA, ETA
        "current": 5,  # ALFA, BETA, GAMMA, IOTA, KAPPA
        "lost": 1,  # THETA
    }


def test_lost_override_applies_from_the_last_sale(conn: Connection) -> None:
    gleb = Scope(member_id=fx.GLEB)  # owns GAMMA (override lost) and EPSILON (created 10 Feb)
    before = customer_status_counts(conn, date(2025, 2, 19), gleb)
    on_last_sale = customer_status_counts(conn, date(2025, 2, 20), gleb)
    assert before == {"prospect": 1, "current": 1, "lost": 0}
    assert on_last_sale == {"prospect": 1, "current": 0, "lost": 1}


def test_at_risk(conn: Connection) -> None:
    # IOTA: 181 days without a sale; KAPPA: an open complaint of 1 March, 30 days old. ALFA's
    # open ticket is 6 days old and DELTA's complaint is closed.
    assert at_risk_customer_ids(conn, date(2025, 3, 31)) == [fx.IOTA, fx.KAPPA]
    assert at_risk_count(conn, date(2025, 3, 31)) == 2


def test_at_risk_edges(conn: Connection) -> None:
    boris = Scope(member_id=fx.BORIS)  # ALFA, DELTA, KAPPA
    # KAPPA's complaint of 1 March is more than 14 days old from 16 March on.
    assert at_risk_customer_ids(conn, date(2025, 3, 15), boris) == []
    assert at_risk_customer_ids(conn, date(2025, 3, 16), boris) == [fx.KAPPA]
    vera = Scope(member_id=fx.VERA)  # BETA, ETA, IOTA
    # IOTA bought on 1 Oct 2024: 90 days later it is not yet at risk, 91 days later it is.
    assert at_risk_customer_ids(conn, date(2024, 12, 30), vera) == [fx.BETA]
    assert at_risk_customer_ids(conn, date(2024, 12, 31), vera) == [fx.BETA, fx.IOTA]


def test_a_running_period_closes_today(conn: Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 10))
    assert closing_day(Q1_2025) == date(2025, 3, 10)
    assert closing_day(Q4_2024) == Q4_2024.end
    assert closing_day(Period.quarter(2025, 2)) == date(2025, 4, 1)  # not begun
    # On 10 March EPSILON has not bought yet: current are ALFA, DELTA, IOTA and KAPPA.
    assert customer_flow(conn, Q1_2025).current_at_end == 4


# --- growth, goal metrics and dashboard ------------------------------------------------------


def test_growth() -> None:
    assert growth(120, 100) == pytest.approx(0.2)
    assert growth(80, 100) == pytest.approx(-0.2)
    assert growth(-50, -100) == pytest.approx(0.5)  # a loss halved is an improvement
    assert growth(1, 0) is None
    assert growth(None, 1) is None
    assert growth(1, None) is None


@pytest.mark.parametrize(
    ("metric", "expected"),
    [
        ("revenue", 535000),
        (GoalMetric.REVENUE, 535000),
        ("units", 10),
        ("orders", 6),
        ("new_customers", 2),
        ("current_customers", 5),
        ("retention_rate", 0.6),
        ("churn_rate", 0.4),
        ("conversion_rate", 0.5),
        ("average_order_value", 535000 / 6),
        ("gross_margin", 155000),
    ],
)
def test_metric_value(conn: Connection, metric: str, expected: float) -> None:
    assert metric_value(conn, metric, Q1_2025) == pytest.approx(expected)


def test_metric_value_scoped_and_undefined(conn: Connection) -> None:
    assert metric_value(conn, "revenue", Q1_2025, Scope(team_id=fx.NORTH)) == 420000
    assert metric_value(conn, "average_order_value", Period.month(2024, 8)) is None
    with pytest.raises(ValueError, match="not a computed metric"):
        metric_value(conn, GoalMetric.MANUAL, Q1_2025)


def test_dashboard_kpis(conn: Connection) -> None:
    kpis = dashboard_kpis(conn, Q1_2025)
    values = {key: (kpi.value, kpi.previous, kpi.year_ago) for key, kpi in kpis.items()}
    assert values == {
        # Q1 2025 / Q4 2024 (L8-L10) / Q1 2024 (L11, L12)
        "revenue": (535000, 170000, 190000),
        "orders": (6, 3, 2),
        "average_order_value": (pytest.approx(535000 / 6), pytest.approx(170000 / 3), 95000),
        # DELTA, EPSILON / IOTA, KAPPA / BETA, ALFA
        "new_customers": (2, 2, 2),
        "lost_customers": (2, 0, 0),
        # 3 of 5 / ALFA, BETA, GAMMA all kept / THETA kept
        "retention_rate": (0.6, 1.0, 1.0),
        # DELTA, EPSILON of DELTA, ETA, EPSILON, ZETA / IOTA, KAPPA of ETA, IOTA, DELTA,
        # KAPPA / ALFA, BETA of ALFA, BETA, GAMMA, IOTA
        "conversion_rate": (0.5, 0.5, 0.5),
        # IOTA, KAPPA / BETA, GAMMA, IOTA (over 90 days) / THETA
        "at_risk": (2, 3, 1),
    }
    assert kpis["revenue"].delta_previous == pytest.approx((535000 - 170000) / 170000)
    assert kpis["revenue"].delta_year_ago == pytest.approx((535000 - 190000) / 190000)
    assert kpis["lost_customers"].delta_previous is None


def test_a_running_period_is_compared_to_date(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On 2025-02-20, 51 days of Q1 2025 have passed: L1-L4 (390000) against the first 51 days
    # of Q4 2024 (1 Oct - 20 Nov: L8, L9 = 140000) and of Q1 2024 (L11, L12 = 190000).
    monkeypatch.setattr(clock, "today", lambda: date(2025, 2, 20))
    revenue = dashboard_kpis(conn, Q1_2025)["revenue"]
    assert (revenue.value, revenue.previous, revenue.year_ago) == (390000, 140000, 190000)
    assert elapsed_part(Q1_2025) == Period(date(2025, 1, 1), date(2025, 2, 20))


def test_kpi_changes_in_points() -> None:
    kpi = Kpi(0.6, 0.75, None)
    assert kpi.change_previous == pytest.approx(-0.15)
    assert kpi.change_year_ago is None


# --- acquisition and retention cost ------------------------------------------------------------


@pytest.fixture
def spend_conn(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Connection]:
    """The fixture plus channel spend: Q1 2025 acquisition 600000 (Field 400000, E-commerce
    200000), retention 80000; December 2024 falls outside Q1."""
    path = db_engine.holding(fx.create_metric_database(tmp_path / "spend.sqlite"))
    with open_database(path) as database:
        with database.write() as connection:
            connection.execute(
                text(
                    "INSERT INTO channel_spend (channel_id, month, acquisition_spend,"
                    " retention_spend) VALUES (:channel, :month, :acquisition, :retention)"
                ),
                [
                    dict(zip(("channel", "month", "acquisition", "retention"), row, strict=True))
                    for row in (
                        (fx.FIELD, "2024-12-01", 999999, 999999),
                        (fx.FIELD, "2025-01-01", 300000, 0),
                        (fx.FIELD, "2025-02-01", 100000, 50000),
                        (fx.ECOMMERCE, "2025-03-01", 200000, 30000),
                    )
                ],
            )
        with database.read() as connection:
            yield connection


def test_cac_is_acquisition_spend_per_new_customer(spend_conn: Connection) -> None:
    # new in Q1 2025: DELTA and EPSILON -> 600000 / 2
    assert acquisition_cost(spend_conn, Q1_2025) == 300000
    # through Field sales only DELTA (L3) is new -> 400000 / 1
    assert acquisition_cost(spend_conn, Q1_2025, Scope(channel_id=fx.FIELD)) == 400000


def test_retention_cost_is_retention_spend_per_retained_customer(spend_conn: Connection) -> None:
    # 3 of the 5 current at the start were kept: 80000 / 3
    assert retention_cost(spend_conn, Q1_2025) == pytest.approx(80000 / 3)


def test_costs_are_undefined_without_spend_or_outside_a_channel_scope(
    spend_conn: Connection,
) -> None:
    assert acquisition_cost(spend_conn, Q1_2025, Scope(territory_id=fx.MOSCOW)) is None
    assert retention_cost(spend_conn, Q1_2025, Scope(member_id=fx.BORIS)) is None
    # August 2024 has no new customers: no CAC rather than a division by zero
    assert acquisition_cost(spend_conn, Period.month(2024, 8)) is None
