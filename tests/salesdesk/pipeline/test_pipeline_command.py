"""``main.py pipeline``: the JSON keys of SPEC §12 and the numbers of ``pipeline_fixture``."""

from __future__ import annotations

import json

import pytest

from tests.cli import run_main
from tests.salesdesk.pipeline import pipeline_fixture as px

Q1 = ("--from", "2025-01-01", "--to", "2025-03-31")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(px.create_pipeline_database(tmp_path_factory.mktemp("cli") / "deals.sqlite"))


def _json(*args: str) -> dict[str, object]:
    result = run_main("pipeline", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    document: dict[str, object] = json.loads(result.stdout)
    return document


def test_total_as_json(db_path: str) -> None:
    document = _json("--db", db_path, *Q1)
    assert document == {
        "by": None,
        "from": "2025-01-01",
        "to": "2025-03-31",
        "currency": "RUB",
        "rows": [
            {
                "group": "total",
                "open_deals": 4,  # D4, D5, D6, D8 on 31 March
                "open_amount": 1900.0,
                "weighted_amount": 790.0,  # 50 + 320 + 420 roubles at the stage defaults
                "won_deals": 2,
                "won_amount": 1300.0,
                "lost_deals": 2,
                "win_rate": 0.5,
                "median_cycle_days": 43.0,
            }
        ],
    }


def test_by_stage_counts_closed_deals_where_they_closed(db_path: str) -> None:
    rows = _json("--db", db_path, "--by", "stage", *Q1)["rows"]
    assert isinstance(rows, list)
    summary = [(r["group"], r["open_deals"], r["won_deals"], r["lost_deals"]) for r in rows]
    # D7 was lost from Lead, D2 from Proposal; D1 and D3 were won from Negotiation.
    assert summary == [("Lead", 2, 0, 1), ("Proposal", 1, 0, 1), ("Negotiation", 1, 2, 0)]


def test_by_team_includes_sub_teams(db_path: str) -> None:
    rows = _json("--db", db_path, "--by", "team", *Q1)["rows"]
    assert isinstance(rows, list)
    north = next(r for r in rows if r["group"] == "North")
    # Boris (North) D4 and Vera (North Key Accounts) D5 are open; D1 won; D2, D7 lost.
    assert (north["open_deals"], north["won_deals"], north["lost_deals"]) == (2, 1, 2)


def test_csv_and_table(db_path: str) -> None:
    result = run_main("pipeline", "--db", db_path, "--by", "member", *Q1, "--format", "csv")
    assert result.stdout.splitlines()[:2] == [
        "group,open_deals,open_amount,weighted_amount,won_deals,won_amount,lost_deals,"
        "win_rate,median_cycle_days",
        "Boris,1,800.00,320.00,1,1000.00,0,1.0,49.0",
    ]
    table = run_main("--lang", "ru", "pipeline", "--db", db_path, *Q1).stdout
    assert "Итого" in table and "Доля выигранных" in table and "50,0%" in table


def test_wrong_dates_are_usage_errors(db_path: str) -> None:
    result = run_main("pipeline", "--db", db_path, "--from", "2025-04-01", "--to", "2025-03-01")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "before" in result.stderr
