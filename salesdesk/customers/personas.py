"""Personas (SPEC §2) with the figures of their linked segment: how many customers it holds,
its share of the period's revenue, and its retention rate over the period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.customers.segments import count_members, segment_condition
from salesdesk.metrics.customer_counts import customer_flow
from salesdesk.metrics.kpis import share
from salesdesk.metrics.sales import sales_totals
from salesdesk.metrics.scope import Scope
from salesdesk.settings import CompanySettings, load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

PROFILE_FIELDS = ("summary", "demographics", "goals", "pains", "preferred_channels", "objections")


@dataclass(frozen=True)
class SegmentFigures:
    name: str
    customers: int
    revenue_share: float | None  # of the company's revenue in the period
    retention_rate: float | None


@dataclass(frozen=True)
class PersonaCard:
    id: int
    name: str
    profile: dict[str, str]  # PROFILE_FIELDS -> text
    segment: SegmentFigures | None  # None: no linked segment


def persona_cards(conn: Connection, period: Period, day: date) -> list[PersonaCard]:
    columns = ", ".join(PROFILE_FIELDS)
    rows = conn.execute(
        text(f"SELECT id, name, segment_id, {columns} FROM persona ORDER BY name, id")
    ).all()
    company_revenue = sales_totals(conn, period).revenue
    settings = load_settings(conn)
    cards = []
    for id_, name, segment_id, *profile in rows:
        figures = None
        if segment_id is not None:
            figures = segment_figures(conn, segment_id, (period, day), company_revenue, settings)
        cards.append(
            PersonaCard(id_, name, dict(zip(PROFILE_FIELDS, profile, strict=True)), figures)
        )
    return cards


def segment_figures(
    conn: Connection,
    segment_id: int,
    when: tuple[Period, date],  # the period of the figures, the day membership is read at
    company_revenue: int,
    settings: CompanySettings,
) -> SegmentFigures:
    """A segment's members on the day, its share of the company's revenue and its retention
    rate in the period."""
    period, day = when
    condition = segment_condition(conn, segment_id, day)
    scope = Scope(segment=condition)
    revenue = sales_totals(conn, period, scope).revenue
    flow = customer_flow(conn, period, scope, settings)
    name = conn.execute(
        text("SELECT name FROM segment WHERE id = :id"), {"id": segment_id}
    ).scalar_one()
    return SegmentFigures(
        name,
        count_members(conn, condition),
        share(revenue, company_revenue),
        flow.retention_rate,
    )
