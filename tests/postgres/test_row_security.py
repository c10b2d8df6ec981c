"""Who sees what (SPEC §13), enforced by PostgreSQL itself: raw SQL as each member's login.

The organisation, by hand:

    Sales (led by Hanna, head)
    ├── North (led by Max, manager)
    │   └── North A (led by Sue, supervisor): Rob (representative)
    └── South: Rita (representative, reports to Hanna)

Customer c-<name> is owned by that member, and each has one sale credited to its owner.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.store import db
from salesdesk.store.engine import DatabaseUrl, storage_for
from salesdesk.store.postgresql.transfer import reset_sequences
from tests.postgres.helpers import run_cli

MEMBERS = {  # name: (id, role, team id, reports to)
    "Hanna": (1, "head", 1, None),
    "Max": (2, "manager", 2, 1),
    "Sue": (3, "supervisor", 3, 2),
    "Rob": (4, "representative", 3, 3),
    "Rita": (5, "representative", 4, 1),
}
TEAMS = {1: ("Sales", None, 1), 2: ("North", 1, 2), 3: ("North A", 2, 3), 4: ("South", 1, None)}
SEES = {
    "Rob": {"c-Rob"},
    "Rita": {"c-Rita"},
    "Sue": {"c-Sue", "c-Rob"},
    "Max": {"c-Max", "c-Sue", "c-Rob"},
    "Hanna": {"c-Hanna", "c-Max", "c-Sue", "c-Rob", "c-Rita"},
}


def _organisation(conn: Connection) -> None:
    execute = conn.execute
    for team_id, (name, parent, _lead) in TEAMS.items():
        execute(text("INSERT INTO team (id, name, parent_id) VALUES (:i, :n, :p)"),
                {"i": team_id, "n": name, "p": parent})  # fmt: skip
    for name, (member_id, role, team, boss) in MEMBERS.items():
        execute(
            text("INSERT INTO member (id, name, role, team_id, reports_to_id, email)"
                 " VALUES (:i, :n, :r, :t, :b, :e)"),
            {"i": member_id, "n": name, "r": role, "t": team, "b": boss,
             "e": f"{name.lower()}@example.com"},
        )  # fmt: skip
        execute(
            text("INSERT INTO customer (id, code, name, kind, owner_member_id, created_on, notes)"
                 " VALUES (:i, :c, :c, 'company', :i, '2026-01-05', '')"),
            {"i": member_id, "c": f"c-{name}"},
        )  # fmt: skip
        execute(
            text("INSERT INTO sale (date, customer_id, member_id, quantity, unit_price,"
                 " discount, amount, cost) VALUES ('2026-02-01', :i, :i, 1, 100, 0, 100, 60)"),
            {"i": member_id},
        )  # fmt: skip
    for team_id, (_name, _parent, lead) in TEAMS.items():
        execute(text("UPDATE team SET lead_member_id = :l WHERE id = :i"),
                {"l": lead, "i": team_id})  # fmt: skip
    reset_sequences(conn)


@pytest.fixture
def team_url(capsys: pytest.CaptureFixture[str], pg_url: str) -> str:
    assert run_cli(capsys, "server", "init", "--url", pg_url)[0] == 0
    engine = storage_for(pg_url).make_engine()  # the admin, in plain SQL
    with engine.begin() as conn:
        _organisation(conn)
    engine.dispose()
    for name in MEMBERS:
        login = ["--login", name.lower(), "--member", f"{name}@example.com"]
        code, _out, err = run_cli(capsys, "server", "grant", "--url", pg_url, *login)
        assert code == 0, err
    return pg_url


def as_login(url: str, login: str) -> str:
    return url.replace("postgres@", f"{login}@", 1)


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
