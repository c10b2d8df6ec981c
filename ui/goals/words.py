"""Translated names of goal statuses, SMART verdicts and metrics for the goal screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.goals.status import Status, Verdict


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalWords", text)


def status_text(status: Status | str) -> str:
    texts = {
        Status.NOT_STARTED: _tr("Not started"),
        Status.ACHIEVED: _tr("Achieved"),
        Status.ON_TRACK: _tr("On track"),
        Status.AT_RISK: _tr("At risk"),
        Status.OFF_TRACK: _tr("Off track"),
        Status.MISSED: _tr("Missed"),
        Status.NO_DATA: _tr("No data"),
    }
    return texts[Status(status)]


def verdict_text(verdict: Verdict) -> str:
    return {
        Verdict.PASS: _tr("pass"),
        Verdict.WARN: _tr("warning"),
        Verdict.FAIL: _tr("fail"),
    }[verdict]


def metric_choices() -> list[tuple[str, str]]:
    """(metric, its name) in the order the editor offers them (salesdesk.models.GoalMetric)."""
    return [
        ("revenue", _tr("Revenue")),
        ("units", _tr("Units sold")),
        ("orders", _tr("Orders")),
        ("new_customers", _tr("New customers")),
        ("current_customers", _tr("Current customers")),
        ("retention_rate", _tr("Retention rate")),
        ("churn_rate", _tr("Churn rate")),
        ("conversion_rate", _tr("Conversion rate")),
        ("average_order_value", _tr("Average order value")),
        ("gross_margin", _tr("Gross margin")),
        ("manual", _tr("Manual metric")),
    ]
