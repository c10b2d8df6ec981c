"""What the Pipeline section and the dashboard's pipeline cards ask of the core: each a call on
an open database that opens its own connection and returns plain values. The GUI runs them on
worker threads.

Modules that pull in SQLAlchemy are imported inside the functions: the window shows before
they load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from salesdesk.metrics.deals import MonthForecast
    from salesdesk.metrics.scope import Scope
    from salesdesk.metrics.stages import Pipeline
    from salesdesk.periods import Period
    from salesdesk.pipeline.analytics import DashboardFigures, PipelineAnalytics
    from salesdesk.pipeline.board import DealCard, DealQuery, StageColumn
    from salesdesk.pipeline.deals import DealDetail, PipelineChoices
    from salesdesk.pipeline.myday import MyDay
    from salesdesk.pipeline.stage_edits import StageUsage
    from salesdesk.pipeline.summary import PipelineGroup
    from salesdesk.store.db import Database


@dataclass(frozen=True)
class Choices:
    """The lists the section's filters and dialogs offer, and whose day My day opens on."""

    choices: PipelineChoices
    default_member: int | None


def choices(database: Database, today: date) -> Choices:
    from salesdesk.pipeline.deals import pipeline_choices
    from salesdesk.pipeline.myday import default_member

    with database.read() as conn:
        return Choices(pipeline_choices(conn, today), default_member(conn, today))


def deal(database: Database, deal_id: int) -> DealDetail:
    """One deal with its stays, follow-ups and history."""
    from salesdesk.pipeline.deals import load_deal

    with database.read() as conn:
        return load_deal(conn, deal_id)


def find_customers(database: Database, search: str) -> list[tuple[int, str, str]]:
    """Customers whose name or code starts with what was typed: (id, name, code)."""
    from salesdesk.pipeline import deals

    with database.read() as conn:
        return deals.find_customers(conn, search)


@dataclass(frozen=True)
class Board:
    columns: list[StageColumn]
    pages: list[list[DealCard]]  # the first page of each column


def board(
    database: Database, pipeline: Pipeline, query: DealQuery, on: date, page_size: int
) -> Board:
    """The pipeline's columns with their totals and the first page of cards of each."""
    from salesdesk.pipeline.board import board_columns, fetch_cards

    with database.read() as conn:
        columns = board_columns(conn, pipeline, query, on)
        pages = [fetch_cards(conn, query.in_stage(c.stage.id), on, 0, page_size) for c in columns]
    return Board(columns, pages)


def cards(
    database: Database, query: DealQuery, on: date, offset: int, limit: int
) -> list[DealCard]:
    """A page of deal cards of the query (of one stage, for a board column)."""
    from salesdesk.pipeline.board import fetch_cards

    with database.read() as conn:
        return fetch_cards(conn, query, on, offset, limit)


@dataclass(frozen=True)
class ListPage:
    cards: list[DealCard]
    stages: dict[int, str]  # stage id -> name
    chances: dict[int, float]  # stage id -> the chance to win from it


def list_page(database: Database, query: DealQuery, on: date, offset: int, limit: int) -> ListPage:
    """A page of the deal list, with what its stage columns show."""
    from salesdesk.metrics.deals import stage_probabilities
    from salesdesk.metrics.stages import load_stages
    from salesdesk.pipeline.board import fetch_cards

    with database.read() as conn:
        found = fetch_cards(conn, query, on, offset, limit)
        chances = stage_probabilities(conn, on)
        stages = load_stages(conn)
    return ListPage(
        found,
        {card.stage_id: stages[card.stage_id].name for card in found},
        {card.stage_id: chances[card.stage_id].probability for card in found},
    )


def count_deals(database: Database, query: DealQuery) -> int:
    from salesdesk.pipeline import board

    with database.read() as conn:
        return board.count_deals(conn, query)


def my_day(database: Database, member_id: int, today: date) -> MyDay:
    """A member's follow-ups due, rotting deals, customers at risk and open issues."""
    from salesdesk.pipeline import myday

    with database.read() as conn:
        return myday.my_day(conn, member_id, today)


def analytics(
    database: Database, period: Period, scope: Scope, pipeline_id: int | None
) -> PipelineAnalytics:
    from salesdesk.pipeline.analytics import pipeline_analytics

    with database.read() as conn:
        return pipeline_analytics(conn, period, scope, pipeline_id=pipeline_id)


def dashboard_figures(database: Database, period: Period) -> DashboardFigures:
    """The dashboard's open pipeline, weighted forecast and win rate."""
    from salesdesk.pipeline import analytics

    with database.read() as conn:
        return analytics.dashboard_figures(conn, period)


def by_stage(database: Database, period: Period) -> list[PipelineGroup]:
    """The open pipeline by stage, behind the dashboard's open-pipeline card."""
    from salesdesk.pipeline.summary import pipeline_summary

    with database.read() as conn:
        return pipeline_summary(conn, period, "stage")


def forecast_by_month(database: Database, period: Period) -> list[MonthForecast]:
    """The forecast month by month behind the dashboard's forecast card: the months of the
    period, the first and last cut at its ends, so that they add up to the card."""
    from salesdesk.metrics import deals
    from salesdesk.metrics.clock import closing_day

    with database.read() as conn:
        return deals.forecast_by_month(conn, closing_day(period), deals.forecast_spans(period))


def by_member(database: Database, period: Period) -> list[PipelineGroup]:
    """Deals won and lost by member in the elapsed part of the period (the win rate's list)."""
    from salesdesk.metrics.clock import elapsed_part
    from salesdesk.pipeline.summary import pipeline_summary

    with database.read() as conn:
        return pipeline_summary(conn, elapsed_part(period), "member")


@dataclass(frozen=True)
class Setup:
    """What the pipelines and stages dialog shows: every pipeline with its stages in order,
    and how many deals use each stage."""

    pipelines: list[Pipeline]
    usage: dict[int, StageUsage]


def setup(database: Database) -> Setup:
    from salesdesk.metrics.stages import load_pipelines
    from salesdesk.pipeline.stage_edits import stage_usage

    with database.read() as conn:
        return Setup(load_pipelines(conn), stage_usage(conn))
