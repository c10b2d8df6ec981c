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
