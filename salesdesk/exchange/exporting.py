"""Exporting sales, customers, products, members and goals to CSV or XLSX (SPEC §7, §8).

The columns of the first four are the import fields, headed by their labels, so an export
imports back unchanged. Money is written in major units (1234.50), dates as dates.

Text that a spreadsheet would run as a formula — starting with =, +, -, @, a tab, CR or LF —
gets a leading apostrophe; numbers stay numbers (a negative amount is the number -12.50, not
text). CSV files are UTF-8 with a BOM, so that Excel reads Cyrillic right. A file is written
under a temporary name and renamed when complete: a failed or cancelled export leaves nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salesdesk.errors import SalesDeskError
from salesdesk.exchange.fields import (
    CUSTOMER_FIELDS,
    DEAL_FIELDS,
    MEMBER_FIELDS,
    PRODUCT_FIELDS,
    SALES_FIELDS,
    Field,
    ValueType,
)
from salesdesk.exchange.parsing import FORMULA_STARTS, without_control_characters
from salesdesk.exchange.xlsx import CellKind, write_xlsx
from salesdesk.files import check_output_path, write_atomically
from salesdesk.i18n import tr
from salesdesk.metrics.kpis import MONEY_METRICS
from salesdesk.metrics.scope import Scope, SqlFilter, period_params, sale_filter
from salesdesk.money import minor_units
from salesdesk.store.engine import SqlDialect, dialect

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period
    from salesdesk.store.db import Database

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]

XLSX_MAX_ROWS = 1_048_576  # Excel's limit, the header row included
EXPORT_SUFFIXES = (".csv", ".xlsx")
_PROGRESS_EVERY = 2_000  # rows: the bar moves several times a second


class ExportKind(StrEnum):
    SALES = "sales"
    CUSTOMERS = "customers"
    PRODUCTS = "products"
    MEMBERS = "members"
    GOALS = "goals"
    DEALS = "deals"


class ExportError(SalesDeskError):
    """The export could not be written."""


class ExportCancelledError(SalesDeskError):
    def __init__(self) -> None:
        super().__init__(tr("The export was cancelled; no file was written."))


def neutralise(text: str) -> str:
    """Text a spreadsheet would take for a formula, made plain by a leading apostrophe; and
    without control characters, which XLSX cannot hold (a file from before imports refused
    them may have some)."""
    text = without_control_characters(text)
    return "'" + text if text[:1] in FORMULA_STARTS and text else text


# --- what each export holds ------------------------------------------------------------------

_PATHS = """
{name}(id, path) AS (
    SELECT id, name FROM {table} WHERE parent_id IS NULL
    UNION ALL SELECT child.id, {name}.path || '/' || child.name
    FROM {table} child JOIN {name} ON child.parent_id = {name}.id)
"""
_TERRITORY_PATHS = _PATHS.format(name="territory_path", table="territory")
_CATEGORY_PATHS = _PATHS.format(name="category_path", table="product_category")

_SALES_COLUMNS = """
SELECT s.order_ref, s.line_ref, s.date, c.code, c.name, a.name, tp.path, p.code, p.name,
       cp.path, s.quantity, s.unit_price, s.discount, s.amount, s.cost, ch.name, m.name
FROM sale s
JOIN customer c ON c.id = s.customer_id
LEFT JOIN account_type a ON a.id = c.account_type_id
LEFT JOIN territory_path tp ON tp.id = c.territory_id
LEFT JOIN product p ON p.id = s.product_id
LEFT JOIN category_path cp ON cp.id = p.category_id
LEFT JOIN channel ch ON ch.id = s.channel_id
LEFT JOIN member m ON m.id = s.member_id
"""
# A line's cost is exported as such: unit cost and profit are other ways to import it.
_EXPORTED_SALES_FIELDS = tuple(f for f in SALES_FIELDS if f.name not in {"unit_cost", "profit"})
_CUSTOMERS_SQL = f"""
WITH RECURSIVE {_TERRITORY_PATHS}
SELECT c.code, c.name, c.kind, a.name, tp.path, m.name, pe.name, ch.name, c.created_on,
       c.contact_name, c.email, c.phone, c.status_override, c.lost_reason, c.notes
FROM customer c
LEFT JOIN account_type a ON a.id = c.account_type_id
LEFT JOIN territory_path tp ON tp.id = c.territory_id
LEFT JOIN member m ON m.id = c.owner_member_id
LEFT JOIN persona pe ON pe.id = c.persona_id
LEFT JOIN channel ch ON ch.id = c.acquisition_channel_id
ORDER BY c.code
"""
_PRODUCTS_SQL = f"""
WITH RECURSIVE {_CATEGORY_PATHS}
SELECT p.code, p.name, cp.path, p.unit_cost, p.list_price, p.active
FROM product p LEFT JOIN category_path cp ON cp.id = p.category_id
ORDER BY p.code
"""
_MEMBERS_SQL = """
SELECT m.name, m.role, t.name, boss.name, m.email, m.phone, m.hired_on, m.left_on, m.capacity
FROM member m
LEFT JOIN team t ON t.id = m.team_id
LEFT JOIN member boss ON boss.id = m.reports_to_id
ORDER BY m.id
"""
_GOALS_SQL = f"""
WITH RECURSIVE {_TERRITORY_PATHS}, {_CATEGORY_PATHS}
SELECT g.title, g.description, g.metric, g.manual_unit, coalesce(m.name, t.name), parent.title,
       coalesce(ch.name, pr.name, cp.path, tp.path, a.name, sg.name),
       g.baseline_kind, g.target_value, g.direction, g.budget, g.start_on, g.end_on,
       g.resource_notes
FROM goal g
LEFT JOIN member m ON m.id = g.owner_member_id
LEFT JOIN team t ON t.id = g.owner_team_id
LEFT JOIN goal parent ON parent.id = g.parent_id
LEFT JOIN channel ch ON ch.id = g.scope_channel_id
LEFT JOIN product pr ON pr.id = g.scope_product_id
LEFT JOIN category_path cp ON cp.id = g.scope_category_id
LEFT JOIN territory_path tp ON tp.id = g.scope_territory_id
LEFT JOIN account_type a ON a.id = g.scope_account_type_id
LEFT JOIN segment sg ON sg.id = g.scope_segment_id
ORDER BY g.id
"""
_GOAL_COLUMNS = (
    Field("title", "Title"),
    Field("description", "Description"),
    Field("metric", "Metric"),
    Field("unit", "Unit"),
    Field("owner", "Owner"),
    Field("parent", "Parent goal"),
    Field("scope", "Scope"),
    Field("baseline", "Baseline"),
    Field("target", "Target", ValueType.QUANTITY),
    Field("direction", "Direction"),
    Field("budget", "Budget", ValueType.MONEY),
    Field("start_on", "Start", ValueType.DATE),
    Field("end_on", "End", ValueType.DATE),
    Field("resources", "Resources"),
)


_DEALS_SQL = """
SELECT d.ref, d.title, c.code, c.name, m.name, d.amount, p.name, st.name, d.status,
       d.created_on, d.expected_close, d.closed_on, d.lost_reason, ch.name,
       (SELECT {history} FROM (
            SELECT {entered_on} || ' ' || hs.name AS entry
            FROM deal_stage_change h JOIN stage hs ON hs.id = h.stage_id
            WHERE h.deal_id = d.id ORDER BY h.entered_at, h.id) entries)
FROM deal d
JOIN stage st ON st.id = d.stage_id
JOIN pipeline p ON p.id = st.pipeline_id
LEFT JOIN customer c ON c.id = d.customer_id
LEFT JOIN member m ON m.id = d.owner_member_id
LEFT JOIN channel ch ON ch.id = d.channel_id
ORDER BY d.id
"""
# closed_on holds the lost day, the stage history when each stage was entered
_DEAL_COLUMNS = tuple(f for f in DEAL_FIELDS if f.name not in ("lost_on", "stage_entered_on"))


def _goal_row(row: Sequence[Any]) -> Sequence[Any]:
    """The target in the metric's unit: major units for money, a ratio for rates."""
    metric, target = row[2], row[8]
    if metric in MONEY_METRICS and target is not None:
        target = Decimal(minor_units(target)).scaleb(-2)
    return (*row[:8], target, *row[9:])


@dataclass(frozen=True)
class _Export:
    sql: str | Callable[[SqlDialect], str]  # a function when the engine spells some of it
    columns: tuple[Field, ...]
    table: str  # counted for progress
    adjust: Callable[[Sequence[Any]], Sequence[Any]] | None = None
    count_sql: str = ""  # how many rows the export holds; by default, all of ``table``
    params: Mapping[str, Any] = field(default_factory=dict)

    def count(self) -> str:
        return self.count_sql or f"SELECT count(*) FROM {self.table}"

    def rows(self, sql: SqlDialect) -> str:
        return self.sql if isinstance(self.sql, str) else self.sql(sql)


def _deals_sql(sql: SqlDialect) -> str:
    return _DEALS_SQL.format(
        history=sql.joined("entry", "'; '"), entered_on=sql.date_of("h.entered_at")
    )


def _sales_export(period: Period | None, scope: Scope | None) -> _Export:
    """The sales lines of ``period`` (None: all) sold within ``scope`` (member, team,
    territory, channel…; None: everyone), oldest first."""
    chosen = sale_filter(scope or Scope())
    if period is not None:
        chosen += SqlFilter((), ("s.date BETWEEN :start AND :end",), period_params(period))
    ctes = ", ".join((_TERRITORY_PATHS, _CATEGORY_PATHS, *chosen.ctes))
    rows = f"WITH RECURSIVE {ctes}\n{_SALES_COLUMNS} WHERE {chosen.where()} ORDER BY s.date, s.id"
    count = f"{chosen.with_clause()}SELECT count(*) FROM sale s WHERE {chosen.where()}"
    return _Export(
        rows, _EXPORTED_SALES_FIELDS, "sale", count_sql=count, params=dict(chosen.params)
    )


_EXPORTS = {
    ExportKind.SALES: _sales_export(None, None),
    ExportKind.CUSTOMERS: _Export(_CUSTOMERS_SQL, CUSTOMER_FIELDS, "customer"),
    ExportKind.PRODUCTS: _Export(_PRODUCTS_SQL, PRODUCT_FIELDS, "product"),
    ExportKind.MEMBERS: _Export(_MEMBERS_SQL, MEMBER_FIELDS, "member"),
    ExportKind.GOALS: _Export(_GOALS_SQL, _GOAL_COLUMNS, "goal", _goal_row),
    ExportKind.DEALS: _Export(_deals_sql, _DEAL_COLUMNS, "deal"),
}


_TERRITORIES_BY_PATH = (
    f"WITH RECURSIVE {_TERRITORY_PATHS} SELECT id, path FROM territory_path ORDER BY path"
)


@dataclass(frozen=True)
class SalesFilterChoices:
    """What an export of sales may be narrowed to: (id, name) pairs, territories by path."""

    members: list[tuple[int, str]]
    territories: list[tuple[int, str]]  # "Russia/Central/Moscow"
    channels: list[tuple[int, str]]


def sales_filter_choices(database: Database) -> SalesFilterChoices:
    """The members, territories and channels to narrow a sales export to; on a worker."""
    from sqlalchemy import text

    with database.read() as connection:

        def pairs(sql: str) -> list[tuple[int, str]]:
            return [(row_id, name) for row_id, name in connection.execute(text(sql))]

        return SalesFilterChoices(
            pairs("SELECT id, name FROM member ORDER BY name, id"),
            pairs(_TERRITORIES_BY_PATH),
            pairs("SELECT id, name FROM channel ORDER BY name, id"),
        )


# --- writing -------------------------------------------------------------------------------


def export_table(
    database: Database,
    kind: ExportKind | str,
    path: Path,
    *,
    period: Period | None = None,
    scope: Scope | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> int:
    """Writes ``kind`` to ``path`` as CSV or XLSX (by its extension); returns the row count.

    Sales may be narrowed to a ``period`` and a ``scope`` (who sold them, where, through which
    channel — as the metrics read a scope); the other kinds are written whole.
    """
    kind = ExportKind(kind)
    narrowed = period is not None or scope is not None
    export = (
        _sales_export(period, scope) if kind is ExportKind.SALES and narrowed else _EXPORTS[kind]
    )
    write = writer_for(Path(path))
    path = check_output_path(Path(path))  # before the work, not after
    from sqlalchemy import text

    with database.read() as connection:
        (total,) = connection.execute(text(export.count()), dict(export.params)).one()
        if write is _write_xlsx and total >= XLSX_MAX_ROWS:
            raise ExportError(
                tr("{count} rows do not fit in an Excel sheet; export to .csv instead.",
                   count=total)
            )  # fmt: skip
        rows = _rows(connection, export, total, progress, cancelled)
        write_export(path, lambda target: write(target, export.columns, rows))
    return total


def writer_for(path: Path) -> Callable[[Path, Sequence[Field], Iterable[Sequence[Any]]], None]:
    """The CSV or XLSX writer that ``path``'s extension asks for."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _write_csv
    if suffix == ".xlsx":
        return _write_xlsx
    raise ExportError(tr("Export to a .csv or .xlsx file, not {name}.", name=path.name))


def write_export(path: Path, write: Callable[[Path], None]) -> None:
    """Writes an export through :func:`salesdesk.files.write_atomically` (private, complete
    or absent, never onto a database)."""
    write_atomically(path, write, suffixes=EXPORT_SUFFIXES)


def _rows(
    connection: Connection,
    export: _Export,
    total: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> Iterator[Sequence[Any]]:
    from sqlalchemy import text

    statement = text(export.rows(dialect(connection)))
    for number, row in enumerate(connection.execute(statement, dict(export.params)), 1):
        if number % _PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelledError()
            if progress is not None:
                progress(number / max(total, 1), tr("{count} rows written", count=number))
        yield export.adjust(row) if export.adjust else row


def _write_csv(path: Path, columns: Sequence[Field], rows: Iterable[Sequence[Any]]) -> None:
    formats = [_CSV_FORMATS[column.type] for column in columns]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([neutralise(tr(column.label)) for column in columns])
        writer.writerows(
            [None if value is None else fmt(value) for fmt, value in zip(formats, row, strict=True)]
            for row in rows
        )


def _write_xlsx(path: Path, columns: Sequence[Field], rows: Iterable[Sequence[Any]]) -> None:
    formats = [_XLSX_FORMATS[column.type] for column in columns]
    header = [neutralise(tr(column.label)) for column in columns]
    kinds = [kind for _convert, kind in formats]
    converted = (
        [
            None if value is None else convert(value)
            for (convert, _), value in zip(formats, row, strict=True)
        ]
        for row in rows
    )
    write_xlsx(path, header, kinds, converted)


def _major_units(minor: int) -> Decimal:
    return Decimal(int(minor)).scaleb(-2)


def _number_text(value: float | Decimal) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _yes_no(value: Any) -> str:
    return tr("yes") if value else tr("no")


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


_CSV_FORMATS: dict[ValueType, Callable[[Any], str]] = {
    ValueType.TEXT: lambda value: neutralise(str(value)),
    ValueType.MONEY: lambda minor: str(_major_units(minor)),
    ValueType.QUANTITY: _number_text,
    ValueType.INTEGER: str,
    ValueType.DATE: lambda value: _date(value).isoformat(),
    ValueType.BOOL: _yes_no,
}
# Per value type: how a value becomes a cell, and what kind of cell.
_XLSX_FORMATS: dict[ValueType, tuple[Callable[[Any], Any], CellKind]] = {
    ValueType.TEXT: (lambda value: neutralise(str(value)), CellKind.TEXT),
    ValueType.MONEY: (_major_units, CellKind.MONEY),
    ValueType.QUANTITY: (lambda value: value, CellKind.NUMBER),
    ValueType.INTEGER: (int, CellKind.NUMBER),
    ValueType.DATE: (_date, CellKind.DATE),
    ValueType.BOOL: (_yes_no, CellKind.TEXT),
}
