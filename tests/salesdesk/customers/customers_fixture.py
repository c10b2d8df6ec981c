"""The metric fixture (``metric_fixture``) with its customer summary built at 31 March 2025,
the day the customer tests read statuses at."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from salesdesk.customers.listing import ListContext
from salesdesk.customers.summary import refresh_summary
from salesdesk.periods import Period
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest, Location
from tests.salesdesk.metrics import metric_fixture as fx

DAY = date(2025, 3, 31)
Q1_2025 = Period.quarter(2025, 1)
# W = 365 days, at-risk threshold 90 days (the fixture's settings)
CONTEXT = ListContext(DAY, 365, 90, Q1_2025)


def create_customer_database(path: Path, engine: EngineUnderTest | None = None) -> Location:
    """The database at ``path``, or on ``engine`` when given (tests/engines.py)."""
    location = fx.create_metric_database(path)
    if engine is not None:
        location = engine.holding(path)
    with open_database(location) as database, database.write() as conn:
        refresh_summary(conn, DAY)
    return location
