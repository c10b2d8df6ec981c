"""B7: demo generation, 1M customers + 10M sales lines, in at most 120 s (SPEC §11).

Times ``generate_demo`` end to end (planning, every table, the indexes, the rename) and, in
the same run, a raw baseline: numpy drawing the same number of sale rows of the same shape
and plain ``sqlite3.executemany`` loading them, in one transaction without a journal, into
a table with no index. The ratio says what a complete, indexed, realistic database costs
over the bare minimum of getting that many rows into SQLite.

    .venv/bin/python bench/b7_demo.py [--customers 1000000] [--sales 10000000] [--check]

The finished demo stays in the work folder (``--workdir``) for the other benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Result, main_for

ID = "B7"
WHAT = "demo generation, 1M customers + 10M sales"
TARGET_SECONDS = 120.0
REFERENCE = (1_000_000, 10_000_000)  # customers, sales lines
QUICK = (20_000, 200_000)
CHUNK = 500_000

RAW_TABLE = """
CREATE TABLE sale (id INTEGER NOT NULL PRIMARY KEY, order_ref VARCHAR, line_ref VARCHAR,
    date DATE NOT NULL, customer_id INTEGER NOT NULL, product_id INTEGER, member_id INTEGER,
    channel_id INTEGER, quantity FLOAT NOT NULL, unit_price INTEGER NOT NULL,
    discount INTEGER NOT NULL, amount INTEGER NOT NULL, cost INTEGER NOT NULL)
"""
RAW_INSERT = """
INSERT INTO sale (order_ref, line_ref, date, customer_id, product_id, member_id, channel_id,
    quantity, unit_price, discount, amount, cost)
VALUES (printf('SO-%08d', ?1), printf('SO-%08d-%d', ?1, ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9,
    ?10, ?11, ?12)
"""


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--customers", type=int, help=f"default {REFERENCE[0]:,}")
    group.add_argument("--sales", type=int, help=f"default {REFERENCE[1]:,} sales lines")
    group.add_argument(
        "--check", action="store_true", help="check the finished demo's integrity (untimed)"
    )


def sizes(args: argparse.Namespace) -> tuple[int, int]:
    customers, sales = QUICK if getattr(args, "quick", False) else REFERENCE
    return args.customers or customers, args.sales or sales


def run(args: argparse.Namespace) -> dict:
    customers, sales = sizes(args)
    path = args.workdir / f"demo-{customers}x{sales}.sqlite"
    seconds = time_demo(path, customers, sales)
    baseline_seconds = time_baseline(args.workdir / "b7-raw.sqlite", sales)
    notes = f"{customers:,} customers and {sales:,} sales lines; kept as {path.name}."
    if args.check:
        from salesdesk.store.db import check_database

        report = check_database(path)
        notes += " Integrity and foreign keys: " + ("fine." if report.healthy else "PROBLEMS.")
    full_size = (customers, sales) == REFERENCE
    return Result(
        id=ID,
        what=WHAT,
        seconds=seconds,
        baseline="numpy rows + executemany, no index",
        baseline_seconds=baseline_seconds,
        target=f"≤ {TARGET_SECONDS:.0f} s",
        met=seconds <= TARGET_SECONDS if full_size else None,
        notes=notes if full_size else notes + " Not the reference size: target not judged.",
    ).as_dict()


def time_demo(path: Path, customers: int, sales: int) -> float:
    from salesdesk.demo import generate_demo

    started = time.perf_counter()
    generate_demo(path, customers=customers, sales=sales, replace=True)
    return time.perf_counter() - started


def time_baseline(path: Path, sales: int) -> float:
    """Draws ``sales`` rows like the demo's sales lines and loads them the plainest way."""
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(RAW_TABLE)
        connection.execute("BEGIN")
        rng = np.random.default_rng(7)
        first = dt.date(2023, 12, 1)
        dates = np.array(
            [(first + dt.timedelta(days=d)).isoformat() for d in range(1_100)], dtype=object
        )
        for start in range(0, sales, CHUNK):
            connection.executemany(
                RAW_INSERT, _raw_rows(rng, dates, start, min(CHUNK, sales - start))
            )
        connection.execute("COMMIT")
    finally:
        connection.close()
    seconds = time.perf_counter() - started
    path.unlink(missing_ok=True)
    return seconds


def _raw_rows(rng: np.random.Generator, dates: np.ndarray, start: int, n: int) -> zip:
    line = np.arange(start, start + n)
    quantity = rng.integers(1, 20, n).astype(float)
    unit_price = rng.integers(100, 200_000, n)
    discount = rng.integers(0, 1_000, n)
    return zip(
        (line // 3 + 1).tolist(),
        (line % 3 + 1).tolist(),
        dates[rng.integers(0, len(dates), n)].tolist(),
        rng.integers(1, 1_000_000, n).tolist(),
        rng.integers(1, 101, n).tolist(),
        rng.integers(1, 40, n).tolist(),
        rng.integers(1, 7, n).tolist(),
        quantity.tolist(),
        unit_price.tolist(),
        discount.tolist(),
        (unit_price * quantity - discount).astype(np.int64).tolist(),
        (unit_price * quantity * 0.7).astype(np.int64).tolist(),
        strict=True,
    )


if __name__ == "__main__":
    sys.exit(main_for(__name__))
