"""Small databases for the goal tests, whose history is chosen so the answers are known.

Department: HEAD (head of sales, no team), MARIA (manager, leads team NORTH), IVAN
(representative in NORTH). Channels WEB and STORE. Every sale is one line of one order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
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
