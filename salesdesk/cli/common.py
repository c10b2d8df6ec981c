"""Argument helpers shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt

from salesdesk import i18n
from salesdesk.errors import UsageError
from salesdesk.i18n import tr
from salesdesk.store.engine import location_of


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--db",
        type=location_of,
        required=required,
        metavar="PATH|URL",
        help=tr("the database file, or postgresql://user@host:port/database on a server"),
    )


def add_language_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--lang`` after the command too; SUPPRESS keeps a ``--lang`` given before it."""
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=help_text)


def parse_date(text: str) -> dt.date:
    """An ISO date (YYYY-MM-DD) given on the command line, within the dates SalesDesk accepts."""
    from salesdesk.periods import check_date_range

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("{text!r} is not a date; use YYYY-MM-DD", text=text)) from None
    try:
        return check_date_range(day)
    except ValueError as error:
        raise UsageError(str(error)) from None
