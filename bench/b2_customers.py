"""B2: the customer list on 1M customers (SPEC §11): first page, a sort, a search keystroke.

Each is timed through the GUI's table model (query on a worker, rows formatted, inserted
into the model) from the request to the page's arrival, against the raw SQL for the same page
run with ``sqlite3`` in the same process: the page's ids, then its columns. The customer
summary is brought up to date first (untimed; its time is in the notes). Run::

    .venv/bin/python -m bench.b2_customers [--workdir DIR] [--db FILE]
    .venv/bin/python -m bench.b2_customers --engine postgresql --url postgresql://…/ref

On a server (bench/server.py) the raw SQL runs through psycopg, the ids bound as an array.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.harness import Result, main_for
from bench.server import ENGINES, pyformat, raw_connection, server_url

ID = "B2"
__all__ = ["ENGINES", "run"]
WHAT = "customer list on 1M customers"
REFERENCE = (1_000_000, 10_000_000)
QUICK = (20_000, 200_000)
RUNS = 5
TARGETS = {"first page": 0.150, "sort": 0.300, "search keystroke": 0.030}
MAX_RATIO = 2.0


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--b2-db", type=Path, help="an existing demo database to use")


def demo_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The reference demo (B7 leaves it in the work folder; made here when missing)."""
    customers, sales = QUICK if getattr(args, "quick", False) else REFERENCE
    if (url := server_url(args)) is not None:
        return url, not getattr(args, "quick", False)  # type: ignore[return-value]
    if getattr(args, "b2_db", None):
        return args.b2_db, True
    path = args.workdir / f"demo-{customers}x{sales}.sqlite"
    if not path.exists():
        from salesdesk.demo import generate_demo

        generate_demo(path, customers=customers, sales=sales)
    return path, (customers, sales) == REFERENCE


@dataclass(frozen=True)
class Case:
    name: str
    query: Any  # CustomerQuery


def cases() -> list[Case]:
    from salesdesk.customers.query import CustomerQuery

    return [
        Case("first page", CustomerQuery()),
        Case("sort", CustomerQuery(sort_key="lifetime_revenue", descending=True)),
        # two letters: most of the list's first page comes from the full-text prefix index
        Case("search keystroke", CustomerQuery(search="gr")),
    ]


def run(args: argparse.Namespace) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path, reference = demo_path(args)
    refresh_seconds = bring_up_to_date(path)
    runs = 2 if getattr(args, "quick", False) else (args.runs or RUNS)
    ours, raw = time_model(path, runs), time_raw(path, runs)
    lines = [
        f"{name}: {ours[name] * 1000:.1f} ms vs raw {raw[name] * 1000:.1f} ms"
        f" ({ours[name] / raw[name]:.2f}x; target {TARGETS[name] * 1000:.0f} ms)"
        for name in TARGETS
    ]
    met = all(ours[n] <= TARGETS[n] and ours[n] <= MAX_RATIO * raw[n] for n in TARGETS)
    notes = "; ".join(lines) + (
        f". Medians of {runs} runs. Customer summary brought up to date first in "
        f"{refresh_seconds:.1f} s (once a day or after new sales, in the background)."
    )
    return Result(
        id=ID,
        what=WHAT,
        seconds=sum(ours.values()),
        baseline="raw SQL of the same pages",
        baseline_seconds=sum(raw.values()),
        target="first page ≤ 150 ms, sort ≤ 300 ms, keystroke ≤ 30 ms, each ≤ 2× raw",
        met=met if reference else None,
        notes=notes if reference else notes + " Not the reference size: target not judged.",
    ).as_dict()


def bring_up_to_date(path: Path) -> float:
    from salesdesk.customers.summary import bring_summary_up_to_date
    from salesdesk.store.db import open_database

    started = time.perf_counter()
    with open_database(path) as database:
        bring_summary_up_to_date(database, date.today())
    return time.perf_counter() - started


def _context(database: Any) -> Any:
    from salesdesk.customers.listing import ListContext
    from salesdesk.periods import Period

    with database.read() as conn:
        return ListContext.for_period(conn, Period.containing(date.today(), "month"), date.today())


def time_model(path: Path, runs: int) -> dict[str, float]:
    """Request to page inserted, through CustomerTableModel and its background task."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from salesdesk.customers.words import rfm_tier_names, status_names
    from salesdesk.store.db import open_database

    from ui.customers.table_model import CustomerTableModel, Labels, Source

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    timings: dict[str, list[float]] = {name: [] for name in TARGETS}
    with open_database(path, read_only=True) as database:
        context = _context(database)
        labels = Labels(status_names(), rfm_tier_names(), "RUB")
        model = CustomerTableModel()
        for _ in range(runs):
            for case in cases():
                loop = QEventLoop()
                model.page_loaded.connect(loop.quit)
                QTimer.singleShot(30_000, loop.quit)
                started = time.perf_counter()
                model.set_source(Source(database, case.query, context), labels)
                loop.exec()
                timings[case.name].append(time.perf_counter() - started)
                model.page_loaded.disconnect(loop.quit)
                _settle(app, model)
        model.set_source(None)
    return {name: statistics.median(values) for name, values in timings.items()}


def _settle(app: Any, model: Any) -> None:
    """Lets the row count finish, so that it does not weigh on the next timing."""
    from ui.tasks import task_registry

    deadline = time.monotonic() + 60
    while task_registry().running() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def time_raw(path: Path, runs: int) -> dict[str, float]:
    """The same two statements per page through sqlite3, rows fetched as tuples."""
    from salesdesk.customers.listing import page_ids_sql, rows_sql
    from salesdesk.customers.search import plan_search
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import dialect

    from ui.customers.table_model import PAGE_SIZE

    statements = {}
    with open_database(path, read_only=True) as database:
        context = _context(database)
        with database.read() as conn:
            for case in cases():
                plan = plan_search(conn, case.query.search)
                statements[case.name] = page_ids_sql(case.query, context, plan, dialect(conn))
    from salesdesk.store.engine import DatabaseUrl

    if isinstance(path, DatabaseUrl):
        # the ids as an array: the raw driver has no expanding lists
        rows = pyformat(rows_sql(context).replace("IN :ids", "= ANY(:ids)"))
        statements = {name: (pyformat(sql), p) for name, (sql, p) in statements.items()}
        connection = raw_connection(path)
        as_ids = list
    else:
        # the ids as SQLite's own JSON table: the raw driver has no expanding lists
        rows = rows_sql(context).replace("IN :ids", "IN (SELECT value FROM json_each(:ids))")
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        as_ids = json.dumps  # type: ignore[assignment]
    timings: dict[str, list[float]] = {name: [] for name in TARGETS}
    for _ in range(runs):
        for case in cases():
            sql, params = statements[case.name]
            started = time.perf_counter()
            ids = [
                r[0] for r in connection.execute(sql, {**params, "limit": PAGE_SIZE, "offset": 0})
            ]
            rows_params = {**context.params(), "ids": as_ids(ids)}
            connection.execute(rows, rows_params).fetchall()
            timings[case.name].append(time.perf_counter() - started)
    connection.close()
    return {name: statistics.median(values) for name, values in timings.items()}


if __name__ == "__main__":
    sys.exit(main_for(__name__))
