"""A representative's or a manager's login works in every command (SPEC §13: figures are
computed over what the login sees). The organisation and its hand-worked rows are those of
tests/postgres/helpers.py (the team_url fixture): each member owns customer c-<name> with one
sale of 1.00 credited to them, and here one open deal of <member id> × 10.00 at the first
stage of the first pipeline.

    Rob (rep, id 4): c-Rob, deal 40.00       Rita (rep, id 5): c-Rita, deal 50.00
    Max (manager, id 2): c-Max, c-Sue, c-Rob; deals 20.00 + 30.00 + 40.00 = 90.00
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from salesdesk.store.engine import storage_for
from tests.postgres.helpers import MEMBERS, SEES, as_login, run_cli

DEALS = {  # login: (open deals, their amount in major units)
    "rob": (1, 40.0),
    "rita": (1, 50.0),
    "max": (3, 90.0),
}


@pytest.fixture
def with_deals(team_url: str) -> str:
    engine = storage_for(team_url).make_engine()  # the admin, in plain SQL
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO pipeline (id, name, active, version) VALUES (1, 'Sales', true, 1)")
        )
        conn.execute(
            text(
                "INSERT INTO stage (id, pipeline_id, name, position, probability,"
                " rotting_days, version) VALUES (1, 1, 'Lead', 0, 0.1, 14, 1)"
            )
        )
        for name, (member_id, *_rest) in MEMBERS.items():
            conn.execute(
                text("INSERT INTO deal (ref, title, customer_id, owner_member_id, amount,"
                     " stage_id, status, created_on, next_step, version) VALUES (:r, :r, :i, :i,"
                     " :a, 1, 'open', '2026-02-01', '', 1)"),
                {"r": f"d-{name}", "i": member_id, "a": member_id * 1000},
            )  # fmt: skip
    engine.dispose()
    return team_url


@pytest.mark.parametrize("login", list(DEALS))
def test_customers_lists_the_logins_own(
    capsys: pytest.CaptureFixture[str], with_deals: str, login: str
) -> None:
    code, out, err = run_cli(capsys, "customers", "--db", as_login(with_deals, login),
                             "--as-of", "2026-03-01", "--format", "json")  # fmt: skip
    assert code == 0, err
    rows = json.loads(out)["rows"]
    assert {row["code"] for row in rows} == SEES[login.capitalize()]
    assert {row["revenue_12m"] for row in rows} == {1.0}


@pytest.mark.parametrize("login", list(DEALS))
def test_kpi_and_pipeline_add_up_the_logins_rows(
    capsys: pytest.CaptureFixture[str], with_deals: str, login: str
) -> None:
    url = as_login(with_deals, login)
    code, out, err = run_cli(capsys, "kpi", "--db", url, "--from", "2026-01-01", "--to",
                             "2026-12-31", "--format", "json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["rows"][0]["revenue"] == len(SEES[login.capitalize()])
    code, out, err = run_cli(capsys, "pipeline", "--db", url, "--from", "2026-01-01", "--to",
                             "2026-12-31", "--format", "json")  # fmt: skip
    assert code == 0, err
    rows = json.loads(out)["rows"]
    count, amount = DEALS[login]
    assert sum(row["open_deals"] for row in rows) == count
    assert sum(row["open_amount"] for row in rows) == amount


@pytest.mark.parametrize("login", ["rob", "max"])
def test_a_report_prints_the_logins_figures(
    capsys: pytest.CaptureFixture[str], with_deals: str, login: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "customers.pdf"
    code, _out, err = run_cli(capsys, "report", "customers", "--db", as_login(with_deals, login),
                              "--out", out_file, "--period", "2026")  # fmt: skip
    assert code == 0, err
    words = "".join(page.extract_text() for page in PdfReader(out_file).pages)
    # each of the login's customers bought once, on 2026-02-01: current at the year's end
    # (within 365 days) and at risk (no purchase for far longer than the threshold)
    own = len(SEES[login.capitalize()])
    assert f"Current\n{own}\nAt risk\n{own}\nProspect\n0\nLost\n0" in words


@pytest.mark.parametrize(("login", "revenue"), [("rob", 100), ("max", 300)])
def test_the_sections_load_for_a_member(with_deals: str, login: str, revenue: int) -> None:
    """The dashboard (its revenue card is the login's, in cents), the customer list and the
    goals open as a representative and as a manager."""
    from datetime import date

    from salesdesk.customers.service import open_customers
    from salesdesk.dashboard.service import load_dashboard
    from salesdesk.goals.service import overview
    from salesdesk.periods import Period
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import DatabaseUrl

    quarter = Period.quarter(2026, 1)
    with open_database(DatabaseUrl(as_login(with_deals, login))) as database:
        dashboard = load_dashboard(database, quarter)
        assert dashboard.kpis["revenue"].value == revenue
        assert open_customers(database, quarter, date(2026, 3, 1)).refreshed is False
        assert overview(database, date(2026, 3, 1)) == []


def test_a_representatives_edit_leaves_the_heads_figures_exact(
    capsys: pytest.CaptureFixture[str], with_deals: str
) -> None:
    """Rob changes his sale's amount through the app: his write keeps no shared figure, and
    the head's dashboard, refreshed afterwards, adds up 1.00 × 4 + Rob's 2.50 = 6.50; the
    head's stored customer list (built before) shows c-Rob's 2.50."""

    def heads_list() -> dict[str, float]:
        code, out, err = run_cli(capsys, "customers", "--db", as_login(with_deals, "hanna"),
                                 "--as-of", "2026-03-01", "--format", "json")  # fmt: skip
        assert code == 0, err
        return {row["code"]: row["revenue_12m"] for row in json.loads(out)["rows"]}

    import salesdesk.customers.summary  # noqa: F401 - its keeper watches the write too
    from salesdesk.dashboard.service import load_dashboard
    from salesdesk.periods import Period
    from salesdesk.store import editing
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import DatabaseUrl

    quarter = Period.quarter(2026, 1)
    with open_database(DatabaseUrl(as_login(with_deals, "hanna"))) as database:
        assert load_dashboard(database, quarter).kpis["revenue"].value == 500
    assert heads_list()["c-Rob"] == 1.0
    with open_database(DatabaseUrl(as_login(with_deals, "rob"))) as database:
        sale = database.transact(
            lambda conn: conn.execute(text("SELECT id FROM sale")).scalar_one()
        )
        database.transact(
            lambda conn: editing.update_row(conn, "sale", sale, {"unit_price": 250, "amount": 250})
        )
    with open_database(DatabaseUrl(as_login(with_deals, "hanna"))) as database:
        assert load_dashboard(database, quarter).kpis["revenue"].value == 650
    assert heads_list() == {"c-Hanna": 1.0, "c-Max": 1.0, "c-Sue": 1.0, "c-Rob": 2.5, "c-Rita": 1.0}
