"""The metric fixture (see metric_fixture) plus what the Strategy area adds, worked by hand.

Our list prices: Laptop Pro 1,000.00, Monitor 200.00, Support plan 150.00 (kopecks below).
Today is 2026-11-28, so an observation made before 2026-05-28 is stale.

Competitors and their price observations (kopecks)::

    ACME  Laptop Pro  2026-01-10   95000   older observation of the same product
    ACME  Laptop Pro  2026-10-01   90000   latest, fresh: ours is +11.11 % against it
    BOLT  Laptop Pro  2026-03-01  110000   latest, stale: ours is -9.09 %
    ACME  Monitor     2026-11-01   25000   latest, fresh: ours is -20 %

    Laptop Pro: lowest 90000, average 100000, highest 110000, ours vs average 0 %, 1 stale
    Monitor:    25000 everywhere, ours vs average -20 %

Channel spend (as in the metric tests): Field sales Dec 2024 999999 (outside Q1 2025),
Jan 2025 300000, Feb 2025 100000 (retention 50000); E-commerce Mar 2025 200000 (retention
30000); Store (offline, no sales) Feb 2025 50000.

Research notes: "Acme price check" (market, tags "pricing, competitors", linked to ACME),
"Why small firms leave" (customer, tags "churn", no links).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx

TODAY = date(2026, 11, 28)
ACME, BOLT = 1, 2
STORE = 3
ACME_NOTE, CHURN_NOTE = 1, 2
FIELD_SPEND_Q1_2025 = 400000
ECOMMERCE_SPEND_Q1_2025 = 200000


def create_strategy_database(path: Path, *, engine: EngineUnderTest | None = None) -> Location:
    fx.create_metric_database(path)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("INSERT INTO channel (id, name, kind) VALUES (?, 'Store', 'offline')", (STORE,))
        raw.executemany(
            "INSERT INTO channel_spend (channel_id, month, acquisition_spend, retention_spend)"
            " VALUES (?, ?, ?, ?)",
            [
                (fx.FIELD, "2024-12-01", 999999, 999999),
                (fx.FIELD, "2025-01-01", 300000, 0),
                (fx.FIELD, "2025-02-01", 100000, 50000),
                (fx.ECOMMERCE, "2025-03-01", 200000, 30000),
                (STORE, "2025-02-01", 50000, 0),
            ],
        )
        raw.executemany(
            "INSERT INTO competitor (id, name, website, positioning, strengths, weaknesses,"
            " differentiation, market_share) VALUES (?, ?, '', ?, '', '', '', ?)",
            [(ACME, "Acme", "Cheap and cheerful", 0.25), (BOLT, "Bolt", "Premium", None)],
        )
        raw.executemany(
            "INSERT INTO competitor_price (competitor_id, product_id, their_product_name, price,"
            " observed_on, source) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (ACME, fx.LAPTOP, "Acme Book", 95000, "2026-01-10", "website"),
                (ACME, fx.LAPTOP, "Acme Book", 90000, "2026-10-01", "website"),
                (BOLT, fx.LAPTOP, "Bolt X", 110000, "2026-03-01", "catalogue"),
                (ACME, fx.MONITOR, "Acme View", 25000, "2026-11-01", "store visit"),
            ],
        )
        raw.executemany(
            "INSERT INTO research_note (id, kind, title, date, body, tags, competitor_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (ACME_NOTE, "market", "Acme price check", "2026-10-02",
                 "Acme cut laptop prices.", "pricing, competitors", ACME),
                (CHURN_NOTE, "customer", "Why small firms leave", "2026-06-15",
                 "Interviews with lost customers.", "churn", None),
            ],
        )  # fmt: skip
    raw.close()
    return path if engine is None else engine.holding(path)
