"""The sales process of the demo (SPEC §12): three years of deals consistent with its sales.

Won deals are orders: a share of the orders a person sold (by phone, in the field or through
partners, to companies) became deals some weeks before, in the "New business" pipeline for a
customer's first order and "Repeat sales" for the others, with the order's amount, owner,
customer and channel and a link to the order. About two deals are lost for each one won, at
some stage, for a reason; the deals still running when the history ends are the open
pipeline, with their next step and a planned follow-up (some overdue), a follow-up done on
some, and some long untouched (rotting).

Every deal walks a path through its pipeline's stages: usually all of them, sometimes
skipping one or going back a stage and on again (re-entries). Paths, days and amounts are
drawn with numpy for all deals at once and written with ``executemany``; the same seed gives
the same deals.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from salesdesk.demo.deal_words import DealWords, PipelineWords, deal_words
from salesdesk.demo.profile import CHANNELS, PRIVATE
from salesdesk.demo.sql import insert

if TYPE_CHECKING:
    from salesdesk.demo.plan import DemoPlan

SALES_LINES_PER_WON_DEAL = 60
LOST_PER_WON = 2.0  # a win rate of about one in three
OPEN_DAYS = 100  # the open pipeline was created over the last ... days
OPEN_PER_WON_DAY = 60  # open deals: this many days' worth of won deals
NEW_BUSINESS_WEIGHT = 8.0  # a customer's first order is this much likelier to be a deal
SOLD_BY_PEOPLE = tuple(i for i, c in enumerate(CHANNELS) if c.key in ("phone", "field", "partners"))
DEAL_COLUMNS = ("id", "ref", "title", "customer_id", "owner_member_id", "amount",
                "expected_close", "stage_id", "status", "created_on", "closed_on", "lost_reason",
                "channel_id", "next_step_on", "next_step", "order_ref")  # fmt: skip
NEW, REPEAT = 0, 1
OPEN, WON, LOST = 0, 1, 2
STATUS_WORDS = np.array(["open", "won", "lost"], dtype=object)
FOLLOW_UP_KINDS = np.array(["call", "meeting", "email", "task"], dtype=object)
LOST_REASON_MIX = (0.28, 0.22, 0.18, 0.14, 0.10, 0.08)

# Paths through the stages (indices into the pipeline's stages) and how often each is taken.
PATHS = {
    NEW: (
        ((0, 1, 2, 3, 4), 0.62),
        ((0, 1, 2, 4), 0.10),  # no negotiation
        ((0, 2, 3, 4), 0.10),  # straight to a proposal
        ((0, 1, 2, 3, 2, 3, 4), 0.10),  # back to the proposal once
        ((0, 1, 2, 1, 2, 3, 4), 0.08),
    ),
    REPEAT: (((0, 1, 2), 0.80), ((0, 2), 0.10), ((0, 1, 0, 1, 2), 0.10)),
}


@dataclass
class _Deals:
    """Every deal of the demo, one array element each."""

    customer: np.ndarray  # customer index
    owner: np.ndarray  # member id; 0: none
    channel: np.ndarray  # channel index
    pipeline: np.ndarray  # NEW or REPEAT
    created: np.ndarray  # day
    closed: np.ndarray  # day; for open deals the day the history ends (today)
    status: np.ndarray  # OPEN, WON, LOST
    amount: np.ndarray  # minor units
    order: np.ndarray  # order index of a won deal; -1 otherwise
    reason: np.ndarray  # lost reason index; -1
    path: np.ndarray  # index into the pipeline's PATHS
    stays: np.ndarray  # how many stays of the path it made

    @property
    def count(self) -> int:
        return len(self.created)

    def take(self, order: np.ndarray) -> _Deals:
        return _Deals(**{name: getattr(self, name)[order] for name in self.__dataclass_fields__})

    @staticmethod
    def join(parts: list[_Deals]) -> _Deals:
        return _Deals(
            **{
                name: np.concatenate([getattr(p, name) for p in parts])
                for name in _Deals.__dataclass_fields__
            }
        )


def write_deals(
    connection: sqlite3.Connection,
    rng: np.random.Generator,
    plan: DemoPlan,
    order_amount: np.ndarray,
) -> None:
    """Writes the pipelines, the deals with their stage history, and the follow-ups."""
    words = deal_words(plan.content.language)
    stage_ids = _write_pipelines(connection, words)
    won = _won_deals(rng, plan, order_amount)
    if won.count == 0:
        return
    lost = _other_deals(rng, plan, won, round(won.count * LOST_PER_WON), since=0)
    days = max(plan.today, 1)
    extra = round(won.count / days * OPEN_PER_WON_DAY)
    running = _other_deals(rng, plan, won, extra, since=max(plan.today - OPEN_DAYS, 0))
    deals = _Deals.join([won, lost, running])
    deals = deals.take(np.argsort(deals.created, kind="stable"))  # ids in order of creation
    writer = _Writer(connection, rng, plan)
    writer.deals(deals, stage_ids)
    writer.follow_ups(deals)


def _write_pipelines(connection: sqlite3.Connection, words: DealWords) -> list[list[int]]:
    """Both pipelines and their stages; the stage ids per pipeline."""
    stage_ids: list[list[int]] = []
    next_stage = 1
    for pipeline_id, pipeline in enumerate((words.new_business, words.repeat_sales), start=1):
        insert(connection, "pipeline", ("id", "name", "active"), [(pipeline_id, pipeline.name, 1)])
        ids = list(range(next_stage, next_stage + len(pipeline.stages)))
        insert(
            connection,
            "stage",
            ("id", "pipeline_id", "name", "position", "probability", "rotting_days"),
            _stage_rows(pipeline, pipeline_id, ids),
        )
        stage_ids.append(ids)
        next_stage += len(ids)
    return stage_ids


def _stage_rows(
    pipeline: PipelineWords, pipeline_id: int, ids: list[int]
) -> list[tuple[object, ...]]:
    return [
        (stage_id, pipeline_id, name, position, chance, rotting)
        for position, (stage_id, (name, chance, rotting)) in enumerate(
            zip(ids, pipeline.stages, strict=True)
        )
    ]


# --- which deals -----------------------------------------------------------------------------


def _won_deals(rng: np.random.Generator, plan: DemoPlan, order_amount: np.ndarray) -> _Deals:
    orders, customers = plan.orders, plan.customers
    sold = (
        (orders.member > 0)
        & np.isin(orders.channel, SOLD_BY_PEOPLE)
        & (customers.account_type[orders.customer] != PRIVATE)
        & (order_amount > 0)
    )
    candidates = np.flatnonzero(sold)
    wanted = min(len(candidates), max(1, int(orders.lines.sum()) // SALES_LINES_PER_WON_DEAL))
    if not len(candidates):
        return _empty()
    first_order = orders.day[candidates] <= np.maximum(
        customers.first[orders.customer[candidates]], 0
    )
    weight = np.where(first_order, NEW_BUSINESS_WEIGHT, 1.0)  # winning a customer takes a deal
    chosen = np.sort(rng.choice(candidates, wanted, replace=False, p=weight / weight.sum()))
    customer = orders.customer[chosen]
    day = orders.day[chosen]
    pipeline = np.where(day <= np.maximum(customers.first[customer], 0), NEW, REPEAT)
    cycle = np.where(pipeline == NEW, 30.0, 14.0) * rng.lognormal(0.0, 0.55, len(chosen))
    cycle = np.clip(cycle, 2, 150).astype(np.int32)
    path = _paths(rng, pipeline)
    return _Deals(
        customer=customer,
        owner=orders.member[chosen],
        channel=orders.channel[chosen],
        pipeline=pipeline,
        created=(day - cycle).astype(np.int32),
        closed=day.astype(np.int32),
        status=np.full(len(chosen), WON),
        amount=order_amount[chosen],
        order=chosen,
        reason=np.full(len(chosen), -1),
        path=path,
        stays=_path_lengths(pipeline, path),
    )


def _other_deals(
    rng: np.random.Generator, plan: DemoPlan, won: _Deals, count: int, *, since: int
) -> _Deals:
    """Deals created from ``since`` to today that were lost, or are still open at the end."""
    customers, today = plan.customers, plan.today
    companies = np.flatnonzero(customers.account_type != PRIVATE)
    buyers = companies[customers.first[companies] >= 0]
    if count <= 0 or not len(buyers):
        return _empty()
    # the pipelines in the proportions of the won deals: new business for any company,
    # repeat sales for those that bought
    pipeline = np.where(rng.random(count) < float(np.mean(won.pipeline == NEW)), NEW, REPEAT)
    customer = np.where(pipeline == NEW, rng.choice(companies, count), rng.choice(buyers, count))
    start = np.maximum(np.full(count, since), np.minimum(customers.created[customer], today))
    created = plan.calendar.sample_days(rng, start, np.full(count, today))
    length = np.clip(rng.lognormal(np.log(22), 0.7, count), 1, 200).astype(np.int32)
    closed = created + length
    still_open = closed > today
    path = _paths(rng, pipeline)
    full = _path_lengths(pipeline, path)
    # most deals are lost early: keep 1..full stays, fewer more likely
    kept = 1 + np.floor(full * rng.power(0.7, count)).astype(np.int32)
    return _Deals(
        customer=customer,
        owner=plan.org.seat_member_on(customers.seat[customer], created),
        channel=customers.channel[customer],
        pipeline=pipeline,
        created=created.astype(np.int32),
        closed=np.where(still_open, today, closed).astype(np.int32),
        status=np.where(still_open, OPEN, LOST),
        amount=_amounts(rng, won, pipeline),
        order=np.full(count, -1),
        reason=np.where(still_open, -1, rng.choice(len(LOST_REASON_MIX), count, p=LOST_REASON_MIX)),
        path=path,
        stays=np.minimum(kept, full),
    )


def _amounts(rng: np.random.Generator, won: _Deals, pipeline: np.ndarray) -> np.ndarray:
    """Around the median won deal of the pipeline, in round hundreds of major units."""
    amounts = np.zeros(len(pipeline), dtype=np.int64)
    for kind in (NEW, REPEAT):
        chosen = pipeline == kind
        typical = won.amount[won.pipeline == kind]
        median = float(np.median(typical)) if len(typical) else float(np.median(won.amount))
        drawn = median * 1.2 * rng.lognormal(0.0, 0.8, int(chosen.sum()))
        amounts[chosen] = np.maximum(np.round(drawn / 10_000), 1).astype(np.int64) * 10_000
    return amounts


def _paths(rng: np.random.Generator, pipeline: np.ndarray) -> np.ndarray:
    path = np.zeros(len(pipeline), dtype=np.int32)
    for kind, paths in PATHS.items():
        chosen = np.flatnonzero(pipeline == kind)
        path[chosen] = rng.choice(len(paths), len(chosen), p=[share for _, share in paths])
    return path


def _path_lengths(pipeline: np.ndarray, path: np.ndarray) -> np.ndarray:
    lengths = np.zeros(len(path), dtype=np.int32)
    for kind, paths in PATHS.items():
        table = np.array([len(steps) for steps, _ in paths])
        chosen = pipeline == kind
        lengths[chosen] = table[path[chosen]]
    return lengths


def _empty() -> _Deals:
    none = np.zeros(0, dtype=np.int64)
    return _Deals(*([none] * len(_Deals.__dataclass_fields__)))


# --- writing ---------------------------------------------------------------------------------


@dataclass
class _Stays:
    deal: np.ndarray  # deal index
    stage: np.ndarray  # stage id
    entered: np.ndarray  # day
    left: np.ndarray  # day
    still_in: np.ndarray  # the open deal's current stay (no left day)


def _stays(rng: np.random.Generator, deals: _Deals, stage_ids: list[list[int]]) -> _Stays:
    """Each deal's stays along its path, its time split between them at random."""
    deal = np.repeat(np.arange(deals.count), deals.stays)
    first_stay = np.cumsum(deals.stays) - deals.stays
    step = np.arange(len(deal)) - first_stay[deal]
    stage = np.zeros(len(deal), dtype=np.int64)
    for kind, paths in PATHS.items():
        width = max(len(steps) for steps, _ in paths)
        table = np.array([[*steps, *[0] * (width - len(steps))] for steps, _ in paths])
        chosen = deals.pipeline[deal] == kind
        ids = np.array(stage_ids[kind])
        stage[chosen] = ids[table[deals.path[deal[chosen]], step[chosen]]]
    weight = rng.exponential(1.0, len(deal))
    before_all = np.cumsum(weight) - weight
    before = before_all - before_all[first_stay][deal]  # this deal's weight before the stay
    total = np.add.reduceat(weight, first_stay)
    span = (deals.closed - deals.created)[deal]
    entered = deals.created[deal] + np.floor(span * before / total[deal]).astype(np.int32)
    last = step == deals.stays[deal] - 1
    left = np.where(last, deals.closed[deal], np.roll(entered, -1))
    return _Stays(deal, stage, entered, left, last & (deals.status[deal] == OPEN))


def _moments(days: np.ndarray, text: np.ndarray, keep: np.ndarray, time: str) -> list[str | None]:
    """ISO timestamps of ``days`` at ``time`` where ``keep``, else None."""
    stamps = text.astype(object) + time
    return [
        stamp if kept else None for stamp, kept in zip(stamps.tolist(), keep.tolist(), strict=True)
    ]


class _Writer:
    """Writes the demo's deals, their stays and follow-ups in its words."""

    def __init__(
        self, connection: sqlite3.Connection, rng: np.random.Generator, plan: DemoPlan
    ) -> None:
        self.connection, self.rng, self.plan = connection, rng, plan
        self.words = deal_words(plan.content.language)
        self.text = plan.calendar.text

    def pick(self, texts: tuple[str, ...], n: int) -> np.ndarray:
        return np.array(texts, dtype=object)[self.rng.integers(0, len(texts), n)]

    def deals(self, deals: _Deals, stage_ids: list[list[int]]) -> None:
        stays = _stays(self.rng, deals, stage_ids)
        last_stage = np.zeros(deals.count, dtype=np.int64)
        last_stage[stays.deal] = stays.stage  # the last write of each deal wins: its last stay
        rng, today, n = self.rng, self.plan.today, deals.count
        is_open = deals.status == OPEN
        expected = np.where(
            is_open, today + rng.integers(-25, 90, n), deals.closed + rng.integers(-10, 15, n)
        )
        next_step_on = today + rng.integers(-8, 15, n)
        reasons = np.array([*self.words.lost_reasons, None], dtype=object)[deals.reason]
        prefix = self.plan.content.order_prefix
        columns = DEAL_COLUMNS
        rows = zip(
            range(1, n + 1),
            (f"D-{i:07d}" for i in range(1, n + 1)),
            self.pick(self.words.titles, n).tolist(),
            (deals.customer + 1).tolist(),
            [m or None for m in deals.owner.tolist()],
            deals.amount.tolist(),
            self.text(expected).tolist(),
            last_stage.tolist(),
            STATUS_WORDS[deals.status].tolist(),
            self.text(deals.created).tolist(),
            [
                None if o else day
                for o, day in zip(is_open.tolist(), self.text(deals.closed).tolist(), strict=True)
            ],
            reasons.tolist(),
            (deals.channel + 1).tolist(),
            _moments(next_step_on, self.text(next_step_on), is_open, ""),
            np.where(is_open, self.pick(self.words.next_steps, n), "").tolist(),
            [f"{prefix}{o + 1:08d}" if o >= 0 else None for o in deals.order.tolist()],
            strict=True,
        )
        insert(self.connection, "deal", columns, rows)
        insert(
            self.connection,
            "deal_stage_change",
            ("deal_id", "stage_id", "entered_at", "left_at"),
            zip(
                (stays.deal + 1).tolist(),
                stays.stage.tolist(),
                (self.text(stays.entered).astype(object) + " 09:00:00").tolist(),
                _moments(stays.left, self.text(stays.left), ~stays.still_in, " 17:00:00"),
                strict=True,
            ),
        )

    def follow_ups(self, deals: _Deals) -> None:
        """A planned follow-up on every open deal (some overdue), one done on some of them
        and on some won deals while they ran."""
        rng, today = self.rng, self.plan.today
        open_deals = np.flatnonzero(deals.status == OPEN)
        done_open = open_deals[rng.random(len(open_deals)) < 0.6]
        done_won = np.flatnonzero(deals.status == WON)
        done_won = done_won[rng.random(len(done_won)) < 0.3]
        done_deals = np.concatenate((done_open, done_won))
        start = deals.created[done_deals]
        end = np.where(deals.status[done_deals] == OPEN, today, deals.closed[done_deals])
        done_day = start + np.floor(rng.random(len(done_deals)) * (end - start + 1)).astype(
            np.int32
        )
        deal = np.concatenate((open_deals, done_deals))
        planned = np.maximum(
            today + rng.integers(-8, 15, len(open_deals)), deals.created[open_deals]
        )
        due = np.concatenate((planned, done_day))
        done = np.concatenate(
            (np.zeros(len(open_deals), dtype=bool), np.ones(len(done_deals), dtype=bool))
        )
        n = len(deal)
        columns = ("kind", "customer_id", "deal_id", "owner_member_id", "due_on", "done_at",
                   "note", "outcome")  # fmt: skip
        rows = zip(
            FOLLOW_UP_KINDS[rng.choice(4, n, p=(0.5, 0.2, 0.2, 0.1))].tolist(),
            (deals.customer[deal] + 1).tolist(),
            (deal + 1).tolist(),
            [m or None for m in deals.owner[deal].tolist()],
            self.text(due).tolist(),
            _moments(due, self.text(due), done, " 15:00:00"),
            self.pick(self.words.follow_up_notes, n).tolist(),
            np.where(done, self.pick(self.words.outcomes, n), "").tolist(),
            strict=True,
        )
        insert(self.connection, "follow_up", columns, rows)
