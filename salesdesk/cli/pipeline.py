"""``pipeline``: open, weighted, won and lost deals per group (SPEC §12)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from sqlalchemy import text

from salesdesk.cli.common import add_db_argument, parse_date
from salesdesk.cli.tables import FORMATS, Layout, render
from salesdesk.errors import UsageError
from salesdesk.formatting import money_major
from salesdesk.i18n import tr
from salesdesk.periods import Period
from salesdesk.store import db

GROUPINGS = ("stage", "member", "team", "month")
COLUMNS = (
    "group",
    "open_deals",
    "open_amount",
    "weighted_amount",
    "won_deals",
    "won_amount",
    "lost_deals",
    "win_rate",
    "median_cycle_days",
)


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "pipeline",
        help=tr("open, weighted, won and lost deals per stage, member, team or month"),
        description=tr(
            "Open deals (count, amount and the amount weighted by the chance to win) at the end "
            "of the period, and the deals won and lost in it with the win rate and the median "
            "days from created to won. Money is in major units with 2 decimals. Without --from "
            "and --to the period runs from the first deal created to today."
        ),
    )
    add_db_argument(command)
    command.add_argument("--by", choices=GROUPINGS, help=tr("one row per group of this kind"))
    command.add_argument(
        "--pipeline", metavar="NAME", help=tr("the deals of this pipeline only (default: all)")
    )
    command.add_argument("--from", dest="date_from", metavar="DATE", help=tr("first day"))
    command.add_argument("--to", dest="date_to", metavar="DATE", help=tr("last day"))
    command.add_argument("--format", choices=FORMATS, default="table", help=tr("output format"))
    command.set_defaults(handler=run_pipeline)


def run_pipeline(args: argparse.Namespace) -> int:
    from salesdesk.pipeline.summary import pipeline_summary
    from salesdesk.settings import load_settings
    from salesdesk.store.login import login_visibility

    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None
    with db.open_database(args.db, read_only=True) as database, database.read() as conn:
        period = _period(conn, date_from, date_to)
        currency = load_settings(conn).currency
        pipeline_id = _pipeline(conn, args.pipeline) if args.pipeline else None
        groups = pipeline_summary(conn, period, args.by, pipeline_id=pipeline_id)
        scope = login_visibility(conn).scope_label()
    rows = [_values(group) for group in groups]
    layout = Layout(
        COLUMNS, _headers(), _MONEY, rates=frozenset({"win_rate"}), days=frozenset(COLUMNS[-1:])
    )
    shown = render(
        args.format, layout, by=args.by, period=period, currency=currency, rows=rows, scope=scope
    )
    print(shown, end="")
    return 0


def _period(conn: Any, date_from: date | None, date_to: date | None) -> Period:
    if date_from is None:
        first = conn.execute(text("SELECT MIN(created_on) FROM deal")).scalar()
        date_from = date.fromisoformat(str(first)[:10]) if first else date.today()
    date_to = date_to or max(date.today(), date_from)
    if date_to < date_from:
        raise UsageError(
            tr("--to ({end}) is before --from ({start})", start=date_from, end=date_to)
        )
    return Period(date_from, date_to)


def _pipeline(conn: Any, name: str) -> int:
    """The pipeline called ``name`` (case and spacing aside); a usage error names the others."""
    from salesdesk.exchange.resolving import name_key
    from salesdesk.metrics.stages import load_pipelines

    pipelines = load_pipelines(conn)
    found = [p.id for p in pipelines if name_key(p.name) == name_key(name)]
    if not found:
        raise UsageError(
            tr("no pipeline is called {name!r}; pipelines: {names}", name=name,
               names=", ".join(p.name for p in pipelines) or "—")
        )  # fmt: skip
    return found[0]


_MONEY = frozenset({"open_amount", "weighted_amount", "won_amount"})


def _values(group: Any) -> dict[str, Any]:
    closed = group.closed
    rate = closed.win_rate
    return {
        "group": group.name,
        "open_deals": group.open.deals,
        "open_amount": money_major(group.open.amount),
        "weighted_amount": money_major(round(group.weighted)),
        "won_deals": closed.won,
        "won_amount": money_major(closed.won_amount),
        "lost_deals": closed.lost,
        "win_rate": None if rate is None else round(rate, 4),
        "median_cycle_days": None if closed.cycle_days is None else round(closed.cycle_days, 1),
    }


def _headers() -> dict[str, str]:
    return {
        "group": tr("Group"),
        "open_deals": tr("Open deals"),
        "open_amount": tr("Open amount"),
        "weighted_amount": tr("Weighted"),
        "won_deals": tr("Deals won"),
        "won_amount": tr("Won amount"),
        "lost_deals": tr("Deals lost"),
        "win_rate": tr("Win rate"),
        "median_cycle_days": tr("Cycle, days"),
    }
