"""Who sees what (SPEC §13), enforced by PostgreSQL itself: raw SQL as each member's login
(the organisation of tests/postgres/helpers.py)."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from salesdesk.store import db
from salesdesk.store.engine import DatabaseUrl
from tests.postgres.helpers import MEMBERS, SEES, as_login, run_cli


def seen(url: str, login: str, sql: str) -> set[str]:
    with psycopg.connect(as_login(url, login)) as conn:
        return {row[0] for row in conn.execute(sql)}  # type: ignore[arg-type]


@pytest.mark.parametrize("login", list(SEES))
def test_each_login_reads_its_customers_and_their_sales_only(team_url: str, login: str) -> None:
    assert seen(team_url, login.lower(), "SELECT code FROM customer") == SEES[login]
    sales = "SELECT c.code FROM sale s JOIN customer c ON c.id = s.customer_id"
    assert seen(team_url, login.lower(), sales) == SEES[login]
    summaries = "SELECT c.code FROM customer_summary s JOIN customer c ON c.id = s.customer_id"
    assert seen(team_url, login.lower(), summaries) == SEES[login]


def test_a_representative_cannot_write_another_members_customer(team_url: str) -> None:
    with psycopg.connect(as_login(team_url, "rob")) as conn:
        changed = conn.execute("UPDATE customer SET notes = 'mine' WHERE code = 'c-Rita'")
        assert changed.rowcount == 0  # not even seen
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO customer (code, name, kind, owner_member_id, created_on, notes)"
                " VALUES ('c-x', 'X', 'company', 5, '2026-03-01', '')"
            )


def test_a_representative_adds_their_own_customer(team_url: str) -> None:
    with psycopg.connect(as_login(team_url, "rob")) as conn:
        conn.execute(
            "INSERT INTO customer (code, name, kind, owner_member_id, created_on, notes)"
            " VALUES ('c-new', 'New', 'company', 4, '2026-03-01', '')"
        )
    assert seen(team_url, "rob", "SELECT code FROM customer") == {"c-Rob", "c-new"}
    assert "c-new" in seen(team_url, "sue", "SELECT code FROM customer")
    assert "c-new" not in seen(team_url, "rita", "SELECT code FROM customer")


def test_the_team_tree_and_settings_need_the_heads_rights(team_url: str) -> None:
    with psycopg.connect(as_login(team_url, "max")) as conn:
        assert conn.execute("SELECT COUNT(*) FROM team").fetchone() == (4,)  # reads the tree
        for change in ("UPDATE team SET name = 'Mine' WHERE id = 2",
                       "UPDATE settings SET company_name = 'Mine'",
                       "DELETE FROM import_mapping"):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(change)
            conn.rollback()
    with psycopg.connect(as_login(team_url, "hanna")) as conn:
        conn.execute("UPDATE team SET name = 'Northern' WHERE id = 2")
        conn.execute("UPDATE settings SET company_name = 'Hanna Ltd'")


def test_the_stored_aggregates_are_the_heads_alone(team_url: str) -> None:
    assert seen(team_url, "rob", "SELECT 1 FROM agg_state") == set()
    assert seen(team_url, "hanna", "SELECT id FROM agg_state") == {1}


def test_revoked_logins_see_nothing(capsys: pytest.CaptureFixture[str], team_url: str) -> None:
    code, out, _ = run_cli(capsys, "server", "users", "--url", team_url)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[4:]] == sorted(
        name.lower() for name in MEMBERS
    )
    code, out, _ = run_cli(capsys, "server", "revoke", "--url", team_url, "--login", "rob")
    assert code == 0 and "no longer" in out
    with (
        psycopg.connect(as_login(team_url, "rob")) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT code FROM customer")


def test_grant_refuses_an_unknown_member_and_a_hostile_login(
    capsys: pytest.CaptureFixture[str], team_url: str
) -> None:
    code, _, err = run_cli(capsys, "server", "grant", "--url", team_url, "--login", "zed",
                           "--member", "nobody@example.com")  # fmt: skip
    assert code == 1 and "No team member" in err and err.count("\n") == 1
    for hostile in ('x"; DROP TABLE sale; --', "pg_monitor", "a b", ""):
        code, _, err = run_cli(capsys, "server", "grant", "--url", team_url, "--login", hostile,
                               "--member", "rob@example.com")  # fmt: skip
        assert code == 1 and "cannot be a login name" in err
    with db.open_database(DatabaseUrl(team_url)) as database, database.read() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM sale")).scalar_one() == 5


@pytest.mark.parametrize(("login", "revenue"), [("rob", 1.0), ("sue", 2.0), ("max", 3.0),
                                                ("hanna", 5.0)])  # fmt: skip
def test_figures_are_computed_over_what_the_login_sees(
    capsys: pytest.CaptureFixture[str], team_url: str, login: str, revenue: float
) -> None:
    """Each member's sale is 1.00 (100 cents): a login's kpi adds up its own rows only."""
    import json

    code, out, err = run_cli(capsys, "kpi", "--db", as_login(team_url, login), "--from",
                             "2026-01-01", "--to", "2026-12-31", "--format", "json")  # fmt: skip
    assert code == 0, err
    total = json.loads(out)["rows"][0]
    assert total["revenue"] == revenue
    assert total["orders"] == total["buying_customers"] == int(revenue)
