"""Segment rules as data: conditions joined by AND, read from and written to the JSON of
``segment.rule`` (see :mod:`salesdesk.customers.segments` for what they mean in SQL)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from salesdesk.customers.query import STATUSES
from salesdesk.customers.words import rfm_tier_names

RANGES = ("revenue", "days_since_purchase")
LISTED_FIELDS = ("account_type", "persona", "owner", "channel", "rfm_tier")
FIELDS = (*LISTED_FIELDS, "territory", "status", *RANGES)


class RuleError(ValueError):
    """A rule that cannot be read: unknown field, bad value."""


@dataclass(frozen=True)
class Condition:
    """One condition: ``values`` for list fields, ``minimum``/``maximum`` (inclusive, either
    may be open) for ranges."""

    field: str
    values: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def to_json(self) -> dict[str, Any]:
        if self.field in RANGES:
            return {"field": self.field, "min": self.minimum, "max": self.maximum}
        return {"field": self.field, "values": list(self.values)}


def parse_rule(rule: str) -> list[Condition]:
    try:
        items = json.loads(rule or "[]")
        conditions = [_condition(item) for item in items]
    except (TypeError, KeyError, AttributeError, json.JSONDecodeError) as error:
        raise RuleError(f"unreadable segment rule: {error}") from error
    for condition in conditions:
        _check(condition)
    return conditions


# The compact form ``{"field", "op", "value"}`` (the demo writes it) reads as the same rule.
_FIELD_ALIASES = {"days_since_last_purchase": "days_since_purchase"}


def _condition(item: dict[str, Any]) -> Condition:
    field = _FIELD_ALIASES.get(item["field"], item["field"])
    if "op" in item:
        return _compact_condition(field, item["op"], item["value"])
    if field in RANGES:
        return Condition(field, minimum=item.get("min"), maximum=item.get("max"))
    return Condition(field, tuple(item.get("values", ())))


def _compact_condition(field: str, op: str, value: Any) -> Condition:
    """``=`` / ``in`` name values; ``>``, ``>=``, ``<``, ``<=`` bound a range (whole numbers:
    days or minor units, so ``> 90`` is ``>= 91``)."""
    if op in ("=", "in"):
        return Condition(field, tuple(value) if isinstance(value, list) else (value,))
    bounds = {">": (value + 1, None), ">=": (value, None), "<": (None, value - 1),
              "<=": (None, value)}  # fmt: skip
    if op not in bounds or field not in RANGES:
        raise KeyError(f"{field} {op}")
    minimum, maximum = bounds[op]
    return Condition(field, minimum=minimum, maximum=maximum)


def _check(condition: Condition) -> None:
    if condition.field not in FIELDS:
        raise RuleError(f"unknown segment field {condition.field!r}")
    allowed = {"status": STATUSES, "rfm_tier": tuple(rfm_tier_names())}.get(condition.field)
    if allowed is not None and not set(condition.values) <= set(allowed):
        raise RuleError(f"unknown {condition.field} in {condition.values!r}")


def dump_rule(conditions: list[Condition]) -> str:
    return json.dumps([c.to_json() for c in conditions], ensure_ascii=False)
