"""Customers: who they are, when they were won, who owns them, how long they stay.

All attributes are drawn as numpy arrays at once; names are drawn from pools per chunk when
the rows are written. A customer's life: created (a lead) -> first purchase a few days later
(or never: a prospect) -> buys at a rate set by account type and the owner's strength ->
stops buying after a lifetime drawn from the account type's churn, which a strong owner
lengthens. Customers already on the books when the history starts (legacy) were created
years before it and simply go on buying from its first day.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.calendar import PAST_DAYS, DemoCalendar
from salesdesk.demo.names import NamePools, object_array, pick_texts
from salesdesk.demo.organisation import KEY_ACCOUNTS, Organisation
from salesdesk.demo.profile import (
    ACCOUNT_TYPES,
    ACQUISITION_GROWTH,
    CORPORATE,
    LEGACY_SHARE,
    PROSPECT_SHARE,
)
from salesdesk.demo.sql import sql_text
from salesdesk.store.models import CustomerKind, CustomerStatus, Role

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

CHUNK = 100_000
NEW_LEAD_DAYS = 45  # leads this young are often not converted yet
FIRST_PURCHASE_DELAY = 12.0  # mean days from lead to first purchase
RETENTION_WINDOW = 365
OVERLOADED_REPS = 3


@dataclass
class CustomerPlan:
    account_type: np.ndarray
    city: np.ndarray  # index into Organisation.city_ids
    created: np.ndarray  # day
    seat: np.ndarray  # -1: unowned
    persona: np.ndarray  # -1: none
    channel: np.ndarray  # acquisition channel index
    first: np.ndarray  # first purchase day (legacy: first day they may buy); -1: a prospect
    end: np.ndarray  # the last day they may buy
    rate: np.ndarray  # relative orders per unit of demand
    legacy: np.ndarray  # on the books before the history starts
    lost_reason: np.ndarray  # index into Content.lost_reasons of a manual "lost"; -1: none
    lost_marked_on: np.ndarray  # the day a manager marked them lost; -1: never

    @property
    def count(self) -> int:
        return len(self.created)


def plan_customers(
    rng: np.random.Generator, n: int, org: Organisation, calendar: DemoCalendar
) -> CustomerPlan:
    created, legacy = _created_days(rng, n, calendar)
    account_type = rng.choice(len(ACCOUNT_TYPES), n, p=[t.share for t in ACCOUNT_TYPES])
    account_type = account_type.astype(np.int8)
    city_weights = np.array(org.city_weights) / sum(org.city_weights)
    city = rng.choice(len(org.city_ids), n, p=city_weights).astype(np.int16)
    seat = _seats(rng, org, city, account_type)
    today = calendar.days - 1
    prospect_chance = np.where(created > today - NEW_LEAD_DAYS, 0.5, PROSPECT_SHARE)
    prospect = rng.random(n) < prospect_chance
    seat[prospect & (created > today - 30) & (rng.random(n) < 0.5)] = -1  # not assigned yet
    delay = rng.exponential(FIRST_PURCHASE_DELAY, n).astype(np.int32)
    first = np.where(legacy, 0, created + delay)
    prospect |= first > today
    first[prospect] = -1
    strength = np.where(seat >= 0, org.member_strength()[org.seat_member[seat]], 0.8)
    end = _end_of_buying(rng, account_type, strength, first, today)
    rate = np.array([t.orders_per_month for t in ACCOUNT_TYPES])[account_type]
    rate = np.where(prospect, 0.0, rate * strength * rng.lognormal(0.0, 0.5, n))
    persona = np.where(rng.random(n) < 0.8, account_type, -1).astype(np.int8)
    return CustomerPlan(
        account_type,
        city,
        created,
        seat,
        persona,
        _channels(rng, account_type),
        first,
        end,
        rate,
        legacy=legacy,
        lost_reason=np.full(n, -1, dtype=np.int8),
        lost_marked_on=np.full(n, -1, np.int32),
    )


def _created_days(
    rng: np.random.Generator, n: int, calendar: DemoCalendar
) -> tuple[np.ndarray, np.ndarray]:
    """A base already on the books (legacy, created up to six years before the history),
    then a growing stream of new leads; returns the days in order and who is legacy."""
    days = np.arange(calendar.days)
    weight = calendar.demand[: calendar.days] * np.exp(ACQUISITION_GROWTH * days / 365)
    cumulative = np.concatenate(([0.0], np.cumsum(weight)))
    drawn = np.searchsorted(cumulative, rng.uniform(0, cumulative[-1], n), side="right") - 1
    legacy = rng.random(n) < LEGACY_SHARE
    drawn[legacy] = -rng.integers(1, PAST_DAYS, int(legacy.sum()))
    order = np.argsort(drawn, kind="stable")
    return drawn[order].astype(np.int32), legacy[order]


def _seats(
    rng: np.random.Generator, org: Organisation, city: np.ndarray, account_type: np.ndarray
) -> np.ndarray:
    """The seat owning each customer: a rep of the team covering the city, key accounts for
    most corporate customers of team 0, and no one for half of the gap regions' customers.
    """
    n = len(city)
    team = np.array(org.city_team)[city]
    gap = team < 0
    fallback = np.array(org.city_fallback_team)[city]
    team = np.where(gap & (rng.random(n) < 0.5), fallback, team)
    team[(team == 0) & (account_type == CORPORATE) & (rng.random(n) < 0.8)] = KEY_ACCOUNTS
    seat = np.full(n, -1, dtype=np.int32)
    for t in np.unique(team[team >= 0]):
        customers = np.flatnonzero(team == t)
        seats = np.flatnonzero(org.seat_team == t)
        seat[customers] = seats[rng.integers(0, len(seats), len(customers))]
    return seat


def _end_of_buying(
    rng: np.random.Generator,
    account_type: np.ndarray,
    strength: np.ndarray,
    first: np.ndarray,
    today: int,
) -> np.ndarray:
    yearly_churn = np.array([t.yearly_churn for t in ACCOUNT_TYPES])[account_type]
    hazard = -np.log1p(-yearly_churn) * (1.6 - 0.6 * strength)  # strong owners keep longer
    lifetime = rng.exponential(365.0 / hazard)
    return np.where(first < 0, -1, np.minimum(first + lifetime, today)).astype(np.int32)


def _channels(rng: np.random.Generator, account_type: np.ndarray) -> np.ndarray:
    channel = np.zeros(len(account_type), dtype=np.int8)
    for index, profile in enumerate(ACCOUNT_TYPES):
        members = np.flatnonzero(account_type == index)
        mix = np.array(profile.channel_mix) / sum(profile.channel_mix)
        channel[members] = rng.choice(len(mix), len(members), p=mix)
    return channel


def mark_lost(
    rng: np.random.Generator, plan: CustomerPlan, last_sale: np.ndarray, today: int, reasons: int
) -> None:
    """Managers marked some quiet customers lost by hand (with a reason), some long-gone
    ones too, half a year or so after their last purchase."""
    n = plan.count
    since = today - last_sale
    quiet = (last_sale >= 0) & (since >= 150) & (since < 330)
    gone = (last_sale >= 0) & (since >= RETENTION_WINDOW)
    marked = rng.random(n) < np.where(quiet, 0.08, np.where(gone, 0.10, 0.0))
    plan.lost_reason = np.where(marked, rng.integers(0, reasons, n), -1).astype(np.int8)
    marked_on = np.minimum(last_sale + rng.integers(150, 240, n), today)
    plan.lost_marked_on = np.where(marked, marked_on, -1).astype(np.int32)


def assign_capacities(
    rng: np.random.Generator,
    org: Organisation,
    plan: CustomerPlan,
    last_sale: np.ndarray,
    today: int,
) -> None:
    """Capacities a little above each active rep's current accounts; a few reps overloaded."""
    current = (plan.seat >= 0) & (last_sale > today - RETENTION_WINDOW)
    owners = org.seat_member[plan.seat[current]]
    accounts = np.bincount(owners, minlength=len(org.members) + 1)
    reps = [m for m in org.members if m.role == Role.REPRESENTATIVE and m.left_on is None]
    overloaded = {reps[i].id for i in rng.choice(len(reps), OVERLOADED_REPS, replace=False)}
    for rep in reps:
        low, high = (0.75, 0.92) if rep.id in overloaded else (1.05, 1.4)
        rep.capacity = max(round(accounts[rep.id] * rng.uniform(low, high)), 5)


# --- writing ---------------------------------------------------------------------------------

_INSERT = """
INSERT INTO customer (id, code, name, kind, account_type_id, territory_id, owner_member_id,
    persona_id, acquisition_channel_id, created_on, status_override, lost_reason,
    contact_name, email, phone, notes)
VALUES (?1, printf({code}, ?1), ?2, ?3, ?4, ?5, nullif(?6, 0), nullif(?7, 0), ?8, ?9, ?10,
    ?11, ?12, ?13 || '@' || ?14, printf(?15, ?16, ?17, ?18, ?19), ?20)
"""


def write_customers(
    connection: sqlite3.Connection,
    rng: np.random.Generator,
    plan: DemoPlan,
    advance: Callable[[int], None],
) -> None:
    sql = _INSERT.format(code=sql_text(plan.content.customer_code_prefix + "%07d"))
    rows = _CustomerRows(rng, plan)
    count = plan.customers.count
    for start in range(0, count, CHUNK):
        stop = min(start + CHUNK, count)
        connection.executemany(sql, rows.chunk(start, stop))
        advance(stop - start)


class _CustomerRows:
    def __init__(self, rng: np.random.Generator, plan: DemoPlan) -> None:
        self.rng, self.plan, self.content = rng, plan.customers, plan.content
        self.calendar = plan.calendar
        self.pools = NamePools(plan.content.language)
        self.city_ids = np.array(plan.org.city_ids)
        self.seat_member = plan.org.seat_member

    def chunk(self, start: int, stop: int) -> Iterator[tuple[object, ...]]:
        rng, plan, content = self.rng, self.plan, self.content
        n = stop - start
        part = slice(start, stop)
        account_type = plan.account_type[part]
        person = np.array([t.kind == CustomerKind.PERSON for t in ACCOUNT_TYPES])[account_type]
        names, contacts, locals_, domains = self._names(account_type, person)
        seat = plan.seat[part]
        owner = np.where(seat >= 0, self.seat_member[seat], 0)
        persona = np.where(plan.persona[part] >= 0, plan.persona[part] + 1, 0)
        reason = plan.lost_reason[part]
        lost = reason >= 0
        status = _where(lost, CustomerStatus.LOST.value)
        reasons = np.full(n, None, dtype=object)
        reasons[lost] = object_array(content.lost_reasons)[reason[lost]]
        locals_[rng.random(n) < 0.2] = None  # no e-mail on file
        phone = _where(rng.random(n) < 0.85, content.phone_pattern)
        digits = [rng.integers(low, high + 1, n).tolist() for low, high in content.phone_ranges]
        notes = pick_texts(rng, content.customer_notes, n)
        notes[rng.random(n) >= 0.05] = ""
        return zip(
            range(start + 1, stop + 1),
            names.tolist(),
            np.where(person, CustomerKind.PERSON.value, CustomerKind.COMPANY.value).tolist(),
            (account_type + 1).tolist(),
            self.city_ids[plan.city[part]].tolist(),
            owner.tolist(),
            persona.tolist(),
            (plan.channel[part] + 1).tolist(),
            self.calendar.text(plan.created[part]).tolist(),
            status.tolist(),
            reasons.tolist(),
            contacts.tolist(),
            locals_.tolist(),
            domains.tolist(),
            phone.tolist(),
            *digits,
            notes.tolist(),
            strict=True,
        )

    def _names(self, account_type: np.ndarray, person: np.ndarray) -> tuple[np.ndarray, ...]:
        """Display names, contact names, e-mail local parts and domains for one chunk."""
        rng, pools = self.rng, self.pools
        n = len(account_type)
        people = pools.people(rng, n, formal=True)
        contacts = pools.people(rng, n)
        names = contacts.names.copy()
        names[person] = people.names[person]
        locals_ = np.where(person, people.email_locals, contacts.email_locals)
        domains = pools.personal_domains[rng.integers(0, len(pools.personal_domains), n)]
        for index, profile in enumerate(ACCOUNT_TYPES):
            members = np.flatnonzero(account_type == index)
            if profile.kind == CustomerKind.COMPANY and len(members):
                companies = pools.companies(rng, len(members), profile.key)
                names[members] = companies.names
                domains[members] = companies.domains
        contact_names = contacts.names.copy()
        contact_names[person] = None
        return names, contact_names, locals_, domains


def _where(mask: np.ndarray, text: str) -> np.ndarray:
    """``text`` where ``mask`` is true, else None (SQL NULL)."""
    values = np.full(len(mask), None, dtype=object)
    values[mask] = text
    return values
