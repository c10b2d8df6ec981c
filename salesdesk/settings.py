"""The company's settings (SPEC §2, §3a), stored in the database and read by every figure.

One row (id = 1). :data:`DEFAULTS` holds the typed defaults in one place; :func:`save_settings`
checks a change field by field (a :class:`~salesdesk.errors.FieldError` names the field) and
writes it as a :class:`~salesdesk.store.changes.Change`, so it is logged and undone like any
other edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.errors import FieldError
from salesdesk.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.changes import Change
    from salesdesk.store.db import Database

# Where the currency symbol goes: as the language writes it ($1.00, 1,00 ₽), or always
# before or after the amount.
CURRENCY_POSITIONS = ("language", "before", "after")
ORG_MODES = ("geographic", "product", "customer")


@dataclass(frozen=True)
class CompanySettings:
    company_name: str = ""
    currency: str = "RUB"
    org_mode: str = "geographic"
    retention_window_days: int = 365  # W: current while the last purchase is this recent
    at_risk_days: int = 90  # a current customer quiet for longer is at risk
    fiscal_year_start_month: int = 1
    report_language: str = "en"
    complaint_days: int = 14  # an open complaint or ticket older than this puts at risk
    currency_position: str = "language"

    def changed(self, **changes: Any) -> CompanySettings:
        """These settings with ``changes``, checked (:class:`FieldError` naming a field)."""
        unknown = set(changes) - {f.name for f in fields(self)}
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)}")
        result = replace(self, **changes)
        for name in changes:
            _check(result, name)
        return result


DEFAULTS = CompanySettings()
_COLUMNS = tuple(f.name for f in fields(CompanySettings))


def load_settings(conn: Connection) -> CompanySettings:
    row = conn.execute(text(f"SELECT {', '.join(_COLUMNS)} FROM settings WHERE id = 1")).one()
    return CompanySettings(*row)


def read_settings(database: Database) -> CompanySettings:
    """:func:`load_settings` of an open database, in a connection of its own."""
    with database.read() as conn:
        return load_settings(conn)


def save_settings(conn: Connection, changes: Mapping[str, Any]) -> Change:
    """Checks and saves ``changes`` (logged); undo is :func:`salesdesk.store.changes.undo`."""
    from salesdesk.store.changes import save_row

    load_settings(conn).changed(**changes)
    return save_row(conn, "settings", 1, dict(changes))


def _check(settings: CompanySettings, name: str) -> None:
    rule = _RULES.get(name)
    if rule is not None and not rule[0](settings):
        raise FieldError(name, rule[1]())


# field -> (whether the settings' value is acceptable, the reason when it is not)
_RULES: dict[str, tuple[Callable[[CompanySettings], bool], Callable[[], str]]] = {
    "retention_window_days": (
        lambda s: 1 <= s.retention_window_days <= 3650,
        lambda: tr("The retention window runs from 1 to 3,650 days."),
    ),
    "at_risk_days": (
        lambda s: 1 <= s.at_risk_days < s.retention_window_days,
        lambda: tr("The at-risk days must be at least 1 and fewer than the retention window."),
    ),
    "complaint_days": (
        lambda s: 0 <= s.complaint_days <= 365,
        lambda: tr("The complaint days run from 0 to 365."),
    ),
    "fiscal_year_start_month": (
        lambda s: 1 <= s.fiscal_year_start_month <= 12,
        lambda: tr("The fiscal year starts in a month from 1 to 12."),
    ),
    "currency_position": (
        lambda s: s.currency_position in CURRENCY_POSITIONS,
        lambda: tr(
            "The currency symbol goes before or after the amount, or as the language has it."
        ),
    ),
    "org_mode": (
        lambda s: s.org_mode in ORG_MODES,
        lambda: tr("Choose a geographic, product or customer organisation."),
    ),
    "currency": (
        lambda s: len(s.currency) == 3 and s.currency.isalpha() and s.currency.isupper(),
        lambda: tr("The currency is a three-letter ISO 4217 code, e.g. RUB or USD."),
    ),
}
