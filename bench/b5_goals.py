"""B5: the progress of 200 goals on 10M sales in at most 1 s (SPEC §11).

Makes 200 goals of the kinds a head of sales sets — revenue, orders, units and gross margin
for each member, team, channel, product category and territory; new customers by
territory; retention, churn and current customers for each team, member and territory —
over this year and this quarter, and times their progress (actual, expected to date with
last year's shape, forecast, status: :func:`salesdesk.goals.progress.goal_progress`). The
goals are built in memory: the database is only read. The baseline, in the same run on the
same file, is one raw ``GROUP BY`` of this year's revenue per member over the sales lines.

    .venv/bin/python -m bench.b5_goals --db /tmp/big.sqlite
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.b4_dashboard import ENGINES, add_arguments, database_path, prepared
from bench.harness import Result, main_for
from bench.server import raw_connection

ID = "B5"
WHAT = "progress of 200 goals on 10M sales"
TARGET_SECONDS = 1.0
GOALS = 200
REFERENCE_SALES = 10_000_000
RAW_GROUP_BY = (
    "SELECT member_id, SUM(amount) FROM sale WHERE date BETWEEN ? AND ? GROUP BY member_id"
)

__all__ = ["ENGINES", "add_arguments", "run"]


def make_goals(conn: object, today: object) -> list:
    """Two hundred goals over this year and this quarter, cycling through owners, scopes and
    metrics; targets 10 % over nothing in particular (the status does not change the work)."""
    from salesdesk.goals.goal import GoalSpec
    from salesdesk.periods import Period

    def ids(sql: str) -> list[int]:
        return [row[0] for row in conn.exec_driver_sql(sql)]  # type: ignore[attr-defined]

    head = ids("SELECT id FROM member WHERE role = 'head' LIMIT 1")
    members = ids("SELECT id FROM member WHERE role <> 'head' ORDER BY id")
    teams = ids("SELECT id FROM team ORDER BY id")
    scopes = {
        "scope_channel_id": ids("SELECT id FROM channel"),
        "scope_category_id": ids("SELECT id FROM product_category"),
        "scope_territory_id": ids("SELECT id FROM territory"),
    }
    owners = [{"owner_member_id": m} for m in members] + [{"owner_team_id": t} for t in teams]
    sales_metrics = ("revenue", "orders", "units", "gross_margin")
    kinds = [(metric, owner) for owner in owners for metric in sales_metrics[:2]]
    kinds += [("revenue", {"owner_member_id": head[0], column: value})
              for column, values in scopes.items() for value in values]  # fmt: skip
    kinds += [("new_customers", {"owner_member_id": head[0], "scope_territory_id": t})
              for t in scopes["scope_territory_id"]]  # fmt: skip
    kinds += [(metric, owner) for owner in owners
              for metric in ("retention_rate", "churn_rate", "current_customers")]  # fmt: skip
    periods = (Period.year(today.year), Period.containing(today, "quarter"))  # type: ignore[attr-defined]
    goals = []
    for number, ((metric, owner), period) in enumerate(
        zip(itertools.cycle(kinds), itertools.cycle(periods)), start=1
    ):
        if number > GOALS:
            break
        lower = metric == "churn_rate"
        goals.append(
            GoalSpec(
                id=None,
                title=f"Goal {number}: {metric}",
                metric=metric,
                target_value=0.2 if lower else 1_000_000.0,
                direction="lower" if lower else "higher",
                start_on=period.start,
                end_on=period.end,
                **owner,
            )
        )
    return goals


def time_progress(path: Path) -> tuple[float, int, dict[str, int]]:
    from collections import Counter

    from salesdesk.goals.progress import goal_progress
    from salesdesk.metrics import clock
    from salesdesk.store.db import open_database

    with open_database(path, read_only=True) as database, database.read() as conn:
        sales = int(conn.exec_driver_sql("SELECT MAX(id) FROM sale").scalar_one() or 0)
        today = clock.today()
        goals = make_goals(conn, today)
        started = time.perf_counter()
        statuses = Counter(str(goal_progress(conn, goal, today).status) for goal in goals)
        seconds = time.perf_counter() - started
    return seconds, sales, dict(statuses)


def time_baseline(path: Path) -> float:
    from salesdesk.metrics import clock
    from salesdesk.store.engine import DatabaseUrl

    year = clock.today().year
    if isinstance(path, DatabaseUrl):
        with raw_connection(path) as server:
            started = time.perf_counter()
            sql = RAW_GROUP_BY.replace("?", "%s")
            server.execute(sql, (f"{year}-01-01", f"{year}-12-31")).fetchall()
            return time.perf_counter() - started
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        started = time.perf_counter()
        connection.execute(RAW_GROUP_BY, (f"{year}-01-01", f"{year}-12-31")).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def run(args: argparse.Namespace) -> dict:
    path = database_path(args)
    prepared(path)
    seconds, sales, statuses = time_progress(path)
    baseline = time_baseline(path)
    notes = (
        f"{GOALS} goals on {sales:,} sales lines ({path.name}), statuses: "
        + ", ".join(f"{status} {count}" for status, count in sorted(statuses.items()))
        + "."
    )
    reference = sales >= REFERENCE_SALES
    return Result(
        id=ID,
        what=WHAT,
        seconds=seconds,
        baseline="raw GROUP BY member of this year's sales",
        baseline_seconds=baseline,
        target=f"≤ {TARGET_SECONDS:.0f} s",
        met=seconds <= TARGET_SECONDS if reference else None,
        notes=notes if reference else notes + " Not the reference size: target not judged.",
    ).as_dict()


if __name__ == "__main__":
    sys.exit(main_for(__name__))
