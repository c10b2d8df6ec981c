"""``demo``: creates a demo database in Russian or English (SPEC §7)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from salesdesk import i18n
from salesdesk.cli.common import add_db_argument, add_language_argument
from salesdesk.formatting import format_number
from salesdesk.i18n import tr


def register(subparsers: Any) -> None:
    from salesdesk.demo import DEFAULT_CUSTOMERS, DEFAULT_SALES

    demo = subparsers.add_parser(
        "demo",
        help=tr("create a demo database"),
        description=tr(
            "Creates a demo database: a sales department with teams, territories, products, "
            "customers, three years of sales, interactions, competitors, personas, segments "
            "and goals, in the chosen language. The same seed and sizes always give the same "
            "data. The default size ({customers} customers, {sales} sales lines) takes a few "
            "seconds; 1000000 customers and 10000000 lines take about a minute.",
            customers=DEFAULT_CUSTOMERS,
            sales=DEFAULT_SALES,
        ),
    )
    add_db_argument(demo)
    demo.add_argument(
        "--seed", type=_count(0), default=1, metavar="N", help=tr("random seed (default 1)")
    )
    demo.add_argument(
        "--customers",
        type=_count(1),
        default=DEFAULT_CUSTOMERS,
        metavar="N",
        help=tr("number of customers (default {n})", n=DEFAULT_CUSTOMERS),
    )
    demo.add_argument(
        "--sales",
        type=_count(0),
        default=DEFAULT_SALES,
        metavar="N",
        help=tr("number of sales lines (default {n})", n=DEFAULT_SALES),
    )
    add_language_argument(demo, tr("language of the demo data and of messages"))
    demo.add_argument(
        "--force",
        action="store_true",
        help=tr("replace an existing SalesDesk database (it stays until the new one is complete)"),
    )
    demo.set_defaults(handler=run_demo)


def _count(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", "").replace(",", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr("{text!r} is not a whole number", text=text)
            ) from None
        if value < minimum:
            raise argparse.ArgumentTypeError(tr("must be at least {n}", n=minimum))
        return value

    return parse


def run_demo(args: argparse.Namespace) -> int:
    from salesdesk.demo import generate_demo
    from salesdesk.progress import TerminalProgress

    language = getattr(args, "lang", None) or i18n.language()
    i18n.set_language(language)
    with TerminalProgress() as progress:
        summary = generate_demo(
            args.db,
            seed=args.seed,
            customers=args.customers,
            sales=args.sales,
            language=language,
            replace=args.force,
            progress=progress,
        )
    print(
        tr(
            "Created the demo database {path}: {members} team members, {customers} customers, "
            "{orders} orders with {lines} sales lines.",
            path=args.db,
            members=format_number(summary.members),
            customers=format_number(summary.customers),
            orders=format_number(summary.orders),
            lines=format_number(summary.sales_lines),
        )
    )
    return 0
