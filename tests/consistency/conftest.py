"""Demo databases for the consistency suite, built once per session, and the days and periods
every figure is compared at.

Each demo gets what real data has and the demo does not: returns (negative lines, some
cancelling a whole order), lines of unknown cost, and customers handed to another owner
today (on top of the demo's own handovers when reps left). Its aggregates are rebuilt
after, as the app does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest import mock

import pytest

from salesdesk.demo import generate_demo
from salesdesk.metrics import aggregates, clock
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database

DEMO_TODAY = date(2026, 11, 20)
SEEDS = (3, 29)


@dataclass(frozen=True)
class Case:
    """A period looked at on a day: ``today`` is what the clock says."""

    name: str
    today: date
    period: Period

    def __str__(self) -> str:
        return self.name


CASES = (
    Case("year 2025", DEMO_TODAY, Period.year(2025)),
    Case("Q3 2025", DEMO_TODAY, Period.quarter(2025, 3)),
    Case("December 2025", DEMO_TODAY, Period.month(2025, 12)),
    Case("January 2026", DEMO_TODAY, Period.month(2026, 1)),
    Case("June 2026", DEMO_TODAY, Period.month(2026, 6)),
    Case("early Q1 2024", DEMO_TODAY, Period.quarter(2024, 1)),
    Case("across the new year", DEMO_TODAY, Period(date(2025, 11, 15), date(2026, 2, 14))),
    Case("running Q4 2026", DEMO_TODAY, Period.quarter(2026, 4)),
    Case("running November 2026", DEMO_TODAY, Period.month(2026, 11)),
    Case("running year 2026", DEMO_TODAY, Period.year(2026)),
    Case("running January on 10 Jan", date(2026, 1, 10), Period.month(2026, 1)),
    Case("Q4 2025 on 10 Jan", date(2026, 1, 10), Period.quarter(2025, 4)),
    Case("Q4 2026 on its first day", date(2026, 10, 1), Period.quarter(2026, 4)),
)


@contextmanager
def today_is(day: date) -> Iterator[None]:
    """The metrics' clock reads ``day`` (SPEC §3a: a running period is counted to it)."""
    with mock.patch.object(clock, "today", lambda: day):
        yield


# A few lines of each kind real files bring.
_RETURNS = """
INSERT INTO sale (order_ref, line_ref, date, customer_id, product_id, member_id, channel_id,
                  quantity, unit_price, discount, amount, cost)
SELECT order_ref || '-R', line_ref || '-R', date(date, '+3 days'), customer_id, product_id,
       member_id, channel_id, -quantity, unit_price, 0, -amount, -cost
FROM sale WHERE id % 97 = 0 AND date < '2026-11-10'
"""
# an order cancelled in full: its lines and returns sum to zero on the same day
_CANCELLED = """
INSERT INTO sale (order_ref, line_ref, date, customer_id, product_id, member_id, channel_id,
                  quantity, unit_price, discount, amount, cost)
SELECT order_ref, line_ref || '-C', date, customer_id, product_id, member_id, channel_id,
       -quantity, unit_price, 0, -amount, -cost
FROM sale WHERE id % 131 = 0 AND line_ref NOT LIKE '%-R'
"""
_UNKNOWN_COSTS = "UPDATE sale SET cost = NULL WHERE id % 17 = 0"
# handed to another member today: the trigger writes the history (SPEC §3a Roll-up)
_NEW_OWNERS = """
UPDATE customer SET owner_member_id = (SELECT MIN(id) FROM member WHERE role = 'representative'
                                       AND id <> COALESCE(customer.owner_member_id, 0))
WHERE id % 23 = 0
"""


def _build(path: Path, seed: int) -> None:
    generate_demo(path, customers=220, sales=2600, seed=seed, today=DEMO_TODAY)
    with open_database(path) as database, database.write() as conn:
        for statement in (_RETURNS, _CANCELLED, _UNKNOWN_COSTS, _NEW_OWNERS):
            conn.exec_driver_sql(statement)
        aggregates.refresh(conn)


@pytest.fixture(scope="session", params=SEEDS, ids=lambda seed: f"seed {seed}")
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("consistency") / f"demo-{request.param}.sqlite"
    _build(path, request.param)
    with open_database(path) as database:
        yield database
