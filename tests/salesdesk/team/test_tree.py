"""The team tree read from a hand-built database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from salesdesk.store.db import open_database
from salesdesk.store.models import Role
from salesdesk.team.tree import ROLE_ORDER, load_team_tree, load_unassigned_members

# Sales (id 1) has two sub-teams, North (2) and South (3); Export (4) stands alone.
# Ann heads sales from outside any team; Olga left North in 2025.
_ORG_SQL = """
INSERT INTO team (id, name, parent_id) VALUES (1, 'Sales', NULL), (2, 'North', 1),
    (3, 'South', 1), (4, 'Export', NULL);
INSERT INTO member (id, name, role, team_id, email, left_on) VALUES
    (1, 'Ann Head', 'head', NULL, 'ann@example.com', NULL),
    (2, 'Boris Lead', 'manager', 1, 'boris@example.com', NULL),
    (3, 'Zoe Rep', 'representative', 2, NULL, NULL),
    (4, 'Olga Gone', 'representative', 2, NULL, '2025-06-30'),
    (5, 'Ivan Sup', 'supervisor', 2, NULL, NULL),
    (6, 'Petr Rep', 'representative', 3, NULL, NULL);
UPDATE team SET lead_member_id = 2 WHERE id = 1;
"""


def _run_script(path: Path, script: str) -> None:
    with open_database(path) as database, database.write() as conn:
        for statement in filter(str.strip, script.split(";")):
            conn.exec_driver_sql(statement)


def test_role_order_lists_every_role() -> None:
    assert set(ROLE_ORDER) == {role.value for role in Role}


def test_tree_nests_sub_teams_and_members(empty_db_path: Path) -> None:
    _run_script(empty_db_path, _ORG_SQL)
    with open_database(empty_db_path, read_only=True) as database, database.read() as conn:
        roots = load_team_tree(conn)
    assert [t.name for t in roots] == ["Export", "Sales"]
    export, sales = roots
    assert export.children == [] and export.members == []
    assert sales.lead_member_id == 2
    assert [t.name for t in sales.children] == ["North", "South"]
    assert [m.name for m in sales.members] == ["Boris Lead"]
    north = sales.children[0]
    # supervisor before representatives; the member who left comes last
    assert [m.name for m in north.members] == ["Ivan Sup", "Zoe Rep", "Olga Gone"]
    assert [m.name for m in sales.all_members()] == [
        "Boris Lead",
        "Ivan Sup",
        "Zoe Rep",
        "Olga Gone",
        "Petr Rep",
    ]


def test_member_fields_and_leaving(empty_db_path: Path) -> None:
    _run_script(empty_db_path, _ORG_SQL)
    with open_database(empty_db_path, read_only=True) as database, database.read() as conn:
        north = load_team_tree(conn)[1].children[0]
        unassigned = load_unassigned_members(conn)
    olga = north.members[-1]
    assert olga.left_on == date(2025, 6, 30)
    assert olga.has_left(date(2025, 6, 30)) and not olga.has_left(date(2025, 6, 29))
    assert not north.members[0].has_left(date(2026, 11, 28))
    assert [(m.name, m.role, m.email) for m in unassigned] == [
        ("Ann Head", "head", "ann@example.com")
    ]


def test_team_in_a_parent_loop_is_kept_at_the_top(empty_db_path: Path) -> None:
    _run_script(
        empty_db_path,
        "INSERT INTO team (id, name, parent_id) VALUES (1, 'A', NULL), (2, 'B', NULL);"
        "UPDATE team SET parent_id = 2 WHERE id = 1; UPDATE team SET parent_id = 1 WHERE id = 2",
    )
    with open_database(empty_db_path, read_only=True) as database, database.read() as conn:
        roots = load_team_tree(conn)
    assert [t.name for t in roots] == ["A"]
    assert [t.name for t in roots[0].children] == ["B"]
    assert roots[0].children[0].children == []


def test_empty_database_has_no_teams(empty_db_path: Path) -> None:
    with open_database(empty_db_path, read_only=True) as database, database.read() as conn:
        assert load_team_tree(conn) == []
        assert load_unassigned_members(conn) == []
