"""Importing sales lines (SPEC §8): values, created entities, duplicates, bad rows, options."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.exchange import (
    AmbiguousDatesError,
    ImportCancelledError,
    MappingError,
    import_file,
    importers,
    validate_file,
)
from salesdesk.store.db import open_database
from tests.salesdesk.exchange.exchange_files import (
    query,
    run_import,
    sale_indexes,
    totals,
    write_csv,
)

HEADER = ["order_ref", "line_ref", "date", "customer_code", "customer_name", "account_type",
          "territory", "product_code", "product_name", "category", "quantity", "unit_price",
          "discount", "amount", "cost", "channel", "member"]  # fmt: skip
LINES = [
    ["SO-1", "SO-1-1", "2026-01-10", "C1", "Alpha LLC", "Corporate", "Russia/Central/Moscow",
     "P1", "Laptop", "Hardware/Laptops", "2", "1000.00", "50.00", "1950.00", "1200.00",
     "Store", "Anna Ivanova"],
    # no amount: 3 x 10.50 - 0; no cost, and the new product P2 has none: unknown (SPEC §3a)
    ["SO-1", "SO-1-2", "2026-01-10", "C1", "Alpha LLC", "Corporate", "Russia/Central/Moscow",
     "P2", "Mouse", "Hardware/Accessories", "3", "10.50", "", "", "", "Store", ""],
    # "Moscow" is the one territory of that name; no unit price: 990.00 / 1; no cost:
    # 1 x P1's unit cost, learnt from line 1 (1200.00 / 2 = 600.00)
    ["SO-2", "SO-2-1", "2026-01-05", "C2", "Beta", "Private person", "Moscow", "P1", "Laptop",
     "", "1", "", "", "990.00", "", "E-commerce", ""],
]  # fmt: skip


@pytest.fixture
def sales_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "sales.csv", [HEADER, *LINES])


def test_lines_are_stored_in_minor_units_with_derived_values(
    empty_db_path: Path, sales_csv: Path
) -> None:
    summary = run_import(empty_db_path, sales_csv, "sales")
    assert (summary.rows, summary.added, summary.duplicates, summary.rejected) == (3, 3, 0, 0)
    assert summary.committed
    lines = query(
        empty_db_path,
        "SELECT s.line_ref, s.date, c.code, p.code, s.quantity, s.unit_price, s.discount,"
        " s.amount, s.cost FROM sale s JOIN customer c ON c.id = s.customer_id"
        " JOIN product p ON p.id = s.product_id ORDER BY s.line_ref",
    )
    assert lines == [
        ("SO-1-1", "2026-01-10", "C1", "P1", 2.0, 100000, 5000, 195000, 120000),
        ("SO-1-2", "2026-01-10", "C1", "P2", 3.0, 1050, 0, 3150, None),  # no cost: unknown
        ("SO-2-1", "2026-01-05", "C2", "P1", 1.0, 99000, 0, 99000, 60000),
    ]


def test_unknown_entities_are_created_once_and_counted(
    empty_db_path: Path, sales_csv: Path
) -> None:
    summary = run_import(empty_db_path, sales_csv, "sales")
    assert summary.created == {
        "account_type": 2,
        "category": 3,  # Hardware, Laptops, Accessories
        "channel": 2,
        "customer": 2,
        "member": 1,
        "product": 2,
        "territory": 3,  # Russia, Central, Moscow: "Moscow" on line 3 is the same one
    }
    moscow = query(
        empty_db_path,
        "SELECT t.name, parent.name, grand.name FROM territory t"
        " JOIN territory parent ON parent.id = t.parent_id"
        " JOIN territory grand ON grand.id = parent.parent_id",
    )
    assert moscow == [("Moscow", "Central", "Russia")]
    customers = query(
        empty_db_path,
        "SELECT c.code, c.name, a.name, t.name, c.created_on FROM customer c"
        " JOIN account_type a ON a.id = c.account_type_id"
        " JOIN territory t ON t.id = c.territory_id ORDER BY c.code",
    )
    assert customers == [
        ("C1", "Alpha LLC", "Corporate", "Moscow", "2026-01-10"),
        ("C2", "Beta", "Private person", "Moscow", "2026-01-05"),
    ]
    products = query(empty_db_path, "SELECT code, list_price, unit_cost FROM product ORDER BY code")
    assert products == [("P1", 100000, 60000), ("P2", 1050, 0)]
    channels = query(empty_db_path, "SELECT name, kind FROM channel ORDER BY name")
    assert channels == [("E-commerce", "online"), ("Store", "offline")]


def test_importing_the_same_file_twice_adds_nothing(empty_db_path: Path, sales_csv: Path) -> None:
    run_import(empty_db_path, sales_csv, "sales")
    before = totals(empty_db_path)
    again = run_import(empty_db_path, sales_csv, "sales")
    assert (again.added, again.duplicates, again.created) == (0, 3, {})
    assert totals(empty_db_path) == before
    assert before["sums"] == (195000 + 3150 + 99000, 120000 + 60000, 6.0)


def test_without_line_ref_a_duplicate_is_the_same_order_product_date_amount_customer(
    empty_db_path: Path, tmp_path: Path
) -> None:
    repeated = [*LINES, LINES[0]]  # the first line twice in one file
    path = write_csv(tmp_path / "no_refs.csv", [HEADER, *repeated])
    first = run_import(empty_db_path, path, "sales", overrides=["line_ref="])
    assert (first.added, first.duplicates) == (3, 1)
    second = run_import(empty_db_path, path, "sales", overrides=["line_ref="])
    assert (second.added, second.duplicates) == (0, 4)
    assert totals(empty_db_path)["sale"] == 3


def test_a_bad_row_stops_the_import_and_is_reported_with_line_and_column(
    empty_db_path: Path, sales_csv: Path, tmp_path: Path
) -> None:
    run_import(empty_db_path, sales_csv, "sales")
    before = totals(empty_db_path)
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            ["date", "customer", "amount"],
            ["2026-02-01", "Gamma", "10"],
            ["2026-02-30", "Gamma", "20"],  # line 3: no 30 February
            ["2026-02-03", "", "30"],  # line 4: no customer
            ["2026-02-04", "Delta", "forty"],  # line 5
        ],
    )
    summary = run_import(empty_db_path, bad, "sales")
    assert not summary.committed
    assert (summary.rows, summary.rejected, summary.added) == (4, 3, 0)
    assert [(p.line, p.column, p.reason) for p in summary.problems] == [
        (3, "date", "not a date: 2026-02-30"),
        (4, "customer", "empty, but a value is needed"),
        (5, "amount", "not a number: forty"),
    ]
    assert totals(empty_db_path) == before


def test_skip_imports_the_good_rows(empty_db_path: Path, tmp_path: Path) -> None:
    bad = write_csv(
        tmp_path / "bad.csv",
        [["date", "customer", "amount"], ["2026-02-01", "Gamma", "10"],
         ["2026-02-30", "Gamma", "20"], ["2026-02-04", "Delta", "40,5"]],
    )  # fmt: skip
    summary = run_import(empty_db_path, bad, "sales", on_error="skip")
    assert summary.committed
    assert (summary.added, summary.rejected) == (2, 1)
    assert summary.created == {"customer": 2}
    assert totals(empty_db_path)["sums"] == (1000 + 4050, None, 2.0)  # no cost given


def test_a_dry_run_reports_what_it_would_do_and_writes_nothing(
    empty_db_path: Path, sales_csv: Path
) -> None:
    before = totals(empty_db_path)
    summary = run_import(empty_db_path, sales_csv, "sales", dry_run=True)
    assert (summary.added, summary.dry_run, summary.committed) == (3, True, False)
    assert summary.created["customer"] == 2
    assert totals(empty_db_path) == before


def test_validation_on_the_database_says_what_an_import_would_create(
    empty_db_path: Path, sales_csv: Path
) -> None:
    """The import wizard's check before Import: the counts of the import itself, nothing
    written. A second check after the import finds every line a duplicate."""
    mapping = {column: column for column in HEADER}
    before = totals(empty_db_path)
    with open_database(empty_db_path) as database:
        summary = validate_file(sales_csv, "sales", mapping, database=database)
    assert (summary.rows, summary.added, summary.duplicates, summary.committed) == (3, 3, 0, False)
    assert summary.created == {
        "account_type": 2,
        "category": 3,
        "channel": 2,
        "customer": 2,
        "member": 1,
        "product": 2,
        "territory": 3,
    }
    assert totals(empty_db_path) == before
    run_import(empty_db_path, sales_csv, "sales")
    with open_database(empty_db_path) as database:
        again = validate_file(sales_csv, "sales", mapping, database=database)
    assert (again.added, again.duplicates, again.created) == (0, 3, {})


def test_a_russian_file_in_windows_1251(empty_db_path: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "1c.csv",
        [
            ["Дата", "Номер заказа", "Контрагент", "Номенклатура", "Кол-во", "Цена", "Сумма"],
            ["31.01.2026", "Р-1", "ООО «Ромашка»", "Стол", "2", "1 234,50", "2 469,00"],
            ["01.02.2026", "Р-2", "ИП Сидоров", "Стул", "1,5", "100", "150"],
        ],
        delimiter=";",
        encoding="cp1251",
    )
    summary = run_import(empty_db_path, path, "sales")
    assert (summary.added, summary.rejected) == (2, 0)
    assert query(
        empty_db_path,
        "SELECT s.date, c.name, p.name, s.quantity, s.unit_price, s.amount FROM sale s"
        " JOIN customer c ON c.id = s.customer_id JOIN product p ON p.id = s.product_id"
        " ORDER BY s.date",
    ) == [
        ("2026-01-31", "ООО «Ромашка»", "Стол", 2.0, 123450, 246900),
        ("2026-02-01", "ИП Сидоров", "Стул", 1.5, 10000, 15000),
    ]


def test_a_name_found_in_two_places_needs_its_path(empty_db_path: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "paths.csv",
        [
            ["date", "customer", "territory", "amount"],
            ["2026-03-01", "A", "Russia/Central/Springfield", "1"],
            ["2026-03-01", "B", "USA/Illinois/Springfield", "1"],
            ["2026-03-01", "C", "Springfield", "1"],  # line 4: which one?
            ["2026-03-01", "D", "Illinois/Springfield", "1"],  # a path from below the root
        ],
    )
    summary = run_import(empty_db_path, path, "sales", on_error="skip")
    assert [(p.line, p.column) for p in summary.problems] == [(4, "territory")]
    assert "give the path" in summary.problems[0].reason
    assert query(
        empty_db_path,
        "SELECT c.name, parent.name FROM customer c JOIN territory t ON t.id = c.territory_id"
        " JOIN territory parent ON parent.id = t.parent_id ORDER BY c.name",
    ) == [("A", "Central"), ("B", "Illinois"), ("D", "Illinois")]


def test_slash_dates_that_read_both_ways_need_a_date_format(
    empty_db_path: Path, tmp_path: Path
) -> None:
    rows = [["date", "customer", "amount"]] + [[f"{d}/04/2026", "A", "1"] for d in ("03", "25")]
    path = write_csv(tmp_path / "dates.csv", rows)
    mapping = {"date": "date", "customer": "customer_name", "amount": "amount"}
    with open_database(empty_db_path) as database:
        # the first chunk shows 25/04: day first, so both read as April
        summary = import_file(database, path, "sales", mapping)
    assert query(empty_db_path, "SELECT date FROM sale ORDER BY date") == [
        ("2026-04-03",),
        ("2026-04-25",),
    ]
    assert summary.added == 2


def test_an_order_settled_early_and_contradicted_later_stops_the_file(
    empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salesdesk.exchange import importing

    monkeypatch.setattr(importing, "CHUNK_ROWS", 1)  # the first chunk shows only 03/04
    rows = [["date", "customer", "amount"]] + [[f"{d}/04/2026", "A", "1"] for d in ("03", "25")]
    path = write_csv(tmp_path / "dates.csv", rows)
    mapping = {"date": "date", "customer": "customer_name", "amount": "amount"}
    with open_database(empty_db_path) as database, pytest.raises(AmbiguousDatesError):
        import_file(database, path, "sales", mapping)
    assert totals(empty_db_path)["sale"] == 0
    summary = run_import(empty_db_path, path, "sales", date_format="%d/%m/%Y")
    assert summary.added == 2
    assert query(empty_db_path, "SELECT date FROM sale ORDER BY date") == [
        ("2026-04-03",),
        ("2026-04-25",),
    ]


def test_members_are_found_by_email_or_name_ignoring_case(
    empty_db_path: Path, tmp_path: Path
) -> None:
    with open_database(empty_db_path) as database, database.write() as connection:
        connection.exec_driver_sql(
            "INSERT INTO member (id, name, role, email) VALUES"
            " (7, 'Anna Ivanova', 'manager', 'anna@example.com')"
        )
    path = write_csv(
        tmp_path / "reps.csv",
        [["date", "customer", "amount", "rep"], ["2026-03-01", "A", "1", "ANNA@example.com"],
         ["2026-03-02", "A", "2", "anna  ivanova"], ["2026-03-03", "A", "3", "Boris"]],
    )  # fmt: skip
    summary = run_import(empty_db_path, path, "sales")
    assert summary.created == {"customer": 1, "member": 1}
    assert query(empty_db_path, "SELECT amount, member_id FROM sale ORDER BY amount") == [
        (100, 7),
        (200, 7),
        (300, 8),
    ]


def test_a_mapping_without_a_customer_is_refused(empty_db_path: Path, sales_csv: Path) -> None:
    with open_database(empty_db_path) as database, pytest.raises(MappingError, match="Customer"):
        import_file(database, sales_csv, "sales", {"date": "date", "amount": "amount"})


def test_a_big_import_rebuilds_the_indexes_it_set_aside(
    empty_db_path: Path, sales_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importers, "_BIG_IMPORT_ROWS", 1)
    before = sale_indexes(empty_db_path)
    summary = run_import(empty_db_path, sales_csv, "sales")
    assert summary.added == 3
    assert sale_indexes(empty_db_path) == before
    assert "ix_sale_customer_date" in {name for name, _sql in before}


def test_validation_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from salesdesk.exchange import importing

    rows = [["date", "customer", "amount"]] + [["2026-01-01", f"C{n}", "1"] for n in range(50_000)]
    path = write_csv(tmp_path / "many.csv", rows)
    mapping = {"date": "date", "customer": "customer_name", "amount": "amount"}
    fractions: list[float] = []
    summary = validate_file(path, "sales", mapping, progress=lambda f, _text: fractions.append(f))
    assert summary.rows == 50_000
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert len(fractions) == -(-50_000 // importing.CHUNK_ROWS)  # one report per chunk
    with pytest.raises(ImportCancelledError):
        validate_file(path, "sales", mapping, cancelled=lambda: len(fractions) > 3,
                      progress=lambda f, _text: fractions.append(f))  # fmt: skip


def test_duplicates_across_chunks_are_found_in_or_out_of_order(
    empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salesdesk.exchange import importing

    monkeypatch.setattr(importing, "CHUNK_ROWS", 2)
    refs = ["A-2", "A-3", "A-4", "A-5", "A-1", "A-3", "A-6", "A-6"]  # chunks of two lines
    rows = [["line_ref", "date", "customer", "amount"]]
    rows += [[ref, "2026-05-01", "A", "1"] for ref in refs]
    summary = run_import(empty_db_path, write_csv(tmp_path / "refs.csv", rows), "sales")
    assert (summary.added, summary.duplicates) == (6, 2)
    assert query(empty_db_path, "SELECT line_ref FROM sale ORDER BY line_ref") == [
        (f"A-{n}",) for n in range(1, 7)
    ]
