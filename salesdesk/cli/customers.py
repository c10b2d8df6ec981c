"""``customers``: the customer list as of a date, as a table, CSV or JSON (issue 10).

One row per customer existing at the date: code, name, status, why at risk, RFM tier, last
purchase, revenue of the last 12 months and owner — the same rows and counts as the
Customers section and the customers report for that date, read by the same core
(:mod:`salesdesk.customers.listing`, :mod:`salesdesk.metrics.status`).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from salesdesk.cli.common import add_db_argument, add_language_argument, parse_date
from salesdesk.cli.tables import FORMATS, text_table
from salesdesk.errors import LockedError, ReadOnlyFileError, UsageError
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.customers.listing import CustomerRow, ListContext
    from salesdesk.store.db import Database

STATUS_CHOICES = ("prospect", "current", "lost")
COLUMNS = (
    "code",
    "name",
    "status",
    "at_risk_reason",
    "rfm_tier",
    "last_sale",
    "revenue_12m",
    "owner",
)
BATCH = 5000


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "customers",
        help=tr("the customer list as of a date"),
        description=tr(
            "One row per customer with code, name, status, why at risk, RFM tier, last "
            "purchase, revenue of the last 12 months and owner, as of a date (default: "
            "today). Money is in major units with 2 decimals."
        ),
    )
    add_db_argument(command)
    command.add_argument(
        "--as-of", dest="as_of", metavar="DATE", help=tr("the date, YYYY-MM-DD (default: today)")
    )
    command.add_argument(
        "--status", choices=STATUS_CHOICES, help=tr("only the customers of this status")
    )
    command.add_argument(
        "--at-risk", dest="at_risk", action="store_true", help=tr("only the customers at risk")
    )
    command.add_argument("--format", choices=FORMATS, default="table", help=tr("output format"))
    add_language_argument(command, tr("language of messages and reports"))
    command.set_defaults(handler=run_customers)


def run_customers(args: argparse.Namespace) -> int:
    from salesdesk.metrics import clock

    day = parse_date(args.as_of) if args.as_of else clock.today()
    status = _status(args)
    with _open(args.db) as database:
        _store_figures(database, day)
        with database.read() as conn:
            listing = customer_listing(conn, day, status)
    print(_render(args.format, listing), end="")
    return 0


def _status(args: argparse.Namespace) -> str | None:
    if not args.at_risk:
        return str(args.status) if args.status else None
    if args.status not in (None, "current"):
        raise UsageError(tr("--at-risk lists current customers; leave out --status or use current"))
    return "at_risk"


def _open(path: Any) -> Database:
    """For writing when the file is free, so that the day's figures can be stored first;
    read-only while the app has it open (the figures are computed then)."""
    from salesdesk.store import db

    try:
        return db.open_database(path)
    except (LockedError, ReadOnlyFileError):
        return db.open_database(path, read_only=True)


def _store_figures(database: Database, day: date) -> None:
    from salesdesk.customers.summary import bring_summary_up_to_date

    bring_summary_up_to_date(database, day)


@dataclass(frozen=True)
class CustomerListing:
    """The customers at ``as_of`` (those of ``status`` when given) and the counts of all."""

    as_of: date
    currency: str
    counts: dict[str, Any]  # prospect, current, lost, at_risk, rfm: {tier: n}
    rows: list[CustomerRow]


def customer_listing(conn: Connection, day: date, status: str | None = None) -> CustomerListing:
    """Every customer existing at ``day`` (or those of ``status``: prospect, current, lost,
    at_risk), by code, with the counts of every status and RFM tier at that day."""
    from salesdesk.customers.listing import CustomerQuery, ListContext, count_customers
    from salesdesk.customers.summary import tier_counts
    from salesdesk.periods import Period
    from salesdesk.settings import load_settings

    settings = load_settings(conn)
    context = ListContext.for_period(conn, Period(day, day), day, settings)
    counts: dict[str, Any] = {
        name: count_customers(conn, CustomerQuery(status=name), context)
        for name in ("prospect", "current", "lost", "at_risk")
    }
    counts["rfm"] = tier_counts(conn, day)
    query = CustomerQuery(status=status, sort_key="code")
    return CustomerListing(day, settings.currency, counts, _all_rows(conn, query, context))


def _all_rows(conn: Connection, query: Any, context: ListContext) -> list[CustomerRow]:
    from salesdesk.customers.listing import fetch_page

    rows: list[CustomerRow] = []
    while batch := fetch_page(conn, query, context, len(rows), BATCH):
        rows.extend(batch)
        if len(batch) < BATCH:
            break
    return rows


def _values(row: CustomerRow) -> dict[str, Any]:
    from salesdesk.formatting import money_major
    from salesdesk.metrics.status import describe_reasons

    return {
        "code": row.code,
        "name": row.name,
        "status": row.status,
        "at_risk_reason": describe_reasons(row.risk) or None,
        "rfm_tier": row.rfm_tier,
        "last_sale": row.last_sale.isoformat() if row.last_sale else None,
        "revenue_12m": money_major(row.revenue_365),
        "owner": row.owner,
    }


def _render(output: str, listing: CustomerListing) -> str:
    values = [_values(row) for row in listing.rows]
    if output == "json":
        document = {"as_of": listing.as_of.isoformat(), "counts": listing.counts, "rows": values}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in values:
            writer.writerow({key: _csv_cell(key, value) for key, value in row.items()})
        return buffer.getvalue()
    return _table(listing, values)


def _csv_cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    return f"{value:.2f}" if key == "revenue_12m" else str(value)


def _table(listing: CustomerListing, values: list[dict[str, Any]]) -> str:
    from salesdesk.customers.words import rfm_tier_names, status_names
    from salesdesk.formatting import MISSING, currency_symbol, format_date, format_number

    statuses, tiers = status_names(), rfm_tier_names()
    headers = [
        tr("Code"),
        tr("Name"),
        tr("Status"),
        tr("Why at risk"),
        tr("RFM tier"),
        tr("Last sale"),
        tr("Revenue, 12 months"),
        tr("Owner"),
    ]
    cells = [
        [
            row["code"],
            row["name"],
            statuses[row["status"]],
            row["at_risk_reason"] or "",
            tiers.get(row["rfm_tier"] or "", ""),
            format_date(date.fromisoformat(row["last_sale"])) if row["last_sale"] else MISSING,
            format_number(row["revenue_12m"], 2),
            row["owner"] or MISSING,
        ]
        for row in values
    ]
    counts = listing.counts
    title = tr(
        "Customers on {date}: {current} current ({at_risk} at risk), {prospect} prospects,"
        " {lost} lost; money in {currency}",
        date=format_date(listing.as_of),
        current=format_number(counts["current"]),
        at_risk=format_number(counts["at_risk"]),
        prospect=format_number(counts["prospect"]),
        lost=format_number(counts["lost"]),
        currency=currency_symbol(listing.currency),
    )
    return text_table(title, headers, cells, right={6})
