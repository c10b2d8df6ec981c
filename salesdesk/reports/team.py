"""The team report (SPEC §6): KPI summary, a table per team and member, and two charts.

:func:`team_report_data` gathers the numbers (every one from :mod:`salesdesk.metrics`);
:func:`build_team_report` lays them out. Keeping the two apart lets tests check the numbers
without reading them back out of a PDF.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cached_property
from statistics import fmean
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from salesdesk.dashboard.charts import (
    member_chart_height_inches,
    revenue_by_member_figure,
    revenue_trend_figure,
)
from salesdesk.formatting import (
    format_date,
    format_money,
    format_number,
    format_percent,
    format_points,
)
from salesdesk.goals.goal import GoalSpec, load_goals
from salesdesk.goals.progress import goal_progress
from salesdesk.i18n import tr, trn
from salesdesk.metrics.clock import closing_day, running_month
from salesdesk.metrics.comparison import Comparison, comparison
from salesdesk.metrics.customer_counts import customer_flow
from salesdesk.metrics.kpis import Kpi, dashboard_kpis, growth
from salesdesk.metrics.sales import (
    NO_SALES,
    SalesTotals,
    monthly_revenue,
    sales_breakdown,
    sales_totals,
)
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period, add_months, month_start
from salesdesk.reports import pdf
from salesdesk.reports.coverage_section import coverage_story
from salesdesk.settings import CompanySettings, load_settings
from salesdesk.team.coverage import CoverageReport, analyse_coverage
from salesdesk.team.tree import (
    MemberNode,
    TeamNode,
    load_members,
    load_team_tree,
    load_unassigned_members,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

TREND_MONTHS = 12  # compared with the same months a year earlier: 24 months of data
WHOLE_COMPANY = Scope()
CHART_MEMBERS = 40  # more bars than this no longer fit a page legibly

# The figures of this report, explained on its last page.
GLOSSARY = (
    "revenue",
    "growth",
    "to_date",
    "orders",
    "average_order_value",
    "new_customers",
    "lost_customers",
    "current_customers",
    "retention_rate",
    "goal_attainment",
)


# --- the numbers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Performance:
    """One line of a team table: a member, or a whole team with its sub-teams."""

    name: str
    revenue: int
    revenue_growth: float | None  # vs the previous period of equal length
    goal_attainment: float | None  # the mean over the goals that overlap the period
    goals: int  # how many goals the mean is over
    new_customers: int
    lost_customers: int
    current_accounts: int  # owned customers current at the end of the period
    average_order_value: float | None
    left_on: date | None = None


@dataclass(frozen=True)
class TeamSection:
    path: str  # "Sales / North / Moscow"; "No team" for members outside every team
    lead: str | None
    members: list[Performance]
    total: Performance | None  # None for the members outside every team


@dataclass(frozen=True)
class TeamReportData:
    settings: CompanySettings
    period: Period
    kpis: dict[str, Kpi]
    sections: list[TeamSection]
    trend_months: list[date]
    trend_this_year: list[int]
    trend_last_year: list[int]
    coverage: CoverageReport | None = None  # the organisation mode's gaps and overloads
    trend_running: date | None = None  # the trend's last month while it still runs


def team_report_data(
    conn: Connection, period: Period, scope: Scope = WHOLE_COMPANY, *, today: date | None = None
) -> TeamReportData:
    """Everything the team report shows, for ``period`` and ``scope``."""
    settings = load_settings(conn)
    goals = _GoalBook(conn, period)
    context = _Context(conn, comparison(period), scope, settings, goals)
    as_of = min(period.end, today) if today else closing_day(period)
    months, this_year, last_year = _trend(conn, period, scope, as_of)
    return TeamReportData(
        settings=settings,
        period=period,
        kpis=dashboard_kpis(conn, period, scope),
        sections=list(_sections(conn, context)),
        trend_months=months,
        trend_this_year=this_year,
        trend_last_year=last_year,
        coverage=analyse_coverage(conn, settings.org_mode, period, today=today),
        trend_running=running_month(as_of),
    )


@dataclass(frozen=True)
class _Context:
    conn: Connection
    compared: Comparison  # the period, to date while it runs, and the one before
    scope: Scope
    settings: CompanySettings
    goals: _GoalBook

    @property
    def period(self) -> Period:
        return self.compared.period

    def performance(
        self,
        name: str,
        scope: Scope,
        goals: Sequence[GoalSpec],
        sales: tuple[SalesTotals, SalesTotals],
    ) -> Performance:
        """The line for ``scope``; ``sales`` are its totals in the period and the one it is
        compared with. New customers are those whose first purchase the member made (SPEC
        §3a); lost and current accounts those the member owned at the closing day."""
        totals, previous = sales
        flow = customer_flow(self.conn, self.compared.current, scope, self.settings)
        attainments = [a for goal in goals if (a := self.goals.attainment(goal)) is not None]
        return Performance(
            name=name,
            revenue=totals.revenue,
            revenue_growth=growth(totals.revenue, previous.revenue),
            goal_attainment=fmean(attainments) if attainments else None,
            goals=len(goals),
            new_customers=totals.new_customers,
            lost_customers=flow.lost,
            current_accounts=flow.current_at_end,
            average_order_value=totals.average_order_value,
        )

    @cached_property
    def sales_by_member(self) -> tuple[dict[object, SalesTotals], dict[object, SalesTotals]]:
        """Every member's totals in the period and the one compared with: two grouped
        queries instead of two per member, which a report over a large sales force feels."""
        return (
            self._totals_by_member(self.compared.current),
            self._totals_by_member(self.compared.previous),
        )

    def _totals_by_member(self, period: Period) -> dict[object, SalesTotals]:
        groups = sales_breakdown(self.conn, period, "member", self.scope)
        return {group.key: group.totals for group in groups}

    def member_line(self, member: MemberNode) -> Performance:
        scope = replace(self.scope, member_id=member.id)
        now, before = self.sales_by_member
        sales = (now.get(member.id, NO_SALES), before.get(member.id, NO_SALES))
        line = self.performance(member.name, scope, self.goals.of_member(member.id), sales)
        return replace(line, left_on=member.left_on)

    def team_total(self, team: TeamNode) -> Performance:
        scope = replace(self.scope, team_id=team.id)
        sales = (
            sales_totals(self.conn, self.compared.current, scope),
            sales_totals(self.conn, self.compared.previous, scope),
        )
        return self.performance(tr("Team total"), scope, self.goals.of_team(team.id), sales)

    def worth_listing(self, member: MemberNode, line: Performance) -> bool:
        """Members who were not on the team in the period are left out unless they sold."""
        away = (member.left_on is not None and member.left_on < self.period.start) or (
            member.hired_on is not None and member.hired_on > self.period.end
        )
        active = line.revenue or line.current_accounts or line.lost_customers
        scope_member = self.scope.member_id
        return (scope_member is None or scope_member == member.id) and (bool(active) or not away)


def _sections(conn: Connection, context: _Context) -> Iterator[TeamSection]:
    names = {member.id: member.name for member in load_members(conn)}
    for team, path in _walk(load_team_tree(conn), context.scope.team_id):
        yield TeamSection(
            path=" / ".join(path),
            lead=names.get(team.lead_member_id) if team.lead_member_id else None,
            members=_member_lines(context, team.members),
            total=context.team_total(team),
        )
    if context.scope.team_id is None:
        unassigned = _member_lines(context, load_unassigned_members(conn))
        if unassigned:
            yield TeamSection(tr("No team"), None, unassigned, None)


def _walk(
    teams: Sequence[TeamNode], only: int | None, path: tuple[str, ...] = ()
) -> Iterator[tuple[TeamNode, tuple[str, ...]]]:
    """Teams depth first with their path of names; only the subtree of ``only`` when set."""
    for team in teams:
        team_path = (*path, team.name)
        if only is None or team.id == only:
            yield team, team_path
            yield from _walk(team.children, None, team_path)
        else:
            yield from _walk(team.children, only, team_path)


def _member_lines(context: _Context, members: Sequence[MemberNode]) -> list[Performance]:
    lines = []
    for member in members:
        line = context.member_line(member)
        if context.worth_listing(member, line):
            lines.append(line)
    # the best first; members who left after those still on the team
    return sorted(lines, key=lambda line: (line.left_on is not None, -line.revenue, line.name))


def _trend(
    conn: Connection, period: Period, scope: Scope, today: date
) -> tuple[list[date], list[int], list[int]]:
    """The months up to the period's end (or today, when the period is still running)
    against the same months a year earlier."""
    last = month_start(min(period.end, today))
    first = add_months(last, -(2 * TREND_MONTHS - 1))
    revenue = [amount for _, amount in monthly_revenue(conn, first, 2 * TREND_MONTHS, scope)]
    months = [add_months(last, i - TREND_MONTHS + 1) for i in range(TREND_MONTHS)]
    return months, revenue[TREND_MONTHS:], revenue[:TREND_MONTHS]


# --- goals -----------------------------------------------------------------------------------


class _GoalBook:
    """The goals whose dates overlap the period, by owner, and their attainment at the
    period's end (or the goal's own, if earlier), as the Goals section computes it."""

    def __init__(self, conn: Connection, period: Period) -> None:
        self._conn = conn
        self._period = period
        self._by_member: dict[int, list[GoalSpec]] = defaultdict(list)
        self._by_team: dict[int, list[GoalSpec]] = defaultdict(list)
        for goal in load_goals(conn):
            if goal.period is None or not _overlaps(goal.period, period):
                continue
            if goal.owner_member_id is not None:
                self._by_member[goal.owner_member_id].append(goal)
            elif goal.owner_team_id is not None:
                self._by_team[goal.owner_team_id].append(goal)

    def of_member(self, member_id: int) -> list[GoalSpec]:
        return self._by_member.get(member_id, [])

    def of_team(self, team_id: int) -> list[GoalSpec]:
        return self._by_team.get(team_id, [])

    def attainment(self, goal: GoalSpec) -> float | None:
        assert goal.period is not None
        as_of = min(goal.period.end, self._period.end)
        return goal_progress(self._conn, goal, as_of).attainment


def _overlaps(first: Period, second: Period) -> bool:
    return first.start <= second.end and second.start <= first.end


# --- the document ----------------------------------------------------------------------------


def build_team_report(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    """The team report as PDF bytes, in ``language`` ("en" or "ru") on A4 or Letter."""
    scope = scope or WHOLE_COMPANY
    today = generated_at.date() if generated_at else None
    generated_at = generated_at or datetime.now()
    with pdf.report_settings(conn, language):
        data = team_report_data(conn, period, scope, today=today)
        header = pdf.page_header(conn, tr("Team report"), period, scope, generated_at)
        story = _story(data, header, pdf.content_width(page_size), pdf.content_height(page_size))
        story += pdf.glossary_page(conn, GLOSSARY, pdf.content_width(page_size))
        return pdf.render_pdf(header, story, page_size_name=page_size)


def _story(
    data: TeamReportData, header: pdf.PageHeader, width: float, height: float
) -> list[Flowable]:
    sheet = pdf.styles()
    currency = data.settings.currency
    trend = revenue_trend_figure(
        data.trend_months,
        data.trend_this_year,
        data.trend_last_year,
        currency=currency,
        running_month=data.trend_running,
    )
    return [
        *pdf.title_block(header),
        Paragraph(tr("Key figures"), sheet.heading),
        pdf.kpi_cards(_kpi_cards(data), width),
        Paragraph(pdf.escape(_compared_periods(comparison(data.period))), sheet.note),
        Paragraph(tr("Revenue by month against a year earlier"), sheet.heading),
        pdf.figure_image(trend, width, 72 * mm),
        *_member_chart(data, width, height),
        Paragraph(tr("Teams and members"), sheet.heading),
        *(_team_tables(data, width) or [Paragraph(tr("No teams or members yet."), sheet.body)]),
        Spacer(1, 4 * mm),
        Paragraph(_explanations(), sheet.note),
        *(coverage_story(data.coverage, data.period, currency, width) if data.coverage else []),
    ]


# --- KPI cards ---


@dataclass(frozen=True)
class _KpiSpec:
    key: str
    label: str
    kind: str  # "money", "count" or "rate"
    higher_is_better: bool = True


def _kpi_specs() -> tuple[_KpiSpec, ...]:
    return (
        _KpiSpec("revenue", tr("Revenue"), "money"),
        _KpiSpec("orders", tr("Orders"), "count"),
        _KpiSpec("average_order_value", tr("Average order value"), "money"),
        _KpiSpec("new_customers", tr("New customers"), "count"),
        _KpiSpec("lost_customers", tr("Lost customers"), "count", higher_is_better=False),
        _KpiSpec("retention_rate", tr("Retention rate"), "rate"),
    )


def _kpi_cards(data: TeamReportData) -> list[pdf.KpiCard]:
    cards = []
    for spec in _kpi_specs():
        kpi = data.kpis[spec.key]
        previous = _change(spec, kpi.value, kpi.previous, kpi.delta_previous)
        year_ago = _change(spec, kpi.value, kpi.year_ago, kpi.delta_year_ago)
        if len(data.period.comparisons()) == 1:  # a year: the year before, said once
            deltas: tuple[pdf.Delta, ...] = (
                pdf.Delta(tr("{change} vs a year earlier", change=year_ago[0]), year_ago[1]),
            )
        else:
            deltas = (
                pdf.Delta(tr("{change} vs previous period", change=previous[0]), previous[1]),
                pdf.Delta(tr("{change} vs a year earlier", change=year_ago[0]), year_ago[1]),
            )
        value = _kpi_value(spec, kpi.value, data.settings.currency)
        cards.append(pdf.KpiCard(spec.label, value, deltas))
    return cards


def _compared_periods(compared: Comparison) -> str:
    """Which periods the cards and the growth column compare with: "to date" while the
    period runs, and a year's previous period said once (SPEC §3a)."""
    period = compared.period
    once = len(period.comparisons()) == 1  # a year: the previous period is a year earlier
    if compared.to_date and once:
        return tr(
            "{period} to date ({days}), against the same days of {previous}.",
            period=period.label(),
            days=trn(compared.current.days, "{n} day", "{n} days"),
            previous=period.previous().label(),
        )
    if compared.to_date:
        return tr(
            "{period} to date ({days}), against the same days of {previous} and, a year "
            "earlier, of {year_ago}.",
            period=period.label(),
            days=trn(compared.current.days, "{n} day", "{n} days"),
            previous=period.previous().label(),
            year_ago=period.year_ago().label(),
        )
    if once:
        return tr("Compared with {period}.", period=period.previous().label())
    return tr(
        "Previous period: {previous}; a year earlier: {year_ago}.",
        previous=period.previous().label(),
        year_ago=period.year_ago().label(),
    )


def _kpi_value(spec: _KpiSpec, value: float | None, currency: str) -> str:
    if spec.kind == "money":
        return format_money(value, currency, decimals=0)
    if spec.kind == "rate":
        return format_percent(value)
    return format_number(value)


def _change(
    spec: _KpiSpec, value: float | None, base: float | None, relative: float | None
) -> tuple[str, pdf.Tone]:
    """The change shown ("+12.3%") and whether it is good news; rates change in percentage
    points, which a board reads more plainly than a relative change of a ratio."""
    if spec.kind == "rate":
        change = None if value is None or base is None else value - base
        shown = format_points(change)
    else:
        change = relative
        shown = format_percent(change, signed=True)
    tone: pdf.Tone = "neutral"
    if change is not None and round(change, 3):  # colour no change that shows as 0.0
        tone = "good" if (change > 0) == spec.higher_is_better else "bad"
    return shown, tone


# --- member chart ---


def _member_chart(data: TeamReportData, width: float, height: float) -> list[Flowable]:
    # members without revenue (often leads who do not sell) would only add empty bars
    lines = [line for section in data.sections for line in section.members if line.revenue]
    if not lines:
        return []
    lines.sort(key=lambda line: -line.revenue)
    shown = lines[:CHART_MEMBERS]
    figure = revenue_by_member_figure(
        [line.name for line in shown],
        [line.revenue for line in shown],
        currency=data.settings.currency,
        muted=[line.left_on is not None for line in shown],
    )
    chart_height = min(member_chart_height_inches(len(shown)) * 72, height - 30 * mm)
    story: list[Flowable] = [
        Paragraph(tr("Revenue by member"), pdf.styles().heading),
        pdf.figure_image(figure, width, chart_height),
    ]
    if len(lines) > len(shown):
        note = tr(
            "The {shown} members with the most revenue; {total} members had sales.",
            shown=len(shown),
            total=len(lines),
        )
        story.append(Paragraph(note, pdf.styles().note))
    return story


# --- team tables ---


def _columns() -> list[pdf.Column]:
    return [
        pdf.Column(tr("Member")),
        pdf.Column(tr("Revenue"), numeric=True),
        pdf.Column(tr("Growth"), numeric=True),
        pdf.Column(tr("Goal attainment"), numeric=True),
        pdf.Column(tr("New customers"), numeric=True),
        pdf.Column(tr("Lost customers"), numeric=True),
        pdf.Column(tr("Current accounts"), numeric=True),
        pdf.Column(tr("Average order"), numeric=True),
    ]


def _team_tables(data: TeamReportData, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    currency = data.settings.currency
    tables = [_section_rows(section, currency) for section in data.sections]
    columns = _columns()
    # one set of widths for all the tables, so that their columns line up down the pages
    widths = pdf.column_widths(columns, [row for rows in tables for row in rows], width)
    story: list[Flowable] = []
    for section, rows in zip(data.sections, tables, strict=True):
        story.append(Paragraph(pdf.escape(section.path), sheet.subheading))
        if section.lead:
            lead = tr("Lead: {name}", name=section.lead)
            story.append(Paragraph(pdf.escape(lead), sheet.lead_note))
        story.append(pdf.data_table(columns, rows, width, widths=widths))
    return story


def _section_rows(section: TeamSection, currency: str) -> list[pdf.Row]:
    rows = [_row(line, currency) for line in section.members]
    if section.total is not None:
        rows.append(_row(section.total, currency, total=True))
    return rows


def _row(line: Performance, currency: str, *, total: bool = False) -> pdf.Row:
    name = line.name
    if line.left_on is not None:
        name = tr("{name} (left {date})", name=name, date=format_date(line.left_on))
    attainment = format_percent(line.goal_attainment, 0)
    if line.goals > 1 and line.goal_attainment is not None:
        attainment = trn(
            line.goals, "{attainment} ({n} goal)", "{attainment} ({n} goals)", attainment=attainment
        )
    return pdf.Row(
        [
            name,
            format_money(line.revenue, currency, decimals=0),
            format_percent(line.revenue_growth, signed=True),
            attainment,
            format_number(line.new_customers),
            format_number(line.lost_customers),
            format_number(line.current_accounts),
            format_money(line.average_order_value, currency, decimals=0),
        ],
        muted=line.left_on is not None,
        total=total,
    )


def _explanations() -> str:
    return tr(
        "Revenue, average order and new customers count the sales credited to the member (a "
        "new customer with the member of its first purchase), growth compares revenue with "
        "the previous period (to date while the period runs); the team total includes its "
        "sub-teams. Lost and current accounts count the customers the member owned at the "
        "end of the period. Goal attainment: the goals owned by the member or team whose "
        "dates overlap the period, actual from the goal's start to the end of the period "
        "divided by its target (the mean of several goals)."
    )
