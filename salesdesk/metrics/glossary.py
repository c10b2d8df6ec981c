"""One sentence of definition per metric (SPEC §3a Explained), written once.

The GUI shows it as the tooltip of a KPI card or a column (:func:`definition`), each report
prints the terms it uses on its glossary page (:func:`glossary`). The words follow
:mod:`salesdesk.metrics` (SPEC §3, §3a); the numbers in them (the retention window, the
at-risk and complaint days) come from the settings, so they say what the figures use.
"""

from __future__ import annotations

from collections.abc import Iterable

from salesdesk.i18n import tr
from salesdesk.metrics.status import StatusRules

TERMS = (
    "revenue",
    "orders",
    "units",
    "average_order_value",
    "gross_margin",
    "margin_pct",
    "buying_customers",
    "new_customers",
    "current_customers",
    "prospect",
    "lost_customers",
    "at_risk",
    "retention_rate",
    "churn_rate",
    "conversion_rate",
    "growth",
    "to_date",
    "cac",
    "retention_cost",
    "lifetime_value",
    "rfm",
    "revenue_at_stake",
    "goal_attainment",
)


def term(key: str) -> str:
    """The metric's name, capitalised, in the current language."""
    return _terms()[key]


def definition(key: str, rules: StatusRules | None = None) -> str:
    """One sentence saying how the metric is computed; ``rules`` puts the database's
    retention window and at-risk days in it (the defaults otherwise)."""
    return _definitions(rules or StatusRules())[key]


def glossary(keys: Iterable[str], rules: StatusRules | None = None) -> list[tuple[str, str]]:
    """(term, definition) of each key, in the order given."""
    sentences = _definitions(rules or StatusRules())
    names = _terms()
    return [(names[key], sentences[key]) for key in keys]


def _terms() -> dict[str, str]:
    return {
        "revenue": tr("Revenue"),
        "orders": tr("Orders"),
        "units": tr("Units"),
        "average_order_value": tr("Average order value"),
        "gross_margin": tr("Gross margin"),
        "margin_pct": tr("Margin %"),
        "buying_customers": tr("Buying customers"),
        "new_customers": tr("New customers"),
        "current_customers": tr("Current customers"),
        "prospect": tr("Prospects"),
        "lost_customers": tr("Lost customers"),
        "at_risk": tr("Customers at risk"),
        "retention_rate": tr("Retention rate"),
        "churn_rate": tr("Churn rate"),
        "conversion_rate": tr("Conversion rate"),
        "growth": tr("Growth"),
        "to_date": tr("To date"),
        "cac": tr("Acquisition cost (CAC)"),
        "retention_cost": tr("Retention cost"),
        "lifetime_value": tr("Customer lifetime value"),
        "rfm": tr("RFM tier"),
        "revenue_at_stake": tr("Revenue at stake"),
        "goal_attainment": tr("Goal attainment"),
    }


def _definitions(rules: StatusRules) -> dict[str, str]:
    window, quiet = rules.retention_window_days, rules.at_risk_days
    return {
        "revenue": tr(
            "The sum of the sales lines' net amounts in the period; returns (negative lines) "
            "lower it."
        ),
        "orders": tr(
            "Distinct orders in the period whose lines add up to more than zero; a line "
            "without an order number is an order of its own."
        ),
        "units": tr("The quantities sold in the period, less those returned."),
        "average_order_value": tr("Revenue divided by orders."),
        "gross_margin": tr(
            "Revenue less cost, over the lines whose cost is known; unknown when no line "
            "has a cost."
        ),
        "margin_pct": tr(
            "Gross margin as a share of the revenue of the lines whose cost is known."
        ),
        "buying_customers": tr("Customers with at least one purchase in the period."),
        "new_customers": tr(
            "Customers whose first purchase falls in the period, counted with the member, "
            "channel and product of that first purchase."
        ),
        "current_customers": tr(
            "Customers whose last purchase lies within the last {window} days.", window=window
        ),
        "prospect": tr("Customers who have not bought yet."),
        "lost_customers": tr(
            "Customers current at the start of the period who are not current at its end: "
            "no purchase for {window} days, or marked lost.",
            window=window,
        ),
        "at_risk": tr(
            "Current customers with no purchase for more than {quiet} days, or with a "
            "complaint or service ticket open for more than {complaint} days.",
            quiet=quiet,
            complaint=rules.complaint_days,
        ),
        "retention_rate": tr(
            "The share of the customers current at the start of the period who are still "
            "current at its end."
        ),
        "churn_rate": tr(
            "The share of the customers current at the start of the period who were lost by "
            "its end: 100% less the retention rate."
        ),
        "conversion_rate": tr(
            "Prospects who made their first purchase in the period, as a share of the "
            "prospects at its start and the customers created in it."
        ),
        "growth": tr(
            "The change against the previous period of equal length, or the same period a "
            "year earlier."
        ),
        "to_date": tr(
            "A period still running is measured up to today and compared with the same "
            "number of days of the earlier periods."
        ),
        "cac": tr(
            "Acquisition spend in the period divided by the new customers; per channel, by "
            "the new customers that channel acquired."
        ),
        "retention_cost": tr(
            "Retention spend in the period divided by the customers retained over it."
        ),
        "lifetime_value": tr(
            "Average yearly revenue per current customer × margin % × the expected lifetime "
            "in years (1 ÷ the yearly churn rate)."
        ),
        "rfm": tr(
            "Recency, frequency and money of the last 365 days, each scored 1 to 5 among "
            "the customers who bought in those days."
        ),
        "revenue_at_stake": tr("What the customer bought in the last 365 days."),
        "goal_attainment": tr(
            "The goal's actual so far divided by its target; for a lower-is-better goal, "
            "the target divided by the forecast."
        ),
    }
