"""One import is one transaction: cancel, an error or a killed process leave nothing behind
(SPEC §8, §9 item 6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from salesdesk.exchange import (
    ImportCancelledError,
    guess_mapping,
    import_file,
    importers,
    read_preview,
)
from salesdesk.store import db
from salesdesk.store.db import open_database
from tests.paths import ROOT
from tests.salesdesk.exchange.exchange_files import (
    run_import,
    sale_indexes,
    totals,
    write_csv,
)


def big_sales_file(path: Path, lines: int) -> Path:
    rows = [["order_ref", "line_ref", "date", "customer_code", "product_code", "quantity",
             "unit_price", "amount"]]  # fmt: skip
    rows += [
        [f"B-{n // 3}", f"B-{n}", f"2026-{n % 12 + 1:02d}-15", f"BC{n % 5000}",
         f"BP{n % 40}", "2", "10.00", "20.00"]
        for n in range(lines)
    ]  # fmt: skip
    return write_csv(path, rows)


@pytest.fixture
def db_with_sales(empty_db_path: Path, tmp_path: Path) -> Path:
    """A database that already holds a few sales, so that 'unchanged' means something."""
    first = write_csv(
        tmp_path / "first.csv",
        [["line_ref", "date", "customer", "amount"], ["F-1", "2026-01-01", "Old", "5"],
         ["F-2", "2026-01-02", "Old", "7.25"]],
    )  # fmt: skip
    run_import(empty_db_path, first, "sales")
    return empty_db_path


def test_a_cancelled_import_changes_nothing(
    db_with_sales: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importers, "_BIG_IMPORT_ROWS", 1)  # indexes are set aside, too
    before, indexes = totals(db_with_sales), sale_indexes(db_with_sales)
    path = big_sales_file(tmp_path / "big.csv", 60_000)
    reports: list[float] = []
    mapping = guess_mapping("sales", read_preview(path).headers)
    with open_database(db_with_sales) as database, pytest.raises(ImportCancelledError):
        import_file(
            database,
            path,
            "sales",
            mapping,
            progress=lambda fraction, _text: reports.append(fraction),
            cancelled=lambda: len(reports) >= 2,
        )
    assert len(reports) == 2  # two chunks were in when the user pressed Cancel
    assert totals(db_with_sales) == before
    assert before["sums"] == (1225, None, 2.0)  # the file gives no cost: unknown
    assert sale_indexes(db_with_sales) == indexes


def test_an_error_half_way_changes_nothing_and_leaves_no_thread(
    db_with_sales: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = importers.SalesImporter.import_chunk
    calls: list[int] = []

    def failing(self: importers.SalesImporter, chunk: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        original(self, chunk)  # type: ignore[arg-type]

    monkeypatch.setattr(importers.SalesImporter, "import_chunk", failing)
    before, threads = totals(db_with_sales), threading.active_count()
    path = big_sales_file(tmp_path / "big.csv", 45_000)
    with pytest.raises(RuntimeError, match="disk on fire"):
        run_import(db_with_sales, path, "sales")
    assert totals(db_with_sales) == before
    assert threading.active_count() == threads


KILLED_IMPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from salesdesk.store.db import open_database
    from salesdesk.exchange import guess_mapping, import_file, read_preview

    db_path, csv_path = sys.argv[1], Path(sys.argv[2])  # a file or a server URL
    mapping = guess_mapping("sales", read_preview(csv_path).headers)
    with open_database(db_path) as database:
        import_file(
            database, csv_path, "sales", mapping,
            progress=lambda fraction, text: print("progress", fraction, flush=True),
        )
    print("done", flush=True)
    """
)


@pytest.mark.slow
def test_an_import_killed_mid_way_leaves_the_database_as_it_was(
    db_with_sales: Path, tmp_path: Path
) -> None:
    before = totals(db_with_sales)
    path = big_sales_file(tmp_path / "big.csv", 100_000)
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(db_with_sales), str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        first = child.stdout.readline()  # the first chunk is in: the transaction is open
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
    assert first.startswith("progress")
    assert child.returncode == -signal.SIGKILL
    assert totals(db_with_sales) == before
    assert db.integrity_problems(db_with_sales) == []
    with open_database(db_with_sales) as database:
        # the dead writer's lock file is taken over; a server leaves no lock behind
        assert (database.took_over_from is not None) == (database.storage.name == "sqlite")
    assert run_import(db_with_sales, path, "sales").added == 100_000
