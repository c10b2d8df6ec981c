"""The whole demo planned in memory before a row is written: the department, the customers
and their orders. Writers turn a :class:`DemoPlan` into rows.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

import numpy as np

from salesdesk.demo.calendar import DemoCalendar
from salesdesk.demo.content import Content, content_for
from salesdesk.demo.customers import CustomerPlan, assign_capacities, mark_lost, plan_customers
from salesdesk.demo.orders import OrderPlan, plan_orders
from salesdesk.demo.organisation import Organisation, plan_organisation


@dataclass(frozen=True)
class DemoPlan:
    content: Content
    calendar: DemoCalendar
    org: Organisation
    customers: CustomerPlan
    orders: OrderPlan

    @property
    def today(self) -> int:
        """Today's day number."""
        return self.calendar.days - 1


def plan_demo(seed: int, customers: int, sales: int, language: str, today: dt.date) -> DemoPlan:
    content = content_for(language)
    calendar = DemoCalendar(today)
    org = plan_organisation(stream(seed, "organisation"), content, calendar)
    customer_plan = plan_customers(stream(seed, "customers"), customers, org, calendar)
    orders = plan_orders(stream(seed, "orders"), customer_plan, org, calendar, sales)
    last_day = calendar.days - 1
    reasons = len(content.lost_reasons)
    mark_lost(stream(seed, "lost"), customer_plan, orders.last_sale, last_day, reasons)
    assign_capacities(stream(seed, "capacity"), org, customer_plan, orders.last_sale, last_day)
    return DemoPlan(content, calendar, org, customer_plan, orders)


def stream(seed: int, purpose: str) -> np.random.Generator:
    """An independent random stream per purpose, so that one part's draws never shift
    another's."""
    return np.random.default_rng([seed, zlib.crc32(purpose.encode())])
