"""Values as spreadsheets write them: numbers, money, dates, yes/no (SPEC §8)."""

from __future__ import annotations

import datetime as dt

import pytest

from salesdesk.errors import UsageError
from salesdesk.exchange.fields import apply_overrides, guess_mapping, mapping_problems
from salesdesk.exchange.parsing import (
    AmbiguousDatesError,
    DateParser,
    parse_bool,
    parse_quantity,
    parse_text,
    plain_money_column,
    sniff_decimal_comma,
)
from salesdesk.money import parse_money


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("1 234,56", 123456),  # Russian: space groups, comma decimal
        ("1\u00a0234,56", 123456),  # no-break space, as Excel writes it
        ("1\u202f234,56", 123456),  # narrow no-break space
        ("1,234.56", 123456),  # English
        ("1.234,56", 123456),  # German-style grouping
        ("1234.5", 123450),
        ("1234", 123400),
        ("-12,50", -1250),
        ("\u221212.50", -1250),  # a typographic minus
        ("1,234,567.80", 123456780),
        (" 7 ", 700),
        ("0.005", 1),  # half a kopeck rounds up
        ("2.675", 268),  # as Decimal, not as the float 2.67499999...
        ("-0.005", -1),  # half away from zero
    ],
)
def test_money_in_both_styles(text: str, minor: int) -> None:
    assert parse_money(text) == minor


def test_a_lone_comma_group_follows_the_files_style() -> None:
    assert parse_money("1,234") == 123400  # a thousand in an English file
    assert parse_money("1,234", decimal_comma=True) == 123  # 1.234 in a Russian file
    assert parse_money("12,5") == 1250  # never a thousands group: a decimal comma anywhere


@pytest.mark.parametrize("text", ["abc", "1.2.3", "12a", "", "1,23,4.5.6", "--1"])
def test_not_numbers_are_refused_with_the_value(text: str) -> None:
    with pytest.raises(ValueError, match="not a number"):
        parse_money(text)


def test_numbers_from_xlsx_cells_are_taken_as_they_are() -> None:
    assert parse_money(1234.5) == 123450
    assert parse_money(-12) == -1200
    assert parse_quantity(2.5) == 2.5
    assert parse_quantity("2,5") == 2.5


def test_decimal_style_is_sniffed_from_unambiguous_numbers() -> None:
    assert sniff_decimal_comma(["1 234,56", "12,5", "7"], delimiter=",") is True
    assert sniff_decimal_comma(["1,234.56", "12.50"], delimiter=";") is False
    # only "1,234" seen: the delimiter decides (semicolons come from decimal-comma locales)
    assert sniff_decimal_comma(["1,234"], delimiter=";") is True
    assert sniff_decimal_comma(["1,234"], delimiter=",") is False


def test_plain_money_column_is_exact_and_declines_what_it_cannot_do_exactly() -> None:
    assert plain_money_column(["1.00", "-12.50", "3", "0.1", "19.99"]) == [
        100,
        -1250,
        300,
        10,
        1999,
    ]
    assert plain_money_column(["1.005"]) is None  # three decimals: rounding needs Decimal
    assert plain_money_column(["1e5"]) is None
    assert plain_money_column(["12", ""]) is None  # an empty cell is the careful parser's job
    assert plain_money_column(["1 234"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-31", dt.date(2026, 1, 31)),
        ("2026-01-31 14:05:00", dt.date(2026, 1, 31)),
        ("2026-01-31T14:05:00", dt.date(2026, 1, 31)),
        ("31.01.2026", dt.date(2026, 1, 31)),
        ("5.3.2026", dt.date(2026, 3, 5)),
        ("31.01.26", dt.date(2026, 1, 31)),  # 1C's two-digit year
        ("01/31/2026", dt.date(2026, 1, 31)),  # mm/dd/yyyy
        ("3/5/2026", dt.date(2026, 3, 5)),  # 5 March
    ],
)
def test_dates_in_the_known_styles(text: str, expected: dt.date) -> None:
    assert DateParser().parse(text) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "2026-13-01", "yesterday", "13/13/2026"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        DateParser().parse(text)


def test_a_day_above_12_in_the_sample_makes_slash_dates_day_first() -> None:
    dates = DateParser()
    dates.sniff(["03/04/2026", "25/04/2026"])
    assert dates.parse("03/04/2026") == dt.date(2026, 4, 3)


def test_slash_dates_that_read_both_ways_stop_the_file() -> None:
    dates = DateParser()
    dates.sniff(["03/04/2026"])  # nothing tells: month first, as SPEC §8 lists it
    assert dates.parse("03/04/2026") == dt.date(2026, 3, 4)
    with pytest.raises(AmbiguousDatesError, match="--date-format"):
        dates.parse("25/04/2026")


def test_an_explicit_format_settles_it() -> None:
    dates = DateParser("%d/%m/%Y")
    assert dates.parse("03/04/2026") == dt.date(2026, 4, 3)
    with pytest.raises(ValueError, match="format %d/%m/%Y"):
        dates.parse("2026-04-03")


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),  # after Lotus's phantom 29 February 1900
        (45658, dt.date(2025, 1, 1)),
        (46022.75, dt.date(2025, 12, 31)),  # a time of day is dropped
    ],
)
def test_excel_serial_dates(serial: float, expected: dt.date) -> None:
    assert DateParser().parse(serial) == expected


def test_excel_serial_dates_in_a_1904_workbook() -> None:
    assert DateParser(epoch_1904=True).parse(0 + 1) == dt.date(1904, 1, 2)


def test_datetimes_from_xlsx_cells_keep_their_day() -> None:
    assert DateParser().parse(dt.datetime(2026, 5, 6, 23, 59)) == dt.date(2026, 5, 6)


@pytest.mark.parametrize(
    ("word", "value"), [("Yes", True), ("да", True), ("0", False), ("нет", False)]
)
def test_yes_and_no_in_both_languages(word: str, value: bool) -> None:
    assert parse_bool(word) is value


def test_text_loses_an_exports_protective_apostrophe_only_before_a_formula_character() -> None:
    assert parse_text("'=SUM(A1)") == "=SUM(A1)"
    assert parse_text("'-12") == "-12"
    assert parse_text("O'Brien") == "O'Brien"
    assert parse_text("'quoted'") == "'quoted'"
    assert parse_text(12345.0) == "12345"  # a code typed as a number in Excel


def test_russian_and_english_headers_are_matched_case_insensitively() -> None:
    headers = ["ДАТА", "Номер заказа", "Клиент", "Кол-во", "Сумма", "Менеджер", "SKU", "Цена"]
    assert guess_mapping("sales", headers) == {
        "ДАТА": "date",
        "Номер заказа": "order_ref",
        "Клиент": "customer_name",
        "Кол-во": "quantity",
        "Сумма": "amount",
        "Менеджер": "member",
        "SKU": "product_code",
        "Цена": "unit_price",
    }
    assert guess_mapping("sales", ["Order_Ref", "Customer Code", "e-mail"]) == {
        "Order_Ref": "order_ref",
        "Customer Code": "customer_code",
    }


def test_overrides_move_a_field_and_drop_a_column() -> None:
    headers = ("Дата", "Сумма", "Итого")
    mapping = guess_mapping("sales", headers)
    assert mapping == {"Дата": "date", "Сумма": "amount"}
    changed = apply_overrides("sales", headers, mapping, ["Итого=amount", "дата="])
    assert changed == {"Итого": "amount"}
    with pytest.raises(UsageError, match="no column"):
        apply_overrides("sales", headers, mapping, ["Nope=amount"])
    with pytest.raises(UsageError, match="not a field"):
        apply_overrides("sales", headers, mapping, ["Итого=revenue"])
    with pytest.raises(UsageError, match="COLUMN=FIELD"):
        apply_overrides("sales", headers, mapping, ["Итого"])


def test_a_mapping_without_a_required_field_says_which() -> None:
    assert mapping_problems("sales", {"a": "date", "b": "amount"}) == [
        "no column is mapped to Customer code or Customer"
    ]
    assert mapping_problems("products", {"a": "name", "b": "name"}) == [
        "Name is mapped to more than one column"
    ]
