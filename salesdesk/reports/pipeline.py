"""The pipeline report (issue 15, SPEC §6 style): open pipeline and its weight, the funnel
with conversion and dwell per stage, the forecast against the goals and their coverage, the
pipeline per member, rotting deals and lost reasons, and what each figure means.

:func:`~salesdesk.pipeline.analytics.pipeline_analytics` gathers the numbers, the same the
Pipeline section's analytics show; :func:`build_pipeline_report` lays them out.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from salesdesk import i18n
from salesdesk.formatting import MISSING, format_date, format_money, format_number, format_percent
from salesdesk.i18n import tr, trn
from salesdesk.metrics.scope import Scope
from salesdesk.pipeline import charts
from salesdesk.pipeline.analytics import PipelineAnalytics, PipelineStages, pipeline_analytics
from salesdesk.pipeline.words import metric_definitions, metric_names, span_label
from salesdesk.reports import pdf

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

# The figures of this report explained on its last page, before the sales process's own.
GLOSSARY = ("revenue", "goal_attainment", "to_date")


def build_pipeline_report(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    """The pipeline report as PDF bytes, in ``language`` on A4 or Letter."""
    generated_at = generated_at or datetime.now()
    scope = scope or Scope()
    with i18n.language_set_to(language):
        data = pipeline_analytics(conn, period, scope)
        header = pdf.page_header(conn, tr("Pipeline report"), period, scope, generated_at)
        width = pdf.content_width(page_size)
        story = _story(data, header, width) + pdf.glossary_page(conn, GLOSSARY, width, _terms())
        return pdf.render_pdf(header, story, page_size_name=page_size)


def _story(data: PipelineAnalytics, header: pdf.PageHeader, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    # The report covers every pipeline; with several, the summary says so.
    summary = tr("Summary: all pipelines") if data.several_pipelines else tr("Summary")
    story: list[Flowable] = [
        *pdf.title_block(header),
        Paragraph(pdf.escape(summary), sheet.heading),
        pdf.kpi_cards(_cards(data), width),
        Paragraph(pdf.escape(tr("Open deals as on {day}.", day=format_date(data.on))), sheet.note),
    ]
    for stages in data.pipelines:
        story += _stage_section(data, stages, width)
    story += [
        Paragraph(tr("Forecast against goals"), sheet.heading),
        pdf.figure_image(_forecast_chart(data), width, 62 * mm),
        _forecast_table(data, width),
        Paragraph(tr("Pipeline coverage of goals"), sheet.heading),
        _coverage_table(data, width),
        Paragraph(tr("Pipeline by member"), sheet.heading),
        _member_table(data, width),
        Paragraph(tr("Rotting deals"), sheet.heading),
        *_rotting(data, width),
        Paragraph(tr("Lost reasons"), sheet.heading),
        _lost_table(data, width),
    ]
    return story


def _money(data: PipelineAnalytics, minor: float | None) -> str:
    return format_money(minor, data.currency, decimals=0)


def _days(value: float | None) -> str:
    return MISSING if value is None else format_number(value, 1)


def _cards(data: PipelineAnalytics) -> list[pdf.KpiCard]:
    names = metric_names()
    opened = trn(data.open.deals, "{n} deal", "{n} deals")
    return [
        pdf.KpiCard(names["open_pipeline"], _money(data, data.open.amount), [pdf.Delta(opened)]),
        pdf.KpiCard(names["weighted_pipeline"], _money(data, data.weighted)),
        pdf.KpiCard(names["win_rate"], format_percent(data.closed.win_rate)),
        pdf.KpiCard(names["average_won_deal"], _money(data, data.closed.average_won_deal)),
        pdf.KpiCard(
            names["sales_cycle"],
            MISSING
            if data.closed.cycle_days is None
            else trn(round(data.closed.cycle_days), "{n} day", "{n} days"),
        ),
        pdf.KpiCard(
            names["velocity"],
            MISSING
            if data.velocity.per_day is None
            else tr("{money} a day", money=_money(data, data.velocity.per_day)),
        ),
    ]


def _stage_section(data: PipelineAnalytics, stages: PipelineStages, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    title = tr("Funnel and stages")
    if len(data.pipelines) > 1:
        title = f"{title}: {stages.pipeline.name}"
    figure = charts.funnel_figure(
        [s.stage.name for s in stages.stages],
        [s.reached for s in stages.stages],
        [s.conversion.rate if s.conversion else None for s in stages.stages],
    )
    height = (18 + 9 * max(len(stages.stages), 1)) * mm
    columns = [
        pdf.Column(tr("Stage"), weight=2),
        pdf.Column(tr("Open deals"), numeric=True),
        pdf.Column(tr("Open amount"), numeric=True),
        pdf.Column(tr("Chance to win"), numeric=True),
        pdf.Column(tr("Weighted"), numeric=True),
        pdf.Column(tr("Reached"), numeric=True),
        pdf.Column(tr("Conversion"), numeric=True),
        pdf.Column(tr("Median days"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                s.stage.name,
                format_number(s.open.deals),
                _money(data, s.open.amount),
                format_percent(s.probability.probability, 0)
                + ("" if s.probability.learned else "*"),
                _money(data, s.weighted),
                format_number(s.reached),
                format_percent(s.conversion.rate if s.conversion else None, 0),
                _days(s.days),
            ]
        )
        for s in stages.stages
    ]
    note = tr(
        "* the stage's default chance: fewer than 20 deals closed in the last 365 days "
        "reached it. The others are learned from those deals."
    )
    return [
        Paragraph(pdf.escape(title), sheet.heading),
        pdf.figure_image(figure, width, height),
        pdf.data_table(columns, rows, width),
        Paragraph(pdf.escape(note), sheet.note),
    ]


def _forecast_chart(data: PipelineAnalytics):  # type: ignore[no-untyped-def]
    return charts.forecast_figure(
        [m.forecast.span for m in data.months],
        [m.forecast.won for m in data.months],
        [m.forecast.weighted for m in data.months],
        [m.goal for m in data.months],
        currency=data.currency,
    )


def _forecast_table(data: PipelineAnalytics, width: float) -> Flowable:
    columns = [
        pdf.Column(tr("Month"), weight=2),
        pdf.Column(tr("Won"), numeric=True),
        pdf.Column(tr("Weighted open deals"), numeric=True),
        pdf.Column(tr("Forecast"), numeric=True),
        pdf.Column(tr("Goal"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                span_label(m.forecast.span),
                _money(data, m.forecast.won),
                _money(data, m.forecast.weighted),
                _money(data, m.forecast.total),
                _money(data, m.goal),
            ]
        )
        for m in data.months
    ]
    return pdf.data_table(columns, rows, width)


def _coverage_table(data: PipelineAnalytics, width: float) -> Flowable:
    if not data.coverage:
        return Paragraph(
            pdf.escape(tr("No running revenue or deals-won goal to cover.")), pdf.styles().body
        )
    columns = [
        pdf.Column(tr("Goal"), weight=3),
        pdf.Column(tr("Owner"), weight=2),
        pdf.Column(tr("Ends"), numeric=True),
        pdf.Column(tr("Still missing"), numeric=True),
        pdf.Column(tr("Expected from the pipeline"), numeric=True),
        pdf.Column(tr("Coverage"), numeric=True),
    ]
    rows = []
    for line in data.coverage:
        deals = line.goal.metric == "deals_won"
        amount = (lambda v: format_number(v, 1)) if deals else (lambda v: _money(data, v))
        rows.append(
            pdf.Row(
                [
                    line.goal.title,
                    line.owner,
                    format_date(line.goal.end_on),
                    amount(max(line.coverage.gap, 0)),
                    amount(line.coverage.expected),
                    format_percent(line.coverage.ratio, 0)
                    if line.coverage.ratio is not None
                    else tr("reached"),
                ]
            )
        )
    return pdf.data_table(columns, rows, width)


def _member_table(data: PipelineAnalytics, width: float) -> Flowable:
    if not data.members:
        return Paragraph(pdf.escape(tr("No deals in this period.")), pdf.styles().body)
    columns = [
        pdf.Column(tr("Member"), weight=2),
        pdf.Column(tr("Open deals"), numeric=True),
        pdf.Column(tr("Open amount"), numeric=True),
        pdf.Column(tr("Weighted"), numeric=True),
        pdf.Column(tr("Deals won"), numeric=True),
        pdf.Column(tr("Won amount"), numeric=True),
        pdf.Column(tr("Win rate"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                g.name,
                format_number(g.open.deals),
                _money(data, g.open.amount),
                _money(data, g.weighted),
                format_number(g.closed.won),
                _money(data, g.closed.won_amount),
                format_percent(g.closed.win_rate, 0),
            ]
        )
        for g in data.members
    ]
    return pdf.data_table(columns, rows, width)


def _rotting(data: PipelineAnalytics, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    if not data.rotting:
        return [Paragraph(pdf.escape(tr("No deal is rotting.")), sheet.body)]
    columns = [
        pdf.Column(tr("Deal"), weight=3),
        pdf.Column(tr("Customer"), weight=2),
        pdf.Column(tr("Owner"), weight=2),
        pdf.Column(tr("Amount"), numeric=True),
        pdf.Column(tr("Idle days"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                card.title,
                card.customer or MISSING,
                card.owner or MISSING,
                _money(data, card.amount),
                format_number(card.idle_days),
            ]
        )
        for card in data.rotting
    ]
    shown = trn(
        data.rotting_count,
        "{n} deal is rotting; the longest idle are listed.",
        "{n} deals are rotting; the longest idle are listed.",
    )
    return [
        Paragraph(pdf.escape(shown), sheet.note),
        Spacer(1, 1 * mm),
        pdf.data_table(columns, rows, width),
    ]


def _lost_table(data: PipelineAnalytics, width: float) -> Flowable:
    if not data.lost_reasons:
        return Paragraph(pdf.escape(tr("No deal was lost in this period.")), pdf.styles().body)
    columns = [
        pdf.Column(tr("Reason"), weight=3),
        pdf.Column(tr("Deals"), numeric=True),
        pdf.Column(tr("Amount"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [r.reason or tr("(no reason given)"), format_number(r.deals), _money(data, r.amount)]
        )
        for r in data.lost_reasons
    ]
    return pdf.data_table(columns, rows, width)


def _terms() -> list[tuple[str, str]]:
    """The sales-process figures in their own words (salesdesk.pipeline.words)."""
    names, definitions = metric_names(), metric_definitions()
    return [(names[key], definitions[key]) for key in names]
