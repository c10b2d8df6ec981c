"""``main.py import`` and ``main.py export`` (SPEC §7): output, exit codes, one-line errors."""

from __future__ import annotations

from pathlib import Path

from tests.cli import run_main as run
from tests.salesdesk.exchange.exchange_files import query, totals, write_csv


def sales_file(tmp_path: Path, *bad_rows: list[str]) -> Path:
    rows = [["Дата", "Клиент", "Сумма", "Комментарий"], ["31.01.2026", "Альфа", "1 000,50", "x"],
            ["01.02.2026", "Бета", "20", "y"], *bad_rows]  # fmt: skip
    return write_csv(tmp_path / "sales.csv", rows, delimiter=";")


def test_import_prints_what_it_did_and_exits_0(empty_db_path: Path, tmp_path: Path) -> None:
    result = run("import", "--db", str(empty_db_path), "sales", str(sales_file(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        'Read 2 rows from sales.csv (CSV, UTF-8, delimiter ";").',
        "Columns not imported: Комментарий.",
        "Added 2 sales lines.",
        "Created: 2 customers.",
    ]
    assert totals(empty_db_path)["sums"][0] == 100050 + 2000
    # the import kept the dashboard's aggregates in step with the new lines: current
    assert query(empty_db_path, "SELECT sale_max_id, customer_max_id FROM agg_state") == [(2, 2)]
    again = run("--lang", "ru", "import", "--db", str(empty_db_path), "sales",
                str(sales_file(tmp_path)))  # fmt: skip
    assert "Пропущены 2 дубликата." in again.stdout.splitlines()


def test_rejected_rows_with_stop_exit_1_and_import_nothing(
    empty_db_path: Path, tmp_path: Path
) -> None:
    path = sales_file(tmp_path, ["30.02.2026", "Гамма", "5", ""])
    result = run("import", "--db", str(empty_db_path), "sales", str(path))
    assert result.returncode == 1
    assert "  line 4, column Дата: not a date: 30.02.2026" in result.stdout.splitlines()
    assert result.stderr.count("\n") == 1
    assert "nothing was imported" in result.stderr
    assert totals(empty_db_path)["sale"] == 0
    skipped = run("import", "--db", str(empty_db_path), "sales", str(path), "--on-error", "skip")
    assert skipped.returncode == 0
    assert "Added 2 sales lines." in skipped.stdout
    assert totals(empty_db_path)["sale"] == 2


def test_dry_run_and_map(empty_db_path: Path, tmp_path: Path) -> None:
    path = sales_file(tmp_path)
    result = run("import", "--db", str(empty_db_path), "sales", str(path), "--dry-run",
                 "--map", "Комментарий=order_ref")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Columns not imported" not in result.stdout
    assert "Dry run: nothing was written. A real import would do this:" in result.stdout
    assert totals(empty_db_path)["sale"] == 0


def test_usage_errors_exit_2_and_file_errors_exit_1(empty_db_path: Path, tmp_path: Path) -> None:
    path = sales_file(tmp_path)
    db = str(empty_db_path)
    for args in (
        ["--map", "Nope=amount"],
        ["--map", "Сумма=revenue"],
        ["--map", "Сумма"],
        ["--date-format", "day/month"],
        ["--on-error", "maybe"],
    ):
        result = run("import", "--db", db, "sales", str(path), *args)
        assert result.returncode == 2, args
        assert result.stderr.count("\n") == 1, result.stderr
    missing = run("import", "--db", db, "sales", str(tmp_path / "nope.csv"))
    assert (missing.returncode, missing.stderr.count("\n")) == (1, 1)
    assert "No file at" in missing.stderr
    unmapped = run("import", "--db", db, "sales", str(path), "--map", "Клиент=")
    assert unmapped.returncode == 1
    assert "No column is mapped to Customer code or Customer." in unmapped.stderr
    assert "Traceback" not in unmapped.stderr + missing.stderr


def test_export_writes_the_file(empty_db_path: Path, tmp_path: Path) -> None:
    run("import", "--db", str(empty_db_path), "sales", str(sales_file(tmp_path)))
    out = tmp_path / "out.xlsx"
    result = run("export", "--db", str(empty_db_path), "sales", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 2 rows to {out}."
    assert out.is_file()
    wrong = run("export", "--db", str(empty_db_path), "sales", "--out", str(tmp_path / "x.txt"))
    assert (wrong.returncode, wrong.stderr.count("\n")) == (1, 1)
