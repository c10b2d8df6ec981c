"""The goals report (SPEC §6): a status summary, then every goal of the period with its SMART
card, burn-up chart, forecast and status.

The goals listed are those whose dates overlap the period (and, with a team or member scope,
those that team or member owns); each is judged as of the day the report is generated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from salesdesk.dashboard.breakdowns import STATUS_ORDER
from salesdesk.formatting import format_date, format_percent
from salesdesk.goals.charts import burn_up_figure
from salesdesk.goals.detail import GoalDetail, load_goal_detail
from salesdesk.goals.goal import MONEY_METRICS, RATE_METRICS, format_value, metric_name
from salesdesk.goals.overview import GoalLine, goals_overview
from salesdesk.goals.status import Status, Verdict
from salesdesk.i18n import tr
from salesdesk.metrics import clock
from salesdesk.metrics.scope import Scope
from salesdesk.reports import pdf
from salesdesk.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

CHART_HEIGHT = 62 * mm

# The figures of this report, explained on its last page.
GLOSSARY = (
    "goal_attainment",
    "revenue",
    "units",
    "orders",
    "new_customers",
    "current_customers",
    "retention_rate",
    "churn_rate",
    "conversion_rate",
    "average_order_value",
    "gross_margin",
    "growth",
)


def status_name(status: Status) -> str:
    return {
        Status.NOT_STARTED: tr("Not started"),
        Status.ACHIEVED: tr("Achieved"),
        Status.ON_TRACK: tr("On track"),
        Status.AT_RISK: tr("At risk"),
        Status.OFF_TRACK: tr("Off track"),
        Status.MISSED: tr("Missed"),
        Status.NO_DATA: tr("No data"),
    }[status]


def verdict_name(verdict: Verdict) -> str:
    return {Verdict.PASS: tr("pass"), Verdict.WARN: tr("warning"), Verdict.FAIL: tr("fail")}[
        verdict
    ]


@dataclass(frozen=True)
class GoalsReportData:
    lines: list[GoalLine]
    details: list[GoalDetail]
    currency: str


def goals_report_data(
    conn: Connection, period: Period, scope: Scope, today: date
) -> GoalsReportData:
    lines = [line for line in goals_overview(conn, today) if _belongs(line, period, scope)]
    details = [load_goal_detail(conn, line.goal.id, today) for line in lines if line.goal.id]
    return GoalsReportData(lines, details, load_settings(conn).currency)


def _belongs(line: GoalLine, period: Period, scope: Scope) -> bool:
    goal = line.goal
    if goal.start_on is None or goal.end_on is None:
        return False
    if goal.start_on > period.end or goal.end_on < period.start:
        return False
    if scope.team_id is not None:
        return goal.owner_team_id == scope.team_id
    if scope.member_id is not None:
        return goal.owner_member_id == scope.member_id
    return True


def build_goals_report(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    """The goals report as PDF bytes, in ``language`` on A4 or Letter."""
    today = generated_at.date() if generated_at else clock.today()
    generated_at = generated_at or datetime.now()
    scope = scope or Scope()
    with pdf.report_settings(conn, language):
        data = goals_report_data(conn, period, scope, today)
        header = pdf.page_header(conn, tr("Goals report"), period, scope, generated_at)
        story = _story(data, header, period, pdf.content_width(page_size))
        story += pdf.glossary_page(conn, GLOSSARY, pdf.content_width(page_size))
        return pdf.render_pdf(header, story, page_size_name=page_size)


def _story(
    data: GoalsReportData, header: pdf.PageHeader, period: Period, width: float
) -> list[Flowable]:
    sheet = pdf.styles()
    story: list[Flowable] = [*pdf.title_block(header)]
    story.append(Paragraph(tr("Goals by status"), sheet.heading))
    if not data.lines:
        story.append(Paragraph(tr("No goals in {period}.", period=period.label()), sheet.body))
        return story
    story.append(_summary_table(data, width))
    story.append(Paragraph(tr("Goals"), sheet.heading))
    story.append(_goals_table(data, width))
    for detail in data.details:
        story.extend(_goal_section(detail, data.currency, width))
    return story


def _summary_table(data: GoalsReportData, width: float) -> Flowable:
    counts = Counter(line.progress.status for line in data.lines)
    rows = [
        pdf.Row([status_name(status), str(counts[status])])
        for status in STATUS_ORDER
        if counts[status]
    ]
    rows.append(pdf.Row([tr("All goals"), str(len(data.lines))], total=True))
    columns = [pdf.Column(tr("Status")), pdf.Column(tr("Goals"), numeric=True)]
    return pdf.data_table(columns, rows, width / 2)


def _goals_table(data: GoalsReportData, width: float) -> Flowable:
    columns = [
        pdf.Column(tr("Goal"), weight=3),
        pdf.Column(tr("Owner"), weight=1.4),
        pdf.Column(tr("Target"), numeric=True),
        pdf.Column(tr("Actual"), numeric=True),
        pdf.Column(tr("Of target"), numeric=True),
        pdf.Column(tr("Status")),
    ]
    rows = []
    for line in data.lines:
        goal, progress = line.goal, line.progress
        attainment = progress.attainment
        rows.append(
            pdf.Row(
                [
                    goal.title,
                    line.owner,
                    format_value(goal, goal.target_value, data.currency),
                    format_value(goal, progress.actual, data.currency),
                    format_percent(attainment, 0) if attainment is not None else "—",
                    status_name(progress.status),
                ]
            )
        )
    return pdf.data_table(columns, rows, width)


def _goal_section(detail: GoalDetail, currency: str, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    goal, progress = detail.goal, detail.progress
    value = lambda v: format_value(goal, v, currency)  # noqa: E731
    unit = goal.manual_unit if goal.is_manual else metric_name(goal.metric)
    facts = tr(
        "{metric}, {start} – {end}. Target {target}; actual {actual}; expected by now"
        " {expected}; forecast at the end {forecast}. Status: {status}.",
        metric=unit or "",
        start=format_date(goal.start_on),
        end=format_date(goal.end_on),
        target=value(goal.target_value),
        actual=value(progress.actual),
        expected=value(progress.expected),
        forecast=value(progress.forecast),
        status=status_name(progress.status),
    )
    smart_rows = [
        pdf.Row([check.letter, verdict_name(check.verdict), check.sentence])
        for check in detail.smart.checks
    ]
    smart_columns = [
        pdf.Column("", numeric=True),
        pdf.Column(tr("Check"), weight=0.6),
        pdf.Column(tr("Why"), weight=5),
    ]
    kind: Literal["money", "rate", "count"] = (
        "money"
        if goal.metric in MONEY_METRICS
        else "rate"
        if goal.metric in RATE_METRICS
        else "count"
    )
    burn = detail.burn_up
    figure = burn_up_figure(
        burn.actual,
        burn.expected,
        burn.target,
        burn.forecast,
        kind=kind,
        currency=currency,
    )
    heading = Paragraph(pdf.escape(goal.title), sheet.subheading)
    smart_title = tr("SMART score {score} of 5", score=detail.smart.score)
    # The goal's heading, card and burn-up chart on one page: a chart alone at the top of a
    # page would not say whose it is.
    return [
        KeepTogether(
            [
                heading,
                Paragraph(pdf.escape(facts), sheet.body),
                Spacer(1, 2 * mm),
                Paragraph(smart_title, sheet.lead_note),
                pdf.data_table(smart_columns, smart_rows, width),
                Spacer(1, 2 * mm),
                pdf.figure_image(figure, width, CHART_HEIGHT),
            ]
        ),
    ]
