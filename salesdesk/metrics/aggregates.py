"""Stored aggregates: the sales and customer figures of SPEC §3 summed per day, so that the
dashboard and goals answer in milliseconds on ten million sales (SPEC §11, B4 and B5).

They are a cache, never a second definition: :mod:`salesdesk.metrics` reads them only while
they are current and otherwise computes from the sales themselves, so a figure is the same
either way. "Current" is checked on every read in a few indexed lookups: the highest sale and
customer ids against those the aggregates were built from (new rows), a change counter that
triggers bump on every update or delete of a sale or customer, and the deleted ids the delete
triggers remember, none of which may exist again (a row put back by an undo). Inserts fire
no trigger: one made bulk loads three to four times slower (migration 0008).

Every rule comes from its one definition: what a purchase, an order and a known cost are
(:mod:`salesdesk.metrics.lines`), who is current and at risk (:mod:`salesdesk.metrics.status`).

Tables (days are ISO dates in ``*_day`` tables, day ordinals in spells):

- ``agg_sales_day(dim, day, key)``: revenue, cost and the revenue whose cost is known,
  units, orders (with a positive total) and new customers (first purchase lines) per day for
  all sales (dim '') and per member credited, channel, product, the customer's own territory
  and account type (key 0: not set). Orders add up across days and keys only while every
  order lies on one day with one member, channel and customer: ``agg_state.split_orders``
  counts the orders that do not, and any such order sends order counts back to the sales.
- ``agg_customer``: created on, first and last purchase, marked lost, owner, territory, type.
- ``agg_spell``: for each customer the runs of days in which it is current (kind
  'retention': a purchase in the last W days) or bought within the at-risk threshold (kind
  'risk'); a customer marked lost stops being current on its last purchase (SPEC §3).
- ``agg_customer_day(dim, day, key)``: per day the customers created, first purchases,
  spells starting and ending — so "current at d" is a sum of starts up to d minus ends
  before d.

The owner in ``agg_customer``, ``agg_spell`` and ``agg_customer_day`` is today's: readers
count a member's or team's customers here only when nobody changed owner since the day
counted (:func:`salesdesk.metrics.stored.customer_cube`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.schema import CreateTable

from salesdesk.metrics import lines
from salesdesk.metrics.status import StatusRules, complaining_customers
from salesdesk.store.engine import SqlDialect, dialect, shares_stored_figures
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.sql.elements import TextClause

    from salesdesk.metrics.flow import CustomerFlow
    from salesdesk.metrics.keeper import Touched

SALES_DIMENSIONS = ("member", "channel", "product", "territory", "account_type")
# customer dimension -> its column in agg_customer and agg_spell
_CUSTOMER_COLUMNS = {
    "owner": "owner_id",
    "territory": "territory_id",
    "account_type": "account_type_id",
}
CUSTOMER_DIMENSIONS = tuple(_CUSTOMER_COLUMNS)
RETENTION, RISK = "retention", "risk"

ProgressFn = Callable[[float, str], None]


# --- is it current? --------------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    """Current aggregates: order counts need every order in one cell; the customer tables
    hold the status under the retention window and at-risk threshold they were built with."""

    orders_add_up: bool
    retention_window_days: int
    at_risk_days: int
    generation: tuple[int, int, int]  # what they were built from: changes only with a rebuild


_STATE_SQL = """
SELECT a.sale_max_id = (SELECT COALESCE(MAX(id), 0) FROM sale)
       AND a.customer_max_id = (SELECT COALESCE(MAX(id), 0) FROM customer)
       AND a.built_changes = a.changes
       AND a.retention_window_days = s.retention_window_days
       AND a.at_risk_days = s.at_risk_days
       AND NOT EXISTS (SELECT 1 FROM agg_deleted d WHERE d.entity = 'sale'
                       AND d.row_id IN (SELECT id FROM sale))
       AND NOT EXISTS (SELECT 1 FROM agg_deleted d WHERE d.entity = 'customer'
                       AND d.row_id IN (SELECT id FROM customer)),
       a.split_orders, a.retention_window_days, a.at_risk_days,
       a.sale_max_id, a.customer_max_id, a.built_changes
FROM agg_state a, settings s WHERE a.id = 1 AND s.id = 1
"""


def built(conn: Connection) -> Built | None:
    """The aggregates if they match the data as this connection sees it, else None (also for
    a login that sees only some rows: they sum everybody's)."""
    if not shares_stored_figures(conn):
        return None
    row = conn.execute(text(_STATE_SQL)).one_or_none()
    if row is None or not row[0]:
        return None
    return Built(
        orders_add_up=row[1] == 0,
        retention_window_days=row[2],
        at_risk_days=row[3],
        generation=(row[4], row[5], row[6]),
    )


def refresh(conn: Connection, progress: ProgressFn | None = None) -> bool:
    """Rebuilds the aggregates in the caller's write transaction unless they are current;
    True when it rebuilt. Cheap to call after any write."""
    if built(conn) is not None:
        return False
    rebuild(conn, progress)
    return True


# --- building --------------------------------------------------------------------------------

# The rebuild sums every line and reads every customer; a write only the customers it touched
# and, of the sales, the lines of the customers and days it touched (the share they add to a
# day: :class:`LinesBefore`), listed in temporary tables.
EVERY_CUSTOMER = "1 = 1"
TOUCHED_CUSTOMERS = "{id} IN (SELECT customer_id FROM agg_touched_customer)"


@dataclass(frozen=True)
class SalesSource:
    """What sales figures are summed from: ``lines`` (columns of ``sale``), their
    ``customers`` (id, territory_id, account_type_id) and the ``first_lines`` (sale_id) that
    credit a new customer."""

    lines: str
    customers: str = "customer"
    first_lines: str = "agg_first_line"


EVERY_LINE = SalesSource("sale")

# Each customer's first purchase line: the one a new customer is credited to (SPEC §3a).
_FIRST_LINES = (
    "CREATE TEMP TABLE agg_first_line (sale_id INTEGER PRIMARY KEY)",
    f"""INSERT INTO agg_first_line
SELECT MIN(s.id) FROM sale s
JOIN (SELECT customer_id, MIN(date) AS day FROM sale s WHERE {lines.purchase()}
      GROUP BY customer_id) f ON f.customer_id = s.customer_id AND f.day = s.date
WHERE {lines.purchase()} GROUP BY s.customer_id""",
)

# Every order's lines per day, member, channel and customer; a line without an order ref is an
# order of its own. With no split orders this is one row per order. Grouped by c.id, not
# s.customer_id (equal through the join): PostgreSQL then knows the customer's territory and
# type are one per group (functional dependency on the key). No cell spans two customers or
# two days, so the figures of a day are sums over its customers' lines (what a write keeps).
_ORDER_CELLS = f"""
CREATE TEMP TABLE agg_order_cell AS
SELECT s.date AS day, s.order_ref AS ref, COALESCE(s.member_id, 0) AS member,
       COALESCE(s.channel_id, 0) AS channel, c.id AS customer,
       COALESCE(c.territory_id, 0) AS territory, COALESCE(c.account_type_id, 0) AS account_type,
       SUM(s.amount) AS revenue, SUM(s.cost) AS cost,
       COALESCE(SUM({lines.costed_amount()}), 0) AS costed_revenue, SUM(s.quantity) AS units,
       COUNT(f.sale_id) AS new_customers, COUNT(*) AS line_count,
       COUNT(s.cost) AS costed_line_count
FROM {{lines}} s JOIN {{customers}} c ON c.id = s.customer_id
LEFT JOIN {{first_lines}} f ON f.sale_id = s.id
GROUP BY s.date, s.order_ref, CASE WHEN s.order_ref IS NULL THEN s.id END, s.member_id,
         s.channel_id, c.id
"""

_SPLIT_ORDERS = """
SELECT COUNT(*) FROM (SELECT ref FROM agg_order_cell WHERE ref IS NOT NULL
                      GROUP BY ref HAVING COUNT(*) > 1) split
"""

# an order cell counts as an order when its lines sum to more than zero (lines.py)
_SALES_BY_ORDER_CELL = """
INSERT INTO agg_new_sales_day
SELECT '{dim}', day, {key}, SUM(revenue), SUM(cost), SUM(costed_revenue), SUM(units),
       SUM(CASE WHEN revenue > 0 THEN 1 ELSE 0 END), SUM(new_customers), SUM(line_count),
       SUM(costed_line_count)
FROM agg_order_cell GROUP BY {group}
"""

_SALES_BY_PRODUCT = f"""
INSERT INTO agg_new_sales_day
SELECT 'product', day, product, SUM(revenue), SUM(cost), SUM(costed_revenue), SUM(units),
       SUM(CASE WHEN revenue > 0 THEN 1 ELSE 0 END), SUM(new_customers), SUM(line_count),
       SUM(costed_line_count)
FROM (SELECT s.date AS day, COALESCE(s.product_id, 0) AS product, SUM(s.amount) AS revenue,
             SUM(s.cost) AS cost, COALESCE(SUM({lines.costed_amount()}), 0) AS costed_revenue,
             SUM(s.quantity) AS units, COUNT(f.sale_id) AS new_customers,
             COUNT(*) AS line_count, COUNT(s.cost) AS costed_line_count
      FROM {{lines}} s LEFT JOIN {{first_lines}} f ON f.sale_id = s.id
      GROUP BY s.date, COALESCE(s.product_id, 0), {lines.order_grouping()}) cell
GROUP BY day, product
"""

_BUYING_DAYS = """
CREATE TEMP TABLE agg_buying_day AS
SELECT customer_id AS customer, {day} AS d,
       {day} - LAG({day}) OVER (PARTITION BY customer_id ORDER BY date) AS gap
FROM (SELECT DISTINCT customer_id, date FROM sale s WHERE {purchase} AND {customers}) bought
"""

_CUSTOMERS = f"""
INSERT INTO agg_new_customer
SELECT c.id AS customer_id, c.created_on,
       (SELECT MIN(s.date) FROM sale s WHERE s.customer_id = c.id AND {lines.purchase()})
           AS first_sale,
       (SELECT MAX(s.date) FROM sale s WHERE s.customer_id = c.id AND {lines.purchase()})
           AS last_sale,
       CASE WHEN COALESCE(c.status_override, '') = 'lost' THEN TRUE ELSE FALSE END
           AS marked_lost,
       COALESCE(c.owner_member_id, 0) AS owner_id, COALESCE(c.territory_id, 0) AS territory_id,
       COALESCE(c.account_type_id, 0) AS account_type_id
FROM customer c WHERE {{customers}}
"""

# A run of buying days whose gaps are at most ``window`` days: current from its first day to
# ``window`` - 1 days after its last. A customer marked lost stops the day before its last
# purchase (salesdesk.metrics.status: the mark holds on and after it).
_SPELLS = """
INSERT INTO agg_new_spell
SELECT :kind, last_day, customer, first_day,
       LEAD(first_day) OVER (PARTITION BY customer ORDER BY first_day),
       owner_id, territory_id, account_type_id
FROM (
    SELECT run.customer, run.first_day,
           CASE WHEN ac.marked_lost AND {last_sale} - 1 < run.last_sale + :window - 1
                THEN {last_sale} - 1
                ELSE run.last_sale + :window - 1 END AS last_day,
           ac.owner_id, ac.territory_id, ac.account_type_id
    FROM (SELECT customer, MIN(d) AS first_day, MAX(d) AS last_sale
          FROM (SELECT customer, d,
                       SUM(CASE WHEN gap IS NULL OR gap > :window THEN 1 ELSE 0 END)
                        OVER (PARTITION BY customer ORDER BY d) AS run_number
                FROM agg_buying_day) numbered
          GROUP BY customer, run_number) run
    JOIN agg_new_customer ac ON ac.customer_id = run.customer) spell
WHERE last_day >= first_day
"""

# The events of some customers and their spells, each counted {sign} times: created, first
# purchase, spells starting and ending, per day and owner, territory and type.
_EVENTS_OF = f"""
    SELECT created_on AS day, owner_id, territory_id, account_type_id, {{sign}} AS created,
           0 AS first_sales,
           CASE WHEN marked_lost AND first_sale IS NULL THEN {{sign}} ELSE 0 END
               AS marked_never_bought,
           0 AS starts, 0 AS ends, 0 AS risk_starts, 0 AS risk_ends
    FROM {{customers}}
    UNION ALL
    SELECT first_sale, owner_id, territory_id, account_type_id, 0, {{sign}}, 0, 0, 0, 0, 0
    FROM {{customers}} WHERE first_sale IS NOT NULL
    UNION ALL
    SELECT {{first_day}}, owner_id, territory_id, account_type_id,
           0, 0, 0, CASE WHEN kind = '{RETENTION}' THEN {{sign}} ELSE 0 END, 0,
           CASE WHEN kind = '{RISK}' THEN {{sign}} ELSE 0 END, 0
    FROM {{spells}}
    UNION ALL
    SELECT {{last_day}}, owner_id, territory_id, account_type_id,
           0, 0, 0, 0, CASE WHEN kind = '{RETENTION}' THEN {{sign}} ELSE 0 END, 0,
           CASE WHEN kind = '{RISK}' THEN {{sign}} ELSE 0 END
    FROM {{spells}}"""

# Customer events per day and owner, territory and type; summed into each dimension below.
_CUSTOMER_EVENTS = """
CREATE TEMP TABLE agg_customer_event AS
SELECT day, owner_id, territory_id, account_type_id, SUM(created) AS created,
       SUM(first_sales) AS first_sales, SUM(marked_never_bought) AS marked_never_bought,
       SUM(starts) AS starts, SUM(ends) AS ends, SUM(risk_starts) AS risk_starts,
       SUM(risk_ends) AS risk_ends
FROM ({events}) event
GROUP BY day, owner_id, territory_id, account_type_id
"""

_CUSTOMER_DAY = """
INSERT INTO agg_new_customer_day
SELECT '{dim}', day, {key}, SUM(created), SUM(first_sales), SUM(marked_never_bought),
       SUM(starts), SUM(ends), SUM(risk_starts), SUM(risk_ends)
FROM agg_customer_event GROUP BY {group}
"""

_TABLES = ("agg_sales_day", "agg_customer", "agg_spell", "agg_customer_day")
_WORK_TABLES = ("agg_first_line", "agg_order_cell", "agg_buying_day", "agg_customer_event",
                "agg_touched_customer", "agg_sales_change", "agg_touched_ref")  # fmt: skip


def rebuild(conn: Connection, progress: ProgressFn | None = None) -> None:
    """Recomputes every aggregate from the sales and customers, in the caller's transaction.

    The work happens in temporary tables, so the database stays open to other writers until
    the finished tables are copied in at the end.
    """
    report = progress or (lambda _fraction, _message: None)
    settings = conn.execute(
        text("SELECT retention_window_days, at_risk_days FROM settings WHERE id = 1")
    ).one()
    marks = conn.execute(
        text(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM sale),"
            " (SELECT COALESCE(MAX(id), 0) FROM customer),"
            " (SELECT changes FROM agg_state WHERE id = 1)"
        )
    ).one()
    _drop_work_tables(conn)
    for table in _TABLES:  # with the keys of the real tables, which the joins below use
        conn.execute(CreateTable(_work_table(table)))
    report(0.0, "orders")
    for statement in _FIRST_LINES:
        conn.execute(text(statement))
    split_orders = build_sales(conn, EVERY_LINE, report)
    report(0.6, "customers")
    build_customers(conn, StatusRules(settings[0], settings[1]), EVERY_CUSTOMER)
    conn.execute(text(customer_events(dialect(conn), [("agg_new_customer", "agg_new_spell", 1)])))
    build_customer_days(conn)
    report(0.9, "saving")
    for table in _TABLES:
        columns = ", ".join(c.name for c in _work_table(table).columns)
        conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {_new(table)}"))
    conn.execute(
        text(
            "UPDATE agg_state SET sale_max_id = :sale, customer_max_id = :customer,"
            " built_changes = :changes, changes = :changes, split_orders = :split,"
            " retention_window_days = :window, at_risk_days = :risk WHERE id = 1"
        ),
        {
            "sale": marks[0],
            "customer": marks[1],
            "changes": marks[2],
            "split": split_orders,
            "window": settings[0],
            "risk": settings[1],
        },
    )
    _forget_deleted_ids_back_again(conn)
    _drop_work_tables(conn)
    report(1.0, "done")


# --- updating what a write touched ------------------------------------------------------------

_TOUCHED_CUSTOMER = "customer_id IN (SELECT customer_id FROM agg_touched_customer)"
# at most this many new sales lines are added in step; more are left to a rebuild
MOST_NEW_LINES = 250_000

_STATE_BEFORE = """
SELECT a.sale_max_id, a.customer_max_id, a.changes - a.built_changes, a.split_orders,
       CASE WHEN a.retention_window_days = s.retention_window_days
            AND a.at_risk_days = s.at_risk_days THEN 1 ELSE 0 END,
       s.retention_window_days, s.at_risk_days
FROM agg_state a, settings s WHERE a.id = 1 AND s.id = 1
"""
_BACK_AGAIN = """
SELECT entity, row_id FROM agg_deleted
WHERE (entity = 'sale' AND row_id IN (SELECT id FROM sale))
   OR (entity = 'customer' AND row_id IN (SELECT id FROM customer))
"""
_ADD_CUSTOMER_DAYS = """
INSERT INTO agg_customer_day (dim, day, key, created, first_sales, marked_never_bought,
    starts, ends, risk_starts, risk_ends)
SELECT dim, day, key, created, first_sales, marked_never_bought, starts, ends, risk_starts,
       risk_ends FROM agg_new_customer_day WHERE 1 = 1
ON CONFLICT (dim, day, key) DO UPDATE SET
    created = agg_customer_day.created + excluded.created,
    first_sales = agg_customer_day.first_sales + excluded.first_sales,
    marked_never_bought = agg_customer_day.marked_never_bought + excluded.marked_never_bought,
    starts = agg_customer_day.starts + excluded.starts,
    ends = agg_customer_day.ends + excluded.ends,
    risk_starts = agg_customer_day.risk_starts + excluded.risk_starts,
    risk_ends = agg_customer_day.risk_ends + excluded.risk_ends
"""
# a day and key without an event left has no row (as after a rebuild)
_DROP_EMPTY_CUSTOMER_DAYS = """
DELETE FROM agg_customer_day
WHERE created = 0 AND first_sales = 0 AND marked_never_bought = 0 AND starts = 0 AND ends = 0
  AND risk_starts = 0 AND risk_ends = 0
  AND dim IN ({dims}) AND day IN (SELECT day FROM agg_new_customer_day)
"""


def update_touched(
    conn: Connection, touched: Touched, lines_before: Callable[[Connection], LinesBefore | None]
) -> bool:
    """Brings the aggregates in step with the writes of ``conn``'s transaction, which touched
    ``touched`` (the lines of its customers and days as they were: ``lines_before``) and may
    have added rows above the highest ids seen; True when it did. Leaves them stale when they
    were not current before, or something changed unseen, and to the head when the writer
    sees only its own rows (the triggers still count its changes)."""
    state = _keepable(conn, touched)
    if state is None:
        return False
    sale_max, customer_max, _unbuilt, split_orders, _same, window, risk = state
    new_lines = int(
        conn.execute(
            text("SELECT COUNT(*) FROM sale WHERE id > :max"), {"max": sale_max}
        ).scalar_one()
    )
    if new_lines > MOST_NEW_LINES:
        return False
    touched.customers.update(
        int(id_)
        for (id_,) in conn.execute(
            text("SELECT id FROM customer WHERE id > :max"), {"max": customer_max}
        )
    )
    before = lines_before(conn) if touched.customers or touched.bumps or new_lines else None
    if before is None or before.sale_max != sale_max:  # nothing to do, or copied before a
        return False  # rebuild in this transaction
    if new_lines:
        _add_new_lines(conn, touched, before)
    _drop_work_tables(conn)
    conn.execute(
        text("CREATE TEMPORARY TABLE agg_touched_customer (customer_id INTEGER PRIMARY KEY)")
    )
    _insert_values(conn, "agg_touched_customer", "customer_id", touched.customers)
    _with_statistics(conn, "agg_touched_customer")
    _update_customers(conn, StatusRules(window, risk))
    _update_sales_days(conn, before)
    split_orders += _split_now(conn, list(touched.orders)) - sum(touched.orders.values())
    conn.execute(
        text(
            "UPDATE agg_state SET sale_max_id = (SELECT COALESCE(MAX(id), 0) FROM sale),"
            " customer_max_id = (SELECT COALESCE(MAX(id), 0) FROM customer),"
            " changes = changes + 1, built_changes = changes + 1, split_orders = :split"
            " WHERE id = 1"
        ),
        {"split": split_orders},
    )
    _forget_deleted_ids_back_again(conn)
    _drop_work_tables(conn)
    return True


def _keepable(conn: Connection, touched: Touched) -> Any:
    """The aggregates' state before the transaction when they were current then and every
    change counted was told (None otherwise, or when the login does not keep them)."""
    if not shares_stored_figures(conn):
        return None
    state = conn.execute(text(_STATE_BEFORE)).one()
    sale_max, customer_max, unbuilt_changes, _split, same_rules, _window, _risk = state
    if unbuilt_changes != touched.bumps or not same_rules:
        return None
    # a deleted id that exists again is a row put back by this transaction, or a new row
    # that took a freed id (above the highest seen): either is added in step
    highest = {"sale": sale_max, "customer": customer_max}
    for entity, row_id in conn.execute(text(_BACK_AGAIN)):
        if row_id not in touched.restored[entity] and row_id <= highest[entity]:
            return None
    return state


# the orders of the new lines that were split among the lines seen before them
_SPLIT_AMONG_SEEN = """
SELECT ref FROM (SELECT DISTINCT order_ref AS ref, date, member_id, channel_id, customer_id
                 FROM sale WHERE id <= :max AND order_ref IN (
                     SELECT order_ref FROM sale WHERE id > :max AND order_ref IS NOT NULL)
                 ) cell
GROUP BY ref HAVING COUNT(*) > 1
"""


def _add_new_lines(conn: Connection, touched: Touched, before: LinesBefore) -> None:
    """Adds the sales lines above the highest id seen to what was touched."""
    params = {"max": before.sale_max}
    # by the id range, not DISTINCT in SQL (SQLite would walk a whole index for it)
    rows = conn.execute(
        text("SELECT customer_id, order_ref FROM sale WHERE id > :max"), params
    ).all()
    new_refs = sorted({ref for _c, ref in rows if ref is not None} - set(touched.orders))
    if new_refs:
        split = {ref for (ref,) in conn.execute(text(_SPLIT_AMONG_SEEN), params)}
        touched.orders.update((ref, ref in split) for ref in new_refs)
    before.note_new_lines(conn)
    touched.customers.update(int(customer) for customer, _ref in rows)


def _insert_values(conn: Connection, table: str, column: str, values: set[Any]) -> None:
    if values:
        conn.execute(
            text(f"INSERT INTO {table} ({column}) VALUES (:value)"),
            [{"value": value} for value in sorted(values)],
        )


def _update_customers(conn: Connection, rules: StatusRules) -> None:
    """The touched customers' rows, spells and events (``agg_new_customer`` keeps their new
    rows until the work tables are dropped)."""
    for table in ("agg_customer", "agg_spell", "agg_customer_day"):
        conn.execute(CreateTable(_work_table(table)))
    build_customers(conn, rules, TOUCHED_CUSTOMERS)
    stored = (
        f"(SELECT * FROM agg_customer WHERE {_TOUCHED_CUSTOMER}) stored_customer",
        f"(SELECT * FROM agg_spell WHERE {_TOUCHED_CUSTOMER}) stored_spell",
        -1,
    )
    sql = dialect(conn)
    conn.execute(text(customer_events(sql, [stored, ("agg_new_customer", "agg_new_spell", 1)])))
    build_customer_days(conn)
    conn.execute(text(_ADD_CUSTOMER_DAYS))
    dims = ", ".join(f"'{dim}'" for dim in ("", *CUSTOMER_DIMENSIONS))
    conn.execute(text(_DROP_EMPTY_CUSTOMER_DAYS.format(dims=dims)))
    for table in ("agg_customer", "agg_spell"):
        columns = ", ".join(c.name for c in _work_table(table).columns)
        conn.execute(text(f"DELETE FROM {table} WHERE {_TOUCHED_CUSTOMER}"))
        conn.execute(text(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {_new(table)}"))


# --- the sales lines' share, taken away and added ------------------------------------------------
#
# A day's sales figures are sums over its customers: no order cell, first line or product cell
# spans two customers or two days. So a write changes them by the share of the lines of the
# customers and days it touched — those lines as they were, taken away, and as they are, added —
# and nothing else. The days touched per customer ("pairs") are the days of every line told
# (before and after a change) and of every new line, the customer's first purchase day before
# and after (a new customer is credited to its first purchase line), and every sale day of a
# customer whose territory or account type changes. Their lines as they were are copied when
# first touched, before the change (a row told is about to change); lines above the highest id
# the aggregates saw are new, never among them.

_LINE_COLUMNS = ("id, date, order_ref, customer_id, product_id, member_id, channel_id, quantity,"
                 " amount, cost")  # fmt: skip
_BEFORE_TABLES = ("agg_pair_todo", "agg_old_pair", "agg_old_customer", "agg_old_line",
                  "agg_old_first_line", "agg_cur_line")  # fmt: skip
_CREATE_BEFORE = (
    "CREATE TEMPORARY TABLE agg_pair_todo (customer_id INTEGER, day DATE,"
    " PRIMARY KEY (customer_id, day))",
    "CREATE TEMPORARY TABLE agg_old_pair (customer_id INTEGER, day DATE,"
    " PRIMARY KEY (customer_id, day))",
    # the customers of the lines copied, as they were: their territory, type and first day
    "CREATE TEMPORARY TABLE agg_old_customer (id INTEGER PRIMARY KEY, territory_id INTEGER,"
    " account_type_id INTEGER, first_sale DATE)",
    f"CREATE TEMPORARY TABLE agg_old_line AS SELECT {_LINE_COLUMNS} FROM sale WHERE 1 = 0",
)
_ADD_PAIR = (
    "INSERT INTO agg_pair_todo (customer_id, day) VALUES (:customer, :day) ON CONFLICT DO NOTHING"
)
# the steps that copy the lines of the days to do, and their customers as they are now
_COPY_BEFORE = (
    # a customer first met: its first purchase day as the aggregates hold it is touched too
    """INSERT INTO agg_pair_todo (customer_id, day)
    SELECT ac.customer_id, ac.first_sale FROM agg_customer ac
    WHERE ac.customer_id IN (SELECT customer_id FROM agg_pair_todo)
      AND ac.customer_id NOT IN (SELECT id FROM agg_old_customer)
      AND ac.first_sale IS NOT NULL
    ON CONFLICT DO NOTHING""",
    """INSERT INTO agg_old_customer (id, territory_id, account_type_id, first_sale)
    SELECT c.id, c.territory_id, c.account_type_id, ac.first_sale FROM customer c
    LEFT JOIN agg_customer ac ON ac.customer_id = c.id
    WHERE c.id IN (SELECT customer_id FROM agg_pair_todo)
      AND c.id NOT IN (SELECT id FROM agg_old_customer)""",
    f"""INSERT INTO agg_old_line
    SELECT {", ".join(f"s.{c.strip()}" for c in _LINE_COLUMNS.split(","))}
    FROM agg_pair_todo p CROSS JOIN sale s {{by_customer_day}}
    WHERE s.customer_id = p.customer_id AND s.date = p.day AND s.id <= :max AND NOT EXISTS (
        SELECT 1 FROM agg_old_pair o WHERE o.customer_id = p.customer_id AND o.day = p.day)""",
    """INSERT INTO agg_old_pair (customer_id, day)
    SELECT customer_id, day FROM agg_pair_todo WHERE 1 = 1 ON CONFLICT DO NOTHING""",
    "DELETE FROM agg_pair_todo",
)
_CUSTOMER_DAYS = (
    "INSERT INTO agg_pair_todo (customer_id, day)"
    " SELECT DISTINCT customer_id, date FROM sale WHERE customer_id = :customer"
    " ON CONFLICT DO NOTHING"
)
# (not DISTINCT: SQLite would then walk the whole customer-day index instead of the id range)
_NEW_LINE_DAYS = (
    "INSERT INTO agg_pair_todo (customer_id, day)"
    " SELECT customer_id, date FROM sale WHERE id > :max ON CONFLICT DO NOTHING"
)
# the customers' first purchase days now, where the aggregates' new rows put them
_NEW_FIRST_DAYS = """
INSERT INTO agg_pair_todo (customer_id, day)
SELECT n.customer_id, n.first_sale FROM agg_new_customer n
WHERE n.first_sale IS NOT NULL AND n.customer_id IN (SELECT id FROM agg_old_customer)
ON CONFLICT DO NOTHING
"""
# the first purchase lines before (among the lines copied) and now
_OLD_FIRST_LINES = (
    "CREATE TEMPORARY TABLE agg_old_first_line (sale_id INTEGER PRIMARY KEY)",
    f"""INSERT INTO agg_old_first_line
SELECT MIN(l.id) FROM agg_old_line l
JOIN agg_old_customer o ON o.id = l.customer_id AND o.first_sale = l.date
WHERE {lines.purchase("l")} GROUP BY l.customer_id""",
)
_FIRST_LINES_NOW = (
    "CREATE TEMP TABLE agg_first_line (sale_id INTEGER PRIMARY KEY)",
    f"""INSERT INTO agg_first_line
SELECT MIN(s.id) FROM agg_new_customer n CROSS JOIN sale s
WHERE s.customer_id = n.customer_id AND s.date = n.first_sale AND {lines.purchase()}
  AND n.customer_id IN (SELECT id FROM agg_old_customer)
GROUP BY s.customer_id""",
)
_LINES_NOW = f"""
CREATE TEMPORARY TABLE agg_cur_line AS
SELECT {", ".join(f"s.{c.strip()}" for c in _LINE_COLUMNS.split(","))}
FROM agg_old_pair p CROSS JOIN sale s WHERE s.customer_id = p.customer_id AND s.date = p.day
"""
_FIGURES = ("revenue", "cost", "costed_revenue", "units", "orders", "new_customers",
            "line_count", "costed_line_count")  # fmt: skip
# the share taken away (-1) or added (1)
_SIGNED_SHARE = f"""
INSERT INTO agg_sales_change
SELECT dim, day, key, {", ".join(f"{{sign}} * COALESCE({c}, 0)" for c in _FIGURES)}
FROM agg_new_sales_day
"""
_ADD_CHANGE = f"""
INSERT INTO agg_sales_day (dim, day, key, {", ".join(_FIGURES)})
SELECT dim, day, key, SUM(revenue),
       CASE WHEN SUM(costed_line_count) = 0 AND SUM(cost) = 0 THEN NULL ELSE SUM(cost) END,
       {", ".join(f"SUM({c})" for c in _FIGURES[2:])}
FROM agg_sales_change GROUP BY dim, day, key
HAVING {" OR ".join(f"SUM({c}) <> 0" for c in _FIGURES)}
ON CONFLICT (dim, day, key) DO UPDATE SET
    cost = CASE WHEN agg_sales_day.costed_line_count + excluded.costed_line_count = 0 THEN NULL
                ELSE COALESCE(agg_sales_day.cost, 0) + COALESCE(excluded.cost, 0) END,
    {", ".join(f"{c} = agg_sales_day.{c} + excluded.{c}" for c in _FIGURES if c != "cost")}
"""
# a day and key without a line left has no row (as after a rebuild)
_DROP_EMPTY_SALES_DAYS = """
DELETE FROM agg_sales_day
WHERE line_count = 0 AND dim IN ({dims}) AND day IN (SELECT day FROM agg_sales_change)
"""


class LinesBefore:
    """The lines of the customers and days one transaction's writes touch, as they were when
    first touched, in temporary tables of the transaction."""

    def __init__(self, conn: Connection) -> None:
        self.sale_max = int(
            conn.execute(text("SELECT sale_max_id FROM agg_state WHERE id = 1")).scalar_one()
        )
        _drop(conn, _BEFORE_TABLES)
        for statement in _CREATE_BEFORE:
            conn.execute(text(statement))

    def note_lines(self, conn: Connection, rows: list[tuple[int, str]]) -> None:
        """Lines of these (customer, day)s are about to change: copies those days' lines."""
        if rows:
            conn.execute(text(_ADD_PAIR), [{"customer": c, "day": d} for c, d in rows])
        self._copy(conn)

    def note_customer(self, conn: Connection, customer: int) -> None:
        """The customer's territory or account type is about to change: copies every line of
        it (its share of every day it bought moves to another territory or type)."""
        conn.execute(text(_CUSTOMER_DAYS), {"customer": customer})
        self._copy(conn)

    def note_new_lines(self, conn: Connection) -> None:
        """Copies the lines seen before of the customers and days of the new lines."""
        conn.execute(text(_NEW_LINE_DAYS), {"max": self.sale_max})
        self._copy(conn)

    def _copy(self, conn: Connection) -> None:
        _with_statistics(conn, "agg_pair_todo")
        # by customer and day: SQLite's planner would take the day's index with the id range
        hint = dialect(conn).indexed_by("ix_sale_customer_date")
        for statement in _COPY_BEFORE:
            conn.execute(text(statement.format(by_customer_day=hint)), {"max": self.sale_max})

    def forget(self, conn: Connection) -> None:
        _drop(conn, _BEFORE_TABLES)


def _drop(conn: Connection, tables: Sequence[str]) -> None:
    for table in tables:  # temporary tables: no real table has these names
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def _update_sales_days(conn: Connection, before: LinesBefore) -> None:
    """Takes the share of the touched customers' and days' lines as they were out of
    ``agg_sales_day`` and adds their share as they are now."""
    conn.execute(text(_NEW_FIRST_DAYS))  # their lines have not changed: copied now
    before.note_lines(conn, [])
    for statement in _OLD_FIRST_LINES:
        conn.execute(text(statement))
    for statement in _FIRST_LINES_NOW:
        conn.execute(text(statement))
    _with_statistics(conn, "agg_old_pair")
    conn.execute(text(_LINES_NOW))
    columns = ", ".join(c.name for c in _work_table("agg_sales_day").columns)
    conn.execute(text(f"CREATE TEMPORARY TABLE agg_sales_change AS SELECT {columns}"
                      " FROM agg_sales_day WHERE 1 = 0"))  # fmt: skip
    shares = (
        (SalesSource("agg_old_line", "agg_old_customer", "agg_old_first_line"), -1),
        (SalesSource("agg_cur_line"), 1),
    )
    for source, sign in shares:
        conn.execute(CreateTable(_work_table("agg_sales_day")))
        build_sales(conn, source)
        conn.execute(text(_SIGNED_SHARE.format(sign=sign)))
        conn.execute(text(f"DROP TABLE {_new('agg_sales_day')}"))
    conn.execute(text(_ADD_CHANGE))
    dims = ", ".join(f"'{dim}'" for dim in ("", *SALES_DIMENSIONS))
    conn.execute(text(_DROP_EMPTY_SALES_DAYS.format(dims=dims)))


_SPLIT_NOW = """
SELECT COUNT(*) FROM (
    SELECT ref FROM (SELECT DISTINCT r.ref, s.date, s.member_id, s.channel_id, s.customer_id
                     FROM agg_touched_ref r CROSS JOIN sale s WHERE s.order_ref = r.ref) cell
    GROUP BY ref HAVING COUNT(*) > 1) split
"""


def _split_now(conn: Connection, refs: list[str]) -> int:
    """How many of the orders ``refs`` lie on more than one day, member, channel or customer."""
    if not refs:
        return 0
    conn.execute(text("CREATE TEMPORARY TABLE agg_touched_ref (ref VARCHAR PRIMARY KEY)"))
    _insert_values(conn, "agg_touched_ref", "ref", set(refs))
    return int(conn.execute(text(_SPLIT_NOW)).scalar_one())


def is_split(conn: Connection, ref: str, below: int | None = None) -> bool:
    """Whether an order's lines (those with ids below ``below``) lie on more than one day,
    member, channel or customer."""
    cells = conn.execute(
        text(
            "SELECT COUNT(*) FROM (SELECT DISTINCT date, member_id, channel_id, customer_id"
            " FROM sale WHERE order_ref = :ref AND id < :below) cell"
        ),
        {"ref": ref, "below": below if below is not None else 2**62},
    ).scalar_one()
    return int(cells) > 1


def _forget_deleted_ids_back_again(conn: Connection) -> None:
    """The rows put back under a deleted id are in the aggregates now: forget their ids."""
    for entity in ("sale", "customer"):
        conn.execute(
            text(
                f"DELETE FROM agg_deleted WHERE entity = '{entity}'"
                f" AND row_id IN (SELECT id FROM {entity})"
            )
        )


def _new(table: str) -> str:
    """The temporary table a rebuild fills for ``table``."""
    return table.replace("agg_", "agg_new_")


def _work_table(table: str) -> Table:
    """The temporary table a rebuild fills for ``table``: its columns and primary key."""
    from salesdesk.store.models import SQLModel

    real = SQLModel.metadata.tables[table]
    columns = [
        Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable) for c in real.columns
    ]
    return Table(_new(table), MetaData(), *columns, prefixes=["TEMPORARY"])


def _with_statistics(conn: Connection, *tables: str) -> None:
    """The few touched rows known to the planner as few (PostgreSQL: else it reads every
    sale of the 10M-line reference to find one day's, ~4 s per edit)."""
    for table in tables:
        if (statement := dialect(conn).statistics_of(table)) is not None:
            conn.execute(text(statement))


def _drop_work_tables(conn: Connection) -> None:
    # temporary tables: no real table has these names
    for table in (*_WORK_TABLES, *(_new(t) for t in _TABLES)):
        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))


def build_sales(conn: Connection, source: SalesSource, report: ProgressFn | None = None) -> int:
    """Fills ``agg_new_sales_day`` with the figures of the lines of ``source``; returns the
    number of split orders among them."""
    report = report or (lambda _fraction, _message: None)
    conn.execute(text("DROP TABLE IF EXISTS agg_order_cell"))
    conn.execute(text(_ORDER_CELLS.format(**vars(source))))
    split_orders = int(conn.execute(text(_SPLIT_ORDERS)).scalar_one())
    report(0.3, "sales")
    conn.execute(text(_SALES_BY_ORDER_CELL.format(dim="", key="0", group="day")))
    for dim in ("member", "channel", "territory", "account_type"):
        conn.execute(text(_SALES_BY_ORDER_CELL.format(dim=dim, key=dim, group=f"day, {dim}")))
    report(0.45, "products")
    conn.execute(text(_SALES_BY_PRODUCT.format(**vars(source))))
    return split_orders


def build_customers(conn: Connection, rules: StatusRules, customers: str) -> None:
    """Fills ``agg_new_customer`` and ``agg_new_spell`` with the customers ``customers``
    picks (:data:`EVERY_CUSTOMER` or :data:`TOUCHED_CUSTOMERS`)."""
    sql = dialect(conn)
    conn.execute(text(_CUSTOMERS.format(customers=customers.format(id="c.id"))))
    buyers = customers.format(id="s.customer_id")
    conn.execute(
        text(
            _BUYING_DAYS.format(
                day=sql.day_number("date"), purchase=lines.purchase(), customers=buyers
            )
        )
    )
    spells = _SPELLS.format(last_sale=sql.day_number("ac.last_sale"))
    for kind, window in ((RETENTION, rules.current_days), (RISK, rules.recent_days)):
        conn.execute(text(spells), {"kind": kind, "window": window})


def build_customer_days(conn: Connection) -> None:
    """Fills ``agg_new_customer_day`` from ``agg_customer_event``."""
    conn.execute(text(_CUSTOMER_DAY.format(dim="", key="0", group="day")))
    for dim in CUSTOMER_DIMENSIONS:
        column = _CUSTOMER_COLUMNS[dim]
        conn.execute(text(_CUSTOMER_DAY.format(dim=dim, key=column, group=f"day, {column}")))


def customer_events(sql: SqlDialect, sources: list[tuple[str, str, int]]) -> str:
    """The statement that makes ``agg_customer_event`` from (customers, spells, sign)
    relations: each event counted ``sign`` times (-1 takes stored events back)."""
    parts = [
        _EVENTS_OF.format(
            customers=customers,
            spells=spells,
            sign=sign,
            first_day=sql.day_of_number("first_day"),
            last_day=sql.day_of_number("last_day"),
        )
        for customers, spells, sign in sources
    ]
    return _CUSTOMER_EVENTS.format(events=" UNION ALL ".join(parts))


# --- reading ---------------------------------------------------------------------------------
#
# A dimension '' means everything (key 0); the keys are ids of members, channels, products,
# territories or account types, 0 standing for "not set".


def _query(sql: str) -> TextClause:
    """``sql`` with ``:keys`` taking a list of keys (when it has them)."""
    return with_lists(sql, "keys") if ":keys" in sql else text(sql)


def _in_keys(column: str, dim: str) -> str:
    return "1 = 1" if dim == "" else f"{column} IN :keys"


def _params(dim: str, keys: Sequence[int], **days: date) -> dict[str, object]:
    params: dict[str, object] = {"dim": dim, "keys": list(keys) if dim else [0]}
    params.update({name: day.isoformat() for name, day in days.items()})
    params.update({f"{name}_ordinal": day.toordinal() for name, day in days.items()})
    return params


_SALES_WHERE = "dim = :dim AND key IN :keys"


@dataclass(frozen=True)
class SalesSums:
    """The additive sales figures of some days; ``cost`` None when no line's cost is known."""

    revenue: int
    cost: int | None
    costed_revenue: int
    units: float
    orders: int
    new_customers: int

    @classmethod
    def of(cls, row: Sequence[object]) -> SalesSums:
        revenue, cost, costed, units, orders, new = row
        return cls(
            int(revenue or 0),  # type: ignore[call-overload]
            None if cost is None else int(cost),  # type: ignore[call-overload]
            int(costed or 0),  # type: ignore[call-overload]
            float(units or 0.0),  # type: ignore[arg-type]
            int(orders or 0),  # type: ignore[call-overload]
            int(new or 0),  # type: ignore[call-overload]
        )


_SUMS = "SUM(revenue), SUM(cost), SUM(costed_revenue), SUM(units), SUM(orders), SUM(new_customers)"


def sales_sums(
    conn: Connection, dim: str, keys: Sequence[int], start: date, end: date
) -> SalesSums:
    """The sales figures of the days ``start``..``end``."""
    row = conn.execute(
        _query(
            f"SELECT {_SUMS} FROM agg_sales_day"
            f" WHERE {_SALES_WHERE} AND day BETWEEN :start AND :end"
        ),
        _params(dim, keys, start=start, end=end),
    ).one()
    return SalesSums.of(row)


def revenue_by_key(conn: Connection, dim: str, start: date, end: date) -> dict[int, int]:
    """Revenue of the days ``start``..``end`` per key of a dimension (0: not set)."""
    rows = conn.execute(
        _query(
            "SELECT key, SUM(revenue) FROM agg_sales_day"
            " WHERE dim = :dim AND day BETWEEN :start AND :end GROUP BY key"
        ),
        _params(dim, (), start=start, end=end),
    )
    return {int(key): int(revenue) for key, revenue in rows}


def sums_by_day(
    conn: Connection, dim: str, keys: Sequence[int], start: date, end: date
) -> dict[date, SalesSums]:
    """The sales figures per day that has sales, ``start``..``end``."""
    rows = conn.execute(
        _query(
            f"SELECT day, {_SUMS} FROM agg_sales_day"
            f" WHERE {_SALES_WHERE} AND day BETWEEN :start AND :end GROUP BY day"
        ),
        _params(dim, keys, start=start, end=end),
    )
    return {_as_date(day): SalesSums.of(sums) for day, *sums in rows}


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


_CUSTOMER_DAY_WHERE = "dim = :dim AND key IN :keys"


def _current_at(name: str, kind: str = RETENTION) -> str:
    """The customers current at day ``:{name}``: spells begun by then minus those ended before."""
    starts, ends = ("starts", "ends") if kind == RETENTION else ("risk_starts", "risk_ends")
    return (
        f"(COALESCE(SUM(CASE WHEN day <= :{name} THEN {starts} END), 0)"
        f" - COALESCE(SUM(CASE WHEN day < :{name} THEN {ends} END), 0))"
    )


def _before(column: str, name: str) -> str:
    return f"COALESCE(SUM(CASE WHEN day < :{name} THEN {column} END), 0)"


def _within(column: str) -> str:
    return f"COALESCE(SUM(CASE WHEN day BETWEEN :start AND :end THEN {column} END), 0)"


_FLOW_DAY_SQL = f"""
SELECT {_current_at("open")}, {_current_at("close")}, {_within("first_sales")},
       {_before("created", "start")}, {_before("first_sales", "start")},
       {_before("marked_never_bought", "start")}, {_within("created")}
FROM agg_customer_day WHERE {_CUSTOMER_DAY_WHERE} AND day <= :last
"""

# Current at the opening day and not at the closing day: a spell over the opening day that
# ends before the closing day, unless a later spell covers the closing day.
_LOST_CASE = f"""CASE
    WHEN sp.next_first_day IS NULL OR sp.next_first_day > :close_ordinal THEN 1
    WHEN EXISTS (SELECT 1 FROM agg_spell later {{customer_hint}}
                 WHERE later.customer_id = sp.customer_id AND later.kind = '{RETENTION}'
                   AND later.first_day <= :close_ordinal AND later.last_day >= :close_ordinal)
    THEN 0 ELSE 1 END"""
_LOST_FROM = f"""
FROM agg_spell sp {{hint}}
WHERE sp.kind = '{RETENTION}' AND sp.last_day >= :open_ordinal AND sp.last_day < :close_ordinal
  AND sp.first_day <= :open_ordinal AND {{keys}}"""
_LOST_SQL = f"SELECT COALESCE(SUM({_LOST_CASE}), 0) {_LOST_FROM}"

# Customers who bought before they were created (imported history) need a look of their own.
_BOUGHT_BEFORE_CREATED_SQL = """
SELECT COALESCE(SUM(CASE WHEN first_sale < :start AND created_on >= :start THEN 1 END), 0),
       COALESCE(SUM(CASE WHEN first_sale BETWEEN :start AND :end AND created_on > :end
                         THEN 1 END), 0)
FROM agg_customer WHERE first_sale < created_on AND first_sale <= :end AND {keys}
"""


# Flow figures already computed, per open database (engine): a goal's churn over a year reads
# a year of spells, and the dashboard asks for every goal's figures on each refresh. The key
# holds the aggregates' generation, so a rebuild never meets an old answer.
_FLOW_CACHE: WeakKeyDictionary[Engine, OrderedDict[tuple[object, ...], CustomerFlow]] = (
    WeakKeyDictionary()
)
FLOW_CACHE_SIZE = 1024


def customer_flow(
    conn: Connection, dim: str, keys: Sequence[int], start: date, end: date, *, close: date
) -> CustomerFlow:
    """Who was current at the start of ``start``..``end`` and at day ``close``, who was won,
    lost and converted (SPEC §3)."""
    state = built(conn)
    key = (state.generation if state else None, dim, tuple(keys), start, end, close)
    cache = _FLOW_CACHE.setdefault(conn.engine, OrderedDict())
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    counts = _customer_flow(conn, dim, keys, start, end, close=close)
    cache[key] = counts
    if len(cache) > FLOW_CACHE_SIZE:
        cache.popitem(last=False)
    return counts


def _customer_flow(
    conn: Connection, dim: str, keys: Sequence[int], start: date, end: date, *, close: date
) -> CustomerFlow:
    open_day = start - timedelta(days=1)
    params = _params(
        dim, keys, start=start, end=end, open=open_day, close=close, last=max(end, close)
    )
    column = _CUSTOMER_COLUMNS.get(dim, "")
    at_open, at_close, new, created_before, first_before, marked_before, created_in = conn.execute(
        _query(_FLOW_DAY_SQL), params
    ).one()
    lost = conn.execute(_query(_lost_sql(dialect(conn), dim)), params).scalar_one()
    bought_first, converted_early = conn.execute(
        _query(_BOUGHT_BEFORE_CREATED_SQL.format(keys=_in_keys(column, dim))), params
    ).one()
    # prospects at the start: created before it, no sale before it, not marked lost unbought
    prospects = created_before - (first_before - bought_first) - marked_before
    from salesdesk.metrics.flow import CustomerFlow  # metrics imports this module

    return CustomerFlow(
        current_at_start=at_open,
        current_at_end=at_close,
        retained=at_open - lost,
        lost=lost,
        new=new,
        prospects_at_start=prospects,
        created_in_period=created_in,
        converted=new - converted_early,
    )


def _lost_sql(sql: SqlDialect, dim: str) -> str:
    """The lost-customer count, reading the spell index of the scope's dimension."""
    return _LOST_SQL.format(**_lost_parts(sql, dim))


def _lost_parts(sql: SqlDialect, dim: str) -> dict[str, str]:
    customer_hint = sql.indexed_by("ix_agg_spell_customer")
    if dim == "":
        return {"hint": sql.indexed_by("ix_agg_spell_ending"), "keys": "1 = 1"} | {
            "customer_hint": customer_hint
        }
    column = _CUSTOMER_COLUMNS[dim]
    index = f"ix_agg_spell_ending_by_{column.removesuffix('_id')}"
    keys = _in_keys(f"sp.{column}", dim)
    return {"hint": sql.indexed_by(index), "keys": keys, "customer_hint": customer_hint}


def first_sales(conn: Connection, dim: str, keys: Sequence[int], start: date, end: date) -> int:
    """Customers whose first sale ever falls in ``start``..``end``."""
    sql = (
        f"SELECT {_within('first_sales')} FROM agg_customer_day"
        f" WHERE {_CUSTOMER_DAY_WHERE} AND day BETWEEN :start AND :end"
    )
    return int(conn.execute(_query(sql), _params(dim, keys, start=start, end=end)).scalar_one())


def current_count(conn: Connection, dim: str, keys: Sequence[int], day: date) -> int:
    """Customers current at the end of ``day``."""
    sql = (
        f"SELECT {_current_at('day')} FROM agg_customer_day"
        f" WHERE {_CUSTOMER_DAY_WHERE} AND day <= :day"
    )
    return int(conn.execute(_query(sql), _params(dim, keys, day=day)).scalar_one())


_AT_RISK_SQL = f"""
SELECT {_current_at("day")} - {_current_at("day", RISK)}
FROM agg_customer_day WHERE {_CUSTOMER_DAY_WHERE} AND day <= :day
"""

# Customers who bought within the threshold but have an old complaint or ticket open then.
_COMPLAINING_SQL = f"""
SELECT COUNT(*) FROM agg_customer ac
WHERE ac.customer_id IN ({complaining_customers()})
  AND EXISTS (SELECT 1 FROM agg_spell r {{customer_hint}}
              WHERE r.customer_id = ac.customer_id
              AND r.kind = '{RISK}' AND r.first_day <= :day_ordinal
              AND r.last_day >= :day_ordinal)
  AND {{keys}}
"""


def at_risk_count(
    conn: Connection, dim: str, keys: Sequence[int], day: date, rules: StatusRules
) -> int:
    """Current customers at ``day`` quiet for longer than the threshold, or with a complaint
    or service ticket open then and older than the rules' complaint days."""
    params = {**_params(dim, keys, day=day), **rules.params(day)}
    quiet = conn.execute(_query(_AT_RISK_SQL), params).scalar_one()
    column = _CUSTOMER_COLUMNS.get(dim, "")
    sql = _COMPLAINING_SQL.format(
        keys=_in_keys(f"ac.{column}", dim),
        customer_hint=dialect(conn).indexed_by("ix_agg_spell_customer"),
    )
    return int(quiet) + int(conn.execute(_query(sql), params).scalar_one())


def first_buyer_ids(conn: Connection, start: date, end: date) -> list[int]:
    """The customers whose first sale ever falls in ``start``..``end``."""
    rows = conn.execute(
        _query(
            "SELECT customer_id FROM agg_customer WHERE first_sale BETWEEN :start AND :end"
            " ORDER BY customer_id"
        ),
        _params("", (), start=start, end=end),
    )
    return [customer_id for (customer_id,) in rows]


def lost_customer_ids(conn: Connection, start: date, close: date) -> list[int]:
    """The customers current at the start of ``start`` and not at the end of ``close``."""
    parts = _lost_parts(dialect(conn), "")
    sql = (
        f"SELECT sp.customer_id {_LOST_FROM.format(**parts)}"
        f" AND {_LOST_CASE.format(**parts)} = 1 ORDER BY 1"
    )
    params = _params("", (), open=start - timedelta(days=1), close=close)
    return [customer_id for (customer_id,) in conn.execute(_query(sql), params)]
