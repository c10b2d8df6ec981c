"""Money in Decimal, half up, once (SPEC §3a Money): the GUI, the PDFs and the command line
print the same digits, worked out by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from salesdesk import i18n
from salesdesk.cli.main import main
from salesdesk.formatting import format_money, format_number, format_percent, money_major
from salesdesk.money import line_amount, major_units, minor_units, parse_money, round_half_up
from salesdesk.store.db import open_database


def test_a_line_is_rounded_once_half_up() -> None:
    # 0.7 x 1.65 = 1.155 -> 1.16 (a float product, 1.1549999..., would give 1.15)
    assert line_amount(0.7, 165) == 116
    assert line_amount(3, 1050, 50) == 3100
    assert line_amount(2.5, 1) == 3  # 2.5 kopecks: half up
    assert minor_units(-2.5) == -3  # half away from zero: a return mirrors its sale
    assert round_half_up(Decimal("7759.915"), 2) == Decimal("7759.92")


def test_shown_amounts_round_half_up_not_to_even() -> None:
    assert format_money(250, "USD", decimals=0) == "$3"  # Babel alone prints $2
    assert format_money(350, "USD", decimals=0) == "$4"
    assert format_money(775991.5, "USD") == "$7,759.92"  # an average of 775991.5 cents
    assert format_number(2.5) == "3"
    assert format_percent(0.00125, 1) == "0.1%"  # 0.125 % -> 0.1 %, 0.135 % -> 0.1 %
    assert format_percent(0.00135, 2) == "0.14%"
    assert money_major(775991.5) == 7759.92
    assert major_units(1) == Decimal("0.01")


def test_kpi_prints_the_digits_the_gui_shows(
    empty_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # two orders of 7759.91 and 7759.92: the average is 7759.915 -> 7759.92 everywhere
    with open_database(empty_db_path) as database, database.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customer (id, code, name, kind, created_on, notes)"
            " VALUES (1, 'C1', 'One', 'company', '2026-01-01', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO sale (order_ref, date, customer_id, quantity, unit_price, discount,"
            " amount, cost) VALUES ('A', '2026-01-05', 1, 1, 775991, 0, 775991, NULL),"
            " ('B', '2026-01-06', 1, 1, 775992, 0, 775992, NULL)"
        )
    args = ["kpi", "--db", str(empty_db_path)]
    assert main([*args, "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)["rows"][0]
    assert row["average_order_value"] == 7759.92
    assert main([*args, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split(",")[6] == "7759.92"
    assert main(args) == 0
    assert "7,759.92" in capsys.readouterr().out
    with i18n.language_set_to("en"):
        assert format_money(775991.5, "RUB") == "RUB\xa07,759.92"


def test_an_amount_as_typed_is_read_in_minor_units_half_up() -> None:
    assert parse_money("1 234,56") == 123456
    assert parse_money("0.005") == 1  # half a kopeck: half up
    assert parse_money("\u22122.5") == -250  # a typographic minus


@pytest.mark.parametrize(
    ("lang", "limit"), [("en", "10,000,000,000,000"), ("ru", "10\xa0000\xa0000\xa0000\xa0000")]
)
def test_an_amount_beyond_ten_trillion_is_refused_with_the_limit(lang: str, limit: str) -> None:
    with i18n.language_set_to(lang), pytest.raises(ValueError) as refused:
        parse_money("20000000000000")
    assert str(refused.value).endswith(f" {limit})")
