"""The clock of the metrics: today, and the day that closes a period (running periods to date)."""

from __future__ import annotations

from datetime import date, timedelta

from salesdesk.periods import Period


def today() -> date:
    """The current date; the one place the metrics read the clock."""
    return date.today()


def closing_day(period: Period) -> date:
    """The day whose status closes ``period``: its end; today while it runs, so that customers
    who may still buy before the end are not counted as lost yet; its first day when it has
    not begun."""
    return min(period.end, max(today(), period.start))


def elapsed_part(period: Period) -> Period:
    """The part of ``period`` up to today: the whole period once it is over."""
    end = closing_day(period)
    return period if end == period.end else Period(period.start, end)


def first_days(period: Period, days: int) -> Period:
    """The first ``days`` days of ``period`` (all of it when it is shorter)."""
    if days >= period.days:
        return period
    return Period(period.start, period.start + timedelta(days=days - 1))


def running_month(as_of: date) -> date | None:
    """The first day of the month of ``as_of`` when the figures stop before its end (a month
    still running, counted to date), else None: charts draw its bar as "to date"."""
    month = Period.containing(as_of, "month")
    return month.start if as_of < month.end else None
