"""The customers report (SPEC §6): customers by status, retention and churn trend, cohorts,
RFM tiers, the top customers at risk by revenue at stake, segments and personas with their
figures.

:func:`customers_report_data` gathers the numbers (rates from :mod:`salesdesk.metrics`);
:func:`build_customers_report` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from salesdesk.customers import charts, retention
from salesdesk.customers.personas import PersonaCard, SegmentFigures, persona_cards, segment_figures
from salesdesk.customers.segments import load_segments
from salesdesk.customers.words import rfm_tier_explanations, rfm_tier_names, status_names
from salesdesk.formatting import MISSING, format_date, format_money, format_number, format_percent
from salesdesk.i18n import tr
from salesdesk.metrics.clock import closing_day, running_month
from salesdesk.metrics.costs import customer_lifetime_value
from salesdesk.metrics.customer_counts import at_risk_count, customer_flow, customer_status_counts
from salesdesk.metrics.flow import CustomerFlow
from salesdesk.metrics.rfm import rfm_tier_counts
from salesdesk.metrics.sales import sales_totals
from salesdesk.metrics.scope import Scope
from salesdesk.metrics.status import describe_reasons
from salesdesk.reports import pdf
from salesdesk.settings import load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.customers.listing import CustomerRow
    from salesdesk.periods import Period

MONTHS = 12
QUARTERS = 4
AT_RISK_ROWS = 25

# The figures of this report, explained on its last page.
GLOSSARY = (
    "current_customers",
    "at_risk",
    "prospect",
    "lost_customers",
    "retention_rate",
    "churn_rate",
    "conversion_rate",
    "lifetime_value",
    "rfm",
    "cac",
    "retention_cost",
    "revenue_at_stake",
)


@dataclass(frozen=True)
class CustomersReportData:
    period: Period
    day: date  # the closing day statuses are read at
    currency: str
    statuses: dict[str, int]  # prospect, current, lost, at_risk
    flow: CustomerFlow
    lifetime_value: float | None
    months: list[retention.MonthFlow]
    cohorts: list[retention.Cohort]
    tiers: dict[str, int]
    costs: list[retention.CostComparison]
    at_risk: list[CustomerRow]
    segments: list[SegmentFigures]
    personas: list[PersonaCard]


def customers_report_data(
    conn: Connection, period: Period, scope: Scope, *, today: date | None = None
) -> CustomersReportData:
    """Everything the report shows, as of the period's end (or today while it runs; SPEC
    §3a): a report for 2025 printed today shows 2025 as it was on 31 December 2025."""
    settings = load_settings(conn)
    day = min(period.end, max(today, period.start)) if today else closing_day(period)
    statuses = customer_status_counts(conn, day, scope, settings)
    statuses["at_risk"] = at_risk_count(conn, day, scope, settings)
    months = retention.months_ending(day, MONTHS)
    return CustomersReportData(
        period=period,
        day=day,
        currency=settings.currency,
        statuses=statuses,
        flow=customer_flow(conn, period, scope, settings),
        lifetime_value=customer_lifetime_value(conn, day, scope, settings),
        months=retention.flow_by_month(conn, months, scope),
        cohorts=retention.cohorts(conn, months, day),
        tiers=rfm_tier_counts(conn, day, scope),
        costs=retention.cost_comparison(conn, retention.quarters_ending(day, QUARTERS)),
        at_risk=retention.at_risk_customers(conn, day, period, AT_RISK_ROWS),
        segments=_segment_lines(conn, period, day),
        personas=persona_cards(conn, period, day),
    )


def _segment_lines(conn: Connection, period: Period, day: date) -> list[SegmentFigures]:
    company, settings = sales_totals(conn, period).revenue, load_settings(conn)
    return [
        segment_figures(conn, segment.id, (period, day), company, settings)
        for segment in load_segments(conn)
    ]


def build_customers_report(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    """The customers report as PDF bytes, in ``language`` on A4 or Letter."""
    today = generated_at.date() if generated_at else None
    generated_at = generated_at or datetime.now()
    scope = scope or Scope()
    with pdf.report_settings(conn, language):
        data = customers_report_data(conn, period, scope, today=today)
        header = pdf.page_header(conn, tr("Customers report"), period, scope, generated_at)
        story = _story(data, header, pdf.content_width(page_size))
        story += pdf.glossary_page(conn, GLOSSARY, pdf.content_width(page_size))
        return pdf.render_pdf(header, story, page_size_name=page_size)


def _story(data: CustomersReportData, header: pdf.PageHeader, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    return [
        *pdf.title_block(header),
        Paragraph(tr("Customers by status"), sheet.heading),
        pdf.kpi_cards(_status_cards(data), width, per_row=4),
        Spacer(1, 2 * mm),
        pdf.kpi_cards(_flow_cards(data), width, per_row=4),
        Paragraph(
            pdf.escape(
                tr(
                    "Statuses on {day}; a customer is current while their last "
                    "purchase is within the retention window.",
                    day=format_date(data.day),
                )
            ),
            sheet.note,
        ),
        Paragraph(tr("Retention and churn by month"), sheet.heading),
        pdf.figure_image(_retention_chart(data), width, 62 * mm),
        # shrinks to the rest of the first page rather than leave it half empty
        pdf.FittedFigure(
            Paragraph(tr("Cohorts by first-purchase month"), sheet.heading),
            charts.cohort_figure(data.cohorts),
            width,
            95 * mm,
            70 * mm,
        ),
        Paragraph(tr("RFM tiers"), sheet.heading),
        pdf.figure_image(_tier_chart(data), width, 55 * mm),
        _tier_table(data, width),
        Paragraph(tr("Acquisition against retention cost"), sheet.heading),
        _cost_table(data, width),
        Paragraph(tr("Top customers at risk by revenue at stake"), sheet.heading),
        _at_risk_table(data, width),
        Paragraph(tr("Segments"), sheet.heading),
        _segment_table(data, width),
        Paragraph(tr("Personas"), sheet.heading),
        _persona_table(data, width),
    ]


def _status_cards(data: CustomersReportData) -> list[pdf.KpiCard]:
    names = status_names()
    return [
        pdf.KpiCard(names[key], format_number(data.statuses[key]))
        for key in ("current", "at_risk", "prospect", "lost")
    ]


def _flow_cards(data: CustomersReportData) -> list[pdf.KpiCard]:
    flow = data.flow
    return [
        pdf.KpiCard(tr("Retention rate"), format_percent(flow.retention_rate)),
        pdf.KpiCard(tr("Churn rate"), format_percent(flow.churn_rate)),
        pdf.KpiCard(tr("Conversion rate"), format_percent(flow.conversion_rate)),
        pdf.KpiCard(
            tr("Customer lifetime value"),
            format_money(data.lifetime_value, data.currency, decimals=0),
        ),
    ]


def _retention_chart(data: CustomersReportData):  # type: ignore[no-untyped-def]
    return charts.retention_figure(
        [m.month.start for m in data.months],
        [m.flow.retention_rate for m in data.months],
        [m.flow.churn_rate for m in data.months],
        running_month(data.day),
    )


def _tier_chart(data: CustomersReportData):  # type: ignore[no-untyped-def]
    names = rfm_tier_names()
    return charts.bar_figure(list(names.values()), [data.tiers[t] for t in names])


def _tier_table(data: CustomersReportData, width: float) -> Flowable:
    names, explanations = rfm_tier_names(), rfm_tier_explanations()
    columns = [
        pdf.Column(tr("Tier"), weight=1),
        pdf.Column(tr("Customers"), numeric=True),
        pdf.Column(tr("What it means"), weight=4),
    ]
    rows = [pdf.Row([names[t], format_number(data.tiers[t]), explanations[t]]) for t in names]
    return pdf.data_table(columns, rows, width)


def _cost_table(data: CustomersReportData, width: float) -> Flowable:
    columns = [
        pdf.Column(tr("Quarter")),
        pdf.Column(tr("Acquisition cost per new customer"), numeric=True),
        pdf.Column(tr("Retention cost per kept customer"), numeric=True),
        pdf.Column(tr("Ratio"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                c.period.label(),
                format_money(c.acquisition_cost, data.currency, decimals=0),
                format_money(c.retention_cost, data.currency, decimals=0),
                MISSING if c.ratio is None else f"{format_number(c.ratio, 1)}×",
            ]
        )
        for c in data.costs
    ]
    return pdf.data_table(columns, rows, width)


def _at_risk_table(data: CustomersReportData, width: float) -> Flowable:
    columns = [
        pdf.Column(tr("Customer"), weight=3),
        pdf.Column(tr("Owner"), weight=2),
        pdf.Column(tr("Why at risk"), weight=4),
        pdf.Column(tr("Revenue at stake"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                row.name,
                row.owner or MISSING,
                describe_reasons(row.risk),
                format_money(row.revenue_365, data.currency, decimals=0),
            ]
        )
        for row in data.at_risk
    ]
    if not rows:
        return Paragraph(tr("No customer is at risk."), pdf.styles().body)
    return pdf.data_table(columns, rows, width)


def _segment_table(data: CustomersReportData, width: float) -> Flowable:
    if not data.segments:
        return Paragraph(tr("No segments yet."), pdf.styles().body)
    columns = [
        pdf.Column(tr("Segment"), weight=3),
        pdf.Column(tr("Customers"), numeric=True),
        pdf.Column(tr("Share of revenue"), numeric=True),
        pdf.Column(tr("Retention rate"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                s.name,
                format_number(s.customers),
                format_percent(s.revenue_share),
                format_percent(s.retention_rate),
            ]
        )
        for s in data.segments
    ]
    return pdf.data_table(columns, rows, width)


def _persona_table(data: CustomersReportData, width: float) -> Flowable:
    if not data.personas:
        return Paragraph(tr("No personas yet."), pdf.styles().body)
    columns = [
        pdf.Column(tr("Persona"), weight=2),
        pdf.Column(tr("Who they are"), weight=4),
        pdf.Column(tr("Segment"), weight=2),
        pdf.Column(tr("Customers"), numeric=True),
        pdf.Column(tr("Share of revenue"), numeric=True),
        pdf.Column(tr("Retention rate"), numeric=True),
    ]
    rows = []
    for card in data.personas:
        figures = card.segment
        rows.append(
            pdf.Row(
                [
                    card.name,
                    card.profile.get("summary") or MISSING,
                    figures.name if figures else MISSING,
                    format_number(figures.customers) if figures else MISSING,
                    format_percent(figures.revenue_share) if figures else MISSING,
                    format_percent(figures.retention_rate) if figures else MISSING,
                ]
            )
        )
    return pdf.data_table(columns, rows, width)
