"""PDF reports (SPEC §6): the registry that the ``report`` command and the GUI share.

Both look a report up here by name and call its ``build``, so they produce the same document.
Building imports reportlab and matplotlib, which the command line's start-up must not pay for,
so the builders are imported when a report is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.metrics import Scope
    from salesdesk.periods import Period

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


def _build_team(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    from salesdesk.metrics import Scope
    from salesdesk.reports.team import build_team_report

    return build_team_report(
        conn,
        period,
        scope=scope or Scope(),
        language=language,
        page_size=page_size,
        generated_at=generated_at,
    )


def _build_strategy(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    from salesdesk.reports.strategy import build_strategy_report

    return build_strategy_report(
        conn,
        period,
        scope=scope,
        language=language,
        page_size=page_size,
        generated_at=generated_at,
    )


def _build_customers(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    from salesdesk.reports.customers import build_customers_report

    return build_customers_report(
        conn,
        period,
        scope=scope,
        language=language,
        page_size=page_size,
        generated_at=generated_at,
    )


def _build_goals(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    from salesdesk.reports.goals import build_goals_report

    return build_goals_report(
        conn,
        period,
        scope=scope,
        language=language,
        page_size=page_size,
        generated_at=generated_at,
    )


REPORTS: dict[str, ReportKind] = {
    "team": ReportKind("team", lambda: tr("Team report"), _build_team),
    "strategy": ReportKind("strategy", lambda: tr("Strategy report"), _build_strategy),
    "customers": ReportKind("customers", lambda: tr("Customers report"), _build_customers),
    "goals": ReportKind("goals", lambda: tr("Goals report"), _build_goals),
}
