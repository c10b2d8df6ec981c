"""The sales-and-service log (interactions) and the monthly marketing spend per channel.

Interactions happen while a customer is active (and a little after their last purchase);
prospects only get calls, e-mails and meetings. Some complaints and tickets are still open
long after they were logged, which is what puts current customers at risk.
Spend is derived from the customers each channel won and keeps: acquisition spend =
new customers x the channel's CAC, retention spend = active customers x CAC / the
channel's CAC-to-retention ratio (5-25x, as the textbooks say).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.calendar import HISTORY_MONTHS, DemoCalendar
from salesdesk.demo.customers import RETENTION_WINDOW, CustomerPlan
from salesdesk.demo.names import pick_texts
from salesdesk.demo.orders import OrderPlan
from salesdesk.demo.profile import CHANNELS
from salesdesk.demo.sql import insert
from salesdesk.store.models import Department, InteractionKind

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

INTERACTIONS_PER_CUSTOMER = 1.1
KIND_MIX = {
    InteractionKind.CALL: 0.34,
    InteractionKind.EMAIL: 0.24,
    InteractionKind.MEETING: 0.12,
    InteractionKind.SERVICE_TICKET: 0.16,
    InteractionKind.COMPLAINT: 0.06,
    InteractionKind.OTHER: 0.08,
}
AFTERCARE_DAYS = 60  # contacts continue this long after the last purchase
AT_RISK_SHARE = 0.02  # current customers with an old open complaint
CHUNK = 200_000

_COLUMNS = (
    "customer_id",
    "date",
    "kind",
    "department",
    "member_id",
    "subject",
    "outcome",
    "is_open",
    "closed_on",
    "follow_up_on",
)
RESOLUTION_DAYS = (1, 25)  # how long a complaint or ticket stays open once it is dealt with


def write_interactions(
    connection: sqlite3.Connection,
    streams: tuple[np.random.Generator, np.random.Generator],
    plan: DemoPlan,
    advance: Callable[[int], None],
) -> None:
    """The log, drawn from the first stream; the days complaints and tickets were closed
    from the second, so that adding them left every other draw as it was."""
    rng, resolutions = streams
    log = _plan_log(rng, plan.customers, plan.orders, plan.calendar)
    log["closed"] = _closing_days(resolutions, log, plan.calendar.days - 1)
    order = np.lexsort((log["customer"], log["day"]))
    log = {key: values[order] for key, values in log.items()}
    log["member"] = np.where(
        log["department"] == 0,
        plan.org.seat_member_on(plan.customers.seat[log["customer"]], log["day"]),
        0,
    )
    for start in range(0, len(order), CHUNK):
        part = {key: values[start : start + CHUNK] for key, values in log.items()}
        insert(connection, "interaction", _COLUMNS, _rows(rng, part, plan))
        advance(len(part["day"]))


def _plan_log(
    rng: np.random.Generator, customers: CustomerPlan, orders: OrderPlan, calendar: DemoCalendar
) -> dict[str, np.ndarray]:
    today = calendar.days - 1
    n = customers.count
    order_count = np.bincount(orders.customer, minlength=n)
    weight = np.where(orders.last_sale >= 0, 1.0 + np.sqrt(order_count), 0.6)
    size = max(1, round(n * INTERACTIONS_PER_CUSTOMER))
    customer = rng.choice(n, size, p=weight / weight.sum()).astype(np.int32)
    last = orders.last_sale[customer]
    until = np.where(last >= 0, np.minimum(last + AFTERCARE_DAYS, today), today)
    created = np.maximum(customers.created[customer], 0)  # legacy: from the history's start
    day = rng.integers(created, np.maximum(until, created) + 1).astype(np.int32)
    kind = rng.choice(len(KIND_MIX), size, p=list(KIND_MIX.values()))
    aftersales = np.isin(
        kind, [_kind(InteractionKind.SERVICE_TICKET), _kind(InteractionKind.COMPLAINT)]
    )
    kind[aftersales & (last < 0)] = _kind(InteractionKind.CALL)  # prospects bought nothing
    aftersales &= last >= 0
    # Fresh tickets are mostly open; a few from the last months were never closed.
    chance = np.where(day >= today - 10, 0.6, np.where(day >= today - 120, 0.05, 0.0))
    is_open = rng.random(size) < chance
    is_open &= aftersales
    follow_up = ~aftersales & (day >= today - 30) & (rng.random(size) < 0.25)
    log: dict[str, np.ndarray] = {
        "customer": customer,
        "day": day,
        "kind": kind,
        "department": np.where(aftersales, 1, 0),
        "is_open": is_open | follow_up,
        "follow_up": np.where(follow_up, day + rng.integers(3, 31, size), -1),
    }
    return _with_at_risk_complaints(rng, log, orders.last_sale, today)


def _kind(kind: InteractionKind) -> int:
    return list(KIND_MIX).index(kind)


def _closing_days(rng: np.random.Generator, log: dict[str, np.ndarray], today: int) -> np.ndarray:
    """The day each complaint or ticket no longer open was resolved (-1: none to record):
    a past day sees it open until then (SPEC §3a As of a date)."""
    delay = rng.integers(*RESOLUTION_DAYS, len(log["day"]), endpoint=True)
    closed = log["department"].astype(bool) & ~log["is_open"]
    return np.where(closed, np.minimum(log["day"] + delay, today), -1).astype(np.int32)


def _with_at_risk_complaints(
    rng: np.random.Generator, log: dict[str, np.ndarray], last_sale: np.ndarray, today: int
) -> dict[str, np.ndarray]:
    """Adds an open complaint, 15-75 days old, for a few current customers."""
    current = np.flatnonzero((last_sale >= 0) & (last_sale > today - RETENTION_WINDOW))
    chosen = current[rng.random(len(current)) < AT_RISK_SHARE]
    if len(current) and not len(chosen):
        chosen = current[:1]
    k = len(chosen)
    extra = {
        "customer": chosen.astype(np.int32),
        "day": (today - rng.integers(15, 76, k)).astype(np.int32),
        "kind": np.full(k, _kind(InteractionKind.COMPLAINT)),
        "department": np.ones(k, dtype=int),
        "is_open": np.ones(k, dtype=bool),
        "follow_up": np.full(k, -1),
    }
    return {key: np.concatenate((log[key], extra[key])) for key in log}


def _rows(
    rng: np.random.Generator, log: dict[str, np.ndarray], plan: DemoPlan
) -> list[tuple[object, ...]]:
    content, calendar, kinds = plan.content, plan.calendar, list(KIND_MIX)
    n = len(log["day"])
    subject = np.empty(n, dtype=object)
    outcome = np.empty(n, dtype=object)
    for index, kind in enumerate(kinds):
        chosen = np.flatnonzero(log["kind"] == index)
        texts = content.interactions[kind.value]
        subject[chosen] = pick_texts(rng, texts.subjects, len(chosen))
        outcome[chosen] = pick_texts(rng, texts.outcomes, len(chosen))
    outcome[log["is_open"]] = ""  # not settled yet
    follow_up = _days_or_none(calendar, log["follow_up"])
    closed = _days_or_none(calendar, log["closed"])
    department = np.array([Department.SALES.value, Department.SERVICE.value], dtype=object)
    kind_values = np.array([k.value for k in kinds], dtype=object)
    return list(
        zip(
            (log["customer"] + 1).tolist(),
            calendar.text(log["day"]).tolist(),
            kind_values[log["kind"]].tolist(),
            department[log["department"]].tolist(),
            [m or None for m in log["member"].tolist()],
            subject.tolist(),
            outcome.tolist(),
            log["is_open"].astype(int).tolist(),
            closed.tolist(),
            follow_up.tolist(),
            strict=True,
        )
    )


def _days_or_none(calendar: DemoCalendar, days: np.ndarray) -> np.ndarray:
    """ISO dates of the day numbers, None for -1."""
    texts = np.full(len(days), None, dtype=object)
    given = days >= 0
    texts[given] = calendar.text(days[given])
    return texts


# --- channel spend ---------------------------------------------------------------------------


def write_channel_spend(
    connection: sqlite3.Connection, rng: np.random.Generator, plan: DemoPlan
) -> None:
    customers, orders, calendar = plan.customers, plan.orders, plan.calendar
    channels = len(CHANNELS)
    bought = orders.last_sale >= 0
    first_month = calendar.month[np.maximum(customers.first, 0)][bought]
    last_month = calendar.month[orders.last_sale[bought]]
    channel = customers.channel[bought]
    new = ~customers.legacy[bought]  # legacy customers were won before the history
    won = np.bincount(
        first_month[new] * channels + channel[new], minlength=HISTORY_MONTHS * channels
    )
    won = won.reshape(HISTORY_MONTHS, channels)
    active = _active_by_month(first_month, last_month, channel)
    cac = np.array([c.cac_usd for c in CHANNELS]) * plan.content.usd_rate
    ratio = np.array([c.retention_ratio for c in CHANNELS])
    noise = rng.uniform(0.85, 1.15, (2, HISTORY_MONTHS, channels))
    acquisition = (won + 2) * cac * noise[0]  # +2: campaigns run even in a quiet month
    retention = active * cac / ratio / 12 * noise[1]
    rows = [
        (
            c + 1,
            calendar.months[m].isoformat(),
            _whole_units(acquisition[m, c]),
            _whole_units(retention[m, c]),
        )
        for m in range(HISTORY_MONTHS)
        for c in range(channels)
    ]
    insert(
        connection,
        "channel_spend",
        ("channel_id", "month", "acquisition_spend", "retention_spend"),
        rows,
    )


def _active_by_month(first: np.ndarray, last: np.ndarray, channel: np.ndarray) -> np.ndarray:
    """Customers still current in each month: from their first purchase month until twelve
    months after their last one."""
    channels = len(CHANNELS)
    change = np.zeros((HISTORY_MONTHS + 13) * channels)
    np.add.at(change, first * channels + channel, 1)
    np.add.at(change, (last + 12) * channels + channel, -1)
    return np.cumsum(change.reshape(-1, channels), axis=0)[:HISTORY_MONTHS]


def _whole_units(major: float) -> int:
    return round(major) * 100
