"""The department and its catalogue: territories, teams, members, products, channels.

Everything here is small (a few hundred rows) and planned in memory with explicit ids, so the
bulk generators can refer to ids and to per-member numbers (strength, team) as numpy arrays.

Accounts are held by *seats*: a seat belongs to a team and is held by one representative, or
by a predecessor until the day they left and a successor after it. Customers are assigned to
seats, so a rep who left keeps the credit for the sales made before they left.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from dataclasses import dataclass, field

import numpy as np

from salesdesk.demo.calendar import DemoCalendar
from salesdesk.demo.content import Content
from salesdesk.demo.names import NamePools
from salesdesk.demo.profile import (
    ACCOUNT_TYPES,
    CHANNELS,
    CORPORATE,
    PRODUCT_GROUPS,
    PRODUCT_LINES,
    PUBLIC_SECTOR,
    SMALL_BUSINESS,
)
from salesdesk.demo.sql import insert
from salesdesk.store.models import Role

TOP_TEAMS = 4
KEY_ACCOUNTS = TOP_TEAMS  # index of the key-accounts sub-team (under team 0)
SEATS_PER_TEAM = (6, 5, 6, 5, 3)
LEAVERS = 4  # representatives who left during the history
INACTIVE_PRODUCTS = 4


@dataclass
class MemberPlan:
    id: int
    name: str
    role: Role
    team: int | None  # team index
    reports_to: int | None
    email: str
    phone: str
    hired_on: dt.date
    left_on: dt.date | None = None
    capacity: int | None = None
    strength: float = 1.0


@dataclass
class Organisation:
    """The planned small tables and the arrays the bulk generators index."""

    territories: list[tuple[int, str, str, int | None]] = field(default_factory=list)
    city_ids: list[int] = field(default_factory=list)
    city_weights: list[float] = field(default_factory=list)
    city_team: list[int] = field(default_factory=list)  # -1: a region no team covers
    city_fallback_team: list[int] = field(default_factory=list)
    region_ids: list[int] = field(default_factory=list)
    region_team: list[int] = field(default_factory=list)
    categories: list[tuple[int, str, int | None]] = field(default_factory=list)
    products: list[tuple[int, str, str, int, int, int, bool]] = field(default_factory=list)
    teams: list[tuple[int, str, int | None, int]] = field(default_factory=list)
    members: list[MemberPlan] = field(default_factory=list)
    coverage: list[tuple[int | None, int | None, int | None, int | None, int | None]] = field(
        default_factory=list
    )
    seat_team: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    seat_first_member: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    seat_member: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    seat_switch_day: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    catalogue: Catalogue = field(init=False)  # planned right after the territories

    @staticmethod
    def account_type_id(index: int) -> int:
        return index + 1

    @staticmethod
    def channel_id(index: int) -> int:
        return index + 1

    @staticmethod
    def team_id(index: int) -> int:
        return index + 1

    def member_strength(self) -> np.ndarray:
        """Strength by member id (index 0 unused)."""
        strength = np.ones(len(self.members) + 1)
        for member in self.members:
            strength[member.id] = member.strength
        return strength

    def member_top_team(self) -> np.ndarray:
        """The top team index by member id; TOP_TEAMS for none (index 0: no member)."""
        top = np.full(len(self.members) + 1, TOP_TEAMS, dtype=np.int32)
        for member in self.members:
            if member.team is not None:
                top[member.id] = 0 if member.team == KEY_ACCOUNTS else member.team
        return top

    def seat_member_on(self, seat: np.ndarray, day: np.ndarray) -> np.ndarray:
        """The member holding each seat on each day; 0 where the seat is -1 (unowned)."""
        owned = seat >= 0
        safe = np.where(owned, seat, 0)
        holder = np.where(
            day < self.seat_switch_day[safe],
            self.seat_first_member[safe],
            self.seat_member[safe],
        )
        return np.where(owned, holder, 0).astype(np.int32)


@dataclass(frozen=True)
class Catalogue:
    """Product arrays indexed by product position (id - 1)."""

    line: np.ndarray  # index into PRODUCT_LINES
    price: np.ndarray  # [year - first year, product] unit price in minor units
    cost: np.ndarray  # the same for unit cost
    first_year: int
    active: np.ndarray
    replacement: np.ndarray  # what is sold instead of an inactive product
    popularity: np.ndarray  # [account type, product] cumulative choice probabilities
    quantity_scale: np.ndarray
    half_units: np.ndarray


def plan_organisation(
    rng: np.random.Generator, content: Content, calendar: DemoCalendar
) -> Organisation:
    org = Organisation()
    _plan_territories(org, content)
    _plan_catalogue(org, rng, content, calendar)
    _plan_members(org, rng, content, calendar)
    _plan_coverage(org)
    return org


# --- territories -----------------------------------------------------------------------------


def _plan_territories(org: Organisation, content: Content) -> None:
    for country in content.countries:
        country_id = len(org.territories) + 1
        org.territories.append((country_id, country.name, country.code, None))
        for region in country.regions:
            region_id = len(org.territories) + 1
            org.territories.append((region_id, region.name, region.code, country_id))
            org.region_ids.append(region_id)
            org.region_team.append(-1 if region.team is None else region.team)
            for city in region.cities:
                city_id = len(org.territories) + 1
                org.territories.append((city_id, city.name, city.code, region_id))
                org.city_ids.append(city_id)
                org.city_weights.append(city.weight)
                org.city_team.append(-1 if region.team is None else region.team)
                org.city_fallback_team.append(region.fallback_team)


# --- catalogue -------------------------------------------------------------------------------


def _plan_catalogue(
    org: Organisation, rng: np.random.Generator, content: Content, calendar: DemoCalendar
) -> None:
    group_ids = {}
    for group in PRODUCT_GROUPS:
        group_ids[group] = len(org.categories) + 1
        org.categories.append((group_ids[group], content.product_groups[group], None))
    line_of_product: list[int] = []
    list_minor: list[int] = []
    cost_minor: list[int] = []
    for line_index, line in enumerate(PRODUCT_LINES):
        category_id = len(org.categories) + 1
        org.categories.append((category_id, content.product_lines[line.key], group_ids[line.group]))
        low, high = line.price_usd
        usd = np.exp(rng.uniform(math.log(low), math.log(high), len(line.products)))
        for k, (noun, model) in enumerate(line.products):
            product_id = len(org.products) + 1
            price = charm_price(usd[k] * content.usd_rate, cents_endings=content.cents_endings)
            cost = round(price * line.cost_ratio * rng.uniform(0.9, 1.05))
            name = f"{content.product_nouns[noun]} {model}".strip()
            code = f"{line.sku_prefix}-{k + 1:03d}"
            org.products.append((product_id, code, name, category_id, cost, price, True))
            line_of_product.append(line_index)
            list_minor.append(price)
            cost_minor.append(cost)
    org.catalogue = _catalogue(
        rng,
        content,
        calendar,
        line=np.array(line_of_product),
        list_minor=np.array(list_minor),
        cost_minor=np.array(cost_minor),
    )
    for p in np.flatnonzero(~org.catalogue.active):
        org.products[p] = (*org.products[p][:6], False)


def charm_price(major: float, *, cents_endings: bool) -> int:
    """A shelf price in minor units: 1 287.4 -> 1 299.99 (USD) or 1 290 (RUB, 44 990 style)."""
    step = 10 ** max(math.floor(math.log10(major)) - 1, 0)
    rounded = max(round(major / step), 1) * step
    if cents_endings:
        return rounded * 100 - 1
    return rounded * 100 - (1000 if rounded >= 1000 else 0)


def _catalogue(
    rng: np.random.Generator,
    content: Content,
    calendar: DemoCalendar,
    *,
    line: np.ndarray,
    list_minor: np.ndarray,
    cost_minor: np.ndarray,
) -> Catalogue:
    first_year = calendar.start.year
    years = np.arange(first_year, calendar.today.year + 1)
    deflator = (1 + content.yearly_inflation) ** (years - calendar.today.year)
    # Earlier years' prices: whole currency units, or cents for items under 100 units.
    unit = np.where(list_minor >= 10_000, 100, 1)
    price = np.rint(np.outer(deflator, list_minor) / unit) * unit
    price[-1] = list_minor  # this year's price is the list price
    cost = np.rint(np.outer(deflator, cost_minor))
    popularity = _popularity(rng, line)
    active, replacement = _discontinued(rng, line, popularity)
    affinity = np.array([PRODUCT_LINES[i].affinity for i in line]).T  # [account type, product]
    choice = affinity * popularity
    choice /= choice.sum(axis=1, keepdims=True)
    return Catalogue(
        line=line,
        price=price.astype(np.int64),
        cost=cost.astype(np.int64),
        first_year=first_year,
        active=active,
        replacement=replacement,
        popularity=np.cumsum(choice, axis=1),
        quantity_scale=np.array([PRODUCT_LINES[i].quantity_scale for i in line], dtype=float),
        half_units=np.array([PRODUCT_LINES[i].half_units for i in line]),
    )


def _popularity(rng: np.random.Generator, line: np.ndarray) -> np.ndarray:
    """Within each line a few models sell most (a Zipf-like share by random rank)."""
    popularity = np.empty(len(line))
    for line_index in np.unique(line):
        members = np.flatnonzero(line == line_index)
        ranks = rng.permutation(len(members))
        popularity[members] = 1.0 / (ranks + 1) ** 0.8
    return popularity


def _discontinued(
    rng: np.random.Generator, line: np.ndarray, popularity: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A few less popular products are discontinued; their line's best seller replaces them."""
    active = np.ones(len(line), dtype=bool)
    replacement = np.arange(len(line))
    candidates = [p for p in range(len(line)) if popularity[p] < popularity[line == line[p]].max()]
    for p in rng.choice(candidates, INACTIVE_PRODUCTS, replace=False):
        active[p] = False
        siblings = np.flatnonzero(line == line[p])
        replacement[p] = siblings[np.argmax(popularity[siblings])]
    return active, replacement


# --- teams and members -----------------------------------------------------------------------


def _plan_members(
    org: Organisation, rng: np.random.Generator, content: Content, calendar: DemoCalendar
) -> None:
    """The head, a manager per top team, two supervisors, and a representative per seat."""
    seats = [n + int(rng.integers(0, 2)) for n in SEATS_PER_TEAM]
    people = _distinct_people(rng, NamePools(content.language), 2 + TOP_TEAMS + sum(seats) * 2)
    add = _MemberFactory(org, rng, content, calendar, people)
    head = add(Role.HEAD, None, None, years_before=6)
    managers = [add(Role.MANAGER, t, head, years_before=4) for t in range(TOP_TEAMS)]
    key_lead = add(Role.SUPERVISOR, KEY_ACCOUNTS, managers[0], years_before=3)
    team2_lead = add(Role.SUPERVISOR, 2, managers[2], years_before=2)
    _plan_teams(org, content, [*managers, key_lead])
    leads = [managers[0], managers[1], team2_lead, managers[3], key_lead]
    seat_team = np.repeat(np.arange(len(seats)), seats).astype(np.int32)
    first = np.array(
        [add(Role.REPRESENTATIVE, int(t), leads[t], years_before=2) for t in seat_team],
        dtype=np.int32,
    )
    current = first.copy()
    switch = np.full(len(first), np.iinfo(np.int32).max, dtype=np.int32)
    leavers = rng.choice(len(first), LEAVERS, replace=False)
    for i, seat in enumerate(leavers):
        switch[seat] = rng.integers(180, calendar.days - 45)
        left_on = calendar.date_of(switch[seat])
        org.members[first[seat] - 1].left_on = left_on
        team = int(seat_team[seat])
        if i == 0:  # the team absorbs one leaver's accounts instead of hiring
            stayers = np.setdiff1d(np.flatnonzero(seat_team == team), leavers)
            current[seat] = first[rng.choice(stayers)]
        else:
            hired = left_on - dt.timedelta(days=int(rng.integers(0, 21)))
            current[seat] = add(Role.REPRESENTATIVE, team, leads[team], hired_on=hired)
    org.seat_team, org.seat_first_member = seat_team, first
    org.seat_member, org.seat_switch_day = current, switch


def _plan_teams(org: Organisation, content: Content, leads: list[int]) -> None:
    for index, name in enumerate(content.team_names):
        org.teams.append((org.team_id(index), name, None, leads[index]))
    org.teams.append(
        (org.team_id(KEY_ACCOUNTS), content.key_accounts_team, org.team_id(0), leads[KEY_ACCOUNTS])
    )


def _distinct_people(rng: np.random.Generator, pools: NamePools, n: int) -> list[tuple[str, str]]:
    drawn = pools.people(rng, n * 2)
    unique = dict(zip(drawn.names.tolist(), drawn.email_locals.tolist(), strict=True))
    return list(unique.items())[:n]


class _MemberFactory:
    """Adds members with the next id, a distinct name, work e-mail and phone."""

    def __init__(
        self,
        org: Organisation,
        rng: np.random.Generator,
        content: Content,
        calendar: DemoCalendar,
        people: list[tuple[str, str]],
    ) -> None:
        self.org, self.rng, self.content, self.calendar = org, rng, content, calendar
        self.people = iter(people)

    def __call__(
        self,
        role: Role,
        team: int | None,
        reports_to: int | None,
        *,
        years_before: int = 0,
        hired_on: dt.date | None = None,
    ) -> int:
        rng = self.rng
        name, email_local = next(self.people)
        if hired_on is None:
            days_before = int(rng.integers(30, 365 * years_before + 60))
            hired_on = self.calendar.start - dt.timedelta(days=days_before)
        phone_digits = tuple(
            int(rng.integers(low, high + 1)) for low, high in self.content.phone_ranges
        )
        member = MemberPlan(
            id=len(self.org.members) + 1,
            name=name,
            role=role,
            team=team,
            reports_to=reports_to,
            email=f"{email_local}@{self.content.company_domain}",
            phone=self.content.phone_pattern
            % phone_digits[: self.content.phone_pattern.count("%")],
            hired_on=hired_on,
            strength=float(rng.uniform(0.6, 1.5)) * (1.1 if team == KEY_ACCOUNTS else 1.0),
        )
        self.org.members.append(member)
        return member.id


# --- coverage --------------------------------------------------------------------------------


def _plan_coverage(org: Organisation) -> None:
    """Teams cover regions, reps their cities, managers product groups, some teams account
    types. Left uncovered on purpose: the gap regions, the services group, private persons.
    """
    team_id = org.team_id
    for region_id, team in zip(org.region_ids, org.region_team, strict=True):
        if team >= 0:
            org.coverage.append((None, team_id(team), region_id, None, None))
    for team in range(TOP_TEAMS):
        cities = [c for c, t in zip(org.city_ids, org.city_team, strict=True) if t == team]
        holders = sorted(
            {int(m) for m, t in zip(org.seat_member, org.seat_team, strict=True) if t == team}
        )
        for k, city_id in enumerate(cities):
            org.coverage.append((holders[k % len(holders)], None, city_id, None, None))
    managers = [m.id for m in org.members if m.role == Role.MANAGER]
    for group_index, manager in enumerate(managers):  # group 5 (services) stays uncovered
        org.coverage.append((manager, None, None, group_index + 1, None))
    org.coverage.append((None, team_id(KEY_ACCOUNTS), None, None, org.account_type_id(CORPORATE)))
    org.coverage.append((None, team_id(1), None, None, org.account_type_id(SMALL_BUSINESS)))
    supervisor = next(m.id for m in org.members if m.role == Role.SUPERVISOR and m.team == 2)
    org.coverage.append((supervisor, None, None, None, org.account_type_id(PUBLIC_SECTOR)))


# --- writing ---------------------------------------------------------------------------------


def write_organisation(connection: sqlite3.Connection, org: Organisation, content: Content) -> None:
    insert(connection, "territory", ("id", "name", "code", "parent_id"), org.territories)
    insert(
        connection,
        "account_type",
        ("id", "name"),
        [
            (org.account_type_id(i), content.account_types[t.key])
            for i, t in enumerate(ACCOUNT_TYPES)
        ],
    )
    insert(
        connection,
        "channel",
        ("id", "name", "kind"),
        [
            (org.channel_id(i), content.channels[c.key], c.kind.value)
            for i, c in enumerate(CHANNELS)
        ],
    )
    insert(connection, "product_category", ("id", "name", "parent_id"), org.categories)
    insert(
        connection,
        "product",
        ("id", "code", "name", "category_id", "unit_cost", "list_price", "active"),
        [(*row[:6], int(row[6])) for row in org.products],
    )
    insert(connection, "team", ("id", "name", "parent_id", "lead_member_id"), org.teams)
    insert(connection, "member", _MEMBER_COLUMNS, [_member_row(m, org) for m in org.members])
    insert(
        connection,
        "coverage",
        ("member_id", "team_id", "territory_id", "category_id", "account_type_id"),
        org.coverage,
    )


_MEMBER_COLUMNS = (
    "id",
    "name",
    "role",
    "team_id",
    "reports_to_id",
    "email",
    "phone",
    "hired_on",
    "left_on",
    "capacity",
)


def _member_row(member: MemberPlan, org: Organisation) -> tuple[object, ...]:
    return (
        member.id,
        member.name,
        member.role.value,
        None if member.team is None else org.team_id(member.team),
        member.reports_to,
        member.email,
        member.phone,
        member.hired_on.isoformat(),
        None if member.left_on is None else member.left_on.isoformat(),
        member.capacity,
    )
