"""Turning chunks of raw cells into typed columns, with a problem for every bad cell.

Work is done column by column: a chunk of 20,000 rows becomes one list per mapped field, and
each list is parsed with a cached parser, so that a million-line file costs a few passes over
lists instead of a Python call per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from typing import Any, overload

from salesdesk.exchange.fields import (
    Field,
    ImportKind,
    ValueType,
    check_mapping,
    field_named,
    normalise_header,
    required_fields,
)
from salesdesk.exchange.parsing import (
    ColumnParser,
    DateParser,
    has_control_characters,
    parse_bool,
    parse_integer,
    parse_quantity,
    parse_text,
    plain_money_column,
    plain_quantity_column,
    plain_text_column,
    sniff_decimal_comma,
)
from salesdesk.exchange.reading import Chunk
from salesdesk.i18n import tr
from salesdesk.money import parse_money

_NUMERIC = {ValueType.MONEY, ValueType.QUANTITY, ValueType.INTEGER}
_SNIFFED_ROWS = 2000  # rows of the first chunk whose numbers tell the decimal mark
# Whole-column fast paths for clean files; a column they decline goes cell by cell.
_PLAIN_COLUMNS: dict[ValueType, Callable[[Sequence[Any]], list[Any] | None]] = {
    ValueType.TEXT: plain_text_column,
    ValueType.MONEY: plain_money_column,
    ValueType.QUANTITY: plain_quantity_column,
}


@dataclass(frozen=True)
class Problem:
    """Why one row of the file cannot be imported."""

    line: int
    column: str  # the file's header; empty when the whole row is at fault
    reason: str

    def describe(self) -> str:
        if not self.column:
            return tr("line {line}: {reason}", line=self.line, reason=self.reason)
        return tr(
            "line {line}, column {column}: {reason}",
            line=self.line,
            column=self.column,
            reason=self.reason,
        )


@dataclass
class ParsedChunk:
    """Typed columns of a chunk; rows in ``bad_rows`` have at least one problem."""

    lines: list[int]
    values: dict[str, Sequence[Any]]  # field name -> one value per row (None: empty)
    fraction: float = 0.0  # how far through the file the chunk ends
    problems: list[Problem] = field(default_factory=list)
    bad_rows: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.lines)

    def column(self, name: str) -> Sequence[Any]:
        """The field's values, or all None when the file has no such column."""
        return self.values.get(name) or [None] * len(self.lines)

    def reject(self, index: int, column: str, reason: str) -> None:
        self.problems.append(Problem(self.lines[index], column, reason))
        self.bad_rows.add(index)


class DeferredTexts(Sequence[str | None]):
    """A text column parsed cell by cell as it is read: a sales file's territory, say, is
    needed only on the lines that create a customer."""

    def __init__(self, raw: Sequence[Any]) -> None:
        self._raw = raw

    @property
    def raw(self) -> Sequence[Any]:
        """The cells as read, unparsed."""
        return self._raw

    @overload
    def __getitem__(self, index: int) -> str | None: ...
    @overload
    def __getitem__(self, index: slice) -> list[str | None]: ...
    def __getitem__(self, index: int | slice) -> str | list[str | None] | None:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        value = self._raw[index]
        return None if value is None else parse_text(value) or None

    def __len__(self) -> int:
        return len(self._raw)


class ChunkConverter:
    """Parses the mapped columns of each chunk of one file."""

    def __init__(
        self,
        kind: ImportKind | str,
        headers: Sequence[str],
        mapping: Mapping[str, str],
        *,
        date_format: str | None = None,
        delimiter: str | None = None,
        excel_1904: bool = False,
        all_text: bool = False,
        deferred: Collection[str] = (),
    ) -> None:
        """``all_text``: every cell is a str (CSV), so whole-column fast paths apply.
        ``deferred``: plain text fields read on only a few rows, parsed when read."""
        self.kind = ImportKind(kind)
        check_mapping(self.kind, mapping)
        self.headers = tuple(headers)
        self._mapped = [
            (index, header, field_named(self.kind, mapping[header]))
            for index, header in enumerate(self.headers)
            if mapping.get(header)
        ]
        self.header_of = {f.name: header for _, header, f in self._mapped}
        self._delimiter = delimiter
        self._all_text = all_text
        self._deferred = {
            f.name
            for _, _, f in self._mapped
            if f.name in deferred and f.type is ValueType.TEXT and f.choices is None
        }
        self._dates = DateParser(date_format, epoch_1904=excel_1904)
        self._parsers: dict[str, ColumnParser[Any]] | None = None

    def convert(self, chunk: Chunk) -> ParsedChunk:
        rows, problems = self._fit_width(chunk)
        columns = self._transpose(rows)
        if self._parsers is None:
            self._parsers = self._make_parsers(columns)
        parsed = ParsedChunk(chunk.lines, {}, chunk.fraction)
        for problem_index, reason in problems:
            parsed.reject(problem_index, "", reason)
        for (_, header, f), raw in zip(self._mapped, columns, strict=True):
            if f.name in self._deferred and not has_control_characters(raw):
                # plain text never fails to parse: no problem is missed
                parsed.values[f.name] = DeferredTexts(raw)
                continue
            values, bad = self._parsers[f.name].parse_column(raw)
            parsed.values[f.name] = values
            for index, reason in bad:
                parsed.reject(index, header, reason)
        self._check_required(parsed)
        return parsed

    def _fit_width(self, chunk: Chunk) -> tuple[Sequence[Sequence[Any]], list[tuple[int, str]]]:
        """Pads short rows; a row with values beyond the last header is a problem."""
        width = len(self.headers)
        rows = chunk.rows
        lengths = set(map(len, rows))
        problems: list[tuple[int, str]] = []
        if min(lengths) < width:
            filler = "" if self._all_text else None  # CSV columns stay all text
            rows = [row if len(row) >= width else [*row, *[filler] * (width - len(row))]
                    for row in rows]  # fmt: skip
        if max(lengths) > width:
            for index, row in enumerate(rows):
                if any(cell not in (None, "") for cell in row[width:]):
                    problems.append((index, tr("more values than the header has columns")))
        return rows, problems

    def _transpose(self, rows: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
        """The mapped columns of the rows (all of equal width by now)."""
        indices = [index for index, _, _ in self._mapped]
        if indices == list(range(len(self.headers))) and set(map(len, rows)) == {len(indices)}:
            return list(zip(*rows, strict=True))  # every column mapped: no picking needed
        if len(indices) == 1:
            return [list(map(itemgetter(indices[0]), rows))]
        return list(zip(*map(itemgetter(*indices), rows), strict=True))

    def _make_parsers(self, first_columns: Sequence[Sequence[Any]]) -> dict[str, ColumnParser[Any]]:
        """Settles the file's number and date styles from its first chunk, then builds parsers."""
        numeric = [v for (_, _, f), col in zip(self._mapped, first_columns, strict=True)
                   if f.type in _NUMERIC for v in col[:_SNIFFED_ROWS]]  # fmt: skip
        decimal_comma = sniff_decimal_comma(numeric, delimiter=self._delimiter)
        for (_, _, f), col in zip(self._mapped, first_columns, strict=True):
            if f.type is ValueType.DATE:
                self._dates.sniff(col)
        return {
            f.name: ColumnParser(
                self._value_parser(f, decimal_comma),
                self._plain_parser(f, decimal_comma),
            )
            for _, _, f in self._mapped
        }

    def _plain_parser(
        self, f: Field, decimal_comma: bool
    ) -> Callable[[Sequence[Any]], list[Any] | None] | None:
        if not self._all_text or f.choices or decimal_comma:
            return None
        return _PLAIN_COLUMNS.get(f.type)

    def _value_parser(self, f: Field, decimal_comma: bool) -> Callable[[object], Any]:
        if f.choices is not None:
            return partial(_parse_choice, f.choices)
        parsers: dict[ValueType, Callable[[object], Any]] = {
            ValueType.TEXT: parse_text,
            ValueType.MONEY: partial(parse_money, decimal_comma=decimal_comma),
            ValueType.QUANTITY: partial(parse_quantity, decimal_comma=decimal_comma),
            ValueType.INTEGER: partial(parse_integer, decimal_comma=decimal_comma),
            ValueType.DATE: self._iso_date,
            ValueType.BOOL: parse_bool,
        }
        return parsers[f.type]

    def _iso_date(self, value: object) -> str:
        """Dates travel as ISO text: the database stores them so, and text compares in order."""
        return self._dates.parse(value).isoformat()

    def _check_required(self, parsed: ParsedChunk) -> None:
        for alternatives in required_fields(self.kind):
            present = [name for name in alternatives if name in parsed.values]
            columns = [parsed.values[name] for name in present]
            if not all(None in column for column in columns):
                continue  # the usual case, settled without a loop over the rows
            header = self.header_of[present[0]]
            for index, values in enumerate(zip(*columns, strict=True)):
                if values.count(None) == len(values) and index not in parsed.bad_rows:
                    parsed.reject(index, header, tr("empty, but a value is needed"))


def _parse_choice(choices: Mapping[str, str], value: object) -> str:
    word = normalise_header(parse_text(value))
    if word in choices:
        return choices[word]
    allowed = ", ".join(sorted(set(choices.values())))
    raise ValueError(tr("not one of {allowed}: {value}", allowed=allowed, value=value))
