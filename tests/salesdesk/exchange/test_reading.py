"""Reading files: encodings, delimiters, XLSX, line numbers, unreadable files (SPEC §8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from salesdesk.exchange import ImportFileError, read_preview, validate_file
from salesdesk.exchange.reading import TableReader
from tests.salesdesk.exchange.exchange_files import write_csv, write_xlsx

ROWS = [
    ["Дата", "Клиент", "Сумма"],
    ["31.01.2026", "ООО «Ромашка»", "1 234,56"],
    ["01.02.2026", "ИП Сидоров; склад, офис", "99,90"],
]


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),  # with a BOM, as Excel saves "CSV UTF-8"
        ("cp1251", "cp1251"),  # Russian Windows and 1C
        ("utf-16", "utf-16"),  # Excel's "Unicode text"
    ],
)
def test_each_encoding_reads_the_same_cyrillic(
    tmp_path: Path, encoding: str, detected: str
) -> None:
    path = write_csv(tmp_path / "sales.csv", ROWS, delimiter=";", encoding=encoding)
    preview = read_preview(path)
    assert preview.encoding == detected
    assert preview.headers == ("Дата", "Клиент", "Сумма")
    assert preview.rows == (tuple(ROWS[1]), tuple(ROWS[2]))


def test_windows_1251_is_found_past_a_long_ascii_start(tmp_path: Path) -> None:
    rows = [["code", "name"]] + [[f"C{n}", "ascii"] for n in range(100_000)] + [["C", "Иванов"]]
    path = write_csv(tmp_path / "late.csv", rows, encoding="cp1251")
    assert read_preview(path).encoding == "cp1251"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "sales.csv", ROWS, delimiter=delimiter)
    preview = read_preview(path)
    assert preview.delimiter == delimiter
    # the quoted value with the other delimiters in it stays one cell
    assert preview.rows[1] == ("01.02.2026", "ИП Сидоров; склад, офис", "99,90")


def test_preview_shows_the_first_rows_only(tmp_path: Path) -> None:
    rows = [["a", "b"]] + [[str(n), "x"] for n in range(100)]
    preview = read_preview(write_csv(tmp_path / "many.csv", rows), max_rows=5)
    assert [row[0] for row in preview.rows] == ["0", "1", "2", "3", "4"]


def test_blank_and_repeated_headers_get_names(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [["Name", "", "Name"], ["a", "b", "c"]])
    assert read_preview(path).headers == ("Name", "Column 2", "Name (2)")


def test_problems_name_the_line_people_see_in_their_editor(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text(
        "date,customer,amount\n"  # line 1
        "2026-01-05,A,10\n"  # 2
        "\n"  # 3: blank, skipped
        '2026-01-06,"B\nsecond line",20\n'  # 4-5: a quoted value over two lines
        "2026-13-01,C,30\n"  # 6
        "2026-01-07,D,thirty\n",  # 7
        encoding="utf-8",
    )
    summary = validate_file(path, "sales", {"date": "date", "customer": "customer_name",
                                            "amount": "amount"})  # fmt: skip
    assert summary.rows == 4
    assert [(p.line, p.column) for p in summary.problems] == [(6, "date"), (7, "amount")]
    assert summary.problems[0].reason == "not a date: 2026-13-01"


def test_a_row_with_more_values_than_headers_is_a_problem(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "wide.csv", [["date", "customer", "amount"],
                                            ["2026-01-05", "A", "10", "surprise"]])  # fmt: skip
    summary = validate_file(path, "sales", {"date": "date", "customer": "customer_name",
                                            "amount": "amount"})  # fmt: skip
    assert [(p.line, p.column, p.reason) for p in summary.problems] == [
        (2, "", "more values than the header has columns")
    ]


def test_xlsx_with_typed_cells_and_serial_dates(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "sales.xlsx",
        [
            ["Дата", "Клиент", "Сумма", "Код"],
            [dt.datetime(2026, 1, 31), "ООО Ромашка", 1234.56, 1001],
            [46054, "ИП Сидоров", -12.5, 1002],  # a date typed as Excel's serial number
            [None, None, None, None],  # an empty row in the middle is skipped
            ["2026-02-03", "Мир", "7", "A-3"],  # and text cells are parsed like CSV
        ],
    )
    preview = read_preview(path)
    assert preview.source.format == "xlsx"
    assert preview.headers == ("Дата", "Клиент", "Сумма", "Код")
    assert preview.rows[0] == ("2026-01-31", "ООО Ромашка", "1234.56", "1001")
    with TableReader(path) as reader:
        chunk = next(reader.chunks())
    assert chunk.lines == [2, 3, 5]
    summary = validate_file(path, "sales", {"Дата": "date", "Клиент": "customer_name",
                                            "Сумма": "amount", "Код": "customer_code"})  # fmt: skip
    assert summary.rows == 3
    assert summary.problems == []


def test_unreadable_files_are_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="No file"):
        read_preview(tmp_path / "missing.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    with pytest.raises(ImportFileError, match=r"\.xls"):
        read_preview(old)
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no rows"):
        read_preview(empty)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError, match="not a readable XLSX"):
        read_preview(broken)


def test_rows_of_uneven_width_are_padded_and_a_header_only_file_imports_nothing(
    tmp_path: Path,
) -> None:
    mapping = {"date": "date", "customer": "customer_name", "amount": "amount"}
    uneven = tmp_path / "uneven.csv"
    uneven.write_text(
        "date,customer,amount\n2026-01-05,A,10\n2026-01-06,B\n2026-01-07,C,30,\n",
        encoding="utf-8",
    )
    summary = validate_file(uneven, "sales", mapping)
    assert (summary.rows, summary.problem_count) == (3, 1)
    assert (summary.problems[0].line, summary.problems[0].column) == (3, "amount")
    header_only = write_csv(tmp_path / "header.csv", [["date", "customer", "amount"]])
    assert validate_file(header_only, "sales", mapping).rows == 0
