"""PDF reports (SPEC §6): the registry that the ``report`` command and the GUI share.

Both look a report up here by name and call its ``build``, so they produce the same document.
Building imports reportlab and matplotlib, which the command line's start-up must not pay for,
so the builders are imported when a report is built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics.scope import Scope
    from salesdesk.periods import Period
    from salesdesk.store.db import Database

PAGE_SIZE_NAMES = ("A4", "Letter")  # the first is the default


class ReportBuilder(Protocol):
    """Builds a report and returns the PDF file's bytes."""

    def __call__(
        self,
        conn: Connection,
        period: Period,
        *,
        scope: Scope | None = None,
        language: str = "en",
        page_size: str = "A4",
        generated_at: datetime | None = None,
    ) -> bytes: ...


@dataclass(frozen=True)
class ReportKind:
    name: str  # what the command line accepts
    title: Callable[[], str]  # translated into the current language when called
    build: ReportBuilder


def _built_by(module: str, function: str) -> ReportBuilder:
    """A builder that imports its module, and so reportlab and matplotlib, only when used."""

    def build(conn: Connection, period: Period, **options: Any) -> bytes:
        builder = getattr(importlib.import_module(f"salesdesk.reports.{module}"), function)
        return cast(bytes, builder(conn, period, **options))

    return cast(ReportBuilder, build)


REPORTS: dict[str, ReportKind] = {
    "team": ReportKind("team", lambda: tr("Team report"), _built_by("team", "build_team_report")),
    "strategy": ReportKind(
        "strategy", lambda: tr("Strategy report"), _built_by("strategy", "build_strategy_report")
    ),
    "customers": ReportKind(
        "customers",
        lambda: tr("Customers report"),
        _built_by("customers", "build_customers_report"),
    ),
    "goals": ReportKind(
        "goals", lambda: tr("Goals report"), _built_by("goals", "build_goals_report")
    ),
    "pipeline": ReportKind(
        "pipeline", lambda: tr("Pipeline report"), _built_by("pipeline", "build_pipeline_report")
    ),
}


def bring_figures_up_to_date(database: Database, day: date) -> None:
    """Stores the per-customer figures of ``day`` (the report's: its period's end, or today
    while it runs) behind cohorts, RFM tiers, segments and the at-risk list before a build,
    so that a large database need not compute them for every table. A file opened
    read-only keeps the figures it has; the report then computes what is missing."""
    from salesdesk.customers.summary import bring_summary_up_to_date

    bring_summary_up_to_date(database, day)
