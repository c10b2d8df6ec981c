"""Other people's changes reach an open app (SPEC §13: within 5 s, by LISTEN / NOTIFY); its
own changes do not come back to it."""

from __future__ import annotations

import queue
import time

from sqlalchemy import text

from salesdesk.store.engine import storage_for


def test_a_change_by_another_app_is_heard_and_ones_own_is_not(pushed: str) -> None:
    mine, theirs = storage_for(pushed), storage_for(pushed)
    heard: queue.Queue[set[str]] = queue.Queue()
    listener = mine.listen_for_changes(heard.put)
    assert listener is not None
    my_engine, their_engine = mine.make_engine(), theirs.make_engine()
    try:
        with my_engine.begin() as conn:
            conn.execute(text("UPDATE channel SET name = name || ' (mine)'"))
        with their_engine.begin() as conn:
            conn.execute(text("UPDATE customer SET notes = 'theirs' WHERE id = 2"))
            conn.execute(text("INSERT INTO account_type (name) VALUES ('Theirs')"))
        committed, news = time.monotonic(), set()
        while news != {"customer", "account_type"} and time.monotonic() - committed < 5:
            news |= heard.get(timeout=5)
        assert news == {"customer", "account_type"}  # theirs within 5 s, and not mine
    finally:
        listener.stop()
        my_engine.dispose()
        their_engine.dispose()


def test_a_file_has_nobody_else_to_hear(demo_file: object) -> None:
    assert storage_for(str(demo_file)).listen_for_changes(lambda tables: None) is None
