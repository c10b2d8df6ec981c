"""The company's settings (SPEC §2), stored in the database: one row, read by every figure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database


@dataclass(frozen=True)
class CompanySettings:
    company_name: str
    currency: str
    org_mode: str
    retention_window_days: int
    at_risk_days: int
    fiscal_year_start_month: int
    report_language: str


def load_settings(conn: Connection) -> CompanySettings:
    row = conn.execute(
        text(
            "SELECT company_name, currency, org_mode, retention_window_days, at_risk_days,"
            " fiscal_year_start_month, report_language FROM settings WHERE id = 1"
        )
    ).one()
    return CompanySettings(*row)


def read_settings(database: Database) -> CompanySettings:
    """:func:`load_settings` of an open database, in a connection of its own."""
    with database.read() as conn:
        return load_settings(conn)
