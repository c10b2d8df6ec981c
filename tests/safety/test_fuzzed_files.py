"""Generated sales files (Hypothesis): each row is imported exactly as it was written, or
refused with its line and a column; the file as a whole is never both, and never a crash.

The expected outcome of a row is worked out here from how the row was generated, not by the
parsers under test: a date between 1900-01-01 and 2200-12-31, an amount of at most ten
trillion, a name without control characters. ``make test`` runs a small fixed sample;
``make fuzz`` many more (see conftest.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesdesk.store.db import create_database
from tests.safety.harness import query
from tests.safety.hostile_files import SALES_HEADER, fresh_database, import_into, xlsx_bytes

pytestmark = pytest.mark.fuzz

FIRST, LAST = dt.date(1900, 1, 1), dt.date(2200, 12, 31)
MAX_MAJOR = Decimal(10) ** 13
CONTROL = "\x00\x01\x08\x0b\x0c\x0e\x1f\x7f"
# Letters of both alphabets, digits, what CSV and spreadsheets treat specially, and the
# control characters no import may store.
NAME_CHARACTERS = st.sampled_from(list("AbzЖжёЁ09 ,;\"'=+-@\t\n\r#%?&«»€") + list(CONTROL))


@dataclass(frozen=True)
class Row:
    number: int
    date: dt.date | str  # a date, or text that is no date
    name: str
    amount: str  # as written in the file

    @property
    def stored_name(self) -> str:
        """Trimmed, and without the apostrophe an export puts before a formula's start."""
        name = self.name.strip()
        return name[1:] if name[:1] == "'" and name[1:2] and name[1] in "=+-@\t\r\n" else name

    @property
    def minor(self) -> int | None:
        try:
            major = Decimal(self.amount)
        except ArithmeticError:
            return None
        if abs(major) > MAX_MAJOR:
            return None
        return int((major * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    @property
    def good(self) -> bool:
        return (
            isinstance(self.date, dt.date)
            and FIRST <= self.date <= LAST
            and not any(c in CONTROL for c in self.stored_name)
            and any(c.isalnum() for c in self.stored_name)
            and self.minor is not None
        )


amounts = st.one_of(
    st.decimals(min_value=-(10**17), max_value=10**17, places=2, allow_nan=False).map(str),
    st.decimals(min_value=-(10**6), max_value=10**6, places=4, allow_nan=False).map(str),
    st.sampled_from(["10000000000000", "10000000000000.01", "-0", "92233720368547758.07"]),
)
dates = st.one_of(
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2300, 12, 31)),
    st.sampled_from([FIRST, LAST, dt.date(1899, 12, 31), dt.date(2201, 1, 1), "2026-02-30",
                     "31.12.9999", "soon"]),
)  # fmt: skip
_part = st.text(NAME_CHARACTERS, max_size=6)
names = st.tuples(_part, st.sampled_from("AЖ9"), _part).map("".join)  # something to show
rows_of_a_file = st.lists(st.tuples(dates, names, amounts), min_size=1, max_size=15).map(
    lambda cells: [Row(n, *cell) for n, cell in enumerate(cells, start=1)]
)


def _cells(row: Row) -> list[object]:
    date = row.date.isoformat() if isinstance(row.date, dt.date) else row.date
    return [f"L{row.number}", date, f"C{row.number}", row.name, 1, row.amount]


def _csv(rows: list[Row]) -> tuple[bytes, dict[int, int]]:
    """The file, and the line each row starts on (quoted values may span lines)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(SALES_HEADER)
    starts, line = {}, 2
    for row in rows:
        before = buffer.tell()
        writer.writerow(_cells(row))
        starts[row.number] = line
        written = buffer.getvalue()[before:]
        line += written.count("\n") + written.count("\r") - written.count("\r\n")
    return buffer.getvalue().encode("utf-8"), starts


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    create_database(path)
    return path


def _stored(path: Path) -> dict[str, tuple[str, int, str]]:
    rows = query(
        path,
        "SELECT s.line_ref, s.date, s.amount, c.name FROM sale s"
        " JOIN customer c ON c.id = s.customer_id",
    )
    return {ref: (date, amount, name) for ref, date, amount, name in rows}


def _check(
    template: Path, rows: list[Row], contents: bytes, suffix: str, lines: dict[int, int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"fuzzed{suffix}"
        source.write_bytes(contents)
        target = fresh_database(template, Path(folder))
        stop = import_into(target, source)
        good = [row for row in rows if row.good]
        bad_lines = {lines[row.number] for row in rows if not row.good}
        if bad_lines:  # --on-error stop: nothing at all, every bad line named
            assert (stop.committed, stop.added, _stored(target)) == (False, 0, {})
            assert {problem.line for problem in stop.problems} == bad_lines
        skip = import_into(target, source, on_error="skip") if bad_lines else stop
        assert skip.added == len(good)
        assert {problem.line for problem in skip.problems} == bad_lines
        assert all(problem.column for problem in skip.problems)
        assert _stored(target) == {
            f"L{row.number}": (row.date.isoformat(), row.minor, row.stored_name)  # type: ignore[union-attr]
            for row in good
        }


@given(rows=rows_of_a_file)
def test_a_generated_csv_imports_exactly_or_names_its_bad_lines(
    template: Path, rows: list[Row]
) -> None:
    contents, lines = _csv(rows)
    _check(template, rows, contents, ".csv", lines)


def _as_xml_holds(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@given(rows=rows_of_a_file)
def test_a_generated_xlsx_imports_exactly_or_names_its_bad_rows(
    template: Path, rows: list[Row]
) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # An XLSX cannot hold control characters at all, and XML reads every line break as LF:
    # what the file holds is what a spreadsheet program would write.
    rows = [Row(r.number, r.date, _as_xml_holds(ILLEGAL_CHARACTERS_RE.sub("", r.name)), r.amount)
            for r in rows]  # fmt: skip
    contents = xlsx_bytes([SALES_HEADER, *(_cells(row) for row in rows)])
    _check(template, rows, contents, ".xlsx", {row.number: row.number + 1 for row in rows})
