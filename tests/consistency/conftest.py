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
from tests.engines import EngineUnderTest, Location
from tests.real_data import add_what_real_data_has

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


def _build(path: Path, seed: int, engine: EngineUnderTest) -> Location:
    """The demo, pushed into a server database on PostgreSQL; what real data has is added
    there, and the aggregates rebuilt there."""
    generate_demo(path, customers=220, sales=2600, seed=seed, today=DEMO_TODAY)
    location = engine.holding(path)
    with open_database(location) as database, database.write() as conn:
        add_what_real_data_has(conn)
        aggregates.refresh(conn)
    return location


@pytest.fixture(scope="session", params=SEEDS, ids=lambda seed: f"seed {seed}")
def demo(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    session_db_engine: EngineUnderTest,
) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("consistency") / f"demo-{request.param}.sqlite"
    with open_database(_build(path, request.param, session_db_engine)) as database:
        yield database
