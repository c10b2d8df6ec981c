"""``kpi``: sales KPIs per group as a table, CSV or JSON (SPEC §7)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from sqlalchemy import text

from salesdesk.cli.common import add_db_argument, parse_date
from salesdesk.cli.tables import FORMATS, TOTAL, Layout, render
from salesdesk.errors import UsageError
from salesdesk.formatting import money_major
from salesdesk.i18n import tr
from salesdesk.metrics.sales import BREAKDOWNS, SalesTotals, sales_breakdown, sales_totals
from salesdesk.periods import Period
from salesdesk.settings import load_settings
from salesdesk.store import db
from salesdesk.store.login import login_visibility

COLUMNS = (
    "group",
    "revenue",
    "orders",
    "units",
    "buying_customers",
    "new_customers",
    "average_order_value",
    "gross_margin",
)


def register(subparsers: Any) -> None:
    kpi = subparsers.add_parser(
        "kpi",
        help=tr("sales KPIs per member, team, territory, product, month..."),
        description=tr(
            "Revenue, orders, units, buying and new customers, average order value and gross "
            "margin, in total or per group. Money is in major units (e.g. roubles) with 2 "
            "decimals. Without --from and --to the period runs from the first to the last sale "
            "in the database."
        ),
    )
    add_db_argument(kpi)
    kpi.add_argument("--by", choices=BREAKDOWNS, help=tr("one row per group of this kind"))
    kpi.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=tr("first day, YYYY-MM-DD (default: the date of the first sale)"),
    )
    kpi.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help=tr("last day, YYYY-MM-DD (default: the date of the last sale)"),
    )
    kpi.add_argument("--format", choices=FORMATS, default="table", help=tr("output format"))
    kpi.set_defaults(handler=run_kpi)


def run_kpi(args: argparse.Namespace) -> int:
    # Dates are checked before the file is opened so that wrong usage always exits 2.
    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None
    with db.open_database(args.db, read_only=True) as database, database.read() as conn:
        period = _period(conn, date_from, date_to)
        currency = load_settings(conn).currency
        rows = _rows(conn, period, args.by)
        scope = login_visibility(conn).scope_label()
    print(_render(args.format, args.by, period, currency, rows, scope=scope), end="")
    return 0


def _period(conn: Any, date_from: date | None, date_to: date | None) -> Period:
    """The period asked for, completed by the dates of the first and last sale (today when
    there are no sales)."""
    from salesdesk.store.queries import as_date

    if date_from is None or date_to is None:
        first, last = conn.execute(text("SELECT MIN(date), MAX(date) FROM sale")).one()
        fallback = date.today()
        date_from = date_from or as_date(first) or fallback
        date_to = date_to or as_date(last) or fallback
    if date_to < date_from:
        raise UsageError(
            tr("--to ({end}) is before --from ({start})", start=date_from, end=date_to)
        )
    return Period(date_from, date_to)


def _rows(conn: Any, period: Period, by: str | None) -> list[tuple[str, SalesTotals]]:
    if by is None:
        return [(TOTAL, sales_totals(conn, period))]
    return [(group.name, group.totals) for group in sales_breakdown(conn, period, by)]


def _values(name: str, totals: SalesTotals) -> dict[str, Any]:
    """One output row: money in major units, None for an average without orders."""
    units = totals.units
    return {
        "group": name,
        "revenue": money_major(totals.revenue),
        "orders": totals.orders,
        "units": int(units) if float(units).is_integer() else round(units, 3),
        "buying_customers": totals.buying_customers,
        "new_customers": totals.new_customers,
        "average_order_value": money_major(totals.average_order_value),
        "gross_margin": money_major(totals.gross_margin),
    }


def _layout() -> Layout:
    headers = {
        "group": tr("Group"),
        "revenue": tr("Revenue"),
        "orders": tr("Orders"),
        "units": tr("Units"),
        "buying_customers": tr("Buying customers"),
        "new_customers": tr("New customers"),
        "average_order_value": tr("Avg order value"),
        "gross_margin": tr("Gross margin"),
    }
    return Layout(COLUMNS, headers, frozenset({"revenue", "average_order_value", "gross_margin"}))


def _render(
    output: str,
    by: str | None,
    period: Period,
    currency: str,
    rows: list[tuple[str, SalesTotals]],
    *,
    scope: str,
) -> str:
    values = [_values(name, totals) for name, totals in rows]
    return render(
        output, _layout(), by=by, period=period, currency=currency, rows=values, scope=scope
    )
