"""The demo's time axis: three years of days ending today, and their demand weights.

Days are numbered from the first day of the history (0) to today (``days - 1``); dates are
written as ISO text ``YYYY-MM-DD``, exactly as SQLAlchemy stores a ``Date`` in SQLite.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from salesdesk.demo.profile import MONTH_FACTOR, WEEKDAY_FACTOR
from salesdesk.periods import add_months, month_start

HISTORY_MONTHS = 36
FUTURE_DAYS = 400  # room for follow-up dates and goal deadlines
PAST_DAYS = 2_200  # room for customers on the books years before the history starts


class DemoCalendar:
    """Days from the first of the month three years ago up to and including ``today``
    (``days``), followed by FUTURE_DAYS more for dates planned ahead."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.start = add_months(month_start(today), 1 - HISTORY_MONTHS)
        self.days = (today - self.start).days + 1
        dates = [self.start + dt.timedelta(days=i) for i in range(self.days + FUTURE_DAYS)]
        earliest = self.start - dt.timedelta(days=PAST_DAYS)
        self._iso = np.array(
            [(earliest + dt.timedelta(days=i)).isoformat() for i in range(PAST_DAYS)]
            + [d.isoformat() for d in dates],
            dtype=object,
        )
        self.month = np.array([_months_between(self.start, d) for d in dates], dtype=np.int32)
        self.year = np.array([d.year for d in dates], dtype=np.int32)
        self.months = [add_months(self.start, m) for m in range(HISTORY_MONTHS)]
        self.demand = self._demand(dates)  # the future too, to project goals to their end
        self.cumulative_demand = np.concatenate(([0.0], np.cumsum(self.demand)))

    @staticmethod
    def _demand(dates: list[dt.date]) -> np.ndarray:
        """Relative demand of each day: the month's season times the weekday."""
        return np.array([MONTH_FACTOR[d.month - 1] * WEEKDAY_FACTOR[d.weekday()] for d in dates])

    def text(self, day: np.ndarray) -> np.ndarray:
        """ISO dates of day numbers (negative: before the history), as Python strings."""
        return self._iso[day + PAST_DAYS]

    def day_of(self, d: dt.date) -> int:
        return (d - self.start).days

    def date_of(self, day: int) -> dt.date:
        return self.start + dt.timedelta(days=int(day))

    def sample_days(
        self, rng: np.random.Generator, first: np.ndarray, last: np.ndarray
    ) -> np.ndarray:
        """One day in each ``[first, last]`` range, drawn in proportion to the demand."""
        low = self.cumulative_demand[first]
        high = self.cumulative_demand[last + 1]
        drawn = np.searchsorted(self.cumulative_demand, rng.uniform(low, high), side="right") - 1
        return np.clip(drawn, first, last).astype(np.int32)

    def demand_between(
        self, first: np.ndarray | int, last: np.ndarray | int
    ) -> np.ndarray | np.float64:
        """The total demand of the days ``first`` to ``last`` (inclusive), per range."""
        return self.cumulative_demand[last + 1] - self.cumulative_demand[first]


def _months_between(start: dt.date, d: dt.date) -> int:
    return (d.year - start.year) * 12 + d.month - start.month
