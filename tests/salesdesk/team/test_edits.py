"""Reshaping the organisation: each edit, its refusal of cycles, and undo/redo of its steps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.store import changes
from salesdesk.store.db import open_database
from salesdesk.team import edits as team_edits
from salesdesk.team.edits import TeamEditError
from tests.engines import EngineUnderTest
from tests.salesdesk.team.team_fixture import (
    ANN,
    BOB,
    CAT,
    DAN,
    EAST,
    EVE,
    SALES,
    create_team_database,
)


@pytest.fixture
def conn(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Connection]:
    path = create_team_database(tmp_path / "team.sqlite", engine=db_engine)
    with open_database(path) as database, database.write() as connection:
        yield connection


def _rows(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    return conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").all()


def _snapshot(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The rows an edit may touch, but for their versions (an undo is a change too: it
    raises them)."""
    tables = ("team", "member", "coverage", "customer", "goal")
    return {
        table: [
            tuple(v for c, v in row._mapping.items() if c != "version")
            for row in _rows(conn, table)
        ]
        for table in tables
    }


def _round_trip(conn: Connection, steps: changes.Change, before: dict[str, Any]) -> None:
    """Undo gives back ``before`` exactly; redo the state the edit made."""
    after = _snapshot(conn)
    changes.undo(conn, steps)
    assert _snapshot(conn) == before
    changes.redo(conn, steps)
    assert _snapshot(conn) == after


def test_create_rename_and_move_a_team(conn: Connection) -> None:
    before = _snapshot(conn)
    team_id, steps = team_edits.create_team(conn, name="  West ", parent_id=SALES)
    steps += team_edits.rename_team(conn, team_id, "Far West")
    steps += team_edits.move_team(conn, team_id, EAST)
    row = conn.execute(
        text("SELECT name, parent_id FROM team WHERE id = :id"), {"id": team_id}
    ).one()
    assert tuple(row) == ("Far West", EAST)
    _round_trip(conn, steps, before)
    logged = conn.execute(
        text("SELECT count(*) FROM change_log WHERE entity = 'team' AND entity_id = :id"),
        {"id": team_id},
    ).scalar_one()
    assert logged == 3 + 3 + 3  # insert, rename, move; undone; done again


def test_a_team_cannot_move_under_its_own_sub_team(conn: Connection) -> None:
    with pytest.raises(TeamEditError, match="Sales cannot move under East: East is part of Sales"):
        team_edits.move_team(conn, SALES, EAST)
    with pytest.raises(TeamEditError, match="inside itself"):
        team_edits.move_team(conn, EAST, EAST)
    assert conn.exec_driver_sql("SELECT parent_id FROM team WHERE id = 1").scalar() is None


def test_reporting_lines_cannot_go_round(conn: Connection) -> None:
    team_edits.update_member(conn, CAT, {"reports_to_id": BOB})
    team_edits.update_member(conn, BOB, {"reports_to_id": ANN})
    with pytest.raises(TeamEditError, match=r"Ann cannot report to Cat.*\(Ann → Cat → Bob → Ann\)"):
        team_edits.update_member(conn, ANN, {"reports_to_id": CAT})
    with pytest.raises(TeamEditError, match="themselves"):
        team_edits.update_member(conn, ANN, {"reports_to_id": ANN})


def test_a_new_member_reports_to_the_team_lead(conn: Connection) -> None:
    # East has no lead: the nearest lead up the tree is Sales's, Bob
    member_id, _steps = team_edits.create_member(conn, {"name": "Fay", "team_id": EAST})
    boss = conn.execute(text("SELECT reports_to_id FROM member WHERE id = :id"), {"id": member_id})
    assert boss.scalar() == BOB
    with pytest.raises(TeamEditError, match="name is required"):
        team_edits.create_member(conn, {"name": "  ", "team_id": EAST})


def test_moving_a_member_follows_the_new_teams_lead(conn: Connection) -> None:
    before = _snapshot(conn)
    conn.exec_driver_sql("UPDATE member SET reports_to_id = 2 WHERE id = 4")  # Dan -> Bob
    before = _snapshot(conn)
    team_id, steps = team_edits.create_team(conn, name="West")
    steps += team_edits.set_team_lead(conn, team_id, ANN)
    steps += team_edits.move_member(conn, DAN, team_id)
    row = conn.exec_driver_sql("SELECT team_id, reports_to_id FROM member WHERE id = 4").one()
    assert tuple(row) == (team_id, ANN)
    _round_trip(conn, steps, before)


def test_mark_left_and_back(conn: Connection) -> None:
    from datetime import date

    before = _snapshot(conn)
    steps = team_edits.mark_left(conn, DAN, date(2026, 11, 30))
    left_on = conn.exec_driver_sql("SELECT left_on FROM member WHERE id = 4").scalar()
    assert str(left_on) == "2026-11-30"  # ISO text on SQLite, a date on PostgreSQL
    _round_trip(conn, steps, before)


def test_deleting_a_team_moves_its_people_up_and_says_what_depended(conn: Connection) -> None:
    assert sorted(team_edits.describe_dependents(conn, "team", EAST)) == [
        "1 coverage assignment",
        "3 members",
    ]
    before = _snapshot(conn)
    steps = team_edits.delete_team(conn, EAST)
    members = conn.exec_driver_sql("SELECT id FROM member WHERE team_id = 1 ORDER BY id")
    assert [row[0] for row in members] == [BOB, CAT, DAN, EVE]
    assert conn.exec_driver_sql("SELECT count(*) FROM coverage WHERE team_id = 2").scalar() == 0
    _round_trip(conn, steps, before)


def test_a_member_with_history_is_not_deleted(conn: Connection) -> None:
    with pytest.raises(TeamEditError, match="Cat has 3 sales and interactions in the history"):
        team_edits.delete_member(conn, CAT)


def test_deleting_a_member_without_history_frees_what_they_held(conn: Connection) -> None:
    conn.exec_driver_sql("UPDATE member SET reports_to_id = 1 WHERE id = 2")  # Bob -> Ann
    conn.exec_driver_sql("UPDATE member SET reports_to_id = 2 WHERE id = 3")  # Cat -> Bob
    conn.exec_driver_sql("DELETE FROM sale WHERE member_id = 2")  # O7
    assert sorted(team_edits.describe_dependents(conn, "member", BOB)) == [
        "1 customer they own",
        "1 member reporting to them",
        "1 team they lead",
        "2 coverage assignments",
    ]
    before = _snapshot(conn)
    steps = team_edits.delete_member(conn, BOB)
    assert conn.exec_driver_sql("SELECT reports_to_id FROM member WHERE id = 3").scalar() == ANN
    assert conn.exec_driver_sql("SELECT lead_member_id FROM team WHERE id = 1").scalar() is None
    assert (
        conn.exec_driver_sql("SELECT owner_member_id FROM customer WHERE id = 7").scalar() is None
    )
    _round_trip(conn, steps, before)


def test_dependents_read_in_russian(conn: Connection) -> None:
    from salesdesk import i18n

    i18n.set_language("ru")
    assert sorted(team_edits.describe_dependents(conn, "team", EAST)) == [
        "1 закрепление зоны",
        "3 сотрудника",
    ]
