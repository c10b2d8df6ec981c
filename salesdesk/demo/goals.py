"""A handful of SMART goals whose status the data makes clear.

Targets are set from the generated revenue itself. A period's projection is its revenue so
far divided by the share of the period's seasonal demand that has passed (December weighs
more than October). The company goal asks a little less than that (on track), one team's
quarter asks a fifth more (behind), the e-commerce goal asks +70 % over the same quarter
last year (unrealistic), and the parent goal is split exactly by team.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.calendar import DemoCalendar
from salesdesk.demo.content import GoalTexts
from salesdesk.demo.customers import RETENTION_WINDOW
from salesdesk.demo.orders import OrderPlan
from salesdesk.demo.organisation import TOP_TEAMS
from salesdesk.demo.profile import ECOMMERCE
from salesdesk.demo.sales import Revenue
from salesdesk.demo.sql import insert
from salesdesk.i18n import language_set_to
from salesdesk.periods import Period, add_months, month_start
from salesdesk.store.models import BaselineKind, Direction, GoalMetric

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

HEAD = 1  # the head of sales is the first member
ON_TRACK_SHARE = 0.95
BEHIND_FACTOR = 1.2
UNREALISTIC_GROWTH = 0.70
BEHIND_TEAM = TOP_TEAMS - 1
NPS_CHECKINS = (31.0, 34.0, 36.0, 38.0, 41.0, 42.0)
NPS_TARGET = 45.0


@dataclass
class GoalRow:
    id: int
    title: str
    description: str
    start_on: str
    end_on: str
    target_value: float
    metric: str = GoalMetric.REVENUE.value
    manual_unit: str | None = None
    owner_member_id: int | None = None
    owner_team_id: int | None = None
    parent_id: int | None = None
    scope_channel_id: int | None = None
    baseline_kind: str = BaselineKind.SAME_PERIOD_LAST_YEAR.value
    direction: str = Direction.HIGHER_IS_BETTER.value
    budget: int | None = None
    resource_notes: str = ""


class _Projection:
    """Actual and projected revenue over a period, from daily revenue."""

    def __init__(self, daily: np.ndarray, calendar: DemoCalendar) -> None:
        self.cumulative = np.concatenate(([0.0], np.cumsum(daily)))
        self.calendar = calendar
        self.today = calendar.days - 1

    def total(self, first: int, last: int) -> float:
        first, last = max(first, 0), min(last, self.today)
        return float(self.cumulative[last + 1] - self.cumulative[first]) if first <= last else 0.0

    def year_ago(self, period: Period) -> float:
        return self.total(*self._days(period.year_ago()))

    def projected(self, period: Period) -> float:
        first, last = self._days(period)
        passed = float(self.calendar.demand_between(first, self.today))
        whole = float(self.calendar.demand_between(first, last))
        return self.total(first, self.today) * whole / passed if passed > 0 else 0.0

    def _days(self, period: Period) -> tuple[int, int]:
        return self.calendar.day_of(period.start), self.calendar.day_of(period.end)


def write_goals(connection: sqlite3.Connection, plan: DemoPlan, revenue: Revenue) -> None:
    goals = _GoalMaker(plan, revenue)
    rows = [
        *goals.company_split(),
        goals.team_behind(),
        goals.unrealistic_online(),
        goals.churn(),
        goals.satisfaction(),
    ]
    for number, row in enumerate(rows, start=1):
        row.id = number
    insert(connection, "goal", list(GoalRow.__dataclass_fields__), [astuple(g) for g in rows])
    nps = rows[-1]
    _write_checkins(connection, nps.id, nps.start_on, plan.calendar.today, plan.content.goals)


class _GoalMaker:
    """Builds the goal rows; ids are given by write_goals, and the company goal is id 1."""

    def __init__(self, plan: DemoPlan, revenue: Revenue) -> None:
        self.plan, self.texts = plan, plan.content.goals
        self.today = plan.calendar.today
        self.year = Period.year(self.today.year)
        with language_set_to(plan.content.language):
            self.quarter = Period.containing(self.today, "quarter")
            self.quarter_label = self.quarter.label()
        calendar = plan.calendar
        self.company = _Projection(revenue.by_team.sum(axis=1), calendar)
        self.teams = [_Projection(revenue.by_team[:, t], calendar) for t in range(TOP_TEAMS)]
        self.online = _Projection(revenue.by_channel[:, ECOMMERCE], calendar)

    def company_split(self) -> list[GoalRow]:
        """The department's year (on track) and its split by top team (children of id 1)."""
        texts, year = self.texts, self.today.year
        target = _money(self.company.projected(self.year) * ON_TRACK_SHARE)
        growth = _percent(target, self.company.year_ago(self.year))
        parent = GoalRow(
            0,
            texts.company_title.format(year=year, growth=growth),
            texts.company_description.format(year=year),
            *_dates(self.year),
            target,
            owner_member_id=HEAD,
            budget=_money(target * 0.02),
            resource_notes=texts.resource_notes,
        )
        shares = np.array([team.projected(self.year) for team in self.teams])
        children = [
            GoalRow(
                0,
                texts.team_title.format(team=self.plan.content.team_names[t], year=year),
                "",
                *_dates(self.year),
                part,
                owner_team_id=self.plan.org.team_id(t),
                parent_id=1,
            )
            for t, part in enumerate(_split(target, shares))
        ]
        return [parent, *children]

    def team_behind(self) -> GoalRow:
        target = _money(self.teams[BEHIND_TEAM].projected(self.quarter) * BEHIND_FACTOR)
        team = self.plan.content.team_names[BEHIND_TEAM]
        return GoalRow(
            0,
            self.texts.behind_title.format(team=team, quarter=self.quarter_label),
            self.texts.behind_description,
            *_dates(self.quarter),
            target,
            owner_team_id=self.plan.org.team_id(BEHIND_TEAM),
        )

    def unrealistic_online(self) -> GoalRow:
        last_year = self.online.year_ago(self.quarter)
        channel = self.plan.content.channels["ecommerce"]
        return GoalRow(
            0,
            self.texts.unrealistic_title.format(channel=channel, quarter=self.quarter_label),
            self.texts.unrealistic_description,
            *_dates(self.quarter),
            _money(last_year * (1 + UNREALISTIC_GROWTH)),
            owner_member_id=HEAD,
            scope_channel_id=self.plan.org.channel_id(ECOMMERCE),
            budget=_money(last_year * 0.05),
        )

    def churn(self) -> GoalRow:
        rate = round(_yearly_churn(self.plan.orders, self.plan.calendar) * 0.85, 2)
        return GoalRow(
            0,
            self.texts.churn_title.format(rate=round(rate * 100), year=self.today.year),
            self.texts.churn_description,
            *_dates(self.year),
            rate,
            metric=GoalMetric.CHURN_RATE.value,
            owner_member_id=HEAD,
            direction=Direction.LOWER_IS_BETTER.value,
        )

    def satisfaction(self) -> GoalRow:
        """A manual metric (NPS), measured monthly by check-ins."""
        start = add_months(month_start(self.today), 1 - len(NPS_CHECKINS))
        end = Period.containing(self.today, "quarter").next().end
        return GoalRow(
            0,
            self.texts.manual_title,
            self.texts.manual_description,
            start.isoformat(),
            end.isoformat(),
            NPS_TARGET,
            metric=GoalMetric.MANUAL.value,
            manual_unit=self.texts.manual_unit,
            owner_member_id=HEAD,
            baseline_kind=BaselineKind.PREVIOUS_PERIOD.value,
        )


def _dates(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), period.end.isoformat()


def _money(minor: float) -> int:
    """A target as a manager would type it: three significant figures of whole currency
    units (5 410 000, not 5 414 293.60), at least one unit."""
    major = max(minor / 100, 1.0)
    places = max(math.floor(math.log10(major)) - 2, 0)
    return int(round(major, -places)) * 100


def _percent(target: float, baseline: float) -> int:
    return round((target / baseline - 1) * 100) if baseline else 0


def _split(total: int, weights: np.ndarray) -> list[int]:
    """``total`` in whole units split by ``weights``; the parts add up to it exactly."""
    weights = weights if weights.sum() > 0 else np.ones(len(weights))
    parts = [_money(total * w / weights.sum()) for w in weights[:-1]]
    return [*parts, total - sum(parts)]


def _yearly_churn(orders: OrderPlan, calendar: DemoCalendar) -> float:
    """Share of the customers current a year ago who are not current today (SPEC §3)."""
    today = calendar.days - 1
    year_ago = today - RETENTION_WINDOW
    before = orders.day <= year_ago
    last_then = np.full(len(orders.last_sale), -1, dtype=np.int32)
    np.maximum.at(last_then, orders.customer[before], orders.day[before])
    current_then = (last_then >= 0) & (last_then > year_ago - RETENTION_WINDOW)
    lost = current_then & (orders.last_sale <= today - RETENTION_WINDOW)
    return float(lost.sum() / current_then.sum()) if current_then.any() else 0.2


def _write_checkins(
    connection: sqlite3.Connection, goal_id: int, start: str, today: dt.date, texts: GoalTexts
) -> None:
    first = dt.date.fromisoformat(start)
    rows = []
    for i, value in enumerate(NPS_CHECKINS):
        day = add_months(first, i) + dt.timedelta(days=6)
        if day <= today:
            note = texts.checkin_notes[i % len(texts.checkin_notes)]
            rows.append((goal_id, day.isoformat(), value, note))
    insert(connection, "goal_checkin", ("goal_id", "date", "value", "note"), rows)
