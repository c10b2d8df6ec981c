"""B11: importing 10,000 sales lines into a copy of the reference set, figures current
afterwards, against the same import into an empty database (SPEC §11: ≤ 3×).

The file is made from the reference data: orders of this month by existing customers, of
existing products, credited to existing members through existing channels, as a day's CRM
export brings them. Both imports run ``salesdesk.exchange.import_file`` and then what the app
runs after an import so that the dashboard, the goals and the customer list are current (the
stored aggregates and the customer summary); both are timed from the start of the import to
figures current. Into the empty database the same lines create their customers, products,
members and channels.

    .venv/bin/python -m bench.b11_import_into_big [--ref FILE] [--b11-lines 10000]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Result, main_for
from bench.reference import add_reference_argument, copy_of, reference_path

ID = "B11"
WHAT = "import 10,000 sales lines into the reference set, figures current"
TARGET_RATIO = 3.0
LINES = 10_000
HEADER = ("order_ref", "line_ref", "date", "customer_code", "customer_name", "product_code",
          "product_name", "quantity", "unit_price", "discount", "amount", "channel",
          "member")  # fmt: skip


def add_arguments(group: argparse._ArgumentGroup) -> None:
    add_reference_argument(group)
    group.add_argument("--b11-lines", type=int, help=f"lines in the file (default {LINES:,})")


def run(args: argparse.Namespace) -> dict:
    source, reference = reference_path(args)
    lines = getattr(args, "b11_lines", None) or LINES
    csv_path = write_lines(source, args.workdir / f"b11-sales-{lines}.csv", lines)
    big = copy_of(source, args.workdir / "b11-big.sqlite")
    empty = args.workdir / "b11-empty.sqlite"
    empty.unlink(missing_ok=True)
    from salesdesk.store.db import create_database

    create_database(empty)
    into_empty, _ = time_import(empty, csv_path)
    into_big, steps = time_import(big, csv_path)
    notes = (
        f"{lines:,} lines into {source.name} ("
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps.items())
        + f") and into an empty database in {into_empty:.2f} s."
    )
    return Result(
        id=ID,
        what=WHAT,
        seconds=into_big,
        baseline="the same import into an empty database",
        baseline_seconds=into_empty,
        target=f"≤ {TARGET_RATIO:.0f}× the import into an empty database",
        met=into_big <= TARGET_RATIO * into_empty if reference else None,
        notes=notes if reference else notes + " Not the reference size: target not judged.",
    ).as_dict()


def write_lines(source: Path, path: Path, lines: int) -> Path:
    """This month's orders of existing customers, products, members and channels."""
    import sqlite3

    from salesdesk.metrics import clock

    today = clock.today()
    connection = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        customers = connection.execute(
            "SELECT code, name FROM customer ORDER BY id LIMIT :n", {"n": lines}
        ).fetchall()
        products = connection.execute("SELECT code, name, list_price FROM product").fetchall()
        members = [name for (name,) in connection.execute("SELECT name FROM member ORDER BY id")]
        channels = [name for (name,) in connection.execute("SELECT name FROM channel ORDER BY id")]
    finally:
        connection.close()
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for n in range(lines):
            order, line = divmod(n, 2)
            code, name = customers[(order * 7) % len(customers)]
            product_code, product_name, price = products[n % len(products)]
            quantity = 1 + n % 3
            writer.writerow((
                f"B11-{order:06d}", f"B11-{order:06d}-{line + 1}",
                (today - timedelta(days=order % 20)).isoformat(), code, name, product_code,
                product_name, quantity, f"{price / 100:.2f}", "0",
                f"{price * quantity / 100:.2f}", channels[order % len(channels)],
                members[order % len(members)],
            ))  # fmt: skip
    return path


def time_import(path: Path, csv_path: Path) -> tuple[float, dict[str, float]]:
    """Seconds from the import's start to figures current, and the steps' seconds."""
    from salesdesk.customers.summary import bring_summary_up_to_date
    from salesdesk.exchange import guess_mapping, import_file, read_preview
    from salesdesk.metrics import clock
    from salesdesk.metrics.upkeep import bring_aggregates_up_to_date
    from salesdesk.store.db import open_database

    mapping = guess_mapping("sales", read_preview(csv_path).headers)
    steps: dict[str, float] = {}
    with open_database(path) as database:
        bring_aggregates_up_to_date(database)  # current before, untimed
        bring_summary_up_to_date(database, clock.today())
        steps["import"] = _timed(
            lambda: _checked(import_file(database, csv_path, "sales", mapping))
        )
        steps["aggregates"] = _timed(lambda: bring_aggregates_up_to_date(database))
        steps["customer summary"] = _timed(
            lambda: bring_summary_up_to_date(database, clock.today())
        )
    return sum(steps.values()), steps


def _checked(summary: Any) -> None:
    if summary.rejected:
        raise RuntimeError(f"the import refused {summary.rejected} lines: {summary.problems[:3]}")


def _timed(work: Any) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main_for(__name__))
