"""The stored figures kept in step on the server by the writes that keep them on a file
(salesdesk.metrics.keeper, salesdesk.customers.summary_keeping): the sales per day by their
lines' share (unknown costs, a customer moved to another territory, a line moved to another
day), the past day's customer summary and both summaries' RFM cut points — equal to a rebuild,
with the same SQL as on SQLite."""

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
PAST_DAY = date(2026, 1, 31)
_READS = {
    "sales days": "SELECT * FROM agg_sales_day ORDER BY dim, day, key",
    "customer days": "SELECT * FROM agg_customer_day ORDER BY dim, day, key",
    "today": f"SELECT {summary.COLUMNS} FROM customer_summary ORDER BY customer_id",
    "past day": f"SELECT {summary.COLUMNS} FROM customer_summary_past ORDER BY customer_id",
    "states": "SELECT * FROM customer_summary_state ORDER BY id",
}


def _everything(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {name: [tuple(row) for row in conn.execute(text(sql))] for name, sql in _READS.items()}


def _refresh(conn: Connection) -> None:
    summary.refresh_summary(conn, TODAY)
    summary.refresh_summary(conn, PAST_DAY, summary.PAST)
    aggregates.rebuild(conn)


def test_edits_before_the_past_day_keep_every_stored_figure(
    pushed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salesdesk.store.db import open_database
    from salesdesk.store.engine import DatabaseUrl

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    with open_database(DatabaseUrl(pushed)) as database:
        with database.write() as conn:
            _refresh(conn)
            old = dict(
                conn.execute(
                    text("SELECT * FROM sale WHERE date <= :day ORDER BY id DESC LIMIT 1"),
                    {"day": PAST_DAY.isoformat()},
                )
                .mappings()
                .one()
            )
            territory = conn.execute(
                text("SELECT id FROM territory WHERE id <> COALESCE(:t, 0) ORDER BY id LIMIT 1"),
                {"t": conn.execute(
                    text("SELECT territory_id FROM customer WHERE id = :c"),
                    {"c": old["customer_id"]},
                ).scalar_one()},
            ).scalar_one()  # fmt: skip
        with database.write() as conn:
            changes.save_row(
                conn, "sale", old["id"], {"amount": old["amount"] + 70000, "cost": None}
            )
        with database.write() as conn:
            changes.save_row(conn, "sale", old["id"], {"date": "2025-12-01"})
        with database.write() as conn:
            changes.save_row(conn, "customer", old["customer_id"], {"territory_id": territory})
        with database.read() as conn:
            assert aggregates.built(conn) is not None, "the edits left the aggregates stale"
            assert summary.customer_facts(conn, PAST_DAY).stored, "the past day went stale"
            assert summary.summary_is_current(conn, TODAY)
            kept = _everything(conn)
        with database.write() as conn:
            _refresh(conn)
            assert _everything(conn) == kept
