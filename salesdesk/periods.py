"""Reporting periods (SPEC §3): closed date ranges, calendar and fiscal units, and their labels.

A fiscal year is named after the calendar year it starts in: with the fiscal year starting in
April, fiscal 2026 runs from 1 April 2026 to 31 March 2027, and its first quarter is
April–June 2026. With the default start month 1 fiscal and calendar units coincide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from salesdesk import i18n
from salesdesk.formatting import format_date
from salesdesk.i18n import tr

KINDS = ("month", "quarter", "year", "custom")
# The dates SalesDesk accepts anywhere (imports, periods, the command line): a sane business
# range that leaves room for figures reaching years back and ahead of any date in it.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}
_PATTERNS = (
    (re.compile(r"(\d{4})-[Qq]([1-4])"), "quarter"),
    (re.compile(r"(\d{4})-(\d{2})"), "month"),
    (re.compile(r"(\d{4})"), "year"),
)


def check_date_range(d: date) -> date:
    """``d`` if SalesDesk accepts it; raises ValueError (translated) otherwise."""
    if not FIRST_DAY <= d <= LAST_DAY:
        raise ValueError(
            tr(
                "{date} is outside the dates SalesDesk accepts ({first} to {last})",
                date=d.isoformat(),
                first=FIRST_DAY.isoformat(),
                last=LAST_DAY.isoformat(),
            )
        )
    return d


def month_start(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, the day clamped to the target month (31 Jan + 1 = 28 Feb)."""
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, _days_in_month(year, month + 1)))


def _days_in_month(year: int, month: int) -> int:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return (first_of_next - timedelta(days=1)).day


def _one_year_earlier(d: date) -> date:
    return add_months(d, -12)  # 29 Feb -> 28 Feb, every other date keeps its day


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of dates [start, end]; ``kind`` says whether it is a calendar unit."""

    start: date
    end: date  # inclusive
    kind: str = field(default="custom", compare=False)
    fiscal_start_month: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")

    # --- constructors ---------------------------------------------------------------------

    @classmethod
    def _unit(cls, start: date, kind: str, fiscal_start_month: int = 1) -> Period:
        end = add_months(start, _UNIT_MONTHS[kind]) - timedelta(days=1)
        return cls(start, end, kind, fiscal_start_month)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls._unit(date(year, month, 1), "month")

    @classmethod
    def quarter(cls, year: int, q: int, fiscal_start_month: int = 1) -> Period:
        """Quarter ``q`` (1–4) of fiscal year ``year``."""
        if not 1 <= q <= 4:
            raise ValueError(f"quarter {q} is not 1-4")
        start = add_months(date(year, fiscal_start_month, 1), 3 * (q - 1))
        return cls._unit(start, "quarter", fiscal_start_month)

    @classmethod
    def year(cls, year: int, fiscal_start_month: int = 1) -> Period:
        return cls._unit(date(year, fiscal_start_month, 1), "year", fiscal_start_month)

    @classmethod
    def parse(cls, text: str, fiscal_start_month: int = 1) -> Period:
        """Reads "2026-Q3", "2026-07" or "2026"; raises ValueError for anything else."""
        for pattern, kind in _PATTERNS:
            if match := pattern.fullmatch(text.strip()):
                try:
                    period = cls._from_match(kind, match, fiscal_start_month)
                except ValueError:
                    break  # e.g. month 13
                check_date_range(period.start)
                check_date_range(period.end)
                return period
        raise ValueError(tr("{text!r} is not a period; use 2026-Q3, 2026-07 or 2026", text=text))

    @classmethod
    def _from_match(cls, kind: str, match: re.Match[str], fiscal_start_month: int) -> Period:
        year = int(match[1])
        if kind == "quarter":
            return cls.quarter(year, int(match[2]), fiscal_start_month)
        if kind == "month":
            return cls.month(year, int(match[2]))
        return cls.year(year, fiscal_start_month)

    @classmethod
    def containing(cls, d: date, kind: str, fiscal_start_month: int = 1) -> Period:
        """The month, quarter or (fiscal) year that ``d`` falls in."""
        if kind == "month":
            return cls._unit(month_start(d), "month")
        if kind not in ("quarter", "year"):
            raise ValueError(f"no unit period of kind {kind!r}")
        months_into_year = (d.month - fiscal_start_month) % 12
        months_into_unit = months_into_year % _UNIT_MONTHS[kind]
        return cls._unit(add_months(month_start(d), -months_into_unit), kind, fiscal_start_month)

    # --- arithmetic -----------------------------------------------------------------------

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def _shifted_units(self, n: int) -> Period:
        start = add_months(self.start, n * _UNIT_MONTHS[self.kind])
        return self._unit(start, self.kind, self.fiscal_start_month)

    def previous(self) -> Period:
        """The previous month / quarter / year, or the range of equal length just before."""
        if self.kind in _UNIT_MONTHS:
            return self._shifted_units(-1)
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def next(self) -> Period:
        if self.kind in _UNIT_MONTHS:
            return self._shifted_units(1)
        start = self.end + timedelta(days=1)
        return Period(start, start + timedelta(days=self.days - 1))

    def year_ago(self) -> Period:
        """The same dates one year earlier (29 Feb becomes 28 Feb)."""
        if self.kind in _UNIT_MONTHS:
            return self._shifted_units(-12 // _UNIT_MONTHS[self.kind])
        return Period(_one_year_earlier(self.start), _one_year_earlier(self.end))

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def comparisons(self) -> list[Period]:
        """What a figure of this period is compared with (SPEC §3a): the previous period of
        equal length, then the same period a year earlier — once, when they are the same
        period, as a year's previous period is the year before."""
        previous, year_ago = self.previous(), self.year_ago()
        return [previous] if previous == year_ago else [previous, year_ago]

    # --- labels ---------------------------------------------------------------------------

    def label(self, *, case: str = "nominative", in_text: bool = False) -> str:
        """ "July 2026", "Q3 2026", "2026", "FY 2026/27", "Jul 1, 2026 – Aug 15, 2026".

        ``case="dative"`` gives the form that follows "к" in Russian ("к ноябрю 2026"); the
        other kinds and English read the same in every case. A Russian month starts with a
        capital as a title, and lower-case ``in_text`` ("последний — сентябрь 2026")."""
        if self.kind == "month":
            label = _month_label(self.start, case)
            return label[0].lower() + label[1:] if in_text and i18n.language() == "ru" else label
        if self.kind == "quarter":
            return self._quarter_label()
        if self.kind == "year":
            return self._fiscal_year_label()
        return f"{format_date(self.start)} – {format_date(self.end)}"

    def _fiscal_year(self) -> int:
        return (
            self.start.year if self.start.month >= self.fiscal_start_month else self.start.year - 1
        )

    def _fiscal_year_label(self) -> str:
        year = self._fiscal_year()
        if self.fiscal_start_month == 1:
            return str(year)
        return tr("FY {first}/{second}", first=year, second=f"{(year + 1) % 100:02d}")

    def _quarter_label(self) -> str:
        q = (self.start.month - self.fiscal_start_month) % 12 // 3 + 1
        return tr("Q{q} {year}", q=q, year=self._fiscal_year_label())


def _month_label(d: date, case: str = "nominative") -> str:
    from babel.dates import format_date

    if case == "dative" and i18n.language() == "ru":
        from salesdesk.locale_ru.metrics import MONTHS_DATIVE

        return f"{MONTHS_DATIVE[d.month - 1]} {d.year}"
    return format_date(d, "LLLL y", locale=i18n.language()).capitalize()


def period_code(period: Period) -> str:
    """ "2026-Q4", "2026-11", "2026" (fiscal years by the year they start in), or two dates."""
    if period.kind == "month":
        return f"{period.start:%Y-%m}"
    if period.kind in ("quarter", "year"):
        fiscal_start = period.fiscal_start_month
        # a fiscal year is named after the calendar year it starts in
        year = Period.containing(period.start, "year", fiscal_start).start.year
        if period.kind == "year":
            return str(year)
        quarters = (Period.quarter(year, q, fiscal_start) for q in range(1, 5))
        number = next(q for q, quarter in enumerate(quarters, 1) if quarter == period)
        return f"{year}-Q{number}"
    return f"{period.start:%Y-%m-%d}_{period.end:%Y-%m-%d}"


def units_overlapping(period: Period, unit: str, fiscal_start: int) -> list[tuple[int, Period]]:
    """The months or quarters that overlap ``period``, each with its start's month index."""
    units = [Period.containing(period.start, unit, fiscal_start)]
    while units[-1].end < period.end:
        units.append(units[-1].next())
    return [(u.start.year * 12 + u.start.month - 1, u) for u in units]
