"""What the Customers section asks of the core, each a call on an open database that opens its
own connection (and, to bring the per-customer summary up to date, writes through the
database's writer) and returns plain values. The GUI runs them on worker threads.

Modules that pull in SQLAlchemy are imported inside the functions: the window shows before
they load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from sqlalchemy.engine import Connection

    from salesdesk.customers.detail import Choices, Profile, Purchase, TimelineEntry
    from salesdesk.customers.listing import CustomerRow, ListContext
    from salesdesk.customers.personas import PersonaCard
    from salesdesk.customers.query import CustomerQuery
    from salesdesk.customers.retention import Cohort, CostComparison, MonthFlow
    from salesdesk.customers.rules import Condition
    from salesdesk.customers.segments import SegmentInfo
    from salesdesk.metrics.status import RiskReason
    from salesdesk.periods import Period
    from salesdesk.store.db import Database


@dataclass(frozen=True)
class Opened:
    """What the section needs before its pages load."""

    choices: Choices
    context: ListContext
    refreshed: bool  # the summary was rebuilt


def open_customers(database: Database, period: Period, today: date) -> Opened:
    """Brings the per-customer figures of the period's day up to date — its end, or today while
    it runs (SPEC §3a) — then reads the lists the filters offer."""
    from salesdesk.customers.detail import load_choices
    from salesdesk.customers.listing import ListContext
    from salesdesk.customers.summary import bring_summary_up_to_date

    day = min(period.end, max(today, period.start))  # as clock.closing_day
    refreshed = bring_summary_up_to_date(database, day)
    with database.read() as conn:
        context = ListContext.for_period(conn, period, day)
        return Opened(load_choices(conn, today), context, refreshed)


def choices(database: Database, today: date) -> Choices:
    """The reference lists of the filters and the detail pane (segments included)."""
    from salesdesk.customers.detail import load_choices

    with database.read() as conn:
        return load_choices(conn, today)


# --- the list ---------------------------------------------------------------------------------


def _with_segment(
    conn: Connection, query: CustomerQuery, context: ListContext, segment_id: int | None
) -> CustomerQuery:
    """``query`` narrowed to a saved segment's members on the list's day."""
    from salesdesk.customers.segments import segment_condition

    if segment_id is None:
        return query
    return replace(query, segment=segment_condition(conn, segment_id, context.day))


def customer_page(
    database: Database,
    query: CustomerQuery,
    context: ListContext,
    offset: int,
    limit: int,
    *,
    segment_id: int | None = None,
) -> list[CustomerRow]:
    """One page of the list; ``segment_id`` narrows it to a saved segment's members."""
    from salesdesk.customers.listing import fetch_page

    with database.read() as conn:
        narrowed = _with_segment(conn, query, context, segment_id)
        return fetch_page(conn, narrowed, context, offset, limit)


def customer_count(
    database: Database, query: CustomerQuery, context: ListContext, *, segment_id: int | None
) -> int:
    from salesdesk.customers.listing import count_customers

    with database.read() as conn:
        return count_customers(conn, _with_segment(conn, query, context, segment_id), context)


def export_customers(
    database: Database,
    query: CustomerQuery,
    context: ListContext,
    columns: Sequence[str],
    path: Path,
    *,
    segment_id: int | None,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
) -> int:
    """Writes every row of the list as shown to CSV or XLSX; returns how many."""
    from salesdesk.customers.export import export_view

    with database.read() as conn:
        query = _with_segment(conn, query, context, segment_id)
    return export_view(
        database, query, context, columns, path, progress=progress, cancelled=cancelled, total=total
    )


# --- one customer ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerDetail:
    profile: Profile
    purchases: list[Purchase]
    timeline: list[TimelineEntry]
    risk: tuple[RiskReason, ...] = ()  # why the customer is at risk today (empty: is not)
    today: date | None = None  # the day ``risk`` is read at, and a resolve is dated


def customer_detail(database: Database, customer_id: int) -> CustomerDetail:
    """A customer's profile, purchase history, timeline of sales and service, and why they
    are at risk today."""
    from salesdesk.customers import detail
    from salesdesk.customers.listing import customer_risk
    from salesdesk.metrics import clock

    today = clock.today()
    with database.read() as conn:
        return CustomerDetail(
            detail.load_profile(conn, customer_id),
            detail.purchase_history(conn, customer_id),
            detail.timeline(conn, customer_id),
            customer_risk(conn, customer_id, today),
            today,
        )


# --- segments, personas, retention -------------------------------------------------------------


def segments(database: Database) -> list[SegmentInfo]:
    from salesdesk.customers.segments import load_segments

    with database.read() as conn:
        return load_segments(conn)


def count_rule(database: Database, conditions: list[Condition], day: date) -> int:
    """How many customers a rule being built matches on ``day``."""
    from salesdesk.customers.segments import RuleDay, compile_rule, count_members

    with database.read() as conn:
        rule = compile_rule(conditions, RuleDay.at(conn, day))
        return count_members(conn, rule)


def persona_cards(database: Database, period: Period, day: date) -> list[PersonaCard]:
    from salesdesk.customers import personas

    with database.read() as conn:
        return personas.persona_cards(conn, period, day)


@dataclass(frozen=True)
class RetentionFigures:
    flows: list[MonthFlow]
    cohorts: list[Cohort]
    tiers: dict[str, int]
    costs: list[CostComparison]
    at_risk: list[CustomerRow]
    running_month: date | None = None  # the last month while it runs: its rates are to date


def retention_figures(
    database: Database, period: Period, day: date, *, months: int, quarters: int, at_risk: int
) -> RetentionFigures:
    """The retention page for the ``months`` up to the period's end (or ``day``): flows,
    cohorts, RFM tiers, costs per quarter and the ``at_risk`` customers most at risk."""
    from salesdesk.customers import retention
    from salesdesk.customers.summary import tier_counts
    from salesdesk.metrics.clock import running_month

    last = min(period.end, max(day, period.start))  # the period's day (SPEC §3a)
    month_periods = retention.months_ending(last, months)
    with database.read() as conn:
        return RetentionFigures(
            retention.flow_by_month(conn, month_periods),
            retention.cohorts(conn, month_periods, last),
            tier_counts(conn, last),
            retention.cost_comparison(conn, retention.quarters_ending(last, quarters)),
            retention.at_risk_customers(conn, last, period, at_risk),
            running_month(last),
        )
