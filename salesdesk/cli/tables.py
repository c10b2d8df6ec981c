"""Rows of figures per group as the commands print them: a table, CSV or JSON (SPEC §7).

Each row is a dict with a ``group`` key first; money keys hold major units and are written
with exactly 2 decimals in CSV and the table; None is empty in CSV, null in JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from salesdesk.formatting import MISSING, currency_symbol, format_number, format_percent
from salesdesk.i18n import tr
from salesdesk.periods import Period

FORMATS = ("table", "csv", "json")
TOTAL = "total"  # the group of the one row printed without --by


@dataclass(frozen=True)
class Layout:
    columns: tuple[str, ...]  # "group" first
    headers: Mapping[str, str]  # translated column titles for the table
    money: frozenset[str]
    rates: frozenset[str] = frozenset()  # ratios, shown as percentages in the table
    days: frozenset[str] = frozenset()  # numbers of days, shown with one decimal


def render(
    output: str,
    layout: Layout,
    *,
    by: str | None,
    period: Period,
    currency: str,
    rows: Sequence[Mapping[str, Any]],
    scope: str,
) -> str:
    """``scope`` says whose figures they are (the login's :meth:`Visibility.scope_label`)."""
    if output == "json":
        document = {
            "scope": scope,
            "by": by,
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "currency": currency,
            "rows": list(rows),
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output == "csv":
        return _csv(layout, rows)
    return _table(layout, rows, period, currency, scope)


def _csv(layout: Layout, rows: Sequence[Mapping[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=layout.columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _plain(layout, key, value) for key, value in row.items()})
    return buffer.getvalue()


def _plain(layout: Layout, key: str, value: Any) -> str:
    """A CSV cell: money with exactly 2 decimals and no thousands separators."""
    if value is None:
        return ""
    return f"{value:.2f}" if key in layout.money else str(value)


def _cell(layout: Layout, key: str, value: Any) -> str:
    if key == "group":
        return tr("Total") if value == TOTAL else str(value)
    if value is None:
        return MISSING
    if key in layout.rates:
        return format_percent(value)
    if key in layout.days:
        return format_number(value, 1)
    if isinstance(value, float) or key in layout.money:
        return format_number(value, 2 if key in layout.money else 3)
    return format_number(value)


def _table(
    layout: Layout, rows: Sequence[Mapping[str, Any]], period: Period, currency: str, scope: str
) -> str:
    """Whose figures, the period and the currency above; the group name left-aligned, the
    numbers right-aligned."""
    columns = layout.columns
    cells = [[_cell(layout, key, row[key]) for key in columns] for row in rows]
    symbol = currency_symbol(currency)  # ₽ in Russian
    title = (
        scope + " · " + tr("{period}, money in {currency}", period=period.label(), currency=symbol)
    )
    headers = [layout.headers[key] for key in columns]
    return text_table(title, headers, cells, right=range(1, len(columns)))


def text_table(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], right: Collection[int]
) -> str:
    """A plain-text table under ``title``: columns as wide as their widest cell, those in
    ``right`` (numbers) right-aligned, the others left-aligned."""
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows), 0) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([title, "", line(headers), rule, *(line(row) for row in rows)]) + "\n"
