"""Argument helpers shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from salesdesk.errors import UsageError
from salesdesk.i18n import tr


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--db", type=Path, required=required, metavar="PATH", help=tr("the database file")
    )


def parse_date(text: str) -> dt.date:
    """An ISO date (YYYY-MM-DD) given on the command line."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("{text!r} is not a date; use YYYY-MM-DD", text=text)) from None
