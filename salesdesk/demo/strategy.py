"""Segments, personas, competitors with their price history, and research notes.

A segment's rule is JSON: a list of conditions joined by AND, each
``{"field": ..., "op": ..., "value": ...}``, e.g. ``[{"field": "account_type", "op": "=",
"value": 1}]``. Fields used here: account_type, territory (its subtree), channel, status,
rfm_tier, days_since_last_purchase; ops ``=`` and ``>``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.calendar import DemoCalendar
from salesdesk.demo.content import Content
from salesdesk.demo.organisation import Organisation
from salesdesk.demo.profile import (
    CORPORATE,
    ECOMMERCE,
    PRODUCT_LINES,
    PUBLIC_SECTOR,
    SMALL_BUSINESS,
)
from salesdesk.demo.sql import insert
from salesdesk.periods import add_months
from salesdesk.store.models import CustomerStatus

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

SEGMENT_KEYS = (
    "corporate",
    "small_business",
    "public_sector",
    "capital_region",
    "quiet",
    "champions",
    "online",
)
PERSONA_SEGMENTS = ("corporate", "small_business", "public_sector", "online")
PRICE_HISTORY_MONTHS = 24
PRODUCTS_WATCHED = 20  # per competitor
STALE_COMPETITOR = 4  # its prices were last checked months ago


def segment_id(key: str) -> int:
    return SEGMENT_KEYS.index(key) + 1


def write_strategy(
    connection: sqlite3.Connection, rng: np.random.Generator, plan: DemoPlan
) -> None:
    _write_segments(connection, plan.org, plan.content)
    _write_personas(connection, plan.content)
    _write_competitors(connection, plan.content)
    _write_competitor_prices(connection, rng, plan)
    _write_research_notes(connection, plan.content, plan.calendar)


def _segment_rules(org: Organisation) -> dict[str, list[dict[str, object]]]:
    def condition(field: str, op: str, value: object) -> dict[str, object]:
        return {"field": field, "op": op, "value": value}

    capital_region = org.region_ids[org.region_team.index(0)]
    return {
        "corporate": [condition("account_type", "=", org.account_type_id(CORPORATE))],
        "small_business": [condition("account_type", "=", org.account_type_id(SMALL_BUSINESS))],
        "public_sector": [condition("account_type", "=", org.account_type_id(PUBLIC_SECTOR))],
        "capital_region": [condition("territory", "=", capital_region)],
        "quiet": [
            condition("status", "=", CustomerStatus.CURRENT.value),
            condition("days_since_last_purchase", ">", 90),
        ],
        "champions": [condition("rfm_tier", "=", "champions")],
        "online": [condition("channel", "=", org.channel_id(ECOMMERCE))],
    }


def _write_segments(connection: sqlite3.Connection, org: Organisation, content: Content) -> None:
    rules = _segment_rules(org)
    rows = [
        (segment_id(key), content.segments[key], json.dumps(rules[key])) for key in SEGMENT_KEYS
    ]
    insert(connection, "segment", ("id", "name", "rule"), rows)


def _write_personas(connection: sqlite3.Connection, content: Content) -> None:
    rows = [
        (
            i + 1,
            p.name,
            p.summary,
            p.demographics,
            p.goals,
            p.pains,
            p.preferred_channels,
            p.objections,
            segment_id(PERSONA_SEGMENTS[i]),
        )
        for i, p in enumerate(content.personas)
    ]
    columns = (
        "id",
        "name",
        "summary",
        "demographics",
        "goals",
        "pains",
        "preferred_channels",
        "objections",
        "segment_id",
    )
    insert(connection, "persona", columns, rows)


def _write_competitors(connection: sqlite3.Connection, content: Content) -> None:
    rows = [
        (
            i + 1,
            c.name,
            c.website,
            c.positioning,
            c.strengths,
            c.weaknesses,
            c.differentiation,
            c.market_share,
        )
        for i, c in enumerate(content.competitors)
    ]
    columns = (
        "id",
        "name",
        "website",
        "positioning",
        "strengths",
        "weaknesses",
        "differentiation",
        "market_share",
    )
    insert(connection, "competitor", columns, rows)


def _write_competitor_prices(
    connection: sqlite3.Connection, rng: np.random.Generator, plan: DemoPlan
) -> None:
    """Quarterly price checks over two years; one competitor not checked for 8 months."""
    rows = []
    for index in range(len(plan.content.competitors)):
        latest = add_months(plan.calendar.today, -8 if index == STALE_COMPETITOR else 0)
        rows += _price_checks(rng, plan, index, latest)
    columns = (
        "competitor_id",
        "product_id",
        "their_product_name",
        "price",
        "observed_on",
        "source",
    )
    insert(connection, "competitor_price", columns, rows)


def _price_checks(
    rng: np.random.Generator, plan: DemoPlan, index: int, latest: dt.date
) -> list[tuple[object, ...]]:
    """One competitor's prices for the products it is watched on, every three months."""
    catalogue, competitor = plan.org.catalogue, plan.content.competitors[index]
    sources = plan.content.competitor_sources
    products = _watched_products(rng, catalogue.line, competitor.specialty)
    rows: list[tuple[object, ...]] = []
    for months_back in range(0, PRICE_HISTORY_MONTHS, 3):
        observed = add_months(latest, -months_back) - dt.timedelta(int(rng.integers(0, 20)))
        if observed < plan.calendar.start:
            break
        ours = catalogue.price[observed.year - catalogue.first_year, products]
        theirs = ours * competitor.price_factor * rng.uniform(0.95, 1.05, len(products))
        for product, price in zip(products.tolist(), theirs.tolist(), strict=True):
            code = plan.org.products[product][1].replace("-", "")
            source = sources[int(rng.integers(0, len(sources)))]
            rows.append(
                (
                    index + 1,
                    product + 1,
                    f"{competitor.brand}-{code}",
                    round(price / 100) * 100,
                    observed.isoformat(),
                    source,
                )
            )
    return rows


def _watched_products(
    rng: np.random.Generator, line: np.ndarray, specialty: str | None
) -> np.ndarray:
    candidates = np.flatnonzero(
        [specialty is None or PRODUCT_LINES[i].group == specialty for i in line]
    )
    return np.sort(rng.choice(candidates, min(PRODUCTS_WATCHED, len(candidates)), replace=False))


def _write_research_notes(
    connection: sqlite3.Connection, content: Content, calendar: DemoCalendar
) -> None:
    rows = [
        (
            note.kind,
            note.title,
            add_months(calendar.today, -note.months_ago).isoformat(),
            note.body,
            note.tags,
            None if note.persona is None else note.persona + 1,
            None if note.segment is None else segment_id(note.segment),
            None if note.competitor is None else note.competitor + 1,
        )
        for note in content.research_notes
    ]
    columns = ("kind", "title", "date", "body", "tags", "persona_id", "segment_id", "competitor_id")
    insert(connection, "research_note", columns, rows)
