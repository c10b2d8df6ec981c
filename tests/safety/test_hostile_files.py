"""Hostile import files: each imports exactly what it holds or is refused with the line and the
column, never both, never a crash (issue 11, items 3, 4, 8, 9 and 13).

The fixed corpus holds the cases seen in the field; :mod:`test_fuzzed_files` generates more.
A refusal of the whole file (``ImportFileError``) names the line; a refused row names its
line and column, and with ``--on-error stop`` nothing of the file is imported.
"""

from __future__ import annotations

import codecs
import io
import re
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from salesdesk.exchange import reading
from salesdesk.exchange.reading import ImportFileError
from salesdesk.store.db import create_database
from tests.safety.harness import assert_one_plain_line, cli_run, counts, query
from tests.safety.hostile_files import (
    SALES_HEADER,
    fresh_database,
    import_into,
    rewrite_member,
    xlsx_bytes,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    create_database(path, company="Hostile Files Ltd", currency="RUB")
    return path


@pytest.fixture
def target(template: Path, tmp_path: Path) -> Path:
    return fresh_database(template, tmp_path)


def csv_text(*lines: str) -> bytes:
    return ("\n".join([",".join(SALES_HEADER), *lines]) + "\n").encode("utf-8")


def sale(n: int, *, date: str = "2026-03-01", name: str = "Acme", amount: str = "10.50") -> str:
    return f"L{n},{date},C{n},{name},1,{amount}"


@dataclass(frozen=True)
class Refused:
    """The file is refused as a whole: the message names the line (and column)."""

    pattern: str


@dataclass(frozen=True)
class Rejected:
    """These lines are refused, each naming its column; the others import with skip."""

    lines: dict[int, str]  # line -> the column it names
    good: int  # the rows the file holds that are fine


@dataclass(frozen=True)
class Imported:
    rows: int


def _unterminated_mid_file() -> bytes:
    return csv_text(
        sale(1), 'L2,2026-03-02,C2,"Open quote,1,5', sale(3), 'L4,2026-03-04,C4,"x",1,2'
    )


def _dimension_lies() -> bytes:
    rows = [SALES_HEADER] + [[f"L{n}", f"2026-01-{n % 28 + 1:02d}", f"C{n}", f"Name {n}", 1, n]
                             for n in range(1, 101)]  # fmt: skip
    return rewrite_member(
        xlsx_bytes(rows),
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:E10"', xml),
    )


def _xlsx(*rows: list[object]) -> bytes:
    return xlsx_bytes([SALES_HEADER, *rows])


def _zip_bomb() -> bytes:
    """A 'workbook' whose sheet unpacks to 64 MB from a few dozen kilobytes."""
    good = _xlsx(["L1", "2026-01-01", "C1", "A", 1, 1])
    row = '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "A" * 1000 + "</t></is></c></row>"
    bloated = rewrite_member(
        good, "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace("</sheetData>", row * 64_000 + "</sheetData>"),
    )  # fmt: skip
    assert len(bloated) < 1 << 20
    return bloated


def _billion_laughs() -> bytes:
    entities = (
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + "]>"
    )
    return rewrite_member(
        _xlsx(["L1", "2026-01-01", "C1", "A", 1, 1]),
        "xl/worksheets/sheet1.xml",
        lambda xml: _with_doctype(xml, entities).replace(">C1<", ">&i;<"),
    )


def _with_doctype(xml: str, doctype: str) -> str:
    if xml.startswith("<?xml"):
        end = xml.index("?>") + 2
        return xml[:end] + doctype + xml[end:]
    return doctype + xml


def _mixed_encodings() -> bytes:
    return csv_text(sale(1, name="Ромашка")) + sale(2, name="Василёк").encode("cp1251") + b"\n"


def _cp1251_with_guillemets() -> bytes:
    # «ТЕХНО» in Windows-1251 holds byte pairs that happen to be valid UTF-8 (О» is CE BB)
    return csv_text(sale(1, name="ООО «ТЕХНО»"), sale(2, name="Ромашка")).decode().encode("cp1251")


def _field_of_50_mb() -> bytes:
    return csv_text(sale(1), 'L2,2026-01-01,C2,"' + "x" * 50_000_000 + '",1,5')


def _control_characters() -> bytes:
    names = ["A\x00B", "A\x01B", "A\x0bB", "Tab\there", '"Line\nbreak"']
    return csv_text(*(sale(n, name=name) for n, name in enumerate(names, start=1)))


def _utf16() -> bytes:
    return codecs.BOM_UTF16_LE + csv_text(sale(1, name="Ёлка")).decode().encode("utf-16-le")


QUOTE = r"line 3, column customer_name: the quoted value"
NAME = "customer_name"
# id -> (file name, contents, what must happen)
CORPUS: dict[str, tuple[str, Callable[[], bytes], Refused | Rejected | Imported]] = {
    "unterminated-quote-mid-file": ("q.csv", _unterminated_mid_file, Refused(QUOTE)),
    "unterminated-quote-at-end": (
        "q.csv",
        lambda: csv_text(sale(1), 'L2,2026-01-01,C2,"Acme,1,5'),
        Refused(QUOTE),
    ),
    "text-after-closing-quote": (
        "q.csv",
        lambda: csv_text(sale(1), 'L2,2026-01-01,C2,"Ac"me,1,5'),
        Refused(QUOTE),
    ),
    "field-of-50-mb": (
        "big.csv",
        _field_of_50_mb,
        Refused(r"line 3: a value is longer than 131,072 characters"),
    ),
    "wrong-xlsx-dimension": ("dim.xlsx", _dimension_lies, Imported(100)),
    "year-9999": (
        "d.csv",
        lambda: csv_text(sale(1), sale(2, date="9999-12-31"), sale(3)),
        Rejected({3: "date"}, good=2),
    ),
    "dates-at-the-edges": (
        "d.csv",
        lambda: csv_text(
            sale(1, date="1899-12-31"),
            sale(2, date="1900-01-01"),
            sale(3, date="31.12.2200"),
            sale(4, date="01.01.2201"),
        ),
        Rejected({2: "date", 5: "date"}, good=2),
    ),
    "excel-serial-9999": (
        "d.xlsx",
        lambda: _xlsx(["L1", 2958465, "C1", "A", 1, 5], ["L2", 46000, "C2", "B", 1, 5]),
        Rejected({2: "date"}, good=1),
    ),
    "amount-9.3e16": (
        "a.csv",
        lambda: csv_text(sale(1, amount="93000000000000000"), sale(2)),
        Rejected({2: "amount"}, good=1),
    ),
    "amount-1e308-in-xlsx": (
        "a.xlsx",
        lambda: _xlsx(
            ["L1", "2026-01-01", "C1", "A", 1, 1e308], ["L2", "2026-01-01", "C2", "B", 1, 2.5]
        ),
        Rejected({2: "amount"}, good=1),
    ),
    "amount-of-5000-digits": (
        "a.csv",
        lambda: csv_text(sale(1, amount="9" * 5000), sale(2)),
        Rejected({2: "amount"}, good=1),
    ),
    "control-characters": (
        "c.csv",
        _control_characters,
        Rejected({2: NAME, 3: NAME, 4: NAME}, good=2),
    ),
    "formula-text": (
        "f.csv",
        lambda: csv_text(sale(1, name="=HYPERLINK(1)"), sale(2, name="'@x")),
        Imported(2),
    ),
    "zip-bomb": ("bomb.xlsx", _zip_bomb, Refused(r"would unpack to .* \(a zip bomb\?\)")),
    "billion-laughs": ("lol.xlsx", _billion_laughs, Refused(r"is not a readable XLSX file")),
    "not-a-zip": ("fake.xlsx", lambda: b"PK\x03\x04 not a zip", Refused(r"not a readable XLSX")),
    "mixed-utf8-and-cp1251": (
        "m.csv",
        _mixed_encodings,
        Refused(r"mixes UTF-8 \(line 2\) with another encoding \(line 3\)"),
    ),
    "cp1251-with-guillemets": ("w.csv", _cp1251_with_guillemets, Imported(2)),
    "neither-encoding": (
        "n.csv",
        lambda: csv_text(sale(1)) + b"L2,2026-01-01,C2,\x98\xff,1,5\n",
        Refused(r"neither UTF-8 nor Windows-1251 \(line 3\)"),
    ),
    "utf16-with-bom": ("u.csv", _utf16, Imported(1)),
}


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_each_hostile_file_imports_exactly_or_is_refused_where_it_goes_wrong(
    case: str, target: Path, tmp_path: Path
) -> None:
    name, build, expected = CORPUS[case]
    source = tmp_path / name
    source.write_bytes(build())
    before = counts(target)
    if isinstance(expected, Refused):
        with pytest.raises(ImportFileError, match=expected.pattern):
            import_into(target, source)
        assert counts(target) == before
        return
    stop = import_into(target, source)  # --on-error stop: all or nothing
    if isinstance(expected, Imported):
        assert (stop.committed, stop.added, stop.rejected) == (True, expected.rows, 0)
        assert counts(target)["sale"] == expected.rows
        return
    assert (stop.committed, stop.added) == (False, 0)
    assert counts(target) == before
    skip = import_into(target, source, on_error="skip")
    assert skip.added == expected.good
    assert {p.line: p.column for p in skip.problems} == expected.lines
    assert counts(target)["sale"] == expected.good


def test_every_column_of_a_sheet_with_a_lying_dimension_arrives(
    target: Path, tmp_path: Path
) -> None:
    source = tmp_path / "dim.xlsx"
    source.write_bytes(_dimension_lies())
    import_into(target, source)
    rows = query(
        target,
        "SELECT s.line_ref, s.amount, c.name FROM sale s JOIN customer c"
        " ON c.id = s.customer_id ORDER BY s.id",
    )
    assert len(rows) == 100
    assert rows[-1] == ("L100", 10_000, "Name 100")  # the last row and the last column


def test_text_is_stored_exactly(target: Path, tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes(csv_text(sale(1, name='"Line\nbreak, ""quoted"""'), sale(2, name="=1+1")))
    import_into(target, source)
    names = [name for (name,) in query(target, "SELECT name FROM customer ORDER BY code")]
    assert names == ['Line\nbreak, "quoted"', "=1+1"]


def test_the_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "bomb.xlsx"
    source.write_bytes(_zip_bomb())
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *_: pytest.fail("unpacked"))
    with pytest.raises(ImportFileError, match="zip bomb"):
        reading.check_xlsx_size(source)


def test_too_many_shared_strings_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "strings.xlsx"
    strings = "<sst>" + "".join(f"<si><t>Name {n}</t></si>" for n in range(100)) + "</sst>"
    good = zipfile.ZipFile(io.BytesIO(_xlsx(["L1", "2026-01-01", "C1", "A", 1, 1])))
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as bloated:
        for item in good.infolist():
            bloated.writestr(item.filename, good.read(item.filename))
        bloated.writestr("xl/sharedStrings.xml", strings)
    monkeypatch.setattr(reading, "XLSX_MAX_SHARED_STRINGS", 1000)
    with pytest.raises(ImportFileError, match="zip bomb"):
        reading.check_xlsx_size(source)


def test_the_command_line_says_it_in_one_line(
    target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = ("unterminated-quote-mid-file", "field-of-50-mb", "zip-bomb", "mixed-utf8-and-cp1251")
    for case in cases:
        name, build, _ = CORPUS[case]
        (tmp_path / name).write_bytes(build())
        result = cli_run(capsys, "import", "sales", tmp_path / name, "--db", target)
        assert_one_plain_line(result)
    assert counts(target)["sale"] == 0


def test_an_export_survives_control_characters_stored_before(target: Path, tmp_path: Path) -> None:
    """Files imported before control characters were refused may hold them: exports go on."""
    with sqlite3.connect(target) as connection:
        connection.execute(
            "INSERT INTO customer (code, name, kind, created_on, notes)"
            " VALUES ('C1', ?, 'company', '2026-01-01', '')",
            ("Bad\x00name\x01\x0b",),
        )
    connection.close()
    from salesdesk.exchange import export_table
    from salesdesk.store.db import open_database

    with open_database(target) as database:
        for suffix in (".xlsx", ".csv"):
            assert export_table(database, "customers", tmp_path / f"out{suffix}") == 1
    from openpyxl import load_workbook

    workbook = load_workbook(tmp_path / "out.xlsx", read_only=True)  # open until closed
    rows = list(workbook.active.iter_rows(min_row=2, max_col=2, values_only=True))
    workbook.close()
    assert rows == [("C1", "Badname")]
    assert "Badname" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_a_refresh_failing_after_the_import_committed_says_so(
    target: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from salesdesk.metrics import aggregates

    def broken(*_: object) -> bool:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(aggregates, "refresh", broken)
    source = tmp_path / "ok.csv"
    source.write_bytes(csv_text(sale(1), sale(2)))
    result = cli_run(capsys, "import", "sales", source, "--db", target)
    assert result.returncode == 0
    assert "Added 2 sales lines." in result.stdout
    assert result.stderr.strip() == (
        "salesdesk import: the rows above were imported and saved, but the stored figures could "
        "not be updated (The disk is full; nothing was changed. Free some space and try again.); "
        "every figure is still right (read from the sales), only slower, until the dashboard or "
        "the next import updates them."
    )
    assert counts(target)["sale"] == 2


def test_io_of_a_preview_never_crashes_on_hostile_bytes(tmp_path: Path) -> None:
    """The wizard's first look at a file: every corpus file gives a preview or one error."""
    for case, (name, build, _) in sorted(CORPUS.items()):
        source = tmp_path / f"{case}-{name}"
        source.write_bytes(build())
        try:
            reading.read_preview(source)
        except ImportFileError as error:
            assert "\n" not in str(error)[:200] or case == "field-of-50-mb", case


def test_a_bad_date_in_a_stage_date_column_refuses_its_row_there(
    target: Path, tmp_path: Path
) -> None:
    """HubSpot's 'Date entered "<stage> (<pipeline>)"' columns (one per stage) are dates like
    any other: a row with a bad one is refused at that column, and with "stop" nothing of the
    file goes in; with "skip" the good row does, with its stage history."""
    column = 'Date entered "Proposal (Sales Pipeline)"'
    source = tmp_path / "hubspot.csv"
    source.write_text(
        f'Record ID,Deal Name,Pipeline,Deal Stage,"{column.replace(chr(34), chr(34) * 2)}"\n'
        "1,Good,Sales Pipeline,Proposal,2025-03-02\n"
        "2,Bad,Sales Pipeline,Proposal,2025-02-30\n",
        encoding="utf-8",
    )
    stopped = import_into(target, source, "deals")
    assert (stopped.committed, query(target, "SELECT COUNT(*) FROM deal")) == (False, [(0,)])
    (problem,) = stopped.problems
    assert (problem.line, problem.column) == (3, column)
    skipped = import_into(target, source, "deals", on_error="skip")
    assert (skipped.added, skipped.rejected) == (1, 1)
    assert query(target, "SELECT date(entered_at) FROM deal_stage_change") == [("2025-03-02",)]
