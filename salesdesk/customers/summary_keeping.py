"""The stored customer summaries kept in step by every write transaction (issue 13: live
figures): today's and the past day's, each as of its own day.

A write tells its watch which sales it is about to insert, put back, change or delete
(:mod:`salesdesk.store.keeping`); lines added without a word (the import's bulk path) are
those above the highest sale id the summary saw. Before the commit the watch

1. recomputes the per-customer figures (first and last purchase, lifetime revenue, orders and
   revenue of the last 365 days) of the customers those sales belong to, and nobody else's —
   only of those with a line written on or before the summary's day (a later one does not
   count in its figures);
2. rescores R, F and M. A score ranks a buyer among everyone who bought in the last 365 days
   (SPEC §3), so one buyer's change can move another's score — but only across a *cut
   point*: with N scored buyers, score ≥ k exactly when a value is above the one at sorted
   position ⌈(k − 1)·N / 5⌉ − 1, the same as the ``RANK()`` quintile of
   :func:`salesdesk.metrics.rfm.rfm_scoring_sql`. The four cut points of each of R, F, M are
   stored with the summary (``customer_summary_state``, migration 0015) and read anew after
   step 1 from sorted indexes (``LIMIT 1 OFFSET``); the touched customers are rescored, and of
   the others only those whose value lies between a cut point's old and new value.

It works only on a summary that was current, and leaves one that was not as it is:
:func:`salesdesk.customers.summary.bring_summary_up_to_date` refreshes it whole (``main.py
check --rebuild`` on demand), and ``tests/salesdesk/metrics/test_keeper.py`` checks that both
ways give the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.metrics.rfm import buyer_rollup_sql, rfm_params, rfm_tier_sql
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# More touched customers than this and the whole refresh is cheaper than row by row.
MOST_TOUCHED = 50_000
_CHUNK = 5_000  # ids bound per statement (SQLite's parameter limit)

# The ranked value of each score; every scored buyer has last_sale > :since, and every buyer
# with orders or revenue above zero is scored (a customer without a purchase in the window has
# only returns there).
_SCORES = (("recency_score", "last_sale"), ("frequency_score", "orders_365"),
           ("monetary_score", "revenue_365"))  # fmt: skip
_FIFTHS = (2, 3, 4, 5)

_FIGURES = """UPDATE {table} SET first_sale = :first_sale, last_sale = :last_sale,
    lifetime_revenue = :lifetime_revenue, orders_365 = :orders, revenue_365 = :revenue
WHERE customer_id = :customer_id"""


@dataclass(frozen=True)
class CutPoints:
    """Per ranked column, the values above which a buyer scores 2, 3, 4 and 5 (None when
    nobody is scored)."""

    values: dict[str, tuple[Any, ...] | None]


def _one(conn: Connection, sql: str, params: dict[str, Any]) -> Any:
    return conn.execute(text(sql), params).scalar_one_or_none()


def _at(conn: Connection, table: str, column: str, position: int, *, since: str, below: int) -> Any:
    """The value of ``column`` at ``position`` (from 0) among the scored buyers, sorted."""
    if column == "last_sale":
        where = "last_sale > :since"
    elif position < below:
        where = f"{column} <= 0 AND last_sale > :since"
    else:  # above zero: scored, and read from the index without the prospects
        where = f"{column} > 0"
        position -= below
    sql = f"SELECT {column} FROM {table} WHERE {where} ORDER BY {column} LIMIT 1 OFFSET :p"
    return _one(conn, sql, {"since": since, "p": position})


def _count(conn: Connection, table: str, where: str, since: str) -> int:
    sql = f"SELECT COUNT(*) FROM {table} WHERE {where} AND last_sale > :since"
    return int(_one(conn, sql, {"since": since}))


def _at_or_below_zero(conn: Connection, table: str, column: str, since: str) -> int:
    # two index seeks, = 0 and < 0 (a range and then a second column would read every prospect)
    return sum(_count(conn, table, f"{column} {op} 0", since) for op in ("=", "<"))


def cut_points(conn: Connection, since: str, table: str = "customer_summary") -> CutPoints:
    """The cut points of the buyers scored in ``table`` (who bought after ``since``)."""
    scored = _count(conn, table, "1 = 1", since)
    values: dict[str, tuple[Any, ...] | None] = {}
    for _score, column in _SCORES:
        if not scored:
            values[column] = None
            continue
        below = 0 if column == "last_sale" else _at_or_below_zero(conn, table, column, since)
        positions = (-(-(k - 1) * scored // 5) - 1 for k in _FIFTHS)
        values[column] = tuple(
            _at(conn, table, column, p, since=since, below=below) for p in positions
        )
    return CutPoints(values)


def _cut_column(column: str, fifth: int) -> str:
    return f"cut_{column}_{fifth}"


_CUT_COLUMNS = [_cut_column(column, k) for _score, column in _SCORES for k in _FIFTHS]


def stored_cut_points(conn: Connection, state_id: int) -> CutPoints:
    """The cut points stored with a summary (when it was refreshed or last kept)."""
    row = conn.execute(
        text(f"SELECT {', '.join(_CUT_COLUMNS)} FROM customer_summary_state WHERE id = :id"),
        {"id": state_id},
    ).one()
    values: dict[str, tuple[Any, ...] | None] = {}
    for n, (_score, column) in enumerate(_SCORES):
        points = tuple(row[n * len(_FIFTHS) : (n + 1) * len(_FIFTHS)])
        # every scored buyer has a value: all four are None only when nobody is scored
        values[column] = None if all(p is None for p in points) else points
    return CutPoints(values)


def store_cut_points(conn: Connection, state_id: int, cuts: CutPoints) -> None:
    params: dict[str, Any] = {"id": state_id}
    for _score, column in _SCORES:
        points = cuts.values[column] or (None,) * len(_FIFTHS)
        params.update({_cut_column(column, k): p for k, p in zip(_FIFTHS, points, strict=True)})
    assignments = ", ".join(f"{c} = :{c}" for c in _CUT_COLUMNS)
    conn.execute(text(f"UPDATE customer_summary_state SET {assignments} WHERE id = :id"), params)


def chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    it = iter(sorted(ids))
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _recompute_figures(
    conn: Connection, table: str, customers: set[int], params: dict[str, str]
) -> None:
    rollup = with_lists(buyer_rollup_sql("s.customer_id IN :ids"), "ids")
    for chunk in chunks(customers):
        found = {row.customer_id: row for row in conn.execute(rollup, {**params, "ids": chunk})}
        rows = [_figures(customer, found.get(customer)) for customer in chunk]
        conn.execute(text(_FIGURES.format(table=table)), rows)


def _figures(customer: int, found: Any) -> dict[str, Any]:
    """A customer's figures as stored (a customer without sales has none, and zeros)."""
    return {
        "customer_id": customer,
        "first_sale": found.first_sale if found else None,
        "last_sale": found.last_sale if found else None,
        **{
            n: (getattr(found, n) or 0) if found else 0
            for n in ("lifetime_revenue", "orders", "revenue")
        },
    }


def _score_sql(column: str) -> str:
    above = " + ".join(f"CASE WHEN {column} > :{column}_{k} THEN 1 ELSE 0 END" for k in _FIFTHS)
    return f"CASE WHEN last_sale > :since THEN 1 + {above} END"


_RESCORE = "UPDATE {table} SET " + ", ".join(
    f"{score} = {_score_sql(column)}" for score, column in _SCORES
)
_TIER = rfm_tier_sql("recency_score", "frequency_score", "monetary_score")
_RETIER = f"UPDATE {{table}} SET rfm_tier = CASE WHEN recency_score IS NOT NULL THEN {_TIER} END"


def _moved_ranges(old: CutPoints, new: CutPoints) -> list[tuple[str, Any, Any]]:
    """(column, low, high): the scored buyers whose value lies in (low, high] may have a new
    score (low None: every scored buyer)."""
    ranges = []
    for _score, column in _SCORES:
        before, after = old.values[column], new.values[column]
        if before is None or after is None:
            if before != after:
                ranges.append((column, None, None))
            continue
        for a, b in zip(before, after, strict=True):
            if a != b:
                low, high = (a, b) if a < b else (b, a)
                ranges.append((column, low, high))
    return ranges


def _rescore(
    conn: Connection,
    table: str,
    customers: set[int],
    *,
    moved: tuple[CutPoints, CutPoints],
    since: str,
) -> None:
    old, new = moved
    cuts: dict[str, Any] = {"since": since}
    for _score, column in _SCORES:
        values: Sequence[Any] = new.values[column] or (None,) * len(_FIFTHS)
        cuts.update({f"{column}_{k}": value for k, value in zip(_FIFTHS, values, strict=True)})
    wheres: list[tuple[str, dict[str, Any]]] = []
    for chunk in chunks(customers):
        wheres.append(("customer_id IN :ids", {"ids": chunk}))
    for column, low, high in _moved_ranges(old, new):
        if low is None:
            wheres.append(("last_sale > :since", {}))
        else:
            between = f"{column} > :low AND {column} <= :high AND last_sale > :since"
            wheres.append((between, {"low": low, "high": high}))
    for where, params in wheres:
        for statement in (_RESCORE, _RETIER):
            sql = f"{statement.format(table=table)} WHERE {where}"
            query = with_lists(sql, "ids") if "ids" in params else text(sql)
            conn.execute(query, {**cuts, **params})


def update_customers(
    conn: Connection, customers: set[int], as_of: Any, table: str, state_id: int
) -> None:
    """Brings the figures of ``customers`` and every score they move in step, in the summary
    ``table`` as of ``as_of`` (its state row ``state_id`` holds its cut points)."""
    params = rfm_params(as_of)
    since = params["rfm_since"]
    old = stored_cut_points(conn, state_id)
    _recompute_figures(conn, table, customers, params)
    new = cut_points(conn, since, table)
    _rescore(conn, table, customers, moved=(old, new), since=since)
    store_cut_points(conn, state_id, new)
