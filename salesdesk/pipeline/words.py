"""The sales-process vocabulary in the current language: statuses, follow-up kinds and one
sentence per metric (SPEC 3a "Explained"), shown as tooltips and in the report's glossary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salesdesk.i18n import tr

if TYPE_CHECKING:
    from salesdesk.periods import Period


def deal_status_names() -> dict[str, str]:
    return {"open": tr("Open deal"), "won": tr("Won deal"), "lost": tr("Lost deal")}


def follow_up_kind_names() -> dict[str, str]:
    return {"call": tr("Call"), "meeting": tr("Meeting"), "email": tr("E-mail"), "task": tr("Task")}


def issue_kind_names() -> dict[str, str]:
    """The customer issues My day lists, named as the customer card names them."""
    from salesdesk.customers.words import interaction_kind_names

    names = interaction_kind_names()
    return {kind: names[kind] for kind in ("complaint", "service_ticket")}


def metric_names() -> dict[str, str]:
    return {
        "open_pipeline": tr("Open pipeline"),
        "weighted_pipeline": tr("Weighted pipeline"),
        "win_rate": tr("Win rate"),
        "average_won_deal": tr("Average won deal"),
        "sales_cycle": tr("Sales cycle"),
        "stage_conversion": tr("Stage conversion"),
        "days_in_stage": tr("Days in stage"),
        "probability": tr("Chance to win"),
        "forecast": tr("Forecast by month"),
        "velocity": tr("Pipeline velocity"),
        "rotting": tr("Rotting deals"),
        "coverage": tr("Pipeline coverage"),
        "funnel": tr("Funnel"),
    }


def metric_definitions() -> dict[str, str]:
    """One sentence per metric, as SPEC §12 defines it."""
    return {
        "open_pipeline": tr("The number and total amount of the deals still open."),
        "weighted_pipeline": tr(
            "Each open deal's amount times its stage's chance to win, added up."
        ),
        "win_rate": tr("Of the deals closed in the period, the share that was won."),
        "average_won_deal": tr("The mean amount of the deals won in the period."),
        "sales_cycle": tr("The median days from creating a deal to winning it."),
        "stage_conversion": tr(
            "Of the deals that left a stage in the period, the share that went on to a later "
            "stage or was won (a deal that came back counts by its last exit)."
        ),
        "days_in_stage": tr(
            "The median days deals spent in a stage; deals still in it count so far."
        ),
        "probability": tr(
            "The share won among the deals closed in the last 365 days that reached the stage; "
            "the stage's default while fewer than 20 such deals exist."
        ),
        "forecast": tr(
            "Won so far in the month plus the weighted amount of the open deals expected to "
            "close in it (overdue ones in the current month)."
        ),
        "velocity": tr(
            "Open deals × win rate × average won deal ÷ sales cycle days: money per day."
        ),
        "rotting": tr(
            "Open deals with no stage change and no follow-up done for longer than their "
            "stage allows."
        ),
        "coverage": tr(
            "The weighted amount of the open deals expected to close before a goal ends, "
            "against what is still missing to its target."
        ),
        "funnel": tr("Deals created in the period that reached each stage or a later one."),
    }


def span_label(span: Period, *, abbreviated: bool = False) -> str:
    """A month of the forecast: "March 2025", or "15–31 Mar 2025" for the part of one inside
    the period shown."""
    from babel.dates import format_interval

    from salesdesk.formatting import format_month
    from salesdesk.i18n import language

    if span.kind == "month":
        return format_month(span.start, abbreviated=abbreviated)
    return format_interval(span.start, span.end, "yMMMd", locale=language())
