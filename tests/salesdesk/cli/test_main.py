"""The command-line frame: exit codes and one-line errors (SPEC §7)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli import run_main as run


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("SalesDesk ")


def test_new_then_check_then_backup(tmp_path: Path) -> None:
    path = tmp_path / "co.sqlite"
    assert run("new", "--db", str(path), "--company", "Acme", "--currency", "usd").returncode == 0
    check = run("check", "--db", str(path))
    assert check.returncode == 0
    assert "no problems found" in check.stdout
    backup = run("backup", "--db", str(path), "--out", str(tmp_path / "copy.sqlite"))
    assert backup.returncode == 0
    assert (tmp_path / "copy.sqlite").is_file()


def test_check_rebuild_repairs_figures_changed_behind_the_app(tmp_path: Path) -> None:
    """A sale changed with another tool leaves the stored figures stale (the metrics then sum
    the sales); ``check --rebuild`` makes them current again, with the new amount."""
    path = tmp_path / "co.sqlite"
    assert run("new", "--db", str(path)).returncode == 0
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO customer (code, name, kind, created_on, notes)"
            " VALUES ('C1', 'Alfa', 'company', '2025-01-01', '')"
        )
        raw.execute(
            "INSERT INTO sale (date, customer_id, quantity, unit_price, discount, amount)"
            " VALUES ('2025-01-02', 1, 1, 700, 0, 700)"
        )
        raw.execute("UPDATE sale SET amount = 900 WHERE id = 1")
    raw.close()
    result = run("check", "--db", str(path), "--rebuild")
    assert result.returncode == 0, result.stderr
    assert "Rebuilt the stored figures" in result.stdout
    with sqlite3.connect(path) as raw:
        state = raw.execute("SELECT changes = built_changes, sale_max_id FROM agg_state").fetchone()
        revenue = raw.execute("SELECT SUM(revenue) FROM agg_sales_day WHERE dim = ''").fetchone()
    raw.close()
    assert state == (1, 1)
    assert revenue == (900,)


def test_missing_file_is_one_line_exit_1(tmp_path: Path) -> None:
    result = run("check", "--db", str(tmp_path / "nope.sqlite"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "No database at" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nope.sqlite").exists()


def test_foreign_file_is_one_line_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    result = run("check", "--db", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "not a SalesDesk database" in result.stderr


def test_new_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "keep.txt"
    path.write_text("precious", encoding="utf-8")
    result = run("new", "--db", str(path))
    assert result.returncode == 1
    assert path.read_text(encoding="utf-8") == "precious"


def test_bad_arguments_exit_2_with_one_line() -> None:
    for args in (
        ("check",),
        ("check", "--db"),
        ("nosuchcommand",),
        ("new", "--db", "x", "--bogus"),
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.strip().count("\n") == 0, (args, result.stderr)


def test_errors_are_translated_with_lang_ru(tmp_path: Path) -> None:
    result = run("--lang", "ru", "check", "--db", str(tmp_path / "nope.sqlite"))
    assert result.returncode == 1
    assert "Нет базы данных" in result.stderr


def test_new_takes_lang_after_the_command(tmp_path: Path) -> None:
    path = tmp_path / "ru.sqlite"
    result = run("new", "--db", str(path), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "Создан файл" in result.stdout
    with sqlite3.connect(path) as connection:
        language = connection.execute("SELECT report_language FROM settings").fetchone()[0]
    connection.close()
    assert language == "ru"
