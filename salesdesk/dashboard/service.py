"""What the Dashboard asks of the core: its figures for a period and the lists behind them.

Each function opens its own connection on an open database and returns plain values; the GUI
runs them on worker threads. :func:`load_dashboard` first brings the stored aggregates up to
date (:mod:`salesdesk.metrics.upkeep`), so the decision to refresh them is the core's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from salesdesk.dashboard.breakdowns import Breakdowns, CustomerLine
    from salesdesk.metrics.kpis import Kpi
    from salesdesk.metrics.scope import Scope
    from salesdesk.metrics.status import StatusRules
    from salesdesk.periods import Period
    from salesdesk.store.db import Database

TREND_MONTHS = 12  # each year of the this-year-against-last comparison


@dataclass(frozen=True)
class DashboardData:
    """What one refresh of the dashboard shows."""

    kpis: dict[str, Kpi]
    # "vs Q2 2026", "vs Q3 2025": what the cards are compared with; a year's previous period
    # is the year before, said once
    against: tuple[str, ...]
    as_of: date  # the period's last day, or today while it runs
    months: list[date]  # the last TREND_MONTHS months, ending with the month of ``as_of``
    this_year: list[int]  # revenue of each month, minor units
    last_year: list[int]  # revenue of the same month one year earlier
    breakdowns: Breakdowns  # of the elapsed part of the period
    rules: StatusRules  # the database's windows, which the cards' definitions name


def load_dashboard(database: Database, period: Period, lens: str = "geographic") -> DashboardData:
    """The KPIs of ``period``, 24 months of revenue and the breakdowns by ``lens``."""
    from salesdesk.dashboard.breakdowns import dashboard_breakdowns
    from salesdesk.metrics import clock
    from salesdesk.metrics.clock import closing_day, elapsed_part
    from salesdesk.metrics.comparison import comparison
    from salesdesk.metrics.kpis import dashboard_kpis
    from salesdesk.metrics.sales import monthly_revenue
    from salesdesk.metrics.status import StatusRules
    from salesdesk.metrics.upkeep import bring_aggregates_up_to_date
    from salesdesk.periods import add_months, month_start

    bring_aggregates_up_to_date(database)
    as_of = closing_day(period)
    first_month = add_months(month_start(as_of), -(2 * TREND_MONTHS - 1))
    with database.read() as conn:
        kpis = dashboard_kpis(conn, period)
        revenue = monthly_revenue(conn, first_month, 2 * TREND_MONTHS)
        breakdowns = dashboard_breakdowns(conn, elapsed_part(period), lens, clock.today())
        rules = StatusRules.load(conn)
    earlier, recent = revenue[:TREND_MONTHS], revenue[TREND_MONTHS:]
    compared = comparison(period)
    # the dates line says "compared with the same days" once for all the cards
    against = [compared.against_previous(say_to_date=False)]
    if len(period.comparisons()) > 1:  # a year's previous period is the year before: once
        against.append(compared.against_year_ago(say_to_date=False))
    return DashboardData(
        kpis=kpis,
        against=tuple(against),
        as_of=as_of,
        months=[month for month, _ in recent],
        this_year=[amount for _, amount in recent],
        last_year=[amount for _, amount in earlier],
        breakdowns=breakdowns,
        rules=rules,
    )


# --- the lists behind the numbers --------------------------------------------------------------

CUSTOMER_CARDS = ("new_customers", "conversion_rate", "lost_customers", "retention_rate", "at_risk")


def customers_behind(database: Database, card: str, period: Period) -> list[CustomerLine]:
    """The customers behind a customer card (one of :data:`CUSTOMER_CARDS`): the new ones of
    the period, those lost in it, or those at risk at its closing day."""
    from salesdesk.dashboard.breakdowns import customer_lines
    from salesdesk.metrics.clock import closing_day, elapsed_part
    from salesdesk.metrics.customer_counts import (
        at_risk_customer_ids,
        lost_customer_ids,
        new_customer_ids,
    )

    elapsed = elapsed_part(period)
    with database.read() as conn:
        if card in ("new_customers", "conversion_rate"):
            ids = new_customer_ids(conn, elapsed)
        elif card in ("lost_customers", "retention_rate"):
            ids = lost_customer_ids(conn, elapsed)
        elif card == "at_risk":
            ids = at_risk_customer_ids(conn, closing_day(period))
        else:
            raise ValueError(f"{card!r} is not a customer card")
        return customer_lines(conn, ids, elapsed)


def customers_of_member(database: Database, period: Period, member_id: int) -> list[CustomerLine]:
    """The customers a member sold to in the elapsed part of ``period``, the largest first."""
    from salesdesk.dashboard.breakdowns import customers_of
    from salesdesk.metrics.clock import elapsed_part
    from salesdesk.metrics.scope import Scope

    with database.read() as conn:
        return customers_of(conn, elapsed_part(period), Scope(member_id=member_id))


@dataclass(frozen=True)
class MemberShare:
    name: str
    revenue: int  # minor units
    share: float | None  # of the listed members' revenue


def revenue_by_member(
    database: Database, period: Period, group: tuple[str, int] | None = None
) -> list[MemberShare]:
    """Each member's revenue in the elapsed part of ``period`` and their share of it, within
    a lens group when given: ("territory" | "category" | "account-type", id)."""
    from salesdesk.metrics.clock import elapsed_part
    from salesdesk.metrics.kpis import share
    from salesdesk.metrics.sales import revenue_breakdown

    scope = _group_scope(group)
    with database.read() as conn:
        groups = revenue_breakdown(conn, elapsed_part(period), "member", scope)
    total = sum(g.revenue for g in groups)
    return [MemberShare(g.name, g.revenue, share(g.revenue, total)) for g in groups]


def _group_scope(group: tuple[str, int] | None) -> Scope:
    from salesdesk.metrics.scope import Scope

    if group is None:
        return Scope()
    by, key = group
    if by == "territory":
        return Scope(territory_id=key)
    if by == "category":
        return Scope(category_id=key)
    return Scope(account_type_id=key)
