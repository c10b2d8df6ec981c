"""Translated names of goal statuses, SMART verdicts and metrics for the goal screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesdesk.goals.status import Status, Verdict


def status_text(status: Status | str) -> str:
    texts = {
        Status.NOT_STARTED: QCoreApplication.translate("GoalWords", "Not started"),
        Status.ACHIEVED: QCoreApplication.translate("GoalWords", "Achieved"),
        Status.ON_TRACK: QCoreApplication.translate("GoalWords", "On track"),
        Status.AT_RISK: QCoreApplication.translate("GoalWords", "At risk"),
        Status.OFF_TRACK: QCoreApplication.translate("GoalWords", "Off track"),
        Status.MISSED: QCoreApplication.translate("GoalWords", "Missed"),
        Status.NO_DATA: QCoreApplication.translate("GoalWords", "No data"),
    }
    return texts[Status(status)]


def verdict_text(verdict: Verdict) -> str:
    return {
        Verdict.PASS: QCoreApplication.translate("GoalWords", "pass"),
        Verdict.WARN: QCoreApplication.translate("GoalWords", "warning"),
        Verdict.FAIL: QCoreApplication.translate("GoalWords", "fail"),
    }[verdict]


def metric_choices() -> list[tuple[str, str]]:
    """(metric, its name) in the order the editor offers them (``GoalMetric``)."""
    return [
        ("revenue", QCoreApplication.translate("GoalWords", "Revenue")),
        ("units", QCoreApplication.translate("GoalWords", "Units sold")),
        ("orders", QCoreApplication.translate("GoalWords", "Orders")),
        ("new_customers", QCoreApplication.translate("GoalWords", "New customers")),
        ("current_customers", QCoreApplication.translate("GoalWords", "Current customers")),
        ("retention_rate", QCoreApplication.translate("GoalWords", "Retention rate")),
        ("churn_rate", QCoreApplication.translate("GoalWords", "Churn rate")),
        ("conversion_rate", QCoreApplication.translate("GoalWords", "Conversion rate")),
        ("average_order_value", QCoreApplication.translate("GoalWords", "Average order value")),
        ("gross_margin", QCoreApplication.translate("GoalWords", "Gross margin")),
        ("deals_won", QCoreApplication.translate("GoalWords", "Deals won")),
        ("win_rate", QCoreApplication.translate("GoalWords", "Win rate")),
        ("pipeline_created", QCoreApplication.translate("GoalWords", "Pipeline created")),
        ("manual", QCoreApplication.translate("GoalWords", "Manual metric")),
    ]
