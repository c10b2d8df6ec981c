"""B8: memory with the 1M-customer list open (SPEC §11): at most 400 MB resident.

A child process shows the Customers section's list on the reference demo (the whole section:
filters, table model, detail pane), fetches 20 pages as a user scrolling would, and reports its
resident memory. The baseline child imports PySide6 widgets and reads the same rows with raw
``sqlite3`` into a plain list. Run::

    .venv/bin/python -m bench.b8_memory [--workdir DIR] [--b2-db FILE]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from bench.b2_customers import demo_path
from bench.harness import ROOT, Result, main_for

ID = "B8"
WHAT = "memory with the 1M-customer list open"
TARGET_MB = 400
PAGES = 20

_SECTION_CHILD = """
import os, sys, time
from datetime import date
from pathlib import Path
import psutil
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from salesdesk.store.db import open_database
from salesdesk.periods import Period
from ui.section import AppContext
from ui.customers.section import CustomersSection
from ui.tasks import task_registry

def settle():
    while task_registry().running():
        app.processEvents(); time.sleep(0.005)
    app.processEvents()

database = open_database(Path(sys.argv[1]), read_only=True)
section = CustomersSection()
section.resize(1280, 800)
section.show()
month = Period.containing(date.today(), "month")
section.set_context(AppContext(database, month, "geographic", "RUB"))
settle()
model = section.list_page.model
for _ in range({pages}):
    model.fetchMore()
    settle()
print(model.rowCount(), psutil.Process().memory_info().rss)
"""

_BASELINE_CHILD = """
import pathlib, sqlite3, sys
import psutil
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
connection = sqlite3.connect(pathlib.Path(sys.argv[1]).absolute().as_uri() + "?mode=ro", uri=True)
rows = connection.execute(
    "SELECT c.id, c.code, c.name, cs.first_sale, cs.last_sale, cs.lifetime_revenue, cs.rfm_tier"
    " FROM customer c JOIN customer_summary cs ON cs.customer_id = c.id"
    " ORDER BY c.name, c.id LIMIT {rows}"
).fetchall()
print(len(rows), psutil.Process().memory_info().rss)
"""


def _child(code: str, path: Path) -> tuple[int, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    rows, rss = done.stdout.strip().splitlines()[-1].split()
    return int(rows), int(rss)


def run(args: argparse.Namespace) -> dict:
    """On the demo B2 uses: ``--b2-db``, or the work folder's reference demo."""
    from bench.b2_customers import bring_up_to_date

    from ui.customers.table_model import PAGE_SIZE

    path, reference = demo_path(args)
    bring_up_to_date(path)
    rows, ours = _child(_SECTION_CHILD.format(pages=PAGES), path)
    _rows, baseline = _child(_BASELINE_CHILD.format(rows=rows or PAGE_SIZE), path)
    megabytes = ours / 2**20
    notes = (
        f"{rows:,} rows fetched ({PAGES + 1} pages); SalesDesk {megabytes:.0f} MB resident,"
        f" baseline {baseline / 2**20:.0f} MB. The ratio is of resident sizes."
    )
    return Result(
        id=ID,
        what=WHAT,
        seconds=megabytes,
        baseline="PySide6 + raw sqlite3 rows",
        baseline_seconds=baseline / 2**20,
        target=f"≤ {TARGET_MB} MB resident",
        met=megabytes <= TARGET_MB if reference else None,
        notes=notes if reference else notes + " Not the reference size: target not judged.",
        unit="MB",
    ).as_dict()


if __name__ == "__main__":
    sys.exit(main_for(__name__))
