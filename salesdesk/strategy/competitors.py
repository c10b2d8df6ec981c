"""Competitors, the prices they were seen charging, and our price against theirs.

A price observation is one competitor's price for a product comparable to one of ours, on a
date, from a source. The comparison takes each competitor's LATEST observation per product;
one older than 6 months (:mod:`salesdesk.strategy.staleness`) is stale: still shown, marked,
since an old price is better than none but may no longer hold. The market's lowest, average
and highest price are over those latest observations, stale ones included.

Edits are recorded as :data:`~salesdesk.store.changes.Change` s, so they are logged and undoable.
Deleting a competitor deletes its price observations and unlinks the research notes about it;
its undo brings all of that back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.errors import FieldError, SalesDeskError
from salesdesk.i18n import tr
from salesdesk.store.changes import Change, StepRecorder, save_row
from salesdesk.strategy.staleness import stale_before

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class CompetitorError(SalesDeskError):
    """A competitor or a price observation that cannot be saved, and why."""


# --- competitors -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Competitor:
    id: int
    name: str
    website: str
    positioning: str
    strengths: str
    weaknesses: str
    differentiation: str
    market_share: float | None
    observations: int
    last_observed: date | None
    version: int = 1  # of the row as read: an edit is made from it (SPEC §13)


_COMPETITORS_SQL = """
SELECT c.id, c.name, c.website, c.positioning, c.strengths, c.weaknesses, c.differentiation,
       c.market_share, COUNT(p.id) AS observations, MAX(p.observed_on) AS last_observed,
       c.version
FROM competitor c LEFT JOIN competitor_price p ON p.competitor_id = c.id
GROUP BY c.id ORDER BY lower(c.name)
"""


def load_competitors(conn: Connection) -> list[Competitor]:
    rows = conn.execute(text(_COMPETITORS_SQL)).mappings()
    return [Competitor(**{**row, "last_observed": _date(row["last_observed"])}) for row in rows]


def check_profile(conn: Connection, values: Mapping[str, Any], competitor_id: int | None) -> None:
    """Raises :class:`CompetitorError` for a profile that cannot be saved."""
    name = str(values.get("name", "")).strip()
    if not name:
        raise CompetitorError(tr("A competitor needs a name."))
    taken = conn.execute(
        text(
            "SELECT 1 FROM competitor WHERE name = :name"
            " AND (CAST(:id AS INTEGER) IS NULL OR id <> :id)"  # "IS NOT :id": SQLite only
        ),
        {"name": name, "id": competitor_id},
    ).first()
    if taken:
        raise CompetitorError(tr("There is already a competitor named {name}.", name=name))
    share = values.get("market_share")
    if share is not None and not 0 <= share <= 1:
        raise CompetitorError(tr("A market share lies between 0% and 100%."))


def save_competitor(
    conn: Connection, competitor_id: int | None, values: Mapping[str, Any]
) -> Change:
    """Adds a competitor (no id) or changes its profile, after :func:`check_profile`."""
    check_profile(conn, values, competitor_id)
    return save_row(conn, "competitor", competitor_id, values)


def delete_competitor(conn: Connection, competitor_id: int) -> Change:
    """Deletes a competitor with its price observations; its research notes stay, unlinked."""
    recorder = StepRecorder(conn)
    for price_id in _ids(conn, "competitor_price", competitor_id):
        recorder.delete("competitor_price", price_id)
    for note_id in _ids(conn, "research_note", competitor_id):
        recorder.update("research_note", note_id, {"competitor_id": None})
    recorder.delete("competitor", competitor_id)
    return recorder.steps


def _ids(conn: Connection, table: str, competitor_id: int) -> list[int]:
    rows = conn.execute(
        text(f"SELECT id FROM {table} WHERE competitor_id = :id ORDER BY id"),
        {"id": competitor_id},
    )
    return [row_id for (row_id,) in rows]


# --- price observations ----------------------------------------------------------------------


@dataclass(frozen=True)
class PriceObservation:
    id: int
    competitor_id: int
    competitor: str
    product_id: int
    product_code: str
    product: str
    their_product_name: str
    price: int
    observed_on: date
    source: str
    version: int = 1


_OBSERVATIONS_SQL = """
SELECT p.id, p.competitor_id, c.name AS competitor, p.product_id, pr.code AS product_code,
       pr.name AS product, p.their_product_name, p.price, p.observed_on, p.source, p.version
FROM competitor_price p
JOIN competitor c ON c.id = p.competitor_id
JOIN product pr ON pr.id = p.product_id
WHERE (CAST(:competitor_id AS INTEGER) IS NULL OR p.competitor_id = :competitor_id)
  AND (CAST(:product_id AS INTEGER) IS NULL OR p.product_id = :product_id)
ORDER BY p.observed_on DESC, pr.name, p.id DESC
"""


def price_history(
    conn: Connection, *, competitor_id: int | None = None, product_id: int | None = None
) -> list[PriceObservation]:
    """Observations of one competitor and/or product, newest first."""
    rows = conn.execute(
        text(_OBSERVATIONS_SQL), {"competitor_id": competitor_id, "product_id": product_id}
    )
    return [
        PriceObservation(**{**row, "observed_on": _date(row["observed_on"])})
        for row in rows.mappings()
    ]


def check_observation(values: Mapping[str, Any]) -> None:
    """Raises :class:`FieldError` naming the field of a price that cannot be saved."""
    if values.get("product_id") is None:
        raise FieldError("product_id", tr("Choose our product that theirs compares with."))
    if int(values.get("price", 0)) <= 0:
        raise FieldError("price", tr("A competitor's price must be above zero."))


def save_observation(conn: Connection, price_id: int | None, values: Mapping[str, Any]) -> Change:
    """Adds a price seen at a competitor (no id) or changes one, after checking it."""
    check_observation(values)
    return save_row(conn, "competitor_price", price_id, values)


# --- comparison ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LatestPrice:
    competitor_id: int
    price: int
    observed_on: date
    stale: bool

    def difference(self, our_price: int) -> float | None:
        """How far our price lies above (+) or below (−) theirs, as a fraction of theirs."""
        return (our_price - self.price) / self.price if self.price else None


@dataclass(frozen=True)
class ComparisonRow:
    product_id: int
    code: str
    name: str
    our_price: int
    latest: dict[int, LatestPrice]  # by competitor id

    @property
    def lowest(self) -> int:
        return min(p.price for p in self.latest.values())

    @property
    def highest(self) -> int:
        return max(p.price for p in self.latest.values())

    @property
    def average(self) -> float:
        return sum(p.price for p in self.latest.values()) / len(self.latest)

    def difference_to_average(self) -> float:
        """Our price against the market average: +0.05 = 5 % dearer."""
        return (self.our_price - self.average) / self.average

    @property
    def stale_count(self) -> int:
        return sum(p.stale for p in self.latest.values())


@dataclass(frozen=True)
class PriceComparison:
    competitors: list[tuple[int, str]]  # (id, name) of those with an observation, by name
    rows: list[ComparisonRow]  # products with at least one observation, by name
    stale_before: date


# The latest observation per competitor and product; the highest id breaks a tie on the day.
_LATEST_SQL = """
SELECT p.product_id, pr.code, pr.name, pr.list_price, p.competitor_id, c.name, p.price,
       p.observed_on
FROM competitor_price p
JOIN product pr ON pr.id = p.product_id
JOIN competitor c ON c.id = p.competitor_id
WHERE p.id = (SELECT newer.id FROM competitor_price newer
              WHERE newer.competitor_id = p.competitor_id AND newer.product_id = p.product_id
              ORDER BY newer.observed_on DESC, newer.id DESC LIMIT 1)
  AND (CAST(:product_id AS INTEGER) IS NULL OR p.product_id = :product_id)
ORDER BY lower(pr.name), pr.code
"""


def price_comparison(
    conn: Connection, today: date, *, product_id: int | None = None
) -> PriceComparison:
    """Our list price against each competitor's latest price, per product."""
    cutoff = stale_before(today)
    rows: dict[int, ComparisonRow] = {}
    competitors: dict[int, str] = {}
    found = conn.execute(text(_LATEST_SQL), {"product_id": product_id})
    for pid, code, name, ours, cid, competitor, price, observed in found:
        observed_on = date.fromisoformat(observed) if isinstance(observed, str) else observed
        row = rows.setdefault(pid, ComparisonRow(pid, code, name, ours, {}))
        row.latest[cid] = LatestPrice(cid, price, observed_on, observed_on < cutoff)
        competitors[cid] = competitor
    ordered = sorted(competitors.items(), key=lambda item: item[1].casefold())
    return PriceComparison(ordered, list(rows.values()), cutoff)


def market_prices(conn: Connection, product_id: int, today: date) -> list[int]:
    """The competitors' latest prices for a product that are not stale: what the price
    calculator compares with."""
    rows = price_comparison(conn, today, product_id=product_id).rows
    return [p.price for row in rows for p in row.latest.values() if not p.stale]


@dataclass(frozen=True)
class CompetitorPosition:
    """One competitor's prices against ours over the products both sell."""

    competitor_id: int
    name: str
    products: int
    average_difference: float | None  # the mean of our price vs theirs, per product
    last_observed: date | None
    stale: bool  # every latest observation is stale


def competitor_positions(comparison: PriceComparison) -> list[CompetitorPosition]:
    differences: dict[int, list[float]] = defaultdict(list)
    latest: dict[int, list[LatestPrice]] = defaultdict(list)
    for row in comparison.rows:
        for cid, price in row.latest.items():
            latest[cid].append(price)
            if (difference := price.difference(row.our_price)) is not None:
                differences[cid].append(difference)
    return [
        CompetitorPosition(
            cid,
            name,
            len(latest[cid]),
            _mean(differences[cid]),
            max(p.observed_on for p in latest[cid]),
            all(p.stale for p in latest[cid]),
        )
        for cid, name in comparison.competitors
    ]


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
