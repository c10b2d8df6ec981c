"""Small databases for the goal tests, whose history is chosen so the answers are known.

Department: HEAD (head of sales, no team), MARIA (manager, leads team NORTH), IVAN
(representative in NORTH). Channels WEB and STORE. Every sale is one line of one order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from salesdesk.store.db import create_database
from tests.engines import EngineUnderTest, Location

HEAD, MARIA, IVAN = 1, 2, 3
NORTH = 1
WEB, STORE = 1, 2


def create_goal_database(
    path: Path,
    *,
    sales: Sequence[tuple[str, int, int]],  # (date, amount, customer id)
    customers: int = 1,
    channel: int = WEB,
    engine: EngineUnderTest | None = None,
) -> Location:
    """A database with the department above, ``customers`` customers created on 1 Jan 2022
    and the given sales, credited to IVAN through ``channel``."""
    create_database(path, company="Goals Ltd", currency="RUB")
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.executemany(
            "INSERT INTO channel (id, name, kind) VALUES (?, ?, ?)",
            [(WEB, "Web", "online"), (STORE, "Store", "offline")],
        )
        raw.execute("INSERT INTO member (id, name, role) VALUES (?, 'Head', 'head')", (HEAD,))
        raw.execute("INSERT INTO team (id, name) VALUES (?, 'North')", (NORTH,))
        raw.executemany(
            "INSERT INTO member (id, name, role, team_id, reports_to_id) VALUES (?, ?, ?, ?, ?)",
            [
                (MARIA, "Maria", "manager", NORTH, HEAD),
                (IVAN, "Ivan", "representative", NORTH, MARIA),
            ],
        )
        raw.execute("UPDATE team SET lead_member_id = ? WHERE id = ?", (MARIA, NORTH))
        raw.executemany(
            "INSERT INTO customer (id, code, name, kind, created_on, notes)"
            " VALUES (?, ?, ?, 'company', '2022-01-01', '')",
            [(n, f"C{n}", f"Customer {n}") for n in range(1, customers + 1)],
        )
        raw.executemany(
            "INSERT INTO sale (order_ref, date, customer_id, member_id, channel_id, quantity,"
            " unit_price, discount, amount, cost) VALUES (?, ?, ?, ?, ?, 1, ?, 0, ?, 0)",
            [
                (f"O{n}", day, customer, IVAN, channel, amount, amount)
                for n, (day, amount, customer) in enumerate(sales, start=1)
            ],
        )
    raw.close()
    return path if engine is None else engine.holding(path)


# The story the progress and guard tests work out by hand (their conftest.py), seen on
# 14 February 2026 (day 45 of Q1 2026's 90). Revenue, all credited to Ivan (team North)
# through the web:
#   Q1 2025: 10 Jan 50 000, 10 Feb 50 000, 10 Mar 100 000 -> 100 000 of 200 000 by 14 Feb
#   Q4 2025: 15 Nov 250 000 (the baseline)
#   Q1 2026: 5 Jan 40 000, 25 Jan 40 000, 1 Feb 30 000, 10 Feb 30 000 -> 140 000 so far
# Customers for churn (W = 365): 1 buys 1 Jun 2024 and 1 Mar 2025; 2 only 1 Mar 2024;
# 3 buys 1 Oct 2024 and 1 Sep 2025; 4 buys 1 Dec 2024 and 1 Nov 2025; 5 only 20 Jan 2025.
STORY_TODAY = date(2026, 2, 14)
# (date, amount in minor units, customer)
STORY_SALES = [
    ("2025-01-10", 50000, 1),
    ("2025-02-10", 50000, 1),
    ("2025-03-10", 100000, 1),
    ("2025-11-15", 250000, 3),
    ("2026-01-05", 40000, 1),
    ("2026-01-25", 40000, 3),
    ("2026-02-01", 30000, 4),
    ("2026-02-10", 30000, 4),
    # the churn story's purchases, of no revenue
    ("2024-06-01", 0, 1),
    ("2024-03-01", 0, 2),
    ("2024-10-01", 0, 3),
    ("2025-09-01", 0, 3),
    ("2024-12-01", 0, 4),
    ("2025-01-20", 0, 5),
    ("2025-03-01", 0, 1),
    ("2025-11-01", 0, 4),
]
