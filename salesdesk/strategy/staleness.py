"""When a competitor's price observation is too old to rely on (kept light: no SQLAlchemy, so
the GUI can use it before the database layer loads)."""

from __future__ import annotations

from datetime import date

from salesdesk.periods import add_months

STALE_AFTER_MONTHS = 6


def stale_before(today: date) -> date:
    """Observations made before this day are stale."""
    return add_months(today, -STALE_AFTER_MONTHS)
