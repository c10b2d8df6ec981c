"""Sales lines: products, quantities, prices and discounts, written in chunks of orders.

Prices follow the yearly price list (this year's is the list price); discounts go mostly to
corporate and public-sector buyers; ``amount`` is net of the discount and ``cost`` is the
unit cost of the sale's year times the quantity. Order and line references are formatted by
SQLite (``printf``) so that Python never builds ten million strings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.calendar import DemoCalendar
from salesdesk.demo.organisation import TOP_TEAMS
from salesdesk.demo.profile import ACCOUNT_TYPES, CHANNELS
from salesdesk.demo.sql import sql_text

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

ORDERS_PER_CHUNK = 100_000
DISCONTINUED_DAYS = 180  # inactive products have not sold for this long
MAX_QUANTITY = 500.0

_INSERT = """
INSERT INTO sale (order_ref, line_ref, date, customer_id, product_id, member_id, channel_id,
    quantity, unit_price, discount, amount, cost)
VALUES (printf({order}, ?1), printf({line}, ?1, ?2), ?3, ?4, ?5, nullif(?6, 0), ?7, ?8, ?9,
    ?10, ?11, ?12)
"""


@dataclass
class Revenue:
    """Daily revenue (minor units) per top team (last column: no team) and per channel, and
    each order's total (the won deals of the demo are orders)."""

    by_team: np.ndarray  # [day, team]
    by_channel: np.ndarray  # [day, channel]
    by_order: np.ndarray  # [order index]

    @classmethod
    def empty(cls, days: int, orders: int) -> Revenue:
        return cls(
            np.zeros((days, TOP_TEAMS + 1)),
            np.zeros((days, len(CHANNELS))),
            np.zeros(orders, dtype=np.int64),
        )

    def add(
        self, day: np.ndarray, team: np.ndarray, channel: np.ndarray, amount: np.ndarray
    ) -> None:
        days = len(self.by_team)
        self.by_team += _daily(day, team, amount, days, TOP_TEAMS + 1)
        self.by_channel += _daily(day, channel, amount, days, len(CHANNELS))


def _daily(
    day: np.ndarray, group: np.ndarray, amount: np.ndarray, days: int, groups: int
) -> np.ndarray:
    flat = np.bincount(day * groups + group, weights=amount, minlength=days * groups)
    return flat.reshape(days, groups)


def write_sales(
    connection: sqlite3.Connection,
    rng: np.random.Generator,
    plan: DemoPlan,
    advance: Callable[[int], None],
) -> Revenue:
    """Inserts every order's lines and returns the daily revenue the goals are set from."""
    prefix = plan.content.order_prefix
    sql = _INSERT.format(order=sql_text(prefix + "%08d"), line=sql_text(prefix + "%08d-%d"))
    lines = _LineMaker(rng, plan)
    orders, calendar = plan.orders, plan.calendar
    revenue = Revenue.empty(calendar.days, orders.count)
    for start in range(0, orders.count, ORDERS_PER_CHUNK):
        stop = min(start + ORDERS_PER_CHUNK, orders.count)
        chunk = lines.make(start, stop)
        connection.executemany(sql, chunk.rows(calendar))
        revenue.add(chunk.day, lines.member_team[chunk.member], chunk.channel, chunk.amount)
        revenue.by_order[start:stop] = np.bincount(
            chunk.order_number - 1 - start, weights=chunk.amount, minlength=stop - start
        )
        advance(len(chunk.day))
    return revenue


@dataclass
class _Chunk:
    order_number: np.ndarray
    line_number: np.ndarray
    day: np.ndarray
    customer: np.ndarray
    product: np.ndarray
    member: np.ndarray
    channel: np.ndarray
    quantity: np.ndarray
    unit_price: np.ndarray
    discount: np.ndarray
    amount: np.ndarray
    cost: np.ndarray

    def rows(self, calendar: DemoCalendar) -> Iterator[tuple[object, ...]]:
        return zip(
            self.order_number.tolist(),
            self.line_number.tolist(),
            calendar.text(self.day).tolist(),
            (self.customer + 1).tolist(),
            (self.product + 1).tolist(),
            self.member.tolist(),
            (self.channel + 1).tolist(),
            self.quantity.tolist(),
            self.unit_price.tolist(),
            self.discount.tolist(),
            self.amount.tolist(),
            self.cost.tolist(),
            strict=True,
        )


class _LineMaker:
    def __init__(self, rng: np.random.Generator, plan: DemoPlan) -> None:
        self.rng, self.orders, self.customers = rng, plan.orders, plan.customers
        self.catalogue = plan.org.catalogue
        self.calendar = plan.calendar
        self.member_team = plan.org.member_top_team()
        self.member_strength = plan.org.member_strength()
        self.starts = np.cumsum(plan.orders.lines) - plan.orders.lines

    def make(self, start: int, stop: int) -> _Chunk:
        orders = self.orders
        lines = orders.lines[start:stop]
        order = np.repeat(np.arange(start, stop), lines)
        line_number = (
            np.arange(len(order))
            - np.repeat(self.starts[start:stop] - self.starts[start], lines)
            + 1
        )
        customer = orders.customer[order]
        day = orders.day[order]
        account_type = self.customers.account_type[customer]
        product = self._products(account_type, day)
        year = self.calendar.year[day] - self.catalogue.first_year
        unit_price = self.catalogue.price[year, product]
        member = orders.member[order]
        quantity = self._quantities(product, account_type, member)
        gross = unit_price * quantity
        discount = self._discounts(account_type, gross)
        amount = _round_half_up(gross) - discount
        cost = _round_half_up(self.catalogue.cost[year, product] * quantity)
        return _Chunk(
            order + 1,
            line_number,
            day,
            customer,
            product,
            member,
            orders.channel[order],
            quantity,
            unit_price,
            discount,
            amount,
            cost,
        )

    def _products(self, account_type: np.ndarray, day: np.ndarray) -> np.ndarray:
        catalogue = self.catalogue
        draw = self.rng.random(len(day))
        product = np.zeros(len(day), dtype=np.int64)
        for index in range(len(ACCOUNT_TYPES)):
            chosen = np.flatnonzero(account_type == index)
            product[chosen] = np.searchsorted(catalogue.popularity[index], draw[chosen])
        product = np.minimum(product, len(catalogue.active) - 1)
        recent = day > self.calendar.days - 1 - DISCONTINUED_DAYS
        retired = recent & ~catalogue.active[product]
        product[retired] = catalogue.replacement[product[retired]]
        return product

    def _quantities(
        self, product: np.ndarray, account_type: np.ndarray, member: np.ndarray
    ) -> np.ndarray:
        """Lognormal around the product's usual quantity; strong reps sell a little more."""
        factor = np.array([t.quantity_factor for t in ACCOUNT_TYPES])[account_type]
        scale = self.catalogue.quantity_scale[product] * factor
        scale *= np.sqrt(self.member_strength[member])
        drawn = np.minimum(self.rng.lognormal(np.log(scale), 0.6), MAX_QUANTITY)
        halves = self.catalogue.half_units[product]
        return np.where(
            halves, np.maximum(np.rint(drawn * 2) / 2, 0.5), np.maximum(np.rint(drawn), 1)
        )

    def _discounts(self, account_type: np.ndarray, gross: np.ndarray) -> np.ndarray:
        chance = np.array([t.discount_chance for t in ACCOUNT_TYPES])[account_type]
        low = np.array([t.discount_range[0] for t in ACCOUNT_TYPES])[account_type]
        high = np.array([t.discount_range[1] for t in ACCOUNT_TYPES])[account_type]
        rate = np.where(self.rng.random(len(gross)) < chance, self.rng.uniform(low, high), 0.0)
        return _round_half_up(gross * rate)


def _round_half_up(values: np.ndarray) -> np.ndarray:
    """Commercial rounding of non-negative money to whole minor units (0.5 -> 1, not 0)."""
    return np.floor(values + 0.5).astype(np.int64)
