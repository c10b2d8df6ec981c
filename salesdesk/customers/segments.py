"""Segments (SPEC §2): saved rules over customer attributes and computed figures.

A rule is a list of conditions joined by AND, stored as JSON in ``segment.rule``::

    [{"field": "account_type", "values": [1, 2]},
     {"field": "territory", "values": [3]},            # the territory and its descendants
     {"field": "revenue", "min": 100000, "max": null},  # last 12 months, minor units
     {"field": "days_since_purchase", "min": 90}]

Membership is computed, never stored: a rule compiles to one SQL condition on ``customer c``
that the customer list, the metrics (as a scope) and the member count all use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.customers.listing import (
    EXISTED,
    NOT_OWNED,
    TERRITORY_TREE,
    StatusDay,
    status_condition,
)
from salesdesk.customers.rules import RANGES, Condition, RuleError, dump_rule, parse_rule
from salesdesk.metrics import clock
from salesdesk.metrics.scope import Scope, SegmentCondition

# The rule data types live in salesdesk.customers.rules; named here for callers of segments.
__all__ = ["RANGES", "Condition", "RuleDay", "RuleError", "dump_rule", "parse_rule"]

from salesdesk.store.changes import Change, save_row

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

# The day a rule is read at: membership is computed as of a day (SPEC §3a), from the
# figures, statuses and owners of that day.
RuleDay = StatusDay

NOBODY = "1 = 0"  # a condition no customer meets
# field -> the column its listed values are matched against (several values: any of them)
_LISTED = {
    "account_type": "c.account_type_id",
    "persona": "c.persona_id",
    "owner": "{owner}",
    "channel": "c.acquisition_channel_id",
    "rfm_tier": "cs.rfm_tier",
}


def compile_rule(
    conditions: list[Condition], day: StatusDay, segment_id: int = 0
) -> SegmentCondition:
    """The rule as one condition on ``customer c`` (an uncorrelated subquery); customers
    who did not exist yet at the day are never members."""
    parts: list[str] = [EXISTED]
    params: dict[str, Any] = day.params()
    for position, condition in enumerate(conditions):
        sql, extra = _compile(condition, f"v{position}", day)
        parts.append(sql)
        params.update(extra)
    sql = (
        f"SELECT c.id FROM customer c JOIN {day.figures} cs ON cs.customer_id = c.id"
        f" WHERE {' AND '.join(parts)}"
    )
    sql, params = _prefixed(sql, params, f"seg{segment_id}_")
    return SegmentCondition(segment_id, f"c.id IN ({sql})", tuple(sorted(params.items())))


def _compile(condition: Condition, name: str, day: StatusDay) -> tuple[str, dict[str, Any]]:
    values = list(condition.values)
    if condition.field in _LISTED:
        column = _LISTED[condition.field].format(owner=day.owner)
        return _listed(column, name, values, unowned=condition.field == "owner")
    if condition.field == "status":
        if not values:
            return NOBODY, {}
        return "(" + " OR ".join(status_condition(s) for s in values) + ")", {}
    if condition.field == "territory":
        return _territories(name, values)
    if condition.field == "revenue":
        return _range("cs.revenue_365", name, condition.minimum, condition.maximum)
    return _days_range(name, condition, day.day)


def _listed(
    column: str, name: str, values: list[Any], *, unowned: bool = False
) -> tuple[str, dict[str, Any]]:
    if not values:
        return NOBODY, {}  # nothing chosen: nobody matches, as the builder's empty list shows
    # a parameter per value: the rule's SQL is embedded in other statements as it is
    params = {f"{name}_{i}": value for i, value in enumerate(values)}
    any_of = f"{column} IN ({', '.join(f':{p}' for p in params)})"
    if unowned and NOT_OWNED in values:
        any_of = f"({any_of} OR {column} IS NULL)"
    return any_of, params


def _territories(name: str, values: list[Any]) -> tuple[str, dict[str, Any]]:
    if not values:
        return NOBODY, {}
    # One territory (with its subtree) per condition; the builder offers one.
    tree = TERRITORY_TREE.replace(":territory", f":{name}_territory")
    sql = f"c.territory_id IN (WITH RECURSIVE {tree} SELECT id FROM list_territory)"
    return sql, {f"{name}_territory": values[0]}


def _range(
    column: str, name: str, minimum: float | str | None, maximum: float | str | None
) -> tuple[str, dict[str, Any]]:
    parts, params = [], {}
    if minimum is not None:
        parts.append(f"{column} >= :{name}_min")
        params[f"{name}_min"] = minimum
    if maximum is not None:
        parts.append(f"{column} <= :{name}_max")
        params[f"{name}_max"] = maximum
    return " AND ".join(parts) or "1 = 1", params


def _days_range(name: str, condition: Condition, day: date) -> tuple[str, dict[str, Any]]:
    """Days since the last purchase: fewer days is a later sale; prospects never match."""
    latest = None if condition.minimum is None else day - timedelta(days=condition.minimum)
    earliest = None if condition.maximum is None else day - timedelta(days=condition.maximum)
    sql, params = _range(
        "cs.last_sale",
        name,
        earliest.isoformat() if earliest else None,
        latest.isoformat() if latest else None,
    )
    return f"cs.last_sale IS NOT NULL AND {sql}", params


def _prefixed(sql: str, params: dict[str, Any], prefix: str) -> tuple[str, dict[str, Any]]:
    """Renames the parameters, so that a segment's never meet a metric's or another's."""
    for name in sorted(params, key=len, reverse=True):
        sql = re.sub(rf":{name}\b", f":{prefix}{name}", sql)
    return sql, {f"{prefix}{name}": value for name, value in params.items()}


# --- stored segments -------------------------------------------------------------------------


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    name: str
    conditions: list[Condition]


def load_segments(conn: Connection) -> list[SegmentInfo]:
    rows = conn.execute(text("SELECT id, name, rule FROM segment ORDER BY name, id"))
    return [SegmentInfo(id_, name, parse_rule(rule)) for id_, name, rule in rows]


def save_segment(conn: Connection, segment_id: int | None, values: dict[str, str]) -> Change:
    """Saves a segment's name and rule: a new one (no id) or changes to one."""
    return save_row(conn, "segment", segment_id, values)


def segment_condition(
    conn: Connection, segment_id: int, day: date | None = None
) -> SegmentCondition:
    """A saved segment's rule compiled at ``day`` (today by default)."""
    rule = conn.execute(
        text("SELECT rule FROM segment WHERE id = :id"), {"id": segment_id}
    ).scalar_one_or_none()
    if rule is None:
        raise LookupError(f"segment {segment_id} does not exist")
    rule_day = StatusDay.at(conn, day or clock.today())
    return compile_rule(parse_rule(rule), rule_day, segment_id)


def segment_scope(
    conn: Connection, segment_id: int, base: Scope | None = None, day: date | None = None
) -> Scope:
    """``base`` (everything by default) narrowed to a saved segment's customers at ``day``
    (today by default), for any metric: ``customer_flow(conn, period, segment_scope(conn,
    3))``."""
    return replace(base or Scope(), segment=segment_condition(conn, segment_id, day))


def count_members(conn: Connection, condition: SegmentCondition) -> int:
    sql = f"SELECT COUNT(*) FROM customer c WHERE {condition.sql}"
    return int(conn.execute(text(sql), dict(condition.params)).scalar_one())
