"""Reading CSV and XLSX files as a header and chunks of rows (SPEC §8).

CSV files come in UTF-8 with or without a BOM, in Windows-1251 from Russian Windows and 1C,
and (from Excel's "Unicode text") in UTF-16 with a BOM; the delimiter is a comma, a semicolon
or a tab. XLSX files are read with openpyxl in read-only mode, so a big sheet streams instead of
loading whole. Rows are handed out in chunks, each with the file line (or sheet row) of every
row, so memory stays bounded and problems can name the line the user sees in their editor.

Hostile files are refused in one line that names the place, never half read: a CSV whose
quotes do not close, a file mixing two encodings, an XLSX that unpacks to far more than it
holds (a zip bomb) or whose XML is not plain (entities: defusedxml), a wrong ``<dimension>``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import compress, islice
from pathlib import Path
from typing import Any

from salesdesk.errors import SalesDeskError
from salesdesk.formatting import format_number
from salesdesk.i18n import tr

DELIMITERS = (",", ";", "\t")
_SNIFF_BLOCK = 1 << 20
_DELIMITER_SAMPLE_LINES = 50
_XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
_ZIP_MAGIC = b"PK\x03\x04"
# What an XLSX may unpack to. Excel's largest sheet (a million rows) is well under these; a
# zip bomb of a megabyte or two is far over them, or packed far tighter than XML ever packs.
XLSX_MAX_UNPACKED = 2 << 30
XLSX_MAX_SHARED_STRINGS = 100 << 20  # openpyxl keeps them all in memory, as Python strings
XLSX_MAX_RATIO = 200  # unpacked / packed of one member, above XLSX_RATIO_FLOOR
XLSX_RATIO_FLOOR = 16 << 20
# Letters of words in the UTF-8 reading of a line: Latin with accents, Greek, Cyrillic.
_UTF8_LETTERS = re.compile("[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


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

    The whole file must be valid UTF-8 to be read as UTF-8 (checked block by block, fast).
    Otherwise it is Windows-1251, unless some of its lines are good UTF-8 text: then it mixes
    the two (a file pasted together from two sources) and is refused at the first line that
    is not UTF-8, since either reading would garble part of it.
    """
    with path.open("rb") as f:
        head = f.read(3)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return "utf-16"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while block := f.read(_SNIFF_BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return _windows_1251_or_refuse(path)
    return "utf-8"


def _windows_1251_or_refuse(path: Path) -> str:
    first_bad: int | None = None
    utf8_text_line: int | None = None
    with path.open("rb") as f:
        for number, line in enumerate(f, start=1):
            if line.isascii():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                first_bad = first_bad or number
                try:
                    line.decode("cp1251")
                except UnicodeDecodeError:
                    raise _encoding_error(path, number) from None
                continue
            if utf8_text_line is None and len(_UTF8_LETTERS.findall(text)) >= 2:
                utf8_text_line = number
    if first_bad and utf8_text_line:
        raise ImportFileError(
            tr(
                "{path} mixes UTF-8 (line {good}) with another encoding (line {bad}); "
                "save the whole file as UTF-8.",
                path=path,
                good=utf8_text_line,
                bad=first_bad,
            )
        )
    return "cp1251"


def _encoding_error(path: Path, line: int) -> ImportFileError:
    return ImportFileError(
        tr(
            "{path} is neither UTF-8 nor Windows-1251 (line {line}); save it as UTF-8.",
            path=path,
            line=line,
        )
    )


def _sample(path: Path, encoding: str) -> str:
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        lines = [line for _, line in zip(range(_DELIMITER_SAMPLE_LINES), f, strict=False)]
    return "".join(lines)


def detect_delimiter(sample: str) -> str:
    """The delimiter that splits the sample's rows into the most columns, consistently."""
    best, best_score = ",", (0.0, 1)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        except csv.Error:  # e.g. a value longer than the csv module allows: reading says where
            continue
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
        except BaseException:
            self.close()
            raise
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
        # strict: a quote that never closes is an error, not the rest of the file in one value
        reader = csv.reader(text, delimiter=self.source.delimiter or ",", strict=True)
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
            raise self._csv_problem(str(error)) from None

    def _csv_problem(self, error: str) -> ImportFileError:
        """The line (and column) where the record the csv module choked on begins: with an
        unclosed quote that is far above where the module noticed."""
        line, text = _bad_record(self.source)
        column = _quote_trouble(text, self.source.delimiter or ",")
        path = self.source.path
        if "field limit" in error:
            return ImportFileError(
                tr(
                    "{path}, line {line}: a value is longer than {limit} characters; is a "
                    "quote missing?",
                    path=path,
                    line=line,
                    limit=format_number(csv.field_size_limit()),
                )
            )
        if column is None:
            return ImportFileError(
                tr("{path}, line {line}: {error}", path=path, line=line, error=error)
            )
        headers = getattr(self, "headers", ())
        name = headers[column - 1] if column <= len(headers) else str(column)
        return ImportFileError(
            tr(
                "{path}, line {line}, column {column}: the quoted value that starts here does "
                "not end properly (a missing or extra quote).",
                path=path,
                line=line,
                column=name,
            )
        )

    # --- XLSX ----------------------------------------------------------------------------

    def _open_xlsx(self) -> None:
        import openpyxl
        from openpyxl.utils.datetime import CALENDAR_MAC_1904

        check_xlsx_size(self.source.path)
        if not openpyxl.DEFUSEDXML:  # entity expansion and external entities stay off
            raise ImportFileError(tr("XLSX files cannot be read safely here: defusedxml is "
                                     "missing or disabled (OPENPYXL_DEFUSEDXML)."))  # fmt: skip
        # openpyxl warns about what it cannot read (a date beyond 9999 becomes an error value,
        # which the date parser then refuses with its line): the reader, not the user, hears it.
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
        try:
            workbook = openpyxl.load_workbook(self.source.path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises zipfile, KeyError, XML errors...
            raise ImportFileError(
                tr("{path} is not a readable XLSX file ({error}).", path=self.source.path,
                   error=error)
            ) from None  # fmt: skip
        self._close.append(workbook)
        self.excel_1904 = workbook.epoch == CALENDAR_MAC_1904
        sheet = workbook.active or workbook.worksheets[0]
        # The <dimension> a program wrote may be wrong (openpyxl would stop reading there and
        # cut columns off): read every row as it is, and use the claim only for progress.
        claimed_rows = max(getattr(sheet, "max_row", None) or 0, 1)
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        rows_read = sheet.iter_rows(values_only=True)
        self._close.append(rows_read)  # closing it closes the sheet's file inside the zip
        numbered = enumerate(rows_read, start=1)

        def batches(count: int) -> Iterator[Chunk]:
            lines: list[int] = []
            rows: list[Sequence[Any]] = []
            for number, row in _sheet_rows(self.source.path, numbered):
                if any(cell is not None and cell != "" for cell in row):
                    lines.append(number)
                    rows.append(row)
                    if len(rows) >= count:
                        yield Chunk(lines, rows, min(number / claimed_rows, 0.99))
                        lines, rows = [], []
            if rows:
                yield Chunk(lines, rows, 1.0)

        self._batches = batches


def _sheet_rows(
    path: Path, numbered: Iterator[tuple[int, Sequence[Any]]]
) -> Iterator[tuple[int, Sequence[Any]]]:
    """The sheet's rows; the XML is parsed as they are read, so its errors come here."""
    number = 0
    try:
        for number, row in numbered:  # the last number names the place of an error
            yield number, row
    except Exception as error:  # XML errors, forbidden entities, bad cell values...
        raise ImportFileError(
            tr(
                "{path}, row {row}: the sheet cannot be read ({error}).",
                path=path,
                row=number + 1,
                error=str(error).splitlines()[0] if str(error) else type(error).__name__,
            )
        ) from None


def check_xlsx_size(path: Path) -> None:
    """Refuses an XLSX whose parts would unpack to more than any real workbook: the sizes in
    the zip's directory bound what Python's zipfile will ever unpack."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFileError(
            tr("{path} is not a readable XLSX file ({error}).", path=path, error=error)
        ) from None
    unpacked = sum(member.file_size for member in members)
    shared = sum(m.file_size for m in members if m.filename.lower().endswith("sharedstrings.xml"))
    packed_too_tightly = any(
        member.file_size > XLSX_RATIO_FLOOR
        and member.file_size > XLSX_MAX_RATIO * max(member.compress_size, 1)
        for member in members
    )
    if unpacked > XLSX_MAX_UNPACKED or shared > XLSX_MAX_SHARED_STRINGS or packed_too_tightly:
        raise ImportFileError(
            tr(
                "{path} would unpack to {size} bytes, far more than a workbook of its size "
                "holds (a zip bomb?); it was not read.",
                path=path,
                size=format_number(unpacked),
            )
        )


def _bad_record(source: SourceInfo) -> tuple[int, str]:
    """The first line of the first record a strict reader refuses, and that line's text."""
    with source.path.open(encoding=source.encoding, newline="") as f:
        reader = csv.reader(f, delimiter=source.delimiter or ",", strict=True)
        start = 1
        try:
            while True:
                start = reader.line_num + 1
                next(reader)
        except (csv.Error, StopIteration):
            pass
    with source.path.open(encoding=source.encoding, newline="") as f:
        text = next(islice(f, start - 1, None), "")
    return start, text


def _quote_trouble(line: str, delimiter: str) -> int | None:
    """The column (from 1) of ``line`` whose quoted value does not close before the line ends,
    or goes on after its closing quote; None when every value is well formed."""
    line = line.rstrip("\r\n")
    column, i = 1, 0
    while i <= len(line):
        if line[i : i + 1] == '"':
            end = i + 1
            while (end := line.find('"', end)) >= 0 and line[end + 1 : end + 2] == '"':
                end += 2  # "" is a quote inside the value
            if end < 0 or line[end + 1 : end + 2] not in ("", delimiter):
                return column
            i = end + 2
        else:
            next_delimiter = line.find(delimiter, i)
            if next_delimiter < 0:
                return None
            i = next_delimiter + 1
        column += 1
    return None


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
