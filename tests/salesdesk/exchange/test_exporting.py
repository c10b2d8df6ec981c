"""Exports (SPEC §7, §8): round trips, formula injection, numbers staying numbers, goals."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk import i18n
from salesdesk.exchange import exporting
from salesdesk.exchange.exporting import ExportCancelledError, ExportError, export_table
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.exchange.exchange_files import run_import, totals, write_csv

KINDS_IN_IMPORT_ORDER = ("members", "products", "customers", "sales")

MEMBERS = [
    ["name", "role", "team", "reports to", "email", "phone", "hired on", "left on", "capacity"],
    ["Olga Smirnova", "head", "Sales", "", "olga@x.ru", "+7 495 000-00-00", "2020-01-15", "",
     ""],
    ["Ivan Petrov", "manager", "Moscow", "Olga Smirnova", "ivan@x.ru", "", "2021-03-01",
     "2026-06-30", "40"],
]  # fmt: skip
PRODUCTS = [
    ["code", "name", "category", "unit cost", "list price", "active"],
    ["P-1", "+cmd|' /C calc'!A0", "Hardware/Laptops", "600.00", "999.90", "yes"],
    ["P-2", "Mouse", "Hardware/Accessories", "2.50", "9.99", "no"],
]
CUSTOMERS = [
    ["code", "name", "kind", "account type", "territory", "owner", "persona",
     "acquisition channel", "created on", "contact", "email", "phone", "status", "lost reason",
     "notes"],
    ["C-1", '=HYPERLINK("http://evil","click")', "company", "Corporate", "Russia/Central/Moscow",
     "Ivan Petrov", "Office buyer", "Partners", "2024-05-01", "Anna", "a@c1.ru", "", "", "",
     "-Alpha notes"],
    ["C-2", "@SUM(A1:A9)", "person", "Private person", "Russia/Central", "", "", "", "2025-01-10",
     "", "", "", "lost", "Moved away", ""],
]  # fmt: skip
SALES = [
    ["order_ref", "line_ref", "date", "customer_code", "customer_name", "product_code",
     "quantity", "unit_price", "discount", "amount", "cost", "channel", "member"],
    ["SO-1", "SO-1-1", "2026-02-01", "C-1", "", "P-1", "2", "999.90", "99.80", "1900.00",
     "1200.00", "Partners", "Ivan Petrov"],
    ["RET-1", "RET-1-1", "2026-02-03", "C-1", "", "P-1", "-1", "12.50", "0", "-12.50", "-6.25",
     "Partners", "ivan@x.ru"],  # a return: negative quantity and amount
    ["SO-2", "SO-2-1", "2026-02-03", "C-2", "", "P-2", "1.5", "9.99", "0", "14.99", "3.75",
     "Store", ""],
]  # fmt: skip
FILES = {"members": MEMBERS, "products": PRODUCTS, "customers": CUSTOMERS, "sales": SALES}


@pytest.fixture
def filled_db(empty_db_path: Path, tmp_path: Path) -> Path:
    for kind in KINDS_IN_IMPORT_ORDER:
        summary = run_import(empty_db_path, write_csv(tmp_path / f"{kind}.csv", FILES[kind]), kind)
        assert summary.rejected == 0, summary.problems
    return empty_db_path


def export(db_path: Path, kind: str, path: Path) -> Path:
    with open_database(db_path) as database:
        export_table(database, kind, path)
    return path


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_data(
    filled_db: Path, tmp_path: Path, suffix: str, db_engine: EngineUnderTest
) -> None:
    copy = db_engine.create(tmp_path / f"copy{suffix}.sqlite")
    for kind in KINDS_IN_IMPORT_ORDER:
        exported = export(filled_db, kind, tmp_path / f"out-{kind}{suffix}")
        summary = run_import(copy, exported, kind)
        assert (summary.rejected, summary.problems) == (0, [])
    for kind in KINDS_IN_IMPORT_ORDER:
        original = read_csv(export(filled_db, kind, tmp_path / f"a-{kind}.csv"))
        again = read_csv(export(copy, kind, tmp_path / f"b-{kind}.csv"))
        assert again == original
    assert totals(copy) == totals(filled_db)


def test_csv_neutralises_formulas_and_keeps_negative_numbers_plain(
    filled_db: Path, tmp_path: Path
) -> None:
    customers = read_csv(export(filled_db, "customers", tmp_path / "c.csv"))
    assert customers[1][1] == '\'=HYPERLINK("http://evil","click")'
    assert customers[1][14] == "'-Alpha notes"
    assert customers[2][1] == "'@SUM(A1:A9)"
    products = read_csv(export(filled_db, "products", tmp_path / "p.csv"))
    assert products[1][:5] == ["P-1", "'+cmd|' /C calc'!A0", "Hardware/Laptops", "600.00", "999.90"]
    sales = read_csv(export(filled_db, "sales", tmp_path / "s.csv"))
    header = sales[0]
    ret = dict(zip(header, sales[2], strict=True))
    assert (ret["Quantity"], ret["Amount"], ret["Cost"]) == ("-1", "-12.50", "-6.25")
    assert (ret["Customer"], ret["Territory"]) == ("'=HYPERLINK(\"http://evil\",\"click\")",
                                                  "Russia/Central/Moscow")  # fmt: skip
    assert dict(zip(header, sales[3], strict=True))["Quantity"] == "1.5"


def test_xlsx_keeps_text_as_text_and_numbers_as_numbers(filled_db: Path, tmp_path: Path) -> None:
    sheet = load_workbook(export(filled_db, "sales", tmp_path / "s.xlsx")).active
    header = [cell.value for cell in sheet[1]]
    ret = {name: cell for name, cell in zip(header, sheet[3], strict=True)}
    assert ret["Customer"].data_type == "s"
    assert ret["Customer"].value == '\'=HYPERLINK("http://evil","click")'
    assert (ret["Amount"].data_type, ret["Amount"].value) == ("n", -12.5)
    assert (ret["Quantity"].data_type, ret["Quantity"].value) == ("n", -1)
    assert ret["Amount"].number_format == "#,##0.00"
    assert ret["Date"].is_date
    customers = load_workbook(export(filled_db, "customers", tmp_path / "c.xlsx")).active
    assert customers["B3"].value == "'@SUM(A1:A9)"
    assert customers["B3"].data_type == "s"  # not "f": openpyxl would write "=..." as a formula


def test_headers_follow_the_language_and_still_import(filled_db: Path, tmp_path: Path) -> None:
    with i18n.language_set_to("ru"):
        path = export(filled_db, "sales", tmp_path / "ru.csv")
    assert read_csv(path)[0][:4] == ["Номер заказа", "Номер строки", "Дата", "Код клиента"]
    assert run_import(filled_db, path, "sales").duplicates == 3


def test_goals_export_money_in_major_units_and_rates_as_ratios(
    empty_db_path: Path, tmp_path: Path
) -> None:
    with open_database(empty_db_path) as database, database.write() as connection:
        connection.exec_driver_sql(
            "INSERT INTO member (id, name, role) VALUES (1, 'Olga Smirnova', 'head')"
        )
        connection.exec_driver_sql(
            "INSERT INTO goal (id, title, description, metric, owner_member_id, baseline_kind,"
            " target_value, direction, budget, resource_notes, start_on, end_on) VALUES"
            " (1, 'Revenue 2026', '', 'revenue', 1, 'previous_period', 12345600, 'higher',"
            " 50000, '', '2026-01-01', '2026-12-31'),"
            " (2, '=Churn down', '', 'churn_rate', 1, 'previous_period', 0.15, 'lower',"
            " NULL, '', '2026-01-01', '2026-12-31')"
        )
    rows = read_csv(export(empty_db_path, "goals", tmp_path / "goals.csv"))
    assert rows[0][:11] == ["Title", "Description", "Metric", "Unit", "Owner", "Parent goal",
                            "Scope", "Baseline", "Target", "Direction", "Budget"]  # fmt: skip
    assert rows[1][8:13] == ["123456.00", "higher", "500.00", "2026-01-01", "2026-12-31"]
    assert rows[2][0] == "'=Churn down"
    assert rows[2][8] == "0.15"
    sheet = load_workbook(export(empty_db_path, "goals", tmp_path / "goals.xlsx")).active
    assert sheet["I2"].value == 123456
    assert sheet["L2"].is_date


def test_an_unknown_extension_or_an_oversized_sheet_is_refused(
    filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export(filled_db, "sales", tmp_path / "out.pdf")
    monkeypatch.setattr(exporting, "XLSX_MAX_ROWS", 3)
    with pytest.raises(ExportError, match=r"export to \.csv"):
        export(filled_db, "sales", tmp_path / "out.xlsx")
    assert list(tmp_path.glob("*out*")) == []


def test_a_cancelled_export_leaves_no_file(
    filled_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "_PROGRESS_EVERY", 1)
    with open_database(filled_db) as database, pytest.raises(ExportCancelledError):
        export_table(database, "sales", tmp_path / "out.csv", cancelled=lambda: True)
    assert list(tmp_path.glob("*out*")) == []  # neither the file nor its temporary part


def test_sales_of_a_period_and_a_scope(filled_db: Path, tmp_path: Path) -> None:
    """SO-1 (1 Feb, Ivan, Partners), RET-1 (3 Feb, Ivan, Partners), SO-2 (3 Feb, no one,
    Store): the export keeps what the period and the scope keep, in the same columns."""
    from salesdesk.metrics.scope import Scope
    from salesdesk.periods import Period

    with open_database(filled_db) as database:
        with database.read() as connection:
            ivan, store = (
                connection.exec_driver_sql(sql).scalar_one()
                for sql in (
                    "SELECT id FROM member WHERE name = 'Ivan Petrov'",
                    "SELECT id FROM channel WHERE name = 'Store'",
                )
            )
        february_3 = Period(date(2026, 2, 3), date(2026, 2, 3))
        cases = {
            "day.csv": (february_3, None, ["RET-1", "SO-2"]),
            "ivan.csv": (None, Scope(member_id=ivan), ["SO-1", "RET-1"]),
            "store.xlsx": (Period.month(2026, 2), Scope(channel_id=store), ["SO-2"]),
            "none.csv": (Period.month(2026, 3), None, []),
        }
        for name, (period, scope, orders) in cases.items():
            count = export_table(database, "sales", tmp_path / name, period=period, scope=scope)
            assert count == len(orders), name
    rows = read_csv(tmp_path / "day.csv")
    assert rows[0] == read_csv(export(filled_db, "sales", tmp_path / "all.csv"))[0]
    assert [row[0] for row in rows[1:]] == ["RET-1", "SO-2"]
    assert [row[0] for row in read_csv(tmp_path / "ivan.csv")[1:]] == ["SO-1", "RET-1"]
    sheet = load_workbook(tmp_path / "store.xlsx").active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["SO-2"]
    assert read_csv(tmp_path / "none.csv")[1:] == []


def test_the_xlsx_writer_handles_what_text_may_hold(tmp_path: Path) -> None:
    """Markup characters, control characters XML cannot hold, leading spaces, big numbers."""
    from decimal import Decimal

    from salesdesk.exchange.xlsx import CellKind, write_xlsx

    path = tmp_path / "odd.xlsx"
    kinds = [CellKind.TEXT, CellKind.MONEY, CellKind.NUMBER, CellKind.DATE]
    rows = [
        ['<a & b> "c"', Decimal("1234567.50"), 2.5, date(2026, 2, 28)],
        ["  padded\x01", Decimal("-0.01"), 10**12, date(1999, 12, 31)],
        ["only text", None, None, None],
    ]
    write_xlsx(path, ["Text", "Money", "Number", "Date"], kinds, rows)
    sheet = load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Text", "Money", "Number", "Date")
    assert values[1][:3] == ('<a & b> "c"', 1234567.5, 2.5)
    assert values[1][3].date() == date(2026, 2, 28)
    assert values[2][:3] == ("  padded", -0.01, 10**12)
    assert values[2][3].date() == date(1999, 12, 31)
    assert values[3] == ("only text", None, None, None)
