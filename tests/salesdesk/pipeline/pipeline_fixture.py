"""Deals on top of ``metric_fixture``, small enough to work every §12 number out by hand.

Today is 2025-03-31 (tests set ``clock.today``). One pipeline "Sales" with three stages:

    stage        position  default P  rotting days
    Lead (1)     0         0.10       10
    Proposal (2) 1         0.40       14
    Negotiation  2         0.70        7

Deals (amount in kopecks, expected close in brackets); every stage change is at 09:00 UTC:

    D1  Alfa   Boris  100000  created 2025-01-02  Lead, Prop 01-10, Neg 01-20, Prop 02-01,
                                                  Neg 02-10 (re-entries)     won 02-20
    D2  Beta   Vera    50000  created 2025-01-05  Lead, Prop 01-15           lost 02-05 "Price"
    D3  Gamma  Gleb    30000  created 2025-02-01  Lead, Prop 02-03, Neg 02-20  won 03-10
    D4  Delta  Boris   80000  created 2025-02-15  Lead, Prop 03-01           open (04-15)
    D5  Kappa  Vera    40000  created 2025-03-01  Lead                       open (03-20)
    D6  Iota   Gleb    60000  created 2025-03-05  Lead, Prop 03-12, Neg 03-28  open (05-10)
    D7  Eta    Vera    20000  created 2024-12-01  Lead                       lost 01-10 "No budget"
    D8  Zeta   —       10000  created 2025-03-15  Lead                       open (no date)

Follow-ups: D4 call due 03-18, done 03-20 10:00; D5 call due 03-25, not done (overdue);
D6 meeting due 04-02; Alfa (no deal) call due 03-31 (today), owner Boris.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.metrics import clock
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx

TODAY = "2025-03-31"
SALES_PIPELINE = 1
LEAD, PROPOSAL, NEGOTIATION = 1, 2, 3
D1, D2, D3, D4, D5, D6, D7, D8 = range(1, 9)

_DEALS = [
    # id, ref, title, customer, owner, amount, stage, status, created, closed, reason, close
    (D1, "D1", "Alfa laptops", fx.ALFA, fx.BORIS, 100000, NEGOTIATION, "won", "2025-01-02",
     "2025-02-20", None, "2025-02-28"),
    (D2, "D2", "Beta monitors", fx.BETA, fx.VERA, 50000, PROPOSAL, "lost", "2025-01-05",
     "2025-02-05", "Price", "2025-02-15"),
    (D3, "D3", "Gamma support", fx.GAMMA, fx.GLEB, 30000, NEGOTIATION, "won", "2025-02-01",
     "2025-03-10", None, "2025-03-15"),
    (D4, "D4", "Delta desks", fx.DELTA, fx.BORIS, 80000, PROPOSAL, "open", "2025-02-15",
     None, None, "2025-04-15"),
    (D5, "D5", "Kappa renewal", fx.KAPPA, fx.VERA, 40000, LEAD, "open", "2025-03-01",
     None, None, "2025-03-20"),
    (D6, "D6", "Iota upgrade", fx.IOTA, fx.GLEB, 60000, NEGOTIATION, "open", "2025-03-05",
     None, None, "2025-05-10"),
    (D7, "D7", "Eta trial", fx.ETA, fx.VERA, 20000, LEAD, "lost", "2024-12-01",
     "2025-01-10", "No budget", "2025-01-31"),
    (D8, "D8", "Zeta pilot", fx.ZETA, None, 10000, LEAD, "open", "2025-03-15",
     None, None, None),
]  # fmt: skip

# (deal, stage, entered, left): the stays, in order.
_STAYS = [
    (D1, LEAD, "2025-01-02", "2025-01-10"),
    (D1, PROPOSAL, "2025-01-10", "2025-01-20"),
    (D1, NEGOTIATION, "2025-01-20", "2025-02-01"),
    (D1, PROPOSAL, "2025-02-01", "2025-02-10"),
    (D1, NEGOTIATION, "2025-02-10", "2025-02-20"),
    (D2, LEAD, "2025-01-05", "2025-01-15"),
    (D2, PROPOSAL, "2025-01-15", "2025-02-05"),
    (D3, LEAD, "2025-02-01", "2025-02-03"),
    (D3, PROPOSAL, "2025-02-03", "2025-02-20"),
    (D3, NEGOTIATION, "2025-02-20", "2025-03-10"),
    (D4, LEAD, "2025-02-15", "2025-03-01"),
    (D4, PROPOSAL, "2025-03-01", None),
    (D5, LEAD, "2025-03-01", None),
    (D6, LEAD, "2025-03-05", "2025-03-12"),
    (D6, PROPOSAL, "2025-03-12", "2025-03-28"),
    (D6, NEGOTIATION, "2025-03-28", None),
    (D7, LEAD, "2024-12-01", "2025-01-10"),
    (D8, LEAD, "2025-03-15", None),
]

_FOLLOW_UPS = [
    # kind, customer, deal, owner, due, done at
    ("call", fx.DELTA, D4, fx.BORIS, "2025-03-18", "2025-03-20 10:00:00"),
    ("call", fx.KAPPA, D5, fx.VERA, "2025-03-25", None),
    ("meeting", fx.IOTA, D6, fx.GLEB, "2025-04-02", None),
    ("call", fx.ALFA, None, fx.BORIS, "2025-03-31", None),
]


def _at(day: str | None) -> str | None:
    return None if day is None else f"{day} 09:00:00"


def create_pipeline_database(path: Path, *, engine: EngineUnderTest | None = None) -> Location:
    """The metric fixture with the deals above, at ``path``."""
    fx.create_metric_database(path)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("INSERT INTO pipeline (id, name, active) VALUES (1, 'Sales', 1)")
        raw.executemany(
            "INSERT INTO stage (id, pipeline_id, name, position, probability, rotting_days)"
            " VALUES (?, 1, ?, ?, ?, ?)",
            [
                (LEAD, "Lead", 0, 0.1, 10),
                (PROPOSAL, "Proposal", 1, 0.4, 14),
                (NEGOTIATION, "Negotiation", 2, 0.7, 7),
            ],
        )
        raw.executemany(
            "INSERT INTO deal (id, ref, title, customer_id, owner_member_id, amount, stage_id,"
            " status, created_on, closed_on, lost_reason, expected_close, next_step)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
            _DEALS,
        )
        raw.executemany(
            "INSERT INTO deal_stage_change (deal_id, stage_id, entered_at, left_at)"
            " VALUES (?, ?, ?, ?)",
            [(deal, stage, _at(entered), _at(left)) for deal, stage, entered, left in _STAYS],
        )
        raw.executemany(
            "INSERT INTO follow_up (kind, customer_id, deal_id, owner_member_id, due_on, done_at,"
            " note, outcome) VALUES (?, ?, ?, ?, ?, ?, '', '')",
            _FOLLOW_UPS,
        )
    raw.close()
    return path if engine is None else engine.holding(path)


@contextmanager
def read_today(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    """A read of the database at ``path`` (read-only), the clock set to TODAY."""
    monkeypatch.setattr(clock, "today", lambda: date.fromisoformat(TODAY))
    with open_database(path, read_only=True) as database, database.read() as connection:
        yield connection
