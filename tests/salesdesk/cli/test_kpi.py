"""The ``kpi`` command: every grouping and format, against numbers worked out by hand."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from salesdesk.cli.main import main
from salesdesk.metrics.sales import BREAKDOWNS
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx

Q1_2025 = ["--from", "2025-01-01", "--to", "2025-03-31"]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    return fx.create_metric_database(
        tmp_path_factory.mktemp("kpi") / "fixture.sqlite", engine=module_db_engine
    )


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``salesdesk --lang en kpi ARGS``."""
    try:
        code = main(["--lang", "en", "kpi", *map(str, args)])
    except SystemExit as exit_info:  # argparse's own usage errors
        code = int(exit_info.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> dict:
    code, out, err = run(capsys, *args, "--format", "json")
    assert (code, err) == (0, "")
    return json.loads(out)


# The whole history, L14 on 1 May 2023 to L7 on 25 Mar 2025: all 14 lines, 13 orders (ORD-1
# has two lines, L6 none), 8 buyers, all new within the range; cost 718000 kopecks.
TOTAL_ROW = {
    "group": "total",
    "revenue": 10150.00,
    "orders": 13,
    "units": 22,
    "buying_customers": 8,
    "new_customers": 8,
    "average_order_value": 780.77,  # 10150.00 / 13 = 780.769...
    "gross_margin": 2970.00,
}


def test_json_total_over_the_whole_history(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    document = run_json(capsys, "--db", db_path)
    assert document == {
        "scope": "Whole company",
        "by": None,
        "from": "2023-05-01",
        "to": "2025-03-25",
        "currency": "RUB",
        "rows": [TOTAL_ROW],
    }


def test_csv_total(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _err = run(capsys, "--db", db_path, "--format", "csv")
    assert code == 0
    assert out.splitlines() == [
        "group,revenue,orders,units,buying_customers,new_customers,average_order_value,"
        "gross_margin",
        "total,10150.00,13,22,8,8,780.77,2970.00",
    ]


def test_json_by_member_over_the_whole_history(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    rows = run_json(capsys, "--db", db_path, "--by", "member")["rows"]
    assert rows == [
        # L1 L2 L5 L8 L11; orders ORD-1, -4, -6, -9; cost 320000
        {"group": "Boris", "revenue": 4400.00, "orders": 4, "units": 6, "buying_customers": 1,
         "new_customers": 1, "average_order_value": 1100.00, "gross_margin": 1200.00},
        # L3 L7 L9 L12 to DELTA, KAPPA, IOTA, BETA; cost 230000. New: the first purchases of
        # DELTA, IOTA and BETA; KAPPA's first (L10) was Gleb's (SPEC §3a attribution), so the
        # members' new customers add up to the 8 of the total
        {"group": "Vera", "revenue": 3100.00, "orders": 4, "units": 11, "buying_customers": 4,
         "new_customers": 3, "average_order_value": 775.00, "gross_margin": 800.00},
        # L4 L10 L13 to GAMMA and KAPPA; cost 93000
        {"group": "Gleb", "revenue": 1550.00, "orders": 3, "units": 3, "buying_customers": 2,
         "new_customers": 2, "average_order_value": 516.67, "gross_margin": 620.00},
        {"group": "Anna", "revenue": 950.00, "orders": 1, "units": 1, "buying_customers": 1,
         "new_customers": 1, "average_order_value": 950.00, "gross_margin": 250.00},
        {"group": "(not set)", "revenue": 150.00, "orders": 1, "units": 1, "buying_customers": 1,
         "new_customers": 1, "average_order_value": 150.00, "gross_margin": 100.00},
    ]  # fmt: skip


# Q1 2025 (L1-L7): group, revenue in roubles, orders, new customers.
Q1_GROUPS = {
    "member": [("Boris", 2500.0, 2, 0), ("Vera", 1700.0, 2, 1), ("Gleb", 1000.0, 1, 0),
               ("(not set)", 150.0, 1, 1)],
    # a team includes its sub-teams (SPEC §3a Roll-up): Sales = Boris + Vera + Gleb
    "team": [("Sales", 5200.0, 5, 1), ("North", 4200.0, 4, 1),
             ("North Key Accounts", 1700.0, 2, 1), ("South", 1000.0, 1, 0),
             ("(not set)", 150.0, 1, 1)],
    "territory": [("Moscow", 3100.0, 3, 1), ("Central", 2100.0, 2, 0),
                  ("Novosibirsk", 150.0, 1, 1)],
    "product": [("Laptop Pro", 4100.0, 3, 0), ("Monitor", 800.0, 2, 1),
                ("Support plan", 450.0, 2, 1)],
    "category": [("Laptops", 4100.0, 3, 0), ("Hardware", 800.0, 2, 1),
                 ("Services", 450.0, 2, 1)],
    "account-type": [("Corporate", 4750.0, 5, 1), ("Small business", 600.0, 1, 1)],
    "channel": [("Field sales", 4200.0, 4, 1), ("E-commerce", 1150.0, 2, 1)],
    "month": [("January 2025", 2300.0, 1, 0), ("February 2025", 1600.0, 2, 1),
              ("March 2025", 1450.0, 3, 1)],
    "quarter": [("Q1 2025", 5350.0, 6, 2)],
}  # fmt: skip


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_every_grouping_as_json(capsys: pytest.CaptureFixture[str], db_path: Path, by: str) -> None:
    document = run_json(capsys, "--db", db_path, "--by", by, *Q1_2025)
    assert (document["by"], document["from"], document["to"]) == (by, "2025-01-01", "2025-03-31")
    found = [(r["group"], r["revenue"], r["orders"], r["new_customers"]) for r in document["rows"]]
    assert found == Q1_GROUPS[by]


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_every_grouping_as_csv(capsys: pytest.CaptureFixture[str], db_path: Path, by: str) -> None:
    code, out, _err = run(capsys, "--db", db_path, "--by", by, *Q1_2025, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    found = [(r["group"], r["revenue"], int(r["orders"]), int(r["new_customers"])) for r in rows]
    assert found == [(name, f"{rub:.2f}", orders, new) for name, rub, orders, new in Q1_GROUPS[by]]


@pytest.mark.parametrize("by", BREAKDOWNS)
def test_every_grouping_as_table(
    capsys: pytest.CaptureFixture[str], db_path: Path, by: str
) -> None:
    code, out, _err = run(capsys, "--db", db_path, "--by", by, *Q1_2025)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Whole company · Jan 1, 2025 – Mar 31, 2025, money in RUB"
    assert lines[2].split()[:2] == ["Group", "Revenue"]
    for line, (name, rub, orders, _new) in zip(lines[4:], Q1_GROUPS[by], strict=True):
        assert line.startswith(name)
        assert line[len(name) :].split()[:2] == [f"{rub:,.2f}", str(orders)]


def test_table_total_and_alignment(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _err = run(capsys, "--db", db_path)
    assert code == 0
    header, rule, total = out.splitlines()[2:]
    assert total.split() == ["Total", "10,150.00", "13", "22", "8", "8", "780.77", "2,970.00"]
    assert len(header) == len(rule) == len(total)  # numbers right-aligned under their header


def test_table_in_russian(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code = main(["--lang", "ru", "kpi", "--db", str(db_path), "--by", "month", *Q1_2025])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0] == "Вся компания · 1 янв. 2025\u202fг. – 31 мар. 2025\u202fг., деньги в ₽"
    )  # the symbol, in Russian
    assert lines[2].split()[:2] == ["Группа", "Выручка"]
    cells = re.split(r" {2,}", lines[4])  # columns are at least two spaces apart
    assert cells[:3] == ["Январь 2025", "2\xa0300,00", "1"]  # a no-break space in ru


def test_only_one_date_given(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    # From 1 Jan 2025 to the last sale (25 Mar): L1-L7
    document = run_json(capsys, "--db", db_path, "--from", "2025-01-01")
    assert (document["to"], document["rows"][0]["revenue"]) == ("2025-03-25", 5350.0)
    # From the first sale to 31 Dec 2023: L14 only
    document = run_json(capsys, "--db", db_path, "--to", "2023-12-31")
    assert (document["from"], document["rows"][0]["revenue"]) == ("2023-05-01", 950.0)


def test_a_database_without_sales(capsys: pytest.CaptureFixture[str], empty_db_path: Path) -> None:
    document = run_json(capsys, "--db", empty_db_path, "--from", "2026-01-01", "--to", "2026-01-31")
    # no line has a known cost: margin is unknown, not zero (SPEC §3a)
    assert document["rows"] == [
        {"group": "total", "revenue": 0.0, "orders": 0, "units": 0, "buying_customers": 0,
         "new_customers": 0, "average_order_value": None, "gross_margin": None}
    ]  # fmt: skip
    code, out, _err = run(capsys, "--db", empty_db_path, "--format", "csv")
    assert code == 0
    assert out.splitlines()[1] == "total,0.00,0,0,0,0,,"


def test_help_names_the_default_period(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "en", "kpi", "--help"])
    assert exit_info.value.code == 0
    assert "from the first to the last sale" in " ".join(capsys.readouterr().out.split())


def _foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


@pytest.mark.parametrize("kind", ["missing", "text", "foreign sqlite"])
def test_unusable_files_exit_1_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "file.sqlite"
    if kind == "text":
        path.write_text("group,revenue\n", encoding="utf-8")
    elif kind == "foreign sqlite":
        _foreign_sqlite(path)
    before = path.read_bytes() if path.exists() else None
    code, out, err = run(capsys, "--db", path)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("salesdesk kpi: ")
    assert "Traceback" not in err
    assert (path.read_bytes() if path.exists() else None) == before


@pytest.mark.parametrize(
    "args",
    [
        ["--by", "colour"],
        ["--format", "xml"],
        ["--from", "2025-13-01"],
        ["--to", "31.03.2025"],
        ["--from", "2025-03-01", "--to", "2025-01-01"],
    ],
)
def test_wrong_usage_exits_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str]
) -> None:
    code, out, err = run(capsys, "--db", db_path, *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_missing_db_argument_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys)
    assert code == 2
    assert "--db" in err
