"""Money, numbers, percentages and dates follow the language; the currency the database."""

from __future__ import annotations

import datetime as dt

from salesdesk import i18n
from salesdesk.formatting import (
    format_date,
    format_money,
    format_month,
    format_number,
    format_percent,
    format_points,
    money_major,
)

NBSP = "\xa0"
NARROW_NBSP = "\u202f"


def test_english_formats() -> None:
    assert format_money(123456789, "USD") == "$1,234,567.89"
    assert format_money(123456789, "USD", decimals=0) == "$1,234,568"
    assert format_number(1234567.891, 2) == "1,234,567.89"
    assert format_percent(0.1834) == "18.3%"
    assert format_percent(0.05, signed=True) == "+5.0%"
    assert format_percent(-0.05, signed=True) == "-5.0%"
    assert format_date(dt.date(2026, 11, 28)) == "Nov 28, 2026"
    assert format_month(dt.date(2026, 11, 1)) == "November 2026"


def test_russian_formats() -> None:
    with i18n.language_set_to("ru"):
        assert format_money(123456789, "RUB") == f"1{NBSP}234{NBSP}567,89{NBSP}₽"
        assert format_number(1234567.891, 2) == f"1{NBSP}234{NBSP}567,89"
        assert format_percent(0.1834) == "18,3%"
        assert format_date(dt.date(2026, 11, 28)) == f"28 нояб. 2026{NARROW_NBSP}г."


def test_a_change_that_shows_as_zero_has_no_sign() -> None:
    assert format_percent(-0.0004, signed=True) == "0.0%"
    assert format_percent(0.0004, signed=True) == "0.0%"
    assert format_percent(-0.0004) == "0.0%"
    assert format_points(-0.0004) == "0.0 pp"
    assert format_points(0.0004) == "0.0 pp"
    with i18n.language_set_to("ru"):
        assert format_points(-0.0004) == "0,0 п. п."


def test_points_are_signed_and_rounded_half_up() -> None:
    assert format_points(0.015) == "+1.5 pp"
    assert format_points(-0.00251) == "-0.3 pp"
    assert format_points(0.00025) == "0.0 pp"
    assert format_points(0.0005) == "+0.1 pp"  # half up, not to even
    assert format_points(None) == "—"
    with i18n.language_set_to("ru"):
        assert format_points(-0.123) == "-12,3 п. п."


def test_the_currency_comes_from_the_caller_not_the_language() -> None:
    with i18n.language_set_to("ru"):
        assert format_money(100, "USD").endswith("$")
    assert format_money(90000, "RUB") == f"RUB{NBSP}900.00"
    assert format_money(-150, "USD") == "-$1.50"


def test_missing_values_show_a_dash_and_major_units_round_to_cents() -> None:
    assert format_money(None, "RUB") == "—"
    assert format_percent(None) == "—"
    assert money_major(123456) == 1234.56
    assert money_major(None) is None
