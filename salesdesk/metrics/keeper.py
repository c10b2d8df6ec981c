"""The stored aggregates kept in step by every write transaction (issue 13: live figures).

A write tells its watch which sales and customers it is about to insert, put back, change or
delete (:mod:`salesdesk.store.keeping`); rows added without a word (the import's bulk path)
are the ones above the highest ids the aggregates have seen. Before the transaction commits,
the watch recomputes exactly what those rows touch, in the same transaction:

- the customers touched: their row of ``agg_customer``, their spells, and their events in
  ``agg_customer_day`` (the stored events are taken back, the new ones added);
- the sales per day (``agg_sales_day``): the share of the touched customers' lines on the
  touched days — copied as they were when a row was first told
  (:class:`salesdesk.metrics.aggregates.LinesBefore`) — is taken away and their share as they
  are is added, so the cost grows with the lines of the customers and days touched, not with
  the days' totals. The days touched per customer are the days of the lines written, the old
  and new first purchase day (a new customer is credited to its first purchase line), and
  every sale day of a customer whose territory or account type changed;
- the split-order count, by the orders the written lines belong to.

So the cost of a write grows with what it touched, not with the database, and the figures are
never stale. The watch updates only aggregates that were current when the transaction began,
and only when every change the triggers counted is one it was told of; otherwise it leaves
them stale, and :func:`salesdesk.metrics.upkeep.bring_aggregates_up_to_date` rebuilds them
(``main.py check --rebuild`` on demand).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from salesdesk.store import keeping

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.aggregates import LinesBefore

# Customer columns the aggregates read: a change to one bumps the change counter (its trigger
# fires on an UPDATE naming any of them; editing names only the columns that change).
CUSTOMER_COLUMNS = ("created_on", "territory_id", "account_type_id", "owner_member_id",
                    "status_override")  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _day(value: Any) -> str:
    return str(_plain(value))[:10]


@dataclass
class Touched:
    """What one transaction's writes touched, as its watch was told."""

    customers: set[int] = field(default_factory=set)
    orders: dict[str, bool] = field(default_factory=dict)  # order ref -> split before
    # ids put back by an undo, per table
    restored: dict[str, set[int]] = field(
        default_factory=lambda: {"sale": set(), "customer": set()}
    )
    bumps: int = 0  # change-counter bumps the told writes make

    def sale(self, conn: Connection, row: Mapping[str, Any]) -> None:
        from salesdesk.metrics.aggregates import is_split

        self.customers.add(int(row["customer_id"]))
        ref = row.get("order_ref")
        if ref is not None and ref not in self.orders:
            self.orders[ref] = is_split(conn, ref)


class AggregateWatch(keeping.Watch):
    def __init__(self) -> None:
        self.touched = Touched()
        self._lines_before: LinesBefore | None = None

    def lines_before(self, conn: Connection) -> LinesBefore | None:
        """The touched lines as they were (None for a login that keeps no shared figure)."""
        from salesdesk.metrics.aggregates import LinesBefore
        from salesdesk.store.engine import shares_stored_figures

        if self._lines_before is None and shares_stored_figures(conn):
            self._lines_before = LinesBefore(conn)
        return self._lines_before

    def before(
        self,
        conn: Connection,
        table: str,
        kind: keeping.ChangeKind,
        rows: list[Mapping[str, Any]],
    ) -> None:
        if kind == "update":
            for old, new in zip(rows[::2], rows[1::2], strict=True):
                self._changed(conn, table, old, new)
            return
        if kind == "delete":
            self.touched.bumps += len(rows)
        if kind == "restore":
            self.touched.restored[table].update(int(row["id"]) for row in rows)
        # new rows are found by their ids at settle (the import's are never told)
        if kind != "insert":
            for row in rows:
                self._row(conn, table, row)
        if table == "sale" and kind != "insert":  # (inserted lines are new: found by their id)
            self._note_lines(conn, rows)

    def _changed(
        self, conn: Connection, table: str, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> None:
        changed = {c for c in new if _plain(old.get(c)) != _plain(new[c])}
        watched = changed if table == "sale" else changed & set(CUSTOMER_COLUMNS)
        if not watched:
            return
        self.touched.bumps += 1
        self._row(conn, table, old)
        self._row(conn, table, new)
        if table == "sale":
            self._note_lines(conn, [old, new])
        elif watched & {"territory_id", "account_type_id"} and (lines := self.lines_before(conn)):
            lines.note_customer(conn, int(old["id"]))

    def _note_lines(self, conn: Connection, rows: list[Mapping[str, Any]]) -> None:
        lines = self.lines_before(conn)
        if lines is not None:
            days = {(int(row["customer_id"]), _day(row["date"])) for row in rows}
            lines.note_lines(conn, sorted(days))

    def _row(self, conn: Connection, table: str, row: Mapping[str, Any]) -> None:
        if table == "sale":
            self.touched.sale(conn, row)
        else:
            self.touched.customers.add(int(row["id"]))

    def settle(self, conn: Connection) -> None:
        from salesdesk.metrics.aggregates import update_touched

        try:
            update_touched(conn, self.touched, self.lines_before)
        finally:
            if self._lines_before is not None:
                self._lines_before.forget(conn)


class AggregateKeeper(keeping.Keeper):
    tables = frozenset({"sale", "customer"})

    def watch(self) -> keeping.Watch:
        return AggregateWatch()


def register() -> None:
    keeping.register(AggregateKeeper())
