"""``main.py customers``: the list as of a date, against the fixture worked out by hand at
31 March 2025 (see ``metric_fixture`` and the RFM of ``test_rfm``)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from salesdesk.cli.main import main
from tests.cli import run_main
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx

AS_OF = ["--as-of", "2025-03-31"]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    return fx.create_metric_database(
        tmp_path_factory.mktemp("customers") / "fixture.sqlite", engine=module_db_engine
    )


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = main(["--lang", "en", "customers", *map(str, args)])
    except SystemExit as exit_info:
        code = int(exit_info.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_counts_and_rows(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _err = run(capsys, "--db", db_path, *AS_OF, "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["as_of"] == "2025-03-31"
    assert document["counts"] == {
        "prospect": 2,  # ZETA, ETA
        "current": 5,  # ALFA, DELTA, EPSILON, IOTA, KAPPA
        "lost": 3,  # BETA, GAMMA (marked), THETA
        "at_risk": 2,  # IOTA quiet, KAPPA's complaint
        "rfm": {"champions": 0, "loyal": 1, "new": 1, "at_risk": 1, "lost": 2,
                "needs_attention": 1},
    }  # fmt: skip
    rows = {row["code"]: row for row in document["rows"]}
    assert list(rows) == [f"C{n:02d}" for n in range(1, 11)]
    assert rows["C01"] == {
        "code": "C01",
        "name": "Alfa",
        "status": "current",
        "at_risk_reason": None,
        "rfm_tier": "loyal",
        "last_sale": "2025-03-05",
        "revenue_12m": 3500.0,  # 230000 + 20000 + 100000 kopecks since 31 Mar 2024
        "owner": "Boris",
    }
    assert rows["C09"]["at_risk_reason"] == "No purchase for 181 days, since Oct 1, 2024"
    assert (
        rows["C10"]["at_risk_reason"] == "Complaint or ticket open for 30 days, since Mar 1, 2025"
    )
    assert rows["C06"]["status"] == "prospect" and rows["C06"]["last_sale"] is None


def test_filters(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    def codes(*args: str) -> list[str]:
        code, out, _err = run(capsys, "--db", db_path, *AS_OF, *args, "--format", "csv")
        assert code == 0
        return [row["code"] for row in csv.DictReader(io.StringIO(out))]

    assert codes("--status", "lost") == ["C02", "C03", "C08"]
    assert codes("--at-risk") == ["C09", "C10"]
    assert codes("--status", "current", "--at-risk") == ["C09", "C10"]
    code, _out, err = run(capsys, "--db", db_path, "--status", "lost", "--at-risk")
    assert code == 2 and "--at-risk" in err


def test_csv_and_table(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _err = run(capsys, "--db", db_path, *AS_OF, "--format", "csv")
    lines = out.splitlines()
    assert lines[0] == "code,name,status,at_risk_reason,rfm_tier,last_sale,revenue_12m,owner"
    assert lines[1] == "C01,Alfa,current,,loyal,2025-03-05,3500.00,Boris"
    code, out, _err = run(capsys, "--db", db_path, *AS_OF)
    assert code == 0
    assert out.splitlines()[0] == (
        "Customers on Mar 31, 2025: 5 current (2 at risk), 2 prospects, 3 lost; money in RUB"
    )


def test_the_command_runs_as_a_user_would(db_path: Path) -> None:
    result = run_main("customers", "--db", str(db_path), *AS_OF, "--at-risk", "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert "Клиенты на 31 мар. 2025\u202fг.:" in result.stdout
    assert "Нет покупок 181 день, с 1 окт. 2024\u202fг." in result.stdout
    bad = run_main("customers", "--db", str(db_path), "--as-of", "31.03.2025")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
