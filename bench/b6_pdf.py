"""B6: a 50-page team report in at most 5 s (SPEC §11).

Builds a synthetic database big enough for a team report of about 50 pages (many teams and
members; the report's length grows with the members, not with the sales), then times
``REPORTS["team"].build`` against a raw baseline on the same rows: reportlab laying out one
plain table of the same number of lines, with nothing computed. Run::

    .venv/bin/python -m bench.b6_pdf [--members 1500] [--pdf-sales 300000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ID = "B6"
WHAT = "a 50-page PDF report"
TARGET_SECONDS = 5.0
PERIOD_TEXT = "2026-Q3"


def build_database(path: Path, members: int, sales: int, seed: int = 6) -> None:
    """Teams of ten under regional parents, a customer base per member, two years of sales."""
    from salesdesk.store.db import create_database

    create_database(path, company="Bench Co", currency="RUB")
    rng = random.Random(seed)
    teams = max(1, members // 10)
    regions = max(1, teams // 8)
    customers = members * 8
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO team (id, name, parent_id) VALUES (?, ?, ?)",
            [(r + 1, f"Region {r + 1}", None) for r in range(regions)]
            + [(regions + t + 1, f"Team {t + 1}", t % regions + 1) for t in range(teams)],
        )
        raw.executemany(
            "INSERT INTO member (id, name, role, team_id, left_on) VALUES (?, ?, ?, ?, ?)",
            [
                (
                    m + 1,
                    f"Member {m + 1:05d}",
                    "representative",
                    regions + m % teams + 1,
                    "2026-08-01" if m % 23 == 0 else None,
                )
                for m in range(members)
            ],
        )
        raw.executemany(
            "INSERT INTO customer (id, code, name, kind, owner_member_id, created_on, notes)"
            " VALUES (?, ?, ?, 'company', ?, '2024-01-01', '')",
            [(c + 1, f"C{c + 1}", f"Customer {c + 1}", c % members + 1) for c in range(customers)],
        )
        first_day, days = date(2024, 10, 1), 730
        rows = []
        for i in range(sales):
            customer = rng.randrange(customers) + 1
            member = (customer - 1) % members + 1
            day = first_day + timedelta(days=rng.randrange(days))
            amount = rng.randrange(1_000_00, 200_000_00)
            rows.append((f"O{i}", day.isoformat(), customer, member, amount, amount * 7 // 10))
        raw.executemany(
            "INSERT INTO sale (order_ref, date, customer_id, member_id, quantity, unit_price,"
            " discount, amount, cost) VALUES (?, ?, ?, ?, 1, ?, 0, ?, ?)",
            [(o, d, c, m, a, a, cost) for o, d, c, m, a, cost in rows],
        )


def time_report(path: Path) -> tuple[float, int]:
    import pypdf

    from salesdesk.periods import Period
    from salesdesk.reports import REPORTS
    from salesdesk.store.db import open_database

    started = time.perf_counter()
    with open_database(path, read_only=True) as database, database.read() as conn:
        document = REPORTS["team"].build(
            conn, Period.parse(PERIOD_TEXT), generated_at=datetime(2026, 11, 28)
        )
    elapsed = time.perf_counter() - started
    return elapsed, len(pypdf.PdfReader(io.BytesIO(document)).pages)


def time_baseline(lines: int) -> float:
    """reportlab alone: one table of ``lines`` rows of eight short strings, nothing computed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [
        [f"Member {i:05d}", "1 234 567 ₽", "+12,3%", "85%", "3", "1", "24", "45 678 ₽"]
        for i in range(lines)
    ]
    started = time.perf_counter()
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Table(rows, repeatRows=1)])
    return time.perf_counter() - started


def add_arguments(group: argparse._ArgumentGroup) -> None:
    group.add_argument("--members", type=int, default=1500, help="members in the report")
    group.add_argument("--pdf-sales", type=int, default=300_000, help="sales lines behind it")


def run(args: argparse.Namespace) -> dict:
    from bench.harness import Result

    members = 150 if args.quick else args.members
    path = args.workdir / f"b6-{members}-{args.pdf_sales}.sqlite"
    if not path.exists():
        build_database(path, members, args.pdf_sales)
    seconds, pages = time_report(path)
    lines = members + members // 10  # members plus one total per team
    return Result(
        id=ID,
        what=WHAT,
        seconds=seconds,
        baseline=f"reportlab alone: one plain table of {lines:,} lines",
        baseline_seconds=time_baseline(lines),
        target=f"≤ {TARGET_SECONDS:.0f} s for 50 pages",
        met=seconds <= TARGET_SECONDS if pages >= 50 else None,
        notes=f"{pages} pages, {members:,} members, {args.pdf_sales:,} sales lines.",
    ).as_dict()


if __name__ == "__main__":
    from bench.harness import main_for

    sys.exit(main_for(__name__))
