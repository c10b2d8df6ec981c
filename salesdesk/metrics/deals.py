"""The metrics of SPEC §12, each once: every screen, report and command calls these.

Each is computed as of a date ``on`` (the open pipeline, rotting, the weighted forecast) or
over a period (win rate, cycle, conversion), within a scope (:mod:`salesdesk.metrics.deal_scope`)
and, where stages matter, one pipeline. Money is in minor units, rates are ratios, days are
calendar days between the dates of two events.

Definitions this module settles where SPEC §12 is brief:

- *Open at d*: created on or before d and not closed by the end of d. Its stage at d is the
  last one it entered by the end of d (today: its current stage).
- *Reached s*: the deal has a stay in s in its history (re-entries count once).
- *Stage conversion*: each deal counts once per stage, by its last exit from s in the
  window; it advanced when that exit led to a later stage of the same pipeline or to won.
- *Days in stage*: stays in s that ended in the window, and stays still open at its end
  (counted so far).
- *Forecast by month*: the months of a period, cut at its first and last day (a period from
  15 March counts what is won from 15 March on); open deals whose expected close has passed
  count on d; deals without an expected close are in no month.
- *Velocity*: a cycle of 0 days (won the day it was created) counts as 1 day.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy import text

from salesdesk.metrics import clock
from salesdesk.metrics.deal_scope import DealFilter, deal_filter
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.stages import load_stages
from salesdesk.periods import Period, add_months, month_start
from salesdesk.store.engine import SqlDialect, dialect

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# P(win | s) is learned from the deals closed in this many days up to the date...
LEARNING_DAYS = 365
# ... once at least this many of them reached the stage; before, the stage's default is used.
MIN_LEARNING_DEALS = 20


def _day(d: date) -> str:
    return d.isoformat()


def _after(d: date) -> str:
    """The first instant after day ``d``, to compare with stored timestamps."""
    return (d + timedelta(days=1)).isoformat()


# --- open deals at a date --------------------------------------------------------------------


def open_deals_sql(
    on: date,
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
    narrower: DealFilter | None = None,
    *,
    with_since: bool = False,
) -> tuple[str, dict[str, Any]]:
    """A CTE ``open_deal(id, stage_id, amount, expected_close[, since])`` of the deals open at
    the end of ``on``; ``since``, when asked for, is when they entered the stage they were in
    then (a lookup per deal). ``narrower`` adds conditions on ``deal d`` (the board's expected
    close period, say)."""
    where = deal_filter(scope, pipeline_id) + (narrower or DealFilter())
    params: dict[str, Any] = {**where.params, "on": _day(on), "after": _after(on)}
    params["on_day"] = on.toordinal()
    if on >= clock.today():  # nothing created or closed after today: the current state
        stage = "d.stage_id"
        latest = "WHERE h.deal_id = d.id AND h.left_at IS NULL"
        opened = "d.status = 'open'"  # read from an index on (status, stage, amount)
    else:
        latest = "WHERE h.deal_id = d.id AND h.entered_at < :after"
        stage = (
            f"COALESCE((SELECT h.stage_id FROM deal_stage_change h {latest}"
            " ORDER BY h.entered_at DESC, h.id DESC LIMIT 1), d.stage_id)"
        )
        opened = "d.created_on <= :on AND (d.status = 'open' OR d.closed_on > :on)"
    since = (
        f", COALESCE((SELECT MAX(h.entered_at) FROM deal_stage_change h {latest}), d.created_on)"
        " AS since"
        if with_since
        else ""
    )
    sql = (
        f"open_deal AS (SELECT d.id, {stage} AS stage_id, d.amount, d.expected_close{since}"
        f" FROM deal d WHERE {opened} AND {where.where()})"
    )
    return sql, params


@dataclass(frozen=True)
class OpenPipeline:
    deals: int
    amount: int


def open_by_stage(
    conn: Connection,
    on: date,
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
    narrower: DealFilter | None = None,
) -> dict[int, OpenPipeline]:
    """Open deals (count and amount) per stage at the end of ``on``."""
    cte, params = open_deals_sql(on, scope, pipeline_id, narrower)
    rows = conn.execute(
        text(
            f"WITH {cte} SELECT stage_id, COUNT(*), COALESCE(SUM(amount), 0)"
            " FROM open_deal GROUP BY stage_id"
        ),
        params,
    )
    return {stage_id: OpenPipeline(int(n), int(amount)) for stage_id, n, amount in rows}


def open_pipeline(
    conn: Connection, on: date, scope: Scope = Scope(), pipeline_id: int | None = None
) -> OpenPipeline:
    """SPEC §12 open pipeline: the count and sum of amounts of the deals open at ``on``."""
    stages = open_by_stage(conn, on, scope, pipeline_id).values()
    return OpenPipeline(sum(s.deals for s in stages), sum(s.amount for s in stages))


# --- P(win | s) and the weighted pipeline ----------------------------------------------------


@dataclass(frozen=True)
class StageProbability:
    """P(win | s): ``learned`` when at least MIN_LEARNING_DEALS closed deals reached s."""

    stage_id: int
    probability: float
    learned: bool
    reached: int  # closed deals of the learning window that reached the stage
    won: int
    default: float


_REACHED_SQL = """
SELECT h.stage_id, COUNT(DISTINCT d.id), COUNT(DISTINCT CASE WHEN d.status = 'won' THEN d.id END)
FROM deal d JOIN deal_stage_change h ON h.deal_id = d.id
WHERE d.status IN ('won', 'lost') AND d.closed_on > :since AND d.closed_on <= :on
GROUP BY h.stage_id
"""

# database -> (date, state of the deals) -> probabilities: learning reads every closed deal of
# a year with its history, which the board would otherwise pay on each refresh. Keyed by the
# engine, not its URL: an engine made with a creator has the same URL for every file.
_probability_cache: WeakKeyDictionary[Engine, dict[tuple[Any, ...], dict[int, StageProbability]]]
_probability_cache = WeakKeyDictionary()


def stage_probabilities(conn: Connection, on: date) -> dict[int, StageProbability]:
    """P(win | s) for every stage, learned from the company's deals closed in the
    LEARNING_DAYS days up to ``on``; the stage's default where fewer than
    MIN_LEARNING_DEALS of them reached it."""
    cache = _probability_cache.setdefault(conn.engine, {})
    key = (on, *_deals_state(conn), MIN_LEARNING_DEALS, LEARNING_DAYS)
    if (cached := cache.get(key)) is not None:
        return cached
    params = {"on": _day(on), "since": _day(on - timedelta(days=LEARNING_DAYS))}
    reached = {
        stage: (int(n), int(won)) for stage, n, won in conn.execute(text(_REACHED_SQL), params)
    }
    result = {}
    for stage in load_stages(conn).values():
        n, won = reached.get(stage.id, (0, 0))
        learned = n >= MIN_LEARNING_DEALS
        probability = won / n if learned else stage.probability
        result[stage.id] = StageProbability(
            stage.id, probability, learned, n, won, stage.probability
        )
    if len(cache) > 32:
        cache.clear()
    cache[key] = result
    return result


def _deals_state(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever what P(win | stage) is learned from may have: a new deal or stage (by
    their ids), and the changes to closed deals, their stays and stages that triggers count
    (``deal_state``). A move of an open deal changes none of it."""
    return tuple(
        conn.execute(
            text(
                "SELECT (SELECT MAX(id) FROM deal), (SELECT MAX(id) FROM stage),"
                " (SELECT closed_changes FROM deal_state WHERE id = 1)"
            )
        ).one()
    )


def weighted_pipeline(
    conn: Connection,
    on: date,
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
    narrower: DealFilter | None = None,
) -> float:
    """SPEC §12: the sum over open deals of amount x P(win | their stage), in minor units."""
    probabilities = stage_probabilities(conn, on)
    return sum(
        totals.amount * probabilities[stage].probability
        for stage, totals in open_by_stage(conn, on, scope, pipeline_id, narrower).items()
        if stage in probabilities
    )


# --- closed deals: win rate, average won deal, sales cycle -----------------------------------


@dataclass(frozen=True)
class ClosedDeals:
    """The deals closed in a period."""

    won: int
    lost: int
    won_amount: int
    cycle_days: float | None  # median days from created to won

    @property
    def win_rate(self) -> float | None:
        """Won / (won + lost); None when none closed."""
        closed = self.won + self.lost
        return self.won / closed if closed else None

    @property
    def average_won_deal(self) -> float | None:
        return self.won_amount / self.won if self.won else None


def closed_deals(
    conn: Connection,
    period: Period,
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
    narrower: DealFilter | None = None,
    *,
    stage_id: int | None = None,
) -> ClosedDeals:
    """Win rate, average won deal and sales cycle (SPEC §12) of the deals closed in
    ``period``; ``stage_id`` keeps those that closed from that stage."""
    where = deal_filter(scope, pipeline_id, stage_id=stage_id) + (narrower or DealFilter())
    params = {**where.params, "start": _day(period.start), "end": _day(period.end)}
    closed = f"d.closed_on BETWEEN :start AND :end AND {where.where()}"
    won, lost, amount = conn.execute(
        text(
            "SELECT COUNT(*) FILTER (WHERE d.status = 'won'),"
            " COUNT(*) FILTER (WHERE d.status = 'lost'),"
            " COALESCE(SUM(d.amount) FILTER (WHERE d.status = 'won'), 0)"
            f" FROM deal d WHERE d.status IN ('won', 'lost') AND {closed}"
        ),
        params,
    ).one()
    sql = dialect(conn)
    cycles = conn.execute(
        text(
            f"SELECT {sql.day_number('d.closed_on')} - {sql.day_number('d.created_on')}"
            f" FROM deal d WHERE d.status = 'won' AND {closed}"
        ),
        params,
    ).scalars()
    days = [max(float(c), 0.0) for c in cycles if c is not None]
    return ClosedDeals(int(won), int(lost), int(amount), statistics.median(days) if days else None)


def win_rate(conn: Connection, period: Period, scope: Scope = Scope()) -> float | None:
    return closed_deals(conn, period, scope).win_rate


# --- stages: conversion and dwell ------------------------------------------------------------


@dataclass(frozen=True)
class Conversion:
    left: int  # deals that left the stage in the window
    advanced: int  # of them, those whose last exit went to a later stage or to won

    @property
    def rate(self) -> float | None:
        return self.advanced / self.left if self.left else None


_CONVERSION_SQL = """
WITH stay AS (
    SELECT h.deal_id, h.stage_id, h.left_at,
           LEAD(h.stage_id) OVER (PARTITION BY h.deal_id ORDER BY h.entered_at, h.id) AS next_stage
    FROM deal_stage_change h
    WHERE h.deal_id IN (SELECT deal_id FROM deal_stage_change
                        WHERE left_at >= :start AND left_at < :after)
), last_exit AS (
    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.deal_id, s.stage_id
                                   ORDER BY s.left_at DESC) AS newest
    FROM stay s WHERE s.left_at >= :start AND s.left_at < :after
)
SELECT e.stage_id, COUNT(*),
       SUM(CASE WHEN e.next_stage IS NULL AND d.status = 'won' THEN 1
                WHEN nxt.pipeline_id = cur.pipeline_id AND nxt.position > cur.position THEN 1
                ELSE 0 END)
FROM last_exit e
JOIN deal d ON d.id = e.deal_id
JOIN stage cur ON cur.id = e.stage_id
LEFT JOIN stage nxt ON nxt.id = e.next_stage
WHERE e.newest = 1 AND {where}
GROUP BY e.stage_id
"""


def stage_conversion(
    conn: Connection, period: Period, scope: Scope = Scope(), pipeline_id: int | None = None
) -> dict[int, Conversion]:
    """SPEC §12 stage conversion per stage: of the deals that left it in ``period``, the share
    that went on to a later stage or were won (re-entries: the last exit counts)."""
    where = deal_filter(scope, pipeline_id)
    params = {**where.params, "start": _day(period.start), "after": _after(period.end)}
    rows = conn.execute(text(_CONVERSION_SQL.format(where=where.where())), params)
    return {stage: Conversion(int(n), int(advanced or 0)) for stage, n, advanced in rows}


# A stay still going at the period's end counts up to its last day.
_DWELL_SQL = """
SELECT h.stage_id, CASE WHEN h.left_at IS NULL OR h.left_at >= :after THEN :last_day
                        ELSE {left} END - {entered}
FROM deal_stage_change h JOIN deal d ON d.id = h.deal_id
WHERE {where} AND h.entered_at < :after AND (h.left_at IS NULL OR h.left_at >= :start)
"""


def days_in_stage(
    conn: Connection, period: Period, scope: Scope = Scope(), pipeline_id: int | None = None
) -> dict[int, float]:
    """SPEC §12 days in stage: the median days of the stays in each stage that ended in
    ``period`` or were still going at its end (those counted to its last day)."""
    where = deal_filter(scope, pipeline_id)
    params = {
        **where.params,
        "start": _day(period.start),
        "after": _after(period.end),
        "last_day": period.end.toordinal(),
    }
    sql = dialect(conn)
    statement = _DWELL_SQL.format(
        where=where.where(),
        left=sql.day_number(sql.date_of("h.left_at")),
        entered=sql.day_number(sql.date_of("h.entered_at")),
    )
    days: dict[int, list[float]] = {}
    for stage, value in conn.execute(text(statement), params):
        days.setdefault(stage, []).append(max(float(value), 0.0))
    return {stage: statistics.median(values) for stage, values in days.items()}


# --- the funnel and lost reasons -------------------------------------------------------------


_FURTHEST_SQL = """
SELECT st.pipeline_id, CASE WHEN d.status = 'won' THEN NULL ELSE
       (SELECT MAX(hs.position) FROM deal_stage_change h JOIN stage hs ON hs.id = h.stage_id
        WHERE h.deal_id = d.id) END AS furthest, COUNT(*)
FROM deal d JOIN stage st ON st.id = d.stage_id
WHERE d.created_on BETWEEN :start AND :end AND {where}
GROUP BY 1, 2
"""


def funnel(
    conn: Connection, period: Period, scope: Scope = Scope(), pipeline_id: int | None = None
) -> dict[int, int]:
    """Deals created in ``period`` that reached each stage or a later one of its pipeline
    (a won deal reached them all), by stage: a count that never grows down the pipeline."""
    where = deal_filter(scope, pipeline_id)
    params = {**where.params, "start": _day(period.start), "end": _day(period.end)}
    counts = conn.execute(text(_FURTHEST_SQL.format(where=where.where())), params).all()
    result: dict[int, int] = {}
    for stage in load_stages(conn).values():
        if pipeline_id is None or stage.pipeline_id == pipeline_id:
            result[stage.id] = sum(
                int(n)
                for pipeline, furthest, n in counts
                if pipeline == stage.pipeline_id
                and (furthest is None or furthest >= stage.position)
            )
    return result


@dataclass(frozen=True)
class LostReason:
    reason: str  # "" when none was given
    deals: int
    amount: int


def lost_reasons(
    conn: Connection, period: Period, scope: Scope = Scope(), pipeline_id: int | None = None
) -> list[LostReason]:
    """The reasons of the deals lost in ``period``, the most frequent first."""
    where = deal_filter(scope, pipeline_id)
    params = {**where.params, "start": _day(period.start), "end": _day(period.end)}
    rows = conn.execute(
        text(
            "SELECT TRIM(COALESCE(d.lost_reason, '')) AS reason, COUNT(*), SUM(d.amount)"
            " FROM deal d WHERE d.status = 'lost' AND d.closed_on BETWEEN :start AND :end"
            f" AND {where.where()} GROUP BY reason ORDER BY COUNT(*) DESC, reason"
        ),
        params,
    )
    return [LostReason(reason, int(n), int(amount or 0)) for reason, n, amount in rows]


# --- the forecast by month --------------------------------------------------------------------


def forecast_spans(
    period: Period, until: date | None = None, limit: int | None = None
) -> list[Period]:
    """The months from ``period``'s first day to its last (or to the end of ``until``'s month
    when later), cut where the period starts and ends: a period from 15 March to 14 April
    gives 15-31 March and 1-14 April, then whole months. At most ``limit`` of them."""
    last = period.end
    if until is not None:
        last = max(last, add_months(month_start(until), 1) - timedelta(days=1))
    spans: list[Period] = []
    start = period.start
    while start <= last and (limit is None or len(spans) < limit):
        end = min(add_months(month_start(start), 1) - timedelta(days=1), last)
        if start <= period.end < end:
            end = period.end
        spans.append(Period(start, end, "month" if _whole_month(start, end) else "custom"))
        start = end + timedelta(days=1)
    return spans


def _whole_month(start: date, end: date) -> bool:
    return start.day == 1 and end + timedelta(days=1) == add_months(start, 1)


@dataclass(frozen=True)
class MonthForecast:
    span: Period  # a month, or the part of one inside the period asked about
    won: int  # won in the span up to the date
    weighted: float  # open deals expected to close in it, weighted by P(win | stage)

    @property
    def total(self) -> float:
        return self.won + self.weighted


def forecast_by_month(
    conn: Connection,
    on: date,
    spans: list[Period],
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
) -> list[MonthForecast]:
    """SPEC §12 per span of :func:`forecast_spans`: won in it up to ``on`` plus the weighted
    open deals expected to close in it (those whose expected close passed count on ``on``)."""
    if not spans:
        return []
    where = deal_filter(scope, pipeline_id)
    params = {
        **where.params,
        "start": _day(spans[0].start),
        "end": _day(min(spans[-1].end, on)),
    }
    won_by_day = conn.execute(
        text(
            "SELECT d.closed_on, SUM(d.amount) FROM deal d"
            " WHERE d.status = 'won' AND d.closed_on BETWEEN :start AND :end"
            f" AND {where.where()} GROUP BY 1"
        ),
        params,
    ).all()
    won = [0] * len(spans)
    for day, amount in won_by_day:
        if (index := _span_of(spans, date.fromisoformat(str(day)[:10]))) is not None:
            won[index] += int(amount)
    expected = open_by_close_span(conn, on, spans, scope, pipeline_id)
    return [MonthForecast(span, won[i], expected[i][1]) for i, span in enumerate(spans)]


def _span_of(spans: list[Period], day: date) -> int | None:
    index = bisect_right([s.start for s in spans], day) - 1
    return index if index >= 0 and day <= spans[index].end else None


def open_by_close_span(
    conn: Connection,
    on: date,
    spans: list[Period],
    scope: Scope = Scope(),
    pipeline_id: int | None = None,
) -> list[tuple[OpenPipeline, float]]:
    """The deals open at ``on`` by the span they are expected to close in (those whose
    expected close passed count on ``on``; those without a date in none): count and amount,
    and weighted amount."""
    probabilities = stage_probabilities(conn, on)
    cte, params = open_deals_sql(on, scope, pipeline_id)
    rows = conn.execute(
        text(
            f"WITH {cte} SELECT CASE WHEN expected_close < :on THEN :on ELSE expected_close END,"
            " stage_id, COUNT(*), SUM(amount)"
            " FROM open_deal WHERE expected_close IS NOT NULL GROUP BY 1, 2"
        ),
        params,
    )
    result = [(OpenPipeline(0, 0), 0.0)] * len(spans)
    for day, stage, n, amount in rows:
        index = _span_of(spans, date.fromisoformat(str(day)[:10]))
        if index is None:
            continue
        opened, weighted = result[index]
        chance = probabilities[stage].probability if stage in probabilities else 0.0
        result[index] = (
            OpenPipeline(opened.deals + int(n), opened.amount + int(amount)),
            weighted + int(amount) * chance,
        )
    return result


def weighted_expected_by(
    conn: Connection, on: date, last_day: date, scope: Scope = Scope(), *, count: bool = False
) -> float:
    """The weighted amount (or, with ``count``, the expected number of wins) of the deals
    open at ``on`` expected to close by ``last_day``: what the pipeline should bring."""
    probabilities = stage_probabilities(conn, on)
    cte, params = open_deals_sql(on, scope)
    params["last_day"] = _day(last_day)
    rows = conn.execute(
        text(
            f"WITH {cte} SELECT stage_id, COUNT(*), SUM(amount) FROM open_deal"
            " WHERE expected_close <= :last_day GROUP BY stage_id"
        ),
        params,
    )
    total = 0.0
    for stage, n, amount in rows:
        chance = probabilities[stage].probability if stage in probabilities else 0.0
        total += (int(n) if count else int(amount)) * chance
    return total


# --- velocity and rotting ---------------------------------------------------------------------


@dataclass(frozen=True)
class Velocity:
    open_deals: int
    win_rate: float | None
    average_won_deal: float | None
    cycle_days: float | None

    @property
    def per_day(self) -> float | None:
        """Open deals x win rate x average won deal / cycle days: money per day."""
        if self.win_rate is None or self.average_won_deal is None or self.cycle_days is None:
            return None
        return self.open_deals * self.win_rate * self.average_won_deal / max(self.cycle_days, 1.0)


def pipeline_velocity(
    conn: Connection, period: Period, scope: Scope = Scope(), pipeline_id: int | None = None
) -> Velocity:
    """SPEC §12 pipeline velocity over ``period``, with the open deals at its closing day."""
    closed = closed_deals(conn, period, scope, pipeline_id)
    opened = open_pipeline(conn, clock.closing_day(period), scope, pipeline_id)
    return Velocity(opened.deals, closed.win_rate, closed.average_won_deal, closed.cycle_days)


def idle_days_sql(sql: SqlDialect, deal: str = "o") -> str:
    """Days from the last activity of an open deal row (``id``, ``since``) to ``:on``
    (``:on_day`` its day number): the later of entering its stage and the last follow-up
    done on it by then."""
    done = (
        f"(SELECT MAX(f.done_at) FROM follow_up f"
        f" WHERE f.deal_id = {deal}.id AND f.done_at < :after)"
    )
    latest = f"CASE WHEN {done} > {deal}.since THEN {done} ELSE {deal}.since END"
    return f"(:on_day - {sql.day_number(sql.date_of(latest))})"


@dataclass(frozen=True)
class RottingDeal:
    deal_id: int
    stage_id: int
    amount: int
    idle_days: int
    rotting_days: int


def rotting_deals(
    conn: Connection, on: date, scope: Scope = Scope(), pipeline_id: int | None = None
) -> list[RottingDeal]:
    """SPEC §12: open deals with no stage change and no follow-up done for more than their
    stage's rotting days, the longest idle first."""
    cte, params = open_deals_sql(on, scope, pipeline_id, with_since=True)
    rows = conn.execute(
        text(
            f"WITH {cte}, idle AS (SELECT o.id, o.stage_id, o.amount,"
            f" {idle_days_sql(dialect(conn))} AS days,"
            " st.rotting_days FROM open_deal o JOIN stage st ON st.id = o.stage_id)"
            " SELECT id, stage_id, amount, days, rotting_days FROM idle"
            " WHERE days > rotting_days ORDER BY days DESC, amount DESC, id"
        ),
        params,
    )
    return [RottingDeal(i, s, int(a), int(days), int(r)) for i, s, a, days, r in rows]


# --- goal metrics -----------------------------------------------------------------------------

GOAL_METRICS = ("deals_won", "win_rate", "pipeline_created")
DAILY_GOAL_METRICS = ("deals_won", "pipeline_created")


def goal_metric_value(
    conn: Connection, metric: str, period: Period, scope: Scope = Scope()
) -> float | None:
    """A pipeline goal metric over ``period``: deals won, win rate or pipeline created (the
    amount of the deals created)."""
    if metric == "win_rate":
        return closed_deals(conn, period, scope).win_rate
    return float(sum(daily_values(conn, metric, period, scope).values()))


def daily_values(
    conn: Connection, metric: str, period: Period, scope: Scope = Scope()
) -> dict[date, float]:
    """Deals won (by the day they closed) or pipeline created (the amount of the deals
    created, by the day they were) per day of ``period``; days with 0 left out."""
    if metric not in DAILY_GOAL_METRICS:
        raise ValueError(f"{metric!r} does not add up over days")
    where = deal_filter(scope)
    day, value, condition = (
        ("d.closed_on", "COUNT(*)", "d.status = 'won'")
        if metric == "deals_won"
        else ("d.created_on", "SUM(d.amount)", "1 = 1")
    )
    rows = conn.execute(
        text(
            f"SELECT {day}, {value} FROM deal d WHERE {condition} AND {day} BETWEEN :start AND :end"
            f" AND {where.where()} GROUP BY {day}"
        ),
        {**where.params, "start": _day(period.start), "end": _day(period.end)},
    )
    return {date.fromisoformat(str(d)[:10]): float(v) for d, v in rows if v}
