"""The deals of the Pipeline section: board columns with their totals, and pages of cards or
list rows, filtered, sorted and paged in SQL (a board may hold 100,000 open deals).

A page is read in two steps, like the customer list: the ids of the page over the deal's
indexed columns, then the shown columns (customer, owner, days in stage, idle days, the next
follow-up) for those ids only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.metrics.deal_scope import DealFilter, deal_filter
from salesdesk.metrics.deals import (
    StageProbability,
    idle_days_sql,
    open_by_stage,
    stage_probabilities,
)
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.stages import Pipeline, Stage
from salesdesk.store.engine import dialect
from salesdesk.store.queries import with_lists

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True)
class DealQuery:
    """Which open deals of a pipeline to show, and in what order."""

    pipeline_id: int
    scope: Scope = Scope()
    close_from: date | None = None  # expected close period
    close_to: date | None = None
    search: str = ""  # in the title, ref or customer name
    stage_id: int | None = None  # one board column
    sort: str = "amount"
    descending: bool = True

    def sorted_by(self, key: str, descending: bool) -> DealQuery:
        return replace(self, sort=key, descending=descending)

    def in_stage(self, stage_id: int | None) -> DealQuery:
        return replace(self, stage_id=stage_id)

    def narrower(self) -> DealFilter:
        """The conditions beyond scope and pipeline: expected close period and search."""
        result = DealFilter()
        if self.close_from is not None:
            result += DealFilter(
                ("d.expected_close >= :close_from",), {"close_from": self.close_from.isoformat()}
            )
        if self.close_to is not None:
            result += DealFilter(
                ("d.expected_close <= :close_to",), {"close_to": self.close_to.isoformat()}
            )
        if words := self.search.strip():
            result += DealFilter(
                (
                    # lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not
                    "(lower(d.title) LIKE lower(:search) OR lower(d.ref) LIKE lower(:search)"
                    " OR d.customer_id IN"
                    " (SELECT id FROM customer WHERE lower(name) LIKE lower(:search)))",
                ),
                {"search": f"%{words}%"},
            )
        return result

    def where(self) -> DealFilter:
        base = DealFilter(("d.status = 'open'",))
        return (
            base
            + deal_filter(self.scope, self.pipeline_id, stage_id=self.stage_id)
            + self.narrower()
        )


@dataclass(frozen=True)
class StageColumn:
    stage: Stage
    deals: int
    amount: int
    probability: StageProbability

    @property
    def weighted(self) -> float:
        return self.amount * self.probability.probability


def board_columns(
    conn: Connection, pipeline: Pipeline, query: DealQuery, on: date
) -> list[StageColumn]:
    """One column per stage of ``pipeline``, with the open deals' count, amount and the
    weighted amount (P(win | stage), learned or the stage's default)."""
    totals = open_by_stage(conn, on, query.scope, pipeline.id, query.narrower())
    probabilities = stage_probabilities(conn, on)
    columns = []
    for stage in pipeline.stages:
        found = totals.get(stage.id)
        chance = probabilities.get(stage.id) or StageProbability(
            stage.id, stage.probability, False, 0, 0, stage.probability
        )
        columns.append(
            StageColumn(stage, found.deals if found else 0, found.amount if found else 0, chance)
        )
    return columns


@dataclass(frozen=True)
class DealCard:
    """An open deal as the board and the list show it."""

    id: int
    ref: str
    title: str
    customer_id: int | None
    customer: str | None
    owner_id: int | None
    owner: str | None
    amount: int
    stage_id: int
    expected_close: date | None
    created_on: date
    days_in_stage: int
    idle_days: int
    rotting_days: int
    next_step: str
    next_step_on: date | None
    next_follow_up: date | None  # the earliest follow-up not done
    on: date  # the day the card was read

    @property
    def rotting(self) -> bool:
        """No stage change and no follow-up done for longer than the stage allows."""
        return self.idle_days > self.rotting_days

    @property
    def overdue(self) -> bool:
        """A follow-up or the next step is past its date."""
        dates = [d for d in (self.next_step_on, self.next_follow_up) if d is not None]
        return bool(dates) and min(dates) < self.on

    @property
    def close_passed(self) -> bool:
        return self.expected_close is not None and self.expected_close < self.on


def sort_keys(probabilities: dict[int, StageProbability]) -> dict[str, str]:
    """Sort key -> SQL expression over ``deal d``."""
    chances = " ".join(
        f"WHEN {stage} THEN {chance.probability!r}" for stage, chance in probabilities.items()
    )
    return {
        "ref": "d.ref",
        "title": "lower(d.title)",
        "customer": "lower((SELECT name FROM customer WHERE id = d.customer_id))",
        "stage": "(SELECT position FROM stage WHERE id = d.stage_id)",
        "owner": "lower((SELECT name FROM member WHERE id = d.owner_member_id))",
        "amount": "d.amount",
        "weighted": f"d.amount * (CASE d.stage_id {chances} ELSE 0 END)" if chances else "0",
        "expected_close": "d.expected_close",
        "created_on": "d.created_on",
        "days_in_stage": "(SELECT MAX(h.entered_at) FROM deal_stage_change h"
        " WHERE h.deal_id = d.id AND h.left_at IS NULL)",
        "next_step_on": "d.next_step_on",
    }


# Days in stage sort by the date entered, the other way round.
_REVERSED = {"days_in_stage"}

_CARDS_SQL = """
WITH o AS (
    SELECT d.*, COALESCE((SELECT MAX(h.entered_at) FROM deal_stage_change h
                 WHERE h.deal_id = d.id AND h.left_at IS NULL), d.created_on) AS since
    FROM deal d WHERE d.id IN :ids
)
SELECT o.id, o.ref, o.title, o.customer_id, c.name, o.owner_member_id, m.name, o.amount,
       o.stage_id, o.expected_close, o.created_on,
       :on_day - {since}, CAST({idle} AS INTEGER),
       st.rotting_days, o.next_step, o.next_step_on,
       (SELECT MIN(f.due_on) FROM follow_up f WHERE f.deal_id = o.id AND f.done_at IS NULL)
FROM o
JOIN stage st ON st.id = o.stage_id
LEFT JOIN customer c ON c.id = o.customer_id
LEFT JOIN member m ON m.id = o.owner_member_id
"""


def fetch_cards(
    conn: Connection, query: DealQuery, on: date, offset: int, limit: int
) -> list[DealCard]:
    """A page of the open deals ``query`` selects (one column's when it names a stage)."""
    keys = sort_keys(stage_probabilities(conn, on) if query.sort == "weighted" else {})
    expression = keys.get(query.sort, keys["amount"])
    descending = query.descending != (query.sort in _REVERSED)
    direction = "DESC" if descending else "ASC"
    # an empty value sorts as the smallest on both engines (PostgreSQL's default: the largest)
    nulls = "NULLS LAST" if descending else "NULLS FIRST"
    where = query.where()
    ids = list(
        conn.execute(
            text(
                f"SELECT d.id FROM deal d WHERE {where.where()} ORDER BY {expression}"
                f" {direction} {nulls}, d.id {direction} LIMIT :limit OFFSET :offset"
            ),
            {**where.params, "limit": limit, "offset": offset},
        ).scalars()
    )
    return cards_for(conn, ids, on)


def cards_for(conn: Connection, ids: list[int], on: date) -> list[DealCard]:
    """The cards of the deals ``ids``, in that order."""
    if not ids:
        return []
    sql = dialect(conn)
    statement = _CARDS_SQL.format(
        since=sql.day_number(sql.date_of("o.since")), idle=idle_days_sql(sql, "o")
    )
    rows = conn.execute(
        with_lists(statement, "ids"),
        {"ids": ids, "on_day": on.toordinal(), "after": (on + timedelta(days=1)).isoformat()},
    )
    cards = {row[0]: _card(row, on) for row in rows}
    return [cards[deal_id] for deal_id in ids]


def _card(row: Any, on: date) -> DealCard:
    return DealCard(
        id=row[0],
        ref=row[1],
        title=row[2],
        customer_id=row[3],
        customer=row[4],
        owner_id=row[5],
        owner=row[6],
        amount=int(row[7]),
        stage_id=row[8],
        expected_close=_date(row[9]),
        created_on=_date(row[10]) or on,
        days_in_stage=max(int(row[11] or 0), 0),
        idle_days=max(int(row[12] or 0), 0),
        rotting_days=int(row[13]),
        next_step=row[14] or "",
        next_step_on=_date(row[15]),
        next_follow_up=_date(row[16]),
        on=on,
    )


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def count_deals(conn: Connection, query: DealQuery) -> int:
    where = query.where()
    return int(
        conn.execute(
            text(f"SELECT COUNT(*) FROM deal d WHERE {where.where()}"), where.params
        ).scalar_one()
    )
