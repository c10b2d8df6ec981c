"""Argument helpers shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path

from salesdesk import i18n
from salesdesk.errors import UsageError
from salesdesk.i18n import tr


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--db", type=Path, required=required, metavar="PATH", help=tr("the database file")
    )


def add_language_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--lang`` after the command too; SUPPRESS keeps a ``--lang`` given before it."""
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=help_text)


def parse_date(text: str) -> dt.date:
    """An ISO date (YYYY-MM-DD) given on the command line."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("{text!r} is not a date; use YYYY-MM-DD", text=text)) from None


def text_table(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], right: Collection[int]
) -> str:
    """A plain-text table under ``title``: columns as wide as their widest cell, those in
    ``right`` (numbers) right-aligned, the others left-aligned."""
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([title, "", line(headers), rule, *(line(row) for row in rows)]) + "\n"
