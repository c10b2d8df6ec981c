"""What the Strategy section asks of the core: each tab's data, read on an open database in
one connection and returned as plain values. The GUI runs them on worker threads.

Modules that pull in SQLAlchemy are imported inside the functions: the window shows before
they load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from salesdesk.periods import Period
    from salesdesk.store.db import Database
    from salesdesk.strategy.catalogue import Category, Product
    from salesdesk.strategy.channels import ChannelPerformance, KindTrend
    from salesdesk.strategy.competitors import Competitor, PriceComparison, PriceObservation
    from salesdesk.strategy.research import ResearchNote


@dataclass(frozen=True)
class MarketData:
    competitors: list[Competitor]
    observations: list[PriceObservation]
    comparison: PriceComparison
    products: list[tuple[int, str]]  # (id, "name (code)") to pick in a price observation


def market(database: Database, today: date) -> MarketData:
    """Competitors, every price seen, and our prices against their latest ones."""
    from salesdesk.strategy import competitors
    from salesdesk.strategy.catalogue import product_choices

    with database.read() as conn:
        return MarketData(
            competitors.load_competitors(conn),
            competitors.price_history(conn),
            competitors.price_comparison(conn, today),
            product_choices(conn),
        )


def notes_about(database: Database, competitor_id: int) -> int:
    """How many research notes link to a competitor (asked before deleting it)."""
    from salesdesk.strategy.research import load_notes

    with database.read() as conn:
        return len(load_notes(conn, competitor_id=competitor_id))


@dataclass(frozen=True)
class ProductFilter:
    category_id: int | None = None
    search: str = ""
    include_inactive: bool = True


@dataclass(frozen=True)
class PricingData:
    categories: list[Category]
    total_products: int
    products: list[Product]
    comparison: PriceComparison


def pricing(database: Database, wanted: ProductFilter, today: date) -> PricingData:
    """The category tree, the products the filter lets through, and the price comparison."""
    from salesdesk.strategy import catalogue
    from salesdesk.strategy.competitors import price_comparison

    with database.read() as conn:
        return PricingData(
            catalogue.load_category_tree(conn),
            catalogue.count_products(conn),
            catalogue.load_products(
                conn,
                category_id=wanted.category_id,
                search=wanted.search,
                include_inactive=wanted.include_inactive,
            ),
            price_comparison(conn, today),
        )


def product_dependents(database: Database, product_id: int) -> dict[str, int]:
    """What refers to a product, by a readable name of the referring rows."""
    from salesdesk.strategy import catalogue

    with database.read() as conn:
        return catalogue.product_dependents(conn, product_id)


@dataclass(frozen=True)
class ChannelFigures:
    lines: list[ChannelPerformance]
    trend: KindTrend


def channels(database: Database, period: Period, today: date) -> ChannelFigures:
    """Each channel's figures in ``period``, and online against offline over time."""
    from salesdesk.strategy.channels import channel_performance, online_offline_trend

    with database.read() as conn:
        return ChannelFigures(
            channel_performance(conn, period), online_offline_trend(conn, period, today)
        )


@dataclass(frozen=True)
class NoteFilter:
    search: str = ""
    kind: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class ResearchData:
    notes: list[ResearchNote]
    tags: list[str]
    links: dict[str, list[tuple[int, str]]]


def research(database: Database, wanted: NoteFilter) -> ResearchData:
    """The research notes the filter lets through, every tag, and what a note can link to."""
    from salesdesk.strategy import research as notes

    with database.read() as conn:
        return ResearchData(
            notes.load_notes(conn, search=wanted.search, kind=wanted.kind, tag=wanted.tag),
            notes.all_tags(conn),
            notes.link_choices(conn),
        )
