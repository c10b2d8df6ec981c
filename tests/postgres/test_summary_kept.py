"""Today's customer summary and the stored aggregates kept in step by each write on the server
too (salesdesk.customers.summary_keeping, salesdesk.metrics.keeper): the same SQL on
PostgreSQL as on SQLite."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.customers import summary
from salesdesk.metrics import aggregates, clock
from salesdesk.store import changes

TODAY = date(2026, 6, 30)  # the demo's today (tests/conftest.py demo_file)
_ROWS = f"SELECT {summary.COLUMNS} FROM customer_summary ORDER BY customer_id"
_SALES_DAYS = "SELECT * FROM agg_sales_day ORDER BY dim, day, key"


def _rows(conn: Connection) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in conn.execute(text(_ROWS))]


def _sales_days(conn: Connection) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in conn.execute(text(_SALES_DAYS))]


def test_edits_on_the_server_keep_the_figures_equal_to_a_rebuild(
    pushed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import DatabaseUrl

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    with open_database(DatabaseUrl(pushed)) as database:
        with database.write() as conn:
            summary.refresh_summary(conn, TODAY)
            aggregates.rebuild(conn)
            sale = dict(
                conn.execute(text("SELECT * FROM sale ORDER BY id DESC LIMIT 1")).mappings().one()
            )
        new_line = {k: sale[k] for k in ("customer_id", "product_id", "member_id", "channel_id")}
        new_line.update(date="2026-06-29", quantity=1, amount=987654, cost=None,
                        unit_price=987654, discount=0, order_ref=None)  # fmt: skip
        with database.write() as conn:
            changes.save_row(conn, "sale", sale["id"], {"amount": sale["amount"] + 500000})
        with database.write() as conn:
            changes.save_row(conn, "sale", None, new_line)
        with database.write() as conn:
            changes.delete_row(conn, "sale", sale["id"] - 1)
        with database.read() as conn:
            assert summary.summary_is_current(conn, TODAY)
            assert aggregates.built(conn) is not None, "the edits left the aggregates stale"
            kept, kept_days = _rows(conn), _sales_days(conn)
        with database.write() as conn:
            summary.refresh_summary(conn, TODAY)
            aggregates.rebuild(conn)
            assert _rows(conn) == kept
            assert _sales_days(conn) == kept_days
