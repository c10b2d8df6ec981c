"""``main.py pipeline``: the JSON keys of SPEC §12 and the numbers of ``pipeline_fixture``."""

from __future__ import annotations

import json

import pytest

from tests.cli import run_main
from tests.engines import EngineUnderTest
from tests.salesdesk.pipeline import pipeline_fixture as px

Q1 = ("--from", "2025-01-01", "--to", "2025-03-31")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> str:
    return str(
        px.create_pipeline_database(
            tmp_path_factory.mktemp("cli") / "deals.sqlite", engine=module_db_engine
        )
    )


def _json(*args: str) -> dict[str, object]:
    result = run_main("pipeline", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    document: dict[str, object] = json.loads(result.stdout)
    return document


def test_total_as_json(db_path: str) -> None:
    document = _json("--db", db_path, *Q1)
    assert document == {
        "scope": "Whole company",
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


def test_by_member_has_a_group_for_the_deals_nobody_owns(db_path: str) -> None:
    rows = _json("--db", db_path, "--by", "member", *Q1)["rows"]
    assert isinstance(rows, list)
    summary = [(r["group"], r["open_deals"], r["open_amount"], r["weighted_amount"],
                r["won_deals"], r["lost_deals"]) for r in rows]  # fmt: skip
    assert summary == [
        ("Boris", 1, 800.0, 320.0, 1, 0),  # D4 open in Proposal, D1 won
        ("Gleb", 1, 600.0, 420.0, 1, 0),  # D6 open in Negotiation, D3 won
        ("Vera", 1, 400.0, 40.0, 0, 2),  # D5 open in Lead, D2 and D7 lost
        ("(no owner)", 1, 100.0, 10.0, 0, 0),  # D8 open in Lead
    ]
    # The groups add up to the total: 4 open deals, 1900.00, 790.00, 2 won, 2 lost.
    assert sum(r["open_amount"] for r in rows) == 1900.0  # type: ignore[misc]
    assert sum(r["weighted_amount"] for r in rows) == 790.0  # type: ignore[misc]


def test_by_month_cuts_the_months_at_the_period_ends(db_path: str) -> None:
    rows = _json("--db", db_path, "--by", "month", "--from", "2025-02-21", "--to", "2025-03-20")[
        "rows"
    ]
    assert isinstance(rows, list)
    summary = [(r["group"], r["open_deals"], r["weighted_amount"], r["won_deals"], r["won_amount"])
               for r in rows]  # fmt: skip
    # D1 won on 20 Feb, before the period: not counted. D3 won 10 Mar; D5 (Lead) is expected
    # on 20 Mar; the other deals open on 20 March are expected later or have no date.
    assert summary == [
        ("Feb 21\u2009–\u200928, 2025", 0, 0.0, 0, 0.0),
        ("Mar 1\u2009–\u200920, 2025", 1, 40.0, 1, 300.0),
    ]


def test_one_pipeline_by_name(db_path: str) -> None:
    (total,) = _json("--db", db_path, "--pipeline", " sales ", *Q1)["rows"]  # type: ignore[misc]
    assert (total["open_deals"], total["won_deals"]) == (4, 2)
    result = run_main("pipeline", "--db", db_path, "--pipeline", "Renewals")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "pipelines: Sales" in result.stderr
