"""No lost update on the server (SPEC §13): two apps edit the same customer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from salesdesk.store import editing
from salesdesk.store.editing import EditConflictError
from salesdesk.store.engine import WRITE_OPTION, storage_for


def _write(engine: Engine, job: Callable[[Connection], Any]) -> Any:
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            return job(conn)


def _save(engine: Engine, customer: int, notes: str, made_from: int) -> None:
    change = {"notes": notes, "version": made_from}
    _write(engine, lambda c: editing.update_row(c, "customer", customer, change))


def _first_customer(engine: Engine) -> tuple[int, int]:
    """Its id and version."""
    first = text("SELECT id, version FROM customer ORDER BY id LIMIT 1")
    customer, version = _write(engine, lambda c: c.execute(first).one())
    return customer, version


def test_the_second_save_from_the_same_version_is_refused(pushed: str) -> None:
    anna, boris = storage_for(pushed).make_engine(), storage_for(pushed).make_engine()
    try:
        customer, version = _first_customer(anna)
        _save(anna, customer, "Anna", version)
        with pytest.raises(EditConflictError) as refused:
            _save(boris, customer, "Boris", version)
        assert refused.value.theirs["notes"] == "Anna"
        assert refused.value.mine["notes"] == "Boris"
        now = _write(boris, lambda c: editing.read_row(c, "customer", customer))
        assert (now["notes"], now["version"]) == ("Anna", version + 1)
    finally:
        anna.dispose()
        boris.dispose()


def test_a_save_waiting_for_anothers_write_sees_it_and_is_refused(pushed: str) -> None:
    """Boris's write begins while Anna's is open: it waits for hers to commit (the writers'
    lock), then finds the row changed."""
    anna, boris = storage_for(pushed).make_engine(), storage_for(pushed).make_engine()
    outcome: list[BaseException | None] = []

    def boris_saves() -> None:
        try:
            _save(boris, customer, "Boris", version)
            outcome.append(None)
        except EditConflictError as error:
            outcome.append(error)

    try:
        customer, version = _first_customer(anna)
        with anna.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                editing.update_row(
                    conn, "customer", customer, {"notes": "Anna", "version": version}
                )
                waiting = threading.Thread(target=boris_saves)
                waiting.start()
                waiting.join(0.3)
                assert waiting.is_alive()  # Boris waits for Anna's commit
        waiting.join(10)
        assert isinstance(outcome[0], EditConflictError)
    finally:
        anna.dispose()
        boris.dispose()


def test_an_app_edit_and_its_undo_go_through_the_writer_on_the_server(pushed: str) -> None:
    from salesdesk.store import changes
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import DatabaseUrl

    with open_database(DatabaseUrl(pushed)) as database:
        customer, version = _first_customer(database.engine)
        change = changes.apply_edit(
            database, lambda c: changes.save_row(c, "customer", customer, {"notes": "Edited"})
        )
        assert [(s.table, s.after) for s in change] == [("customer", {"notes": "Edited"})]
        changes.undo_edit(database, change)
        with database.read() as conn:
            row = editing.read_row(conn, "customer", customer)
    assert row["notes"] != "Edited" and row["version"] == version + 2  # the undo is a change too
