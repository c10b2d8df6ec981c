"""B10: edit then look on the reference set — three edits, then the dashboard and the goals
(SPEC §11: ≤ 1 s in all, ≤ 5× the same loads with no edit).

On a copy of the reference database, through the services the GUI calls and the writer it
writes through: one customer's owner changes, one sale's amount changes and a goal gets a
check-in (each an edit of its own, as the user makes them); then the dashboard of the running
month and the goals list load. The baseline, in the same run, is the same two loads with no
edit before them (after one warm-up load, as in a running app). The figures must be current
after the edits without a rebuild: the stored aggregates are kept by the edits themselves.

    .venv/bin/python -m bench.b10_edit_then_look [--ref FILE] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Result, main_for
from bench.reference import add_reference_argument, copy_of, reference_path
from bench.server import ENGINES, server_copy, server_url

ID = "B10"
__all__ = ["ENGINES", "run"]
WHAT = "edit then look: three edits, then the dashboard and goals"
TARGET_SECONDS = 1.0
TARGET_RATIO = 5.0
RUNS = 3


def add_arguments(group: argparse._ArgumentGroup) -> None:
    add_reference_argument(group)


def run(args: argparse.Namespace) -> dict:
    if (url := server_url(args)) is not None:  # a copy on the server (bench/server.py)
        source, reference, path = url, not args.quick, server_copy(url, "b10")
    else:
        source, reference = reference_path(args)
        path = copy_of(source, args.workdir / "b10.sqlite")
    runs = args.runs or (1 if args.quick else RUNS)
    looks, edits_and_looks, steps = time_edits_and_looks(path, runs)
    worst = max(edits_and_looks)
    baseline = statistics.median(looks)
    notes = (
        f"{source.name}; slowest of {runs} rounds of edits then loads, against the median of"
        f" the loads alone ({', '.join(f'{k} {v * 1000:.0f} ms' for k, v in steps.items())})."
    )
    met = worst <= TARGET_SECONDS and worst <= TARGET_RATIO * baseline
    return Result(
        id=ID,
        what=WHAT,
        seconds=worst,
        baseline="the same loads with no edit",
        baseline_seconds=baseline,
        target=f"≤ {TARGET_SECONDS:.0f} s in all; ≤ {TARGET_RATIO:.0f}× the loads with no edit",
        met=met if reference else None,
        notes=notes if reference else notes + " Not the reference size: target not judged.",
    ).as_dict()


def time_edits_and_looks(
    path: Path, runs: int
) -> tuple[list[float], list[float], dict[str, float]]:
    """Seconds of the loads alone and of edits then loads, per round; the last round's steps."""
    from salesdesk.metrics import clock
    from salesdesk.metrics.upkeep import bring_aggregates_up_to_date
    from salesdesk.periods import Period
    from salesdesk.store.db import open_database

    today = clock.today()
    period = Period.containing(today, "month")
    looks, rounds, steps = [], [], {}
    with open_database(path) as database:
        bring_aggregates_up_to_date(database)  # the copy's figures current, untimed
        _look(database, period, today)  # warm-up: modules loaded, caches filled
        for round_number in range(runs):
            looks.append(_timed(lambda: _look(database, period, today)))
            steps = {}
            for name, edit in _edits(database, round_number, today).items():
                steps[name] = _timed(partial(_apply, database, edit))
            steps["loads"] = _timed(lambda: _look(database, period, today))
            rounds.append(sum(steps.values()))
    return looks, rounds, steps


def _look(database: Any, period: Any, today: date) -> None:
    from salesdesk.dashboard.service import load_dashboard
    from salesdesk.goals.service import overview

    load_dashboard(database, period)
    overview(database, today)


def _apply(database: Any, edit: Any) -> None:
    from salesdesk.store.changes import apply_edit

    apply_edit(database, edit)


def _edits(database: Any, round_number: int, today: date) -> dict[str, Any]:
    """The three edits of a round, on rows picked from the data (different each round)."""
    from sqlalchemy import text

    from salesdesk.customers.detail import edit_customer
    from salesdesk.goals.edits import save_checkin
    from salesdesk.store.changes import save_row

    with database.read() as conn:
        customer, owner = conn.execute(
            text(
                "SELECT c.id, (SELECT m.id FROM member m WHERE m.id <> c.owner_member_id"
                " ORDER BY m.id LIMIT 1) FROM customer c WHERE c.id = :id"
            ),
            {"id": 1 + round_number * 7919},
        ).one()
        sale, amount = conn.execute(
            text("SELECT id, amount FROM sale ORDER BY id DESC LIMIT 1 OFFSET :offset"),
            {"offset": round_number * 101},
        ).one()
        goal = conn.execute(text("SELECT MIN(id) FROM goal")).scalar_one()
    return {
        "owner": partial(edit_customer, customer_id=customer, changes={"owner_member_id": owner}),
        "sale amount": partial(save_row, table="sale", row_id=sale, values={"amount": amount + 1}),
        "check-in": partial(save_checkin, goal_id=goal, day=today, value=None, note="B10"),
    }


def _timed(work: Any) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main_for(__name__))
