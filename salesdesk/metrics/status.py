"""Customer status (SPEC §3, §3a): the one definition of prospect, current, lost and at risk.

Status at the end of a day d, with W the retention window:

- **prospect**: no purchase on or before d;
- **current**: last purchase in (d − W, d];
- **lost**: has purchased, last purchase on or before d − W, or marked lost by hand. The mark
  carries no date, so it reads as "lost after the last purchase": it holds on and after the
  customer's last purchase (at every date for one who never bought); up to that purchase the
  customer keeps the computed status, and the loss lands in the period of the last purchase;
- **at risk**: current, and either quiet (no purchase for more than the at-risk days) or with
  a complaint or service ticket open at d and dated more than the complaint days before d.
  The reason is part of the status: :func:`risk_reasons`.

Returns are not purchases (:mod:`salesdesk.metrics.lines`). The rule's parameters are the
company settings (:class:`StatusRules`); its SQL is generated here, from column expressions
each reader names (:class:`StatusSql`): the counts (:mod:`salesdesk.metrics.customer_counts`),
the stored aggregates' spells, the customer list, segments and reports all use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from salesdesk.i18n import trn
from salesdesk.metrics import lines
from salesdesk.settings import DEFAULTS, CompanySettings, load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

STATUSES = ("prospect", "current", "lost")
COMPLAINT_KINDS = ("complaint", "service_ticket")
_KINDS_SQL = "('complaint', 'service_ticket')"


@dataclass(frozen=True)
class StatusRules:
    """The parameters of the rule, from the settings (SPEC §3a Settings)."""

    retention_window_days: int = DEFAULTS.retention_window_days
    at_risk_days: int = DEFAULTS.at_risk_days
    complaint_days: int = DEFAULTS.complaint_days

    @classmethod
    def of(cls, settings: CompanySettings) -> StatusRules:
        return cls(settings.retention_window_days, settings.at_risk_days, settings.complaint_days)

    @classmethod
    def load(cls, conn: Connection) -> StatusRules:
        return cls.of(load_settings(conn))

    @property
    def current_days(self) -> int:
        """A purchase keeps the customer current on its day and the window's next days."""
        return self.retention_window_days

    @property
    def recent_days(self) -> int:
        """A purchase keeps a current customer from being quiet this many days (its own and
        the at-risk days after it); past the window they are lost rather than at risk."""
        return min(self.at_risk_days + 1, self.retention_window_days)

    def horizon(self, day: date) -> date:
        """A last purchase on or before this day is too old: lost."""
        return day - timedelta(days=self.retention_window_days)

    def quiet_since(self, day: date) -> date:
        """A last purchase before this day is quiet for longer than the at-risk days."""
        return day - timedelta(days=self.at_risk_days)

    def complaint_before(self, day: date) -> date:
        """A complaint or ticket dated before this day and still open puts at risk."""
        return day - timedelta(days=self.complaint_days)

    def params(self, day: date, prefix: str = "") -> dict[str, str]:
        """The parameters of :class:`StatusSql` with the same ``prefix``, at ``day``."""
        return {
            f"{prefix}day": day.isoformat(),
            f"{prefix}horizon": self.horizon(day).isoformat(),
            f"{prefix}quiet_since": self.quiet_since(day).isoformat(),
            f"{prefix}complaint_before": self.complaint_before(day).isoformat(),
        }


def rules_of(conn: Connection, settings: CompanySettings | None = None) -> StatusRules:
    return StatusRules.of(settings) if settings is not None else StatusRules.load(conn)


def _open_then(p: str) -> str:
    """The WHERE terms (over ``interaction i``) of the complaints and tickets open at the end
    of ``:{p}day`` (open now, or resolved after it) and dated before ``:{p}complaint_before``."""
    return (
        f"i.kind IN {_KINDS_SQL} AND i.date < :{p}complaint_before"
        f" AND (i.is_open OR i.closed_on > :{p}day)"
    )


def complaining_customers(p: str = "") -> str:
    """A SELECT of the customers with a complaint or ticket that puts them at risk at the day
    (once per query: a set looked up, not a search per customer)."""
    return f"SELECT i.customer_id FROM interaction i WHERE {_open_then(p)}"


def open_complaints(customer_id: str, p: str = "") -> str:
    """The WHERE terms (over ``interaction i``) of the complaints and tickets of customer
    ``customer_id`` that put it at risk at the day."""
    return f"i.customer_id = {customer_id} AND {_open_then(p)}"


@dataclass(frozen=True)
class StatusSql:
    """The status conditions over a reader's columns, at the day its parameters name
    (:meth:`StatusRules.params` with the same ``prefix``).

    ``last_purchase`` is the customer's last purchase on or before the day; ``marked_lost``
    is true when marked lost by hand; ``bought_after`` is true when the customer purchased
    after the day; ``customer_id`` finds their complaints.
    """

    last_purchase: str
    marked_lost: str
    bought_after: str
    customer_id: str
    prefix: str = ""

    def _param(self, name: str) -> str:
        return f":{self.prefix}{name}"

    def marked(self) -> str:
        """Marked lost, and no purchase since the day: the mark holds at the day."""
        return f"({self.marked_lost} AND NOT {self.bought_after})"

    def prospect(self) -> str:
        return f"(NOT {self.marked()} AND {self.last_purchase} IS NULL)"

    def current(self) -> str:
        return (
            f"(NOT {self.marked()} AND {self.last_purchase} IS NOT NULL"
            f" AND {self.last_purchase} > {self._param('horizon')})"
        )

    def lost(self) -> str:
        return (
            f"({self.marked()} OR ({self.last_purchase} IS NOT NULL"
            f" AND {self.last_purchase} <= {self._param('horizon')}))"
        )

    def quiet(self) -> str:
        return f"({self.last_purchase} < {self._param('quiet_since')})"

    def complaining(self) -> str:
        return f"{self.customer_id} IN ({complaining_customers(self.prefix)})"

    def complaint_since(self) -> str:
        """The date of the oldest complaint or ticket that puts the customer at risk."""
        return (
            "(SELECT MIN(i.date) FROM interaction i"
            f" WHERE {open_complaints(self.customer_id, self.prefix)})"
        )

    def at_risk(self) -> str:
        return f"({self.current()} AND ({self.quiet()} OR {self.complaining()}))"

    def condition(self, status: str) -> str:
        """prospect, current, lost or at_risk."""
        conditions = {
            "prospect": self.prospect,
            "current": self.current,
            "lost": self.lost,
            "at_risk": self.at_risk,
        }
        if status not in conditions:
            raise ValueError(f"unknown status {status!r}")
        return conditions[status]()

    def rank(self) -> str:
        """0 prospect, 1 current, 2 lost: the status as a number that sorts."""
        return f"CASE WHEN {self.prospect()} THEN 0 WHEN {self.current()} THEN 1 ELSE 2 END"


def purchased_after(customer_id: str, day_param: str) -> str:
    """SQL: the customer purchased after the day bound as ``:{day_param}``."""
    return (
        f"EXISTS (SELECT 1 FROM sale b WHERE b.customer_id = {customer_id}"
        f" AND b.date > :{day_param} AND {lines.purchase('b')})"
    )


def existed(created_on: str, first_purchase: str, day_param: str) -> str:
    """SQL: the customer existed at the day: created by then or bought by then (history
    imported before the customer was)."""
    return (
        f"({created_on} <= :{day_param}"
        f" OR ({first_purchase} IS NOT NULL AND {first_purchase} <= :{day_param}))"
    )


# --- the reason ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskReason:
    """Why a current customer is at risk: ``quiet`` (no purchase since ``since``) or
    ``complaint`` (a complaint or ticket open since ``since``); ``days`` until the day."""

    kind: str
    since: date
    days: int

    def describe(self) -> str:
        from salesdesk.formatting import format_date

        if self.kind == "quiet":
            return trn(
                self.days,
                "No purchase for {n} day, since {date}",
                "No purchase for {n} days, since {date}",
                date=format_date(self.since),
            )
        return trn(
            self.days,
            "Complaint or ticket open for {n} day, since {date}",
            "Complaint or ticket open for {n} days, since {date}",
            date=format_date(self.since),
        )


def risk_reasons(
    day: date,
    rules: StatusRules,
    *,
    last_purchase: date | None,
    complaint_since: date | None,
    current: bool = True,
) -> tuple[RiskReason, ...]:
    """Why a customer is at risk at ``day`` (empty: not at risk). ``complaint_since`` is the
    oldest complaint or ticket open at that day and old enough to count (see
    :meth:`StatusSql.complaint_since`)."""
    if not current or last_purchase is None:
        return ()
    reasons = []
    if last_purchase < rules.quiet_since(day):
        reasons.append(RiskReason("quiet", last_purchase, (day - last_purchase).days))
    if complaint_since is not None:
        reasons.append(RiskReason("complaint", complaint_since, (day - complaint_since).days))
    return tuple(reasons)


def describe_reasons(reasons: tuple[RiskReason, ...]) -> str:
    """The reasons as one line: "No purchase for 120 days, since 4 Aug 2026; ..."."""
    return "; ".join(reason.describe() for reason in reasons)
