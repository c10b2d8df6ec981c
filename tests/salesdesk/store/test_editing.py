"""Edits are logged field by field, return what undo needs, and say what depends on a row."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from salesdesk.store import editing
from salesdesk.store.db import Database, open_database


@pytest.fixture
def database(empty_db: Path) -> Database:
    with open_database(empty_db) as opened:
        yield opened


def log_rows(database: Database) -> list[tuple[object, ...]]:
    with database.read() as connection:
        rows = connection.exec_driver_sql(
            "SELECT entity, entity_id, field, old_value, new_value FROM change_log ORDER BY id"
        )
        return [tuple(row) for row in rows]


def test_insert_update_delete_are_logged(database: Database) -> None:
    with database.write() as connection:
        member = editing.insert_row(
            connection,
            "member",
            {"name": "Anna", "role": "manager", "hired_on": dt.date(2024, 3, 1)},
        )
    with database.write() as connection:
        previous = editing.update_row(
            connection, "member", member, {"name": "Anna K.", "role": "manager", "capacity": 40}
        )
    assert previous == {"name": "Anna", "role": "manager", "capacity": None}
    with database.write() as connection:
        removed = editing.delete_row(connection, "member", member)
    assert removed["name"] == "Anna K."
    assert str(removed["hired_on"]) == "2024-03-01"  # ISO text on SQLite, a date on PostgreSQL

    created, renamed, capacity, deleted = log_rows(database)
    assert created[:4] == ("member", member, "*", None)
    assert json.loads(str(created[4]))["name"] == "Anna"
    # the unchanged role is not logged
    assert renamed == ("member", member, "name", "Anna", "Anna K.")
    assert capacity == ("member", member, "capacity", None, "40")
    assert deleted[2] == "*"
    assert deleted[4] is None


def test_an_edit_and_its_log_roll_back_together(database: Database) -> None:
    with database.write() as connection:
        team = editing.insert_row(connection, "team", {"name": "North"})
    with pytest.raises(RuntimeError), database.write() as connection:
        editing.update_row(connection, "team", team, {"name": "South"})
        raise RuntimeError("the save failed")
    with database.read() as connection:
        assert editing.read_row(connection, "team", team)["name"] == "North"
    assert len(log_rows(database)) == 1


def test_dependents_name_the_referring_rows(database: Database) -> None:
    with database.write() as connection:
        team = editing.insert_row(connection, "team", {"name": "North"})
        for name in ("Boris", "Vera"):
            editing.insert_row(connection, "member", {"name": name, "team_id": team})
        editing.insert_row(connection, "team", {"name": "North-East", "parent_id": team})
    with database.read() as connection:
        found = editing.dependents(connection, "team", team)
    assert found.counts == {("member", "team_id"): 2, ("team", "parent_id"): 1}
    assert found.total == 3


def test_unknown_tables_and_columns_never_reach_sql(database: Database) -> None:
    with database.write() as connection:
        with pytest.raises(ValueError, match="not an editable table"):
            editing.insert_row(connection, "member; DROP TABLE sale", {"name": "x"})
        with pytest.raises(ValueError, match="no editable column"):
            editing.insert_row(connection, "member", {"name": "x", "salary": 1})
        with pytest.raises(ValueError, match="not an editable table"):
            editing.delete_row(connection, "change_log", 1)


def test_a_deleted_row_is_restored_under_its_old_id(database: Database) -> None:
    with database.write() as connection:
        team = editing.insert_row(connection, "team", {"name": "North"})
        editing.insert_row(connection, "team", {"name": "South"})
        removed = editing.delete_row(connection, "team", team)
    with database.write() as connection:
        editing.restore_row(connection, "team", removed)
        assert editing.read_row(connection, "team", team)["name"] == "North"
    entity, entity_id, field, old, new = log_rows(database)[-1]
    assert (entity, entity_id, field, old) == ("team", team, "*", None)
    assert json.loads(str(new))["name"] == "North"


def test_many_rows_at_once_are_logged_like_one_by_one(database: Database) -> None:
    from salesdesk.store import changes

    with database.write() as connection:
        ids = [
            editing.insert_row(connection, "team", {"name": n}) for n in ("North", "South", "East")
        ]
    north, south, east = ids
    before_log = len(log_rows(database))
    with database.write() as connection:
        recorder = changes.StepRecorder(connection)
        recorder.update_many("team", {north: {"name": "N"}, south: {"name": "South"},
                                      east: {"name": "E"}})  # fmt: skip
        recorder.delete_many("team", [north])
        change = recorder.steps
    logged = log_rows(database)[before_log:]
    # South did not change: neither logged nor a step
    assert logged[:2] == [
        ("team", north, "name", "North", "N"),
        ("team", east, "name", "East", "E"),
    ]
    assert logged[2][:3] == ("team", north, "*") and logged[2][4] is None
    assert [(s.row_id, s.before, s.after) for s in change[:2]] == [
        (north, {"name": "North"}, {"name": "N"}),
        (east, {"name": "East"}, {"name": "E"}),
    ]

    def names() -> list[tuple[int, str]]:
        with database.read() as connection:
            rows = connection.exec_driver_sql("SELECT id, name FROM team ORDER BY id")
            return [tuple(row) for row in rows]  # type: ignore[misc]

    with database.write() as connection:
        changes.undo(connection, change)
    assert names() == [(north, "North"), (south, "South"), (east, "East")]
    with database.write() as connection:
        changes.redo(connection, change)
    assert names() == [(south, "South"), (east, "E")]


# --- no lost update (SPEC §13) -----------------------------------------------------------------


def test_every_change_raises_the_version_and_a_save_from_an_older_one_is_refused(
    empty_db: Path,
) -> None:
    from salesdesk.store.editing import EditConflictError

    with open_database(empty_db) as database:
        account = database.transact(lambda c: editing.insert_row(c, "account_type", {"name": "A"}))

        def save(name: str, made_from: int) -> None:
            change = {"name": name, "version": made_from}
            database.transact(lambda c: editing.update_row(c, "account_type", account, change))

        def now() -> tuple[str, int]:
            row = database.transact(lambda c: editing.read_row(c, "account_type", account))
            return row["name"], row["version"]

        assert now() == ("A", 1)
        save("Anna's", 1)  # Anna and Boris both opened version 1; Anna saves first
        with pytest.raises(EditConflictError, match="Someone else changed") as refused:
            save("Boris's", 1)
        assert refused.value.theirs["name"] == "Anna's" and refused.value.theirs["version"] == 2
        assert refused.value.mine == {"name": "Boris's", "version": 1}
        assert now() == ("Anna's", 2)  # nothing lost, nothing half-saved
        save("Boris's", 2)  # Boris edits again from what is there now
        assert now() == ("Boris's", 3)
