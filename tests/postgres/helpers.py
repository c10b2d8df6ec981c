"""Helpers of the team database tests (the server's fixtures are in tests/conftest.py, so that
the safety suite has them too; the team's organisation is here and in tests/postgres/conftest.py).

The organisation, by hand:

    Sales (led by Hanna, head)
    ├── North (led by Max, manager)
    │   └── North A (led by Sue, supervisor): Rob (representative)
    └── South: Rita (representative, reports to Hanna)

Customer c-<name> is owned by that member, and each has one sale credited to its owner.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.store.postgresql.transfer import reset_sequences


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``main.py ARGS`` in this process: exit code, stdout, stderr."""
    from salesdesk.cli.main import main

    capsys.readouterr()
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


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


def organisation(conn: Connection) -> None:
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


def as_login(url: str, login: str) -> str:
    return url.replace("postgres@", f"{login}@", 1)
