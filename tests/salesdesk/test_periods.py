"""Periods: units, fiscal years, arithmetic and labels in English and Russian."""

from __future__ import annotations

from datetime import date

import pytest

from salesdesk import i18n
from salesdesk.periods import Period, add_months, month_start


def test_add_months_clamps_the_day() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)
    assert month_start(date(2026, 7, 19)) == date(2026, 7, 1)


def test_calendar_units() -> None:
    assert Period.month(2024, 2) == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert Period.quarter(2026, 3) == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert Period.year(2026) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert Period.year(2026).days == 365
    assert Period.month(2024, 2).kind == "month"


def test_fiscal_units_start_in_april() -> None:
    assert Period.year(2026, 4) == Period(date(2026, 4, 1), date(2027, 3, 31))
    assert Period.quarter(2026, 1, 4) == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert Period.quarter(2026, 4, 4) == Period(date(2027, 1, 1), date(2027, 3, 31))


@pytest.mark.parametrize(
    ("text", "fiscal_start", "expected"),
    [
        ("2026-Q3", 1, (date(2026, 7, 1), date(2026, 9, 30), "quarter")),
        ("2026-q1", 4, (date(2026, 4, 1), date(2026, 6, 30), "quarter")),
        ("2026-07", 1, (date(2026, 7, 1), date(2026, 7, 31), "month")),
        ("2026-07", 4, (date(2026, 7, 1), date(2026, 7, 31), "month")),
        ("2026", 1, (date(2026, 1, 1), date(2026, 12, 31), "year")),
        (" 2026 ", 4, (date(2026, 4, 1), date(2027, 3, 31), "year")),
    ],
)
def test_parse(text: str, fiscal_start: int, expected: tuple[date, date, str]) -> None:
    period = Period.parse(text, fiscal_start)
    assert (period.start, period.end, period.kind) == expected


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "26", "2026-7", "July", "", "2026-00"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="is not a period"):
        Period.parse(text)


def test_containing() -> None:
    d = date(2026, 2, 10)
    assert Period.containing(d, "month") == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period.containing(d, "quarter") == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert Period.containing(d, "year") == Period(date(2026, 1, 1), date(2026, 12, 31))
    # Fiscal year from April: February 2026 belongs to fiscal 2025, its fourth quarter.
    assert Period.containing(d, "quarter", 4) == Period.quarter(2025, 4, 4)
    assert Period.containing(d, "year", 4) == Period(date(2025, 4, 1), date(2026, 3, 31))
    assert Period.containing(date(2026, 4, 1), "year", 4) == Period.year(2026, 4)
    with pytest.raises(ValueError):
        Period.containing(d, "custom")


def test_previous_and_next_units() -> None:
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert Period.quarter(2026, 4, 4).next() == Period.quarter(2027, 1, 4)
    assert Period.year(2026, 4).previous() == Period(date(2025, 4, 1), date(2026, 3, 31))
    assert Period.month(2026, 12).next() == Period.month(2027, 1)


def test_previous_and_next_custom_have_equal_length() -> None:
    period = Period(date(2026, 7, 1), date(2026, 8, 15))  # 46 days
    assert period.previous() == Period(date(2026, 5, 16), date(2026, 6, 30))
    assert period.next() == Period(date(2026, 8, 16), date(2026, 9, 30))
    assert period.previous().days == period.next().days == 46


def test_year_ago() -> None:
    assert Period.month(2025, 2).year_ago() == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert Period.quarter(2026, 1, 4).year_ago() == Period.quarter(2025, 1, 4)
    custom = Period(date(2024, 2, 29), date(2024, 3, 10))
    assert custom.year_ago() == Period(date(2023, 2, 28), date(2023, 3, 10))


def test_invalid_period() -> None:
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 31))


LABELS = [
    (Period.month(2026, 7), "July 2026", "Июль 2026"),
    (Period.quarter(2026, 3), "Q3 2026", "3 кв. 2026"),
    (Period.year(2026), "2026", "2026"),
    (
        Period(date(2026, 7, 1), date(2026, 8, 15)),
        "Jul 1, 2026 – Aug 15, 2026",  # the dates as formatting.format_date writes them
        "1 июл. 2026\u202fг. – 15 авг. 2026\u202fг.",  # a narrow no-break space before г.
    ),
    (Period.year(2026, 4), "FY 2026/27", "ФГ 2026/27"),
    (Period.quarter(2026, 4, 4), "Q4 FY 2026/27", "4 кв. ФГ 2026/27"),
    (Period.year(2099, 10), "FY 2099/00", "ФГ 2099/00"),
]


@pytest.mark.parametrize(("period", "english", "russian"), LABELS)
def test_labels(period: Period, english: str, russian: str) -> None:
    assert period.label() == english
    with i18n.language_set_to("ru"):
        assert period.label() == russian


def test_fiscal_labels_survive_arithmetic() -> None:
    assert Period.quarter(2026, 1, 4).previous().label() == "Q4 FY 2025/26"


def test_a_year_is_compared_once_with_the_year_before() -> None:
    # The previous period of 2026 is 2025, and so is the same period a year earlier.
    assert Period.year(2026).comparisons() == [Period.year(2025)]
    assert Period.year(2026, 4).comparisons() == [Period.year(2025, 4)]


def test_shorter_periods_are_compared_twice() -> None:
    assert Period.quarter(2026, 3).comparisons() == [
        Period.quarter(2026, 2),
        Period.quarter(2025, 3),
    ]
    assert Period.month(2026, 7).comparisons() == [Period.month(2026, 6), Period.month(2025, 7)]
    # 365 days before 1 Jan 2026 - 31 Dec 2026 are the dates a year earlier: once.
    whole_year = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert whole_year.comparisons() == [Period(date(2025, 1, 1), date(2025, 12, 31))]


def test_a_russian_month_in_running_text_is_lower_case() -> None:
    september = Period.month(2026, 9)
    with i18n.language_set_to("ru"):
        assert september.label() == "Сентябрь 2026"  # a title
        assert september.label(in_text=True) == "сентябрь 2026"  # "последний — сентябрь 2026"
        assert Period.quarter(2026, 3).label(in_text=True) == "3 кв. 2026"
    assert september.label(in_text=True) == "September 2026"
