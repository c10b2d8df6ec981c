"""Reading CSV and XLSX files as a header and chunks of rows (SPEC §8).

CSV files come in UTF-8 with or without a BOM, in Windows-1251 from Russian Windows and 1C,
and (from Excel's "Unicode text") in UTF-16 with a BOM; the delimiter is a comma, a semicolon
or a tab. XLSX files are read with openpyxl in read-only mode, so a big sheet streams instead of
loading whole. Rows are handed out in chunks, each with the file line (or sheet row) of every
row, so memory stays bounded and problems can name the line the user sees in their editor.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress, islice
from pathlib import Path
from typing import Any

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr

DELIMITERS = (",", ";", "\t")
_SNIFF_BLOCK = 1 << 20
_DELIMITER_SAMPLE_LINES = 50
_XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
_ZIP_MAGIC = b"PK\x03\x04"


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ImportFileError(SalesDeskError):
    """The file cannot be read as a table."""


@dataclass(frozen=True)
class SourceInfo:
    """How a file is read: its format and, for CSV, the detected encoding and delimiter."""

    path: Path
    format: FileFormat
    encoding: str | None = None
    delimiter: str | None = None

    def describe(self) -> str:
        """E.g. 'CSV, UTF-8, delimiter ";"' for the summary and the wizard."""
        if self.format is FileFormat.XLSX:
            return "XLSX"
        delimiter = tr("tab") if self.delimiter == "\t" else f'"{self.delimiter}"'
        return tr(
            "CSV, {encoding}, delimiter {delimiter}",
            encoding=_ENCODING_NAMES.get(self.encoding or "", self.encoding),
            delimiter=delimiter,
        )


_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 BOM",
    "cp1251": "Windows-1251",
    "utf-16": "UTF-16",
}


@dataclass(frozen=True)
class Preview:
    """What the wizard shows first: the columns and the first rows as text."""

    source: SourceInfo
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def encoding(self) -> str | None:
        return self.source.encoding

    @property
    def delimiter(self) -> str | None:
        return self.source.delimiter


@dataclass(frozen=True)
class Chunk:
    lines: list[int]  # the file line (CSV) or sheet row (XLSX) of each row
    rows: Sequence[Sequence[Any]]  # raw cells: text for CSV; text, numbers, datetimes (XLSX)
    fraction: float  # how far through the file this chunk ends, 0..1


# --- detection -----------------------------------------------------------------------------


def inspect_file(path: Path) -> SourceInfo:
    """Detects a file's format, and for CSV its encoding and delimiter."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(tr("No file at {path}.", path=path))
    with path.open("rb") as f:
        head = f.read(4)
    if path.suffix.lower() in _XLSX_EXTENSIONS or head == _ZIP_MAGIC:
        return SourceInfo(path, FileFormat.XLSX)
    if path.suffix.lower() == ".xls":
        raise ImportFileError(
            tr("{path} is an old Excel file (.xls); save it as .xlsx or CSV.", path=path)
        )
    encoding = detect_encoding(path)
    return SourceInfo(path, FileFormat.CSV, encoding, detect_delimiter(_sample(path, encoding)))


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251.

    The first block holding a non-ASCII byte decides: Cyrillic in Windows-1251 is practically
    never valid UTF-8, and a file is written in one encoding throughout.
    """
    with path.open("rb") as f:
        head = f.read(3)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        while block := f.read(_SNIFF_BLOCK):
            if block.isascii():
                continue
            try:
                decoder.decode(block)
            except UnicodeDecodeError:
                return "cp1251"
            return "utf-8"
    return "utf-8"


def _sample(path: Path, encoding: str) -> str:
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        lines = [line for _, line in zip(range(_DELIMITER_SAMPLE_LINES), f, strict=False)]
    return "".join(lines)


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the sample's rows into the most columns, consistently."""
    best, best_score = ",", (0.0, 1)
    for delimiter in DELIMITERS:
        rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistency = sum(len(row) == width for row in rows) / len(rows)
        score = (consistency, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# --- reading -------------------------------------------------------------------------------


class TableReader:
    """Opens a file and yields its data rows in chunks after reading its header row."""

    def __init__(self, path: Path, source: SourceInfo | None = None) -> None:
        self.source = source or inspect_file(path)
        self.excel_1904 = False  # whether the workbook counts serial dates from 1904 (old Macs)
        self._close: list[Any] = []
        self._batches: Callable[[int], Iterator[Chunk]]
        if self.source.format is FileFormat.XLSX:
            self._open_xlsx()
        else:
            self._open_csv()
        try:
            first = next(self._batches(1))
        except StopIteration:
            self.close()
            raise ImportFileError(tr("{path} has no rows.", path=self.source.path)) from None
        self.header_line = first.lines[0]
        self.headers = unique_headers(first.rows[0])

    def chunks(self, size: int = 20_000) -> Iterator[Chunk]:
        """The data rows after the header, blank rows left out."""
        return self._batches(size)

    def preview_rows(self, count: int) -> list[tuple[str, ...]]:
        chunk = next(self.chunks(count), None)
        rows = chunk.rows if chunk else []
        return [tuple(display_text(cell) for cell in row) for row in rows]

    def close(self) -> None:
        for resource in self._close:
            resource.close()
        self._close.clear()

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- CSV -----------------------------------------------------------------------------

    def _open_csv(self) -> None:
        binary = self.source.path.open("rb")
        self._close.append(binary)
        text = io.TextIOWrapper(binary, encoding=self.source.encoding, newline="")
        reader = csv.reader(text, delimiter=self.source.delimiter or ",")
        size = max(self.source.path.stat().st_size, 1)

        def batches(count: int) -> Iterator[Chunk]:
            while True:
                first_line = reader.line_num + 1
                rows = self._read_csv_rows(reader, count)
                if not rows:
                    return
                lines = _record_lines(first_line, rows, reader.line_num)
                if not all(keep := list(map(any, rows))):  # blank lines and ",,,"
                    rows, lines = list(compress(rows, keep)), list(compress(lines, keep))
                if rows:
                    yield Chunk(lines, rows, min(binary.tell() / size, 1.0))

        self._batches = batches

    def _read_csv_rows(self, reader: Any, count: int) -> list[list[str]]:
        try:
            return list(islice(reader, count))
        except UnicodeDecodeError:
            raise ImportFileError(
                tr(
                    "{path} is not valid {encoding} near line {line}; save it as UTF-8.",
                    path=self.source.path,
                    encoding=_ENCODING_NAMES.get(self.source.encoding or ""),
                    line=reader.line_num + 1,
                )
            ) from None
        except csv.Error as error:
            raise ImportFileError(
                tr("{path}, line {line}: {error}", path=self.source.path,
                   line=reader.line_num, error=error)
            ) from None  # fmt: skip

    # --- XLSX ----------------------------------------------------------------------------

    def _open_xlsx(self) -> None:
        from openpyxl import load_workbook
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        try:
            workbook = load_workbook(self.source.path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises zipfile, KeyError, XML errors...
            raise ImportFileError(
                tr("{path} is not a readable XLSX file ({error}).", path=self.source.path,
                   error=error)
            ) from None  # fmt: skip
        self._close.append(workbook)
        self.excel_1904 = workbook.epoch == CALENDAR_MAC_1904
        sheet = workbook.active or workbook.worksheets[0]
        total = max(sheet.max_row or 0, 1)
        numbered = enumerate(sheet.iter_rows(values_only=True), start=1)

        def batches(count: int) -> Iterator[Chunk]:
            lines: list[int] = []
            rows: list[Sequence[Any]] = []
            for number, row in numbered:
                if any(cell is not None and cell != "" for cell in row):
                    lines.append(number)
                    rows.append(row)
                    if len(rows) >= count:
                        yield Chunk(lines, rows, min(number / total, 1.0))
                        lines, rows = [], []
            if rows:
                yield Chunk(lines, rows, 1.0)

        self._batches = batches


def _record_lines(first_line: int, rows: list[list[str]], last_line: int) -> list[int]:
    """The line each record starts on; a quoted value may hold line breaks."""
    if last_line - first_line + 1 == len(rows):  # one line per record: the usual case
        return list(range(first_line, last_line + 1))
    lines = []
    line = first_line
    for row in rows:
        lines.append(line)
        line += 1 + sum(cell.count("\n") + cell.count("\r") - cell.count("\r\n") for cell in row)
    return lines


def unique_headers(cells: Sequence[Any]) -> tuple[str, ...]:
    """Header texts, blank ones named by position and repeated ones numbered."""
    headers: list[str] = []
    for number, cell in enumerate(cells, start=1):
        text = display_text(cell).strip() or tr("Column {number}", number=number)
        candidate, copy = text, 1
        while candidate in headers:
            copy += 1
            candidate = f"{text} ({copy})"
        headers.append(candidate)
    while headers and cells[len(headers) - 1] in (None, ""):  # trailing empty XLSX columns
        headers.pop()
    return tuple(headers)


def display_text(cell: Any) -> str:
    """A cell as the text a person expects to see in a preview."""
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def read_preview(path: Path, *, max_rows: int = 20) -> Preview:
    """The detected format, the headers and the first ``max_rows`` data rows of a file."""
    with TableReader(path) as reader:
        rows = reader.preview_rows(max_rows)
        return Preview(reader.source, reader.headers, tuple(rows))
