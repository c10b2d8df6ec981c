"""Orders: how many each customer places, on which days, through which channel, for whom.

The requested number of sales lines is met exactly: the order count follows from the mean
lines per order; each buyer gets at least one order (a new customer's on their first-purchase
day) and the rest are spread in proportion to buying rate x the demand over the buyer's
active days, so the seasonal shape and the growth of the customer base show in every total.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from salesdesk.demo.calendar import DemoCalendar
from salesdesk.demo.customers import CustomerPlan
from salesdesk.demo.organisation import Organisation
from salesdesk.demo.profile import ACCOUNT_TYPES

SAME_CHANNEL_CHANCE = 0.7  # orders through the channel the customer came from


@dataclass
class OrderPlan:
    """Orders sorted by day; order number = position + 1."""

    customer: np.ndarray  # customer index (id - 1)
    day: np.ndarray
    channel: np.ndarray  # channel index
    member: np.ndarray  # member id credited; 0: none
    lines: np.ndarray
    last_sale: np.ndarray  # per customer; -1: never bought

    @property
    def count(self) -> int:
        return len(self.day)


def plan_orders(
    rng: np.random.Generator,
    customers: CustomerPlan,
    org: Organisation,
    calendar: DemoCalendar,
    total_lines: int,
) -> OrderPlan:
    buyers = np.flatnonzero(customers.first >= 0)
    if total_lines == 0 or len(buyers) == 0:
        _make_prospects(customers, buyers)
        return _no_orders(customers.count)
    weight = customers.rate[buyers] * calendar.demand_between(
        customers.first[buyers], customers.end[buyers]
    )
    extra_lines = np.array([t.extra_lines for t in ACCOUNT_TYPES])
    lam = extra_lines[customers.account_type[buyers]]
    mean_lines = float((weight * (1 + lam)).sum() / weight.sum())
    orders = int(np.clip(round(total_lines / mean_lines), 1, total_lines))
    if orders < len(buyers):  # too few sales for every buyer: the rest stay prospects
        keep = np.sort(rng.choice(len(buyers), orders, replace=False, p=weight / weight.sum()))
        _make_prospects(customers, np.delete(buyers, keep))
        buyers, weight = buyers[keep], weight[keep]
    per_buyer = 1 + rng.multinomial(orders - len(buyers), weight / weight.sum())
    customer = np.repeat(buyers, per_buyer).astype(np.int32)
    day = calendar.sample_days(rng, customers.first[customer], customers.end[customer])
    new_buyers = ~customers.legacy[buyers]
    first_orders = (np.cumsum(per_buyer) - per_buyer)[new_buyers]
    day[first_orders] = customers.first[buyers[new_buyers]]
    lines = _lines(rng, customers.account_type[customer], total_lines)
    by_day = np.lexsort((customer, day))
    customer, day, lines = customer[by_day], day[by_day], lines[by_day]
    last_sale = np.full(customers.count, -1, dtype=np.int32)
    np.maximum.at(last_sale, customer, day)
    return OrderPlan(
        customer=customer,
        day=day,
        channel=_order_channels(rng, customers, customer),
        member=org.seat_member_on(customers.seat[customer], day),
        lines=lines,
        last_sale=last_sale,
    )


def _make_prospects(customers: CustomerPlan, which: np.ndarray) -> None:
    customers.first[which] = -1
    customers.end[which] = -1
    customers.rate[which] = 0.0


def _no_orders(customer_count: int) -> OrderPlan:
    empty = np.zeros(0, dtype=np.int32)
    return OrderPlan(empty, empty, empty, empty, empty, np.full(customer_count, -1, dtype=np.int32))


def _lines(rng: np.random.Generator, account_type: np.ndarray, total: int) -> np.ndarray:
    """Lines per order (1 + Poisson by account type), nudged to add up to ``total``."""
    lam = np.array([t.extra_lines for t in ACCOUNT_TYPES])[account_type]
    lines = (1 + rng.poisson(lam)).astype(np.int32)
    missing = total - int(lines.sum())
    if missing > 0:
        np.add.at(lines, rng.integers(0, len(lines), missing), 1)
    elif missing < 0:  # take single extra lines away, never an order's only line
        extra_owner = np.repeat(np.arange(len(lines)), lines - 1)
        np.subtract.at(lines, extra_owner[rng.choice(len(extra_owner), -missing, replace=False)], 1)
    return lines


def _order_channels(
    rng: np.random.Generator, customers: CustomerPlan, customer: np.ndarray
) -> np.ndarray:
    channel = customers.channel[customer].copy()
    switch = rng.random(len(customer)) >= SAME_CHANNEL_CHANCE
    account_type = customers.account_type[customer]
    for index, profile in enumerate(ACCOUNT_TYPES):
        chosen = np.flatnonzero(switch & (account_type == index))
        mix = np.array(profile.channel_mix) / sum(profile.channel_mix)
        channel[chosen] = rng.choice(len(mix), len(chosen), p=mix)
    return channel
