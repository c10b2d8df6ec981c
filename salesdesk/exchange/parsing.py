"""Values as people type them in spreadsheets: numbers, money, dates, yes/no (SPEC §8).

Numbers come as "1 234,56" (spaces or no-break spaces group thousands, a comma is the decimal
mark) or as "1,234.56", read by :mod:`salesdesk.money` (amounts too). Only "1,234" is truly
ambiguous — a thousand in English, one and a quarter in Russian — so the file's style decides
it (see :func:`sniff_decimal_comma`).

Dates come as ISO, dd.mm.yyyy or mm/dd/yyyy; a file whose slash dates read both ways must name
its format (``--date-format %d/%m/%Y``). XLSX cells arrive already typed: numbers, datetimes
and Excel serial day numbers.

Scalar parsers raise :class:`ValueError` with a translated reason. :class:`ColumnParser` applies
one to a whole column with a bounded cache, since sales files repeat the same dates and prices
on many lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr
from salesdesk.money import MAX_MINOR_UNITS, canonical_number, check_limit, parse_decimal
from salesdesk.periods import check_date_range

T = TypeVar("T")

_AMBIGUOUS_COMMA = re.compile(r"-?\d{1,3},\d{3}")
MAX_QUANTITY = 10**12
_MAX_INTEGER = 2**63 - 1  # SQLite's INTEGER
# Control characters a spreadsheet cannot hold (XLSX refuses them) and no person types;
# tab, line feed and carriage return are ordinary text.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Excel's serial day numbers: 1 is 1900-01-01 (with Lotus's phantom 1900-02-29 after day 59),
# or 1904-01-02 in workbooks using the 1904 system.
_EXCEL_EPOCH_1900 = dt.date(1899, 12, 30)
_EXCEL_EPOCH_1904 = dt.date(1904, 1, 1)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31

_TRUE_WORDS = frozenset({"1", "yes", "y", "true", "t", "active", "да", "д", "истина", "активен"})
_FALSE_WORDS = frozenset({"0", "no", "n", "false", "f", "inactive", "нет", "н", "ложь"})


class AmbiguousDatesError(SalesDeskError):
    """The file's slash dates read both as dd/mm/yyyy and as mm/dd/yyyy."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__(
            tr(
                "The dates in this file are ambiguous: {first} and {second} cannot be read in "
                "one day/month order; give the format, e.g. --date-format %d/%m/%Y.",
                first=first,
                second=second,
            )
        )


# --- numbers -------------------------------------------------------------------------------


def sniff_decimal_comma(values: Iterable[object], *, delimiter: str | None) -> bool:
    """Whether the file writes decimals with a comma, judged from its unambiguous numbers.

    Without evidence a semicolon-separated file is taken to come from a decimal-comma locale:
    that is why spreadsheets there separate columns with semicolons.
    """
    comma_votes = dot_votes = 0
    for value in values:
        if not isinstance(value, str) or not value or _AMBIGUOUS_COMMA.fullmatch(value.strip()):
            continue
        comma, dot = value.rfind(","), value.rfind(".")
        if comma > dot:
            comma_votes += 1
        elif dot > comma:
            dot_votes += 1
    if comma_votes != dot_votes:
        return comma_votes > dot_votes
    return delimiter == ";"


def parse_quantity(value: object, *, decimal_comma: bool = False) -> float:
    if isinstance(value, str):
        quantity = float(canonical_number(value, decimal_comma=decimal_comma))
    else:
        quantity = float(parse_decimal(value, decimal_comma=decimal_comma))
    check_limit(quantity, MAX_QUANTITY, value)
    return quantity


def parse_integer(value: object, *, decimal_comma: bool = False) -> int:
    number = parse_decimal(value, decimal_comma=decimal_comma)
    check_limit(number, _MAX_INTEGER, value)
    if number != number.to_integral_value():
        raise ValueError(tr("not a whole number: {value}", value=value))
    return int(number)


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().casefold()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ValueError(tr("not yes or no: {value}", value=value))


# Cell text starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = frozenset("=+-@\t\r\n")


def parse_text(value: object) -> str:
    """A cell as text; numbers from XLSX lose a spurious ".0", and an export's protective
    apostrophe in front of a formula character is taken off again."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if match := _CONTROL_CHARACTERS.search(text):
        raise ValueError(
            tr("holds a control character ({code}) that is not text", code=f"U+{ord(match[0]):04X}")
        )
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


def has_control_characters(values: Sequence[object]) -> bool:
    """Whether any text among ``values`` holds a character :func:`parse_text` refuses."""
    return bool(_CONTROL_CHARACTERS.search("".join(v for v in values if isinstance(v, str))))


def without_control_characters(text: str) -> str:
    """``text`` without the characters XLSX cannot hold (an export must never fail on them)."""
    return _CONTROL_CHARACTERS.sub("", text)


# --- dates ---------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?: .*)?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: .*)?")


class DateParser:
    """Parses the dates of one file, in its explicit format or in the styles it is written in.

    Slash dates are month/day/year unless the file shows a day above 12 in the first place;
    once the order is settled a date that reads only the other way makes the whole file
    ambiguous (:class:`AmbiguousDatesError`), since guessing would misdate earlier rows.
    """

    def __init__(self, date_format: str | None = None, *, epoch_1904: bool = False) -> None:
        self.date_format = date_format
        self._excel_epoch = _EXCEL_EPOCH_1904 if epoch_1904 else _EXCEL_EPOCH_1900
        self._day_first: bool | None = None
        self._first_example: str | None = None  # the first slash date, for the ambiguity error

    def sniff(self, values: Iterable[object]) -> None:
        """Settles the slash order from a sample of the file's date cells."""
        if self.date_format or self._day_first is not None:
            return
        for value in values:
            match = _SLASHED.fullmatch(value.strip()) if isinstance(value, str) else None
            if match and int(match[1]) > 12 >= int(match[2]):
                self._day_first = True
                return
        self._day_first = False

    def parse(self, value: object) -> dt.date:
        """The date of a cell, within the dates SalesDesk accepts (1900 to 2200)."""
        return check_date_range(self._parse(value))

    def _parse(self, value: object) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._from_excel_serial(value)
        text = str(value).strip()
        if self.date_format:
            return self._with_format(text)
        return self._from_known_styles(text)

    def _with_format(self, text: str) -> dt.date:
        try:
            return dt.datetime.strptime(text, self.date_format or "").date()
        except ValueError:
            raise ValueError(
                tr(
                    "not a date in the format {format}: {value}",
                    format=self.date_format,
                    value=text,
                )
            ) from None

    def _from_known_styles(self, text: str) -> dt.date:
        if match := _ISO.fullmatch(text):
            year, month, day = match[1], match[2], match[3]
        elif match := _DOTTED.fullmatch(text):
            day, month, year = match[1], match[2], match[3]
            year = f"20{year}" if len(year) == 2 else year  # 1C writes 31.01.26
        elif match := _SLASHED.fullmatch(text):
            (month, day), year = self._slash_order(match[1], match[2], text), match[3]
        else:
            raise ValueError(tr("not a date: {value}", value=text))
        try:
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError(tr("not a date: {value}", value=text)) from None

    def _slash_order(self, first: str, second: str, text: str) -> tuple[str, str]:
        """(month, day) of a slash date under the file's order."""
        if self._day_first is None:
            self.sniff([text])
        if self._first_example is None:
            self._first_example = text
        month, day = (second, first) if self._day_first else (first, second)
        if int(month) > 12 >= int(day):  # fits only the other order
            raise AmbiguousDatesError(self._first_example, text)
        return month, day

    def _from_excel_serial(self, serial: float) -> dt.date:
        if not 1 <= serial <= _EXCEL_MAX_SERIAL:
            raise ValueError(tr("not a date: {value}", value=serial))
        days = int(serial)
        if self._excel_epoch == _EXCEL_EPOCH_1900 and days < 61:
            days += 1  # before Lotus's phantom 29 February 1900
        return self._excel_epoch + dt.timedelta(days=days)


# --- whole columns -------------------------------------------------------------------------
#
# Machine-written CSV files hold plain values ("1234.50", "ACME Ltd") in every cell. For them
# the column functions below do the work with C-level map() calls instead of a Python call per
# cell, and answer None when any cell needs the careful scalar parser. They take CSV columns:
# every cell a str.

_CACHE_LIMIT = 200_000
_PLAIN_NUMBER_CHARS = str.maketrans("", "", "0123456789.-")


def plain_text_column(values: Sequence[str]) -> list[str | None] | None:
    """Stripped texts, None for empty cells; None when a cell might carry an export's
    protective apostrophe or a control character."""
    texts = list(map(str.strip, values))
    joined = "".join(texts)
    if "'" in joined or _CONTROL_CHARACTERS.search(joined):
        return None
    return [text or None for text in texts] if "" in texts else list(texts)


def _plain_floats(values: Sequence[str]) -> list[float] | None:
    """Floats of cells written as plain "-1234.5" (no grouping, exponent, spaces or blanks)."""
    if "".join(values).translate(_PLAIN_NUMBER_CHARS):
        return None
    try:
        return list(map(float, values))
    except ValueError:  # "", "1.2.3", "1-2"
        return None


def plain_money_column(values: Sequence[str]) -> list[int] | None:
    """Minor units of plain amounts with at most two decimals, exactly: for such values the
    float's error is far below half a cent, and an amount with more decimals shows up as a
    scaled value that is not a whole number."""
    floats = _plain_floats(values)
    if floats is None:
        return None
    scaled = list(map((100.0).__mul__, floats))
    if scaled and max(map(abs, scaled)) > MAX_MINOR_UNITS:  # exact in a double below it
        return None
    minor: list[int] = list(map(round, scaled))
    if scaled and max(map(abs, map(float.__sub__, scaled, minor))) > 1e-6:
        return None
    return minor


def plain_quantity_column(values: Sequence[str]) -> list[float] | None:
    floats = _plain_floats(values)
    if floats and max(map(abs, floats)) > MAX_QUANTITY:
        return None
    return floats


class ColumnParser(Generic[T]):
    """Applies a scalar parser to a column; empty cells become ``None``, bad ones problems."""

    def __init__(
        self,
        parse: Callable[[object], T],
        plain: Callable[[Sequence[Any]], list[T] | list[T | None] | None] | None = None,
    ) -> None:
        self._parse = parse
        self._plain = plain
        self._cache: dict[object, T | None] = {}

    def parse_column(
        self, values: Sequence[object]
    ) -> tuple[list[T | None], list[tuple[int, str]]]:
        """The parsed values, and (index, reason) for each value that could not be parsed."""
        if self._plain is not None and (plain := self._plain(values)) is not None:
            return list(plain), []
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        return cached_map(self._parse, values, self._cache, skip=_is_empty)


def _is_empty(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def cached_map(
    work: Callable[[Any], T],
    values: Sequence[Any],
    cache: dict[Any, T | None],
    *,
    skip: Callable[[Any], bool],
) -> tuple[list[T | None], list[tuple[int, str]]]:
    """``work`` applied to every value, once per distinct value, with the results kept in
    ``cache``; a ``skip`` value gives None. Returns the results and (index, reason) for each
    value ``work`` refused with ValueError.

    A chunk's rows repeat a few values (dates, names) many times, and a date-ordered file
    brings new dates in every chunk: so the new values are found with ``dict.fromkeys`` and the
    results spread with ``map``, both in C, instead of a Python step per row.
    """
    results = list(map(cache.get, values))
    if None not in results:
        return results, []
    failures: dict[Any, str] = {}
    # In order of first appearance: "Central" must find the "Russia/Central" of a line above.
    for value in [v for v in dict.fromkeys(values) if v not in cache]:
        if skip(value):
            continue
        try:
            cache[value] = work(value)
        except ValueError as error:
            failures[value] = str(error)
    results = list(map(cache.get, values))
    if not failures:
        return results, []
    return results, [(i, failures[v]) for i, v in enumerate(values) if v in failures]
