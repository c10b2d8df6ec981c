"""The per-customer figures at a day: first and last purchase, lifetime and last-year figures,
RFM tier (SPEC §3a As of a date).

Any day's figures can be computed from the sales in SQL (:func:`customer_facts` gives them
as a relation every reader joins as ``cs``). A million-row list cannot do that for every
page on ten million sales, so two days are kept in tables, rebuilt in bulk when out of date:

- ``customer_summary``: today's (one row per customer, added by a trigger when the customer
  is created), out of date when the day changed or the sales did;
- ``customer_summary_past``: the one other day last asked for — a past period browsed in the
  list or printed — out of date when the sales or the customers changed.

Sales added or removed change their count and highest id, which tells whether they changed;
a changed sale marks both days out of date when its write commits (:class:`SummaryKeeper`).
Whatever is stored or not, a reader gets the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.customers import summary_keeping
from salesdesk.metrics import clock
from salesdesk.metrics.rfm import RFM_TIERS, buyer_rollup_sql, rfm_params, rfm_scoring_sql
from salesdesk.store import keeping
from salesdesk.store.engine import shares_stored_figures
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database

COLUMNS = (
    "customer_id, first_sale, last_sale, lifetime_revenue, orders_365, revenue_365,"
    " recency_score, frequency_score, monetary_score, rfm_tier"
)


@dataclass(frozen=True)
class _Slot:
    table: str
    state_id: int
    follows_customers: bool  # a trigger adds a row for every new customer


TODAY = _Slot("customer_summary", 1, True)
PAST = _Slot("customer_summary_past", 2, False)


@dataclass(frozen=True)
class SummaryState:
    as_of: date | None
    sale_count: int
    sale_max_id: int
    customer_count: int = 0
    customer_max_id: int = 0


def _fingerprint(conn: Connection, slot: _Slot) -> tuple[int, int, int, int]:
    row = conn.execute(
        text(
            "SELECT (SELECT COUNT(*) FROM sale), (SELECT COALESCE(MAX(id), 0) FROM sale),"
            " (SELECT COUNT(*) FROM customer), (SELECT COALESCE(MAX(id), 0) FROM customer)"
        )
    ).one()
    sales, customers = (int(row[0]), int(row[1])), (int(row[2]), int(row[3]))
    return (*sales, *((0, 0) if slot.follows_customers else customers))


def summary_state(conn: Connection, slot: _Slot = TODAY) -> SummaryState:
    row = conn.execute(
        text(
            "SELECT as_of, sale_count, sale_max_id, customer_count, customer_max_id"
            " FROM customer_summary_state WHERE id = :id"
        ),
        {"id": slot.state_id},
    ).one_or_none()
    if row is None:
        return SummaryState(None, 0, 0)
    as_of = date.fromisoformat(str(row[0])[:10]) if row[0] else None
    return SummaryState(as_of, *(int(value) for value in row[1:]))


def _is_current(conn: Connection, slot: _Slot, day: date) -> bool:
    state = summary_state(conn, slot)
    stamp = (state.sale_count, state.sale_max_id, state.customer_count, state.customer_max_id)
    return state.as_of == day and stamp == _fingerprint(conn, slot)


def summary_is_current(conn: Connection, today: date) -> bool:
    return _is_current(conn, TODAY, today)


class _SummaryWatch(keeping.Watch):
    """Keeps each stored summary that was current in step with the sales a transaction writes,
    as of its own day (:mod:`salesdesk.customers.summary_keeping`)."""

    _OUT_OF_DATE = text("UPDATE customer_summary_state SET sale_count = -1 WHERE id = :id")

    def __init__(self) -> None:
        self.days: dict[int, str] = {}  # customer -> the earliest day of its lines told
        self.count_change = 0  # lines put back minus lines deleted, as told
        self.restored: set[int] = set()  # ids put back (an undo of a delete)
        self.customers: dict[str, set[int]] = {"delete": set(), "restore": set()}
        self._new_lines: dict[int, list[tuple[int, str]]] = {}  # by the highest id seen

    def before(
        self, conn: Connection, table: str, kind: keeping.ChangeKind, rows: list[Mapping[str, Any]]
    ) -> None:
        if table == "customer":  # the past day's rows follow them (new ones by their ids)
            if kind in self.customers:
                self.customers[kind].update(int(row["id"]) for row in rows)
            return
        self.count_change += {"restore": len(rows), "delete": -len(rows)}.get(kind, 0)
        for row in rows:  # (an update's rows before and after)
            self._dated(int(row["customer_id"]), str(row["date"])[:10])
        if kind == "restore":
            self.restored.update(int(row["id"]) for row in rows)

    def _dated(self, customer: int, day: str) -> None:
        if day < self.days.get(customer, "9999"):
            self.days[customer] = day

    def settle(self, conn: Connection) -> None:
        if not shares_stored_figures(conn):  # sees only its own sales: left to the head
            for slot in (PAST, TODAY):
                conn.execute(self._OUT_OF_DATE, {"id": slot.state_id})
            return
        for slot in (TODAY, PAST):
            state = summary_state(conn, slot)
            if state.as_of is not None and state.sale_count >= 0:
                self._keep(conn, slot, state)
            # else out of date already: refreshed whole when next needed

    def _keep(self, conn: Connection, slot: _Slot, state: SummaryState) -> None:
        """Keeps ``slot`` in step as of its day. Its stamp moves by what this transaction did,
        so a summary that was out of date by its stamp stays so."""
        new_lines = self.new_lines(conn, state.sale_max_id)
        # lines above the highest id seen are new, unless put back (their count is told)
        put_back_above = sum(1 for i in self.restored if i > state.sale_max_id)
        sale_count = state.sale_count + self.count_change + len(new_lines) - put_back_above
        stamp = {"sale_count": sale_count}
        if not slot.follows_customers:
            stamp["customer_count"] = state.customer_count + self._follow_customers(
                conn, slot, state.customer_max_id
            )
        day = state.as_of.isoformat() if state.as_of else ""
        touched = dict(self.days)
        for customer, line_day in new_lines:
            touched[customer] = min(line_day, touched.get(customer, line_day))
        # a line after the summary's day does not count in its figures
        customers = {customer for customer, first in touched.items() if first <= day}
        if len(customers) > summary_keeping.MOST_TOUCHED:
            stamp["sale_count"] = -1  # cheaper refreshed whole, when next needed
        elif customers:
            summary_keeping.update_customers(
                conn, customers, state.as_of, slot.table, slot.state_id
            )
        conn.execute(text(_STAMP), {**stamp, "id": slot.state_id})
        if not slot.follows_customers:
            conn.execute(text(_STAMP_CUSTOMERS), {**stamp, "id": slot.state_id})

    def _follow_customers(self, conn: Connection, slot: _Slot, seen_max: int) -> int:
        """Gives the customers added and put back a row (their figures are kept with the
        sales), takes the deleted ones' away; returns how many more rows there are."""
        deleted = self.customers["delete"] - self.customers["restore"]
        restored = self.customers["restore"] - self.customers["delete"]
        added = conn.execute(text(_NEW_CUSTOMERS.format(table=slot.table)), {"max": seen_max})
        change = added.rowcount
        for chunk in summary_keeping.chunks(restored):
            put_back = with_lists(_CUSTOMERS_BACK.format(table=slot.table), "ids")
            change += conn.execute(put_back, {"ids": chunk}).rowcount
        for chunk in summary_keeping.chunks(deleted):
            gone = with_lists(f"DELETE FROM {slot.table} WHERE customer_id IN :ids", "ids")
            change -= conn.execute(gone, {"ids": chunk}).rowcount
        return change

    def new_lines(self, conn: Connection, above: int) -> list[tuple[int, str]]:
        """(customer, day) of the lines above id ``above``: by the id range, not grouped in
        SQL (the planner would then walk every customer)."""
        if above not in self._new_lines:
            rows = conn.execute(
                text("SELECT customer_id, date FROM sale WHERE id > :max"), {"max": above}
            )
            self._new_lines[above] = [(int(c), str(d)[:10]) for c, d in rows]
        return self._new_lines[above]


_NO_FIGURES = """INSERT INTO {table} (customer_id, first_sale, last_sale, lifetime_revenue,
    orders_365, revenue_365, recency_score, frequency_score, monetary_score, rfm_tier)
SELECT id, NULL, NULL, 0, 0, 0, NULL, NULL, NULL, NULL FROM customer WHERE """
_NEW_CUSTOMERS = _NO_FIGURES + "id > :max"
_CUSTOMERS_BACK = _NO_FIGURES + "id IN :ids"
_STAMP = """UPDATE customer_summary_state SET sale_count = :sale_count,
    sale_max_id = (SELECT COALESCE(MAX(id), 0) FROM sale) WHERE id = :id"""
# the count moves by the rows followed (a change not told keeps it out of date)
_STAMP_CUSTOMERS = """UPDATE customer_summary_state SET customer_count = :customer_count,
    customer_max_id = (SELECT COALESCE(MAX(id), 0) FROM customer) WHERE id = :id"""


class SummaryKeeper(keeping.Keeper):
    tables = frozenset({"sale", "customer"})

    def watch(self) -> keeping.Watch:
        return _SummaryWatch()


keeping.register(SummaryKeeper())


# --- the figures at a day, stored or computed --------------------------------------------------


@dataclass(frozen=True)
class CustomerFacts:
    """The per-customer figures at ``day`` as an SQL relation with the columns of
    ``customer_summary`` and one row per customer: join it as ``{relation} cs``."""

    day: date
    relation: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def stored(self) -> bool:
        return not self.relation.startswith("(")


# The figures of every customer with a sale, then the customers without one (no figures): no
# join between the two (a join of two computed relations may be planned as nested scans).
_COMPUTED = """(WITH facts_scored AS MATERIALIZED ({scored})
SELECT customer_id, first_sale, last_sale, lifetime_revenue, orders AS orders_365,
       revenue AS revenue_365, r AS recency_score, f AS frequency_score, m AS monetary_score,
       tier AS rfm_tier FROM facts_scored
UNION ALL
SELECT c.id, NULL, NULL, 0, 0, 0, NULL, NULL, NULL, NULL FROM customer c
WHERE c.id NOT IN (SELECT customer_id FROM facts_scored))"""


def _computed(day: date) -> CustomerFacts:
    """The figures computed from the sales (every customer, prospects with no figures)."""
    scored = rfm_scoring_sql(f"({buyer_rollup_sql()})")
    return CustomerFacts(day, _COMPUTED.format(scored=scored), rfm_params(day))


def customer_facts(conn: Connection, day: date) -> CustomerFacts:
    """The figures at the end of ``day``: from a stored summary when one is current for that
    day, else computed in SQL — the same figures either way. A login that sees only some rows
    computes them over those (RFM ranks among its own buyers: SPEC §13)."""
    if not shares_stored_figures(conn):
        return _computed(day)
    for slot in (TODAY, PAST):
        if _is_current(conn, slot, day):
            return CustomerFacts(day, slot.table)
    return _computed(day)


# --- keeping the stored days -------------------------------------------------------------------

# A keyed temporary table: the fill below joins a million customers to it.
_TEMP_TABLES = (
    "CREATE TEMP TABLE summary_rollup (customer_id INTEGER PRIMARY KEY, first_sale DATE,"
    " last_sale DATE, lifetime_revenue BIGINT, orders INTEGER, revenue BIGINT)",
    "CREATE TEMP TABLE summary_scores (customer_id INTEGER PRIMARY KEY, first_sale DATE,"
    " last_sale DATE, lifetime_revenue BIGINT, orders INTEGER, revenue BIGINT, r INTEGER,"
    " f INTEGER, m INTEGER, tier TEXT)",
)

_FILL = """INSERT INTO {table} (customer_id, first_sale, last_sale, lifetime_revenue,
    orders_365, revenue_365, recency_score, frequency_score, monetary_score, rfm_tier)
SELECT c.id, s.first_sale, s.last_sale, COALESCE(s.lifetime_revenue, 0),
       COALESCE(s.orders, 0), COALESCE(s.revenue, 0), s.r, s.f, s.m, s.tier
FROM customer c
LEFT JOIN summary_scores s ON s.customer_id = c.id"""

_SAVE_STATE = """INSERT INTO customer_summary_state (id, as_of, sale_count, sale_max_id,
    customer_count, customer_max_id)
VALUES (:id, :as_of, :sales, :sale_max, :customers, :customer_max) ON CONFLICT (id) DO UPDATE SET
    as_of = excluded.as_of, sale_count = excluded.sale_count,
    sale_max_id = excluded.sale_max_id, customer_count = excluded.customer_count,
    customer_max_id = excluded.customer_max_id"""


def refresh_summary(conn: Connection, day: date, slot: _Slot = TODAY) -> None:
    """Recomputes every customer's figures as of ``day`` into ``slot`` (call inside
    ``Database.write()``)."""
    params = rfm_params(day)
    _drop_temp_tables(conn)
    for statement in _TEMP_TABLES:
        conn.execute(text(statement))
    conn.execute(text(f"INSERT INTO summary_rollup {buyer_rollup_sql()}"), params)
    conn.execute(text(f"INSERT INTO summary_scores {rfm_scoring_sql('summary_rollup')}"), params)
    conn.execute(text(f"DELETE FROM {slot.table}"))
    conn.execute(text(_FILL.format(table=slot.table)))
    _drop_temp_tables(conn)
    cuts = summary_keeping.cut_points(conn, params["rfm_since"], slot.table)
    sales, sale_max, customers, customer_max = _fingerprint(conn, slot)
    conn.execute(
        text(_SAVE_STATE),
        {
            "id": slot.state_id,
            "as_of": day.isoformat(),
            "sales": sales,
            "sale_max": sale_max,
            "customers": customers,
            "customer_max": customer_max,
        },
    )
    summary_keeping.store_cut_points(conn, slot.state_id, cuts)


def _drop_temp_tables(conn: Connection) -> None:
    for name in ("summary_rollup", "summary_scores"):
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))


def bring_summary_up_to_date(database: Database, day: date | None = None) -> bool:
    """Stores the figures of ``day`` (today by default) unless they are current: today's in
    the summary of today, another day's in the past day's, in a transaction on the database's
    writer; True when it rebuilt. A file opened read-only keeps the figures it has (readers
    then compute what is missing)."""
    today = clock.today()
    day = day or today
    slot = TODAY if day == today else PAST
    with database.read() as conn:
        if database.read_only or not shares_stored_figures(conn) or _is_current(conn, slot, day):
            return False

    def refresh(conn: Connection) -> bool:
        if _is_current(conn, slot, day):  # brought up to date while this waited its turn
            return False
        refresh_summary(conn, day, slot)
        return True

    return database.transact(refresh)


def tier_counts(conn: Connection, day: date | None = None) -> dict[str, int]:
    """Customers per RFM tier at ``day`` (today by default; every tier listed), read from a
    stored summary when one is current for the day."""
    facts = customer_facts(conn, day or clock.today())
    counts = dict.fromkeys(RFM_TIERS, 0)
    rows = conn.execute(
        text(
            f"SELECT rfm_tier, COUNT(*) FROM {facts.relation} cs"
            " WHERE rfm_tier IS NOT NULL GROUP BY rfm_tier"
        ),
        facts.params,
    )
    counts.update({tier: int(count) for tier, count in rows})
    return counts
