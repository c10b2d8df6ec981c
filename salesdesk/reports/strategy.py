"""The strategy report (SPEC §6): competitors and the price comparison, the product catalogue
with margins, and channel performance with a chart and a table with CAC.

Competitors, prices and the catalogue are as they stand on the day the report is made (an
observation is stale 6 months after it was made); the channel figures cover the period.
:func:`strategy_report_data` gathers the numbers, :func:`build_strategy_report` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from salesdesk.formatting import MISSING, format_date, format_money, format_number, format_percent
from salesdesk.i18n import tr
from salesdesk.metrics import clock
from salesdesk.metrics.scope import Scope
from salesdesk.reports import pdf
from salesdesk.settings import load_settings
from salesdesk.store.models import ChannelKind
from salesdesk.strategy.catalogue import Product, load_products
from salesdesk.strategy.channels import (
    ChannelPerformance,
    KindTrend,
    channel_performance,
    online_offline_trend,
)
from salesdesk.strategy.charts import channel_revenue_figure, online_offline_figure
from salesdesk.strategy.competitors import (
    Competitor,
    CompetitorPosition,
    PriceComparison,
    competitor_positions,
    load_competitors,
    price_comparison,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.periods import Period

# The figures of this report, explained on its last page.
GLOSSARY = (
    "revenue",
    "orders",
    "buying_customers",
    "new_customers",
    "gross_margin",
    "margin_pct",
    "cac",
)


@dataclass(frozen=True)
class StrategyReportData:
    currency: str
    competitors: list[Competitor]
    positions: dict[int, CompetitorPosition]
    comparison: PriceComparison
    products: list[Product]
    channels: list[ChannelPerformance]
    trend: KindTrend


def strategy_report_data(conn: Connection, period: Period, today: date) -> StrategyReportData:
    comparison = price_comparison(conn, today)
    return StrategyReportData(
        currency=load_settings(conn).currency,
        competitors=load_competitors(conn),
        positions={p.competitor_id: p for p in competitor_positions(comparison)},
        comparison=comparison,
        products=load_products(conn),
        channels=channel_performance(conn, period),
        trend=online_offline_trend(conn, period, today),
    )


def build_strategy_report(
    conn: Connection,
    period: Period,
    *,
    scope: Scope | None = None,
    language: str = "en",
    page_size: str = "A4",
    generated_at: datetime | None = None,
) -> bytes:
    """The strategy report as PDF bytes. It covers the whole company: spend, and so CAC, is
    known per channel only, and competitors and prices belong to no team."""
    today = generated_at.date() if generated_at else clock.today()
    generated_at = generated_at or datetime.now()
    with pdf.report_settings(conn, language):
        data = strategy_report_data(conn, period, today)
        header = pdf.page_header(conn, tr("Strategy report"), period, Scope(), generated_at)
        story = _story(data, header, pdf.content_width(page_size))
        story += pdf.glossary_page(conn, GLOSSARY, pdf.content_width(page_size))
        return pdf.render_pdf(header, story, page_size_name=page_size)


def _story(data: StrategyReportData, header: pdf.PageHeader, width: float) -> list[Flowable]:
    sheet = pdf.styles()
    return [
        *pdf.title_block(header),
        Paragraph(tr("Competitors"), sheet.heading),
        *_competitors(data, width),
        Paragraph(tr("Our prices against the competitors'"), sheet.heading),
        *_comparison(data, width),
        Paragraph(tr("Channel performance"), sheet.heading),
        *_channels(data, width),
        Paragraph(tr("Product catalogue"), sheet.heading),
        *_catalogue(data, width),
    ]


def _nothing(text: str) -> list[Flowable]:
    return [Paragraph(pdf.escape(text), pdf.styles().body)]


# --- competitors -----------------------------------------------------------------------------


def _competitors(data: StrategyReportData, width: float) -> list[Flowable]:
    if not data.competitors:
        return _nothing(tr("No competitors recorded yet."))
    columns = [
        pdf.Column(tr("Competitor")),
        pdf.Column(tr("Positioning"), weight=2.2),
        pdf.Column(tr("Estimated share"), numeric=True),
        pdf.Column(tr("Products compared"), numeric=True),
        pdf.Column(tr("Our price vs theirs"), numeric=True),
        pdf.Column(tr("Last observed"), numeric=True),
    ]
    rows = [_competitor_row(c, data.positions.get(c.id)) for c in data.competitors]
    note = tr(
        "Our price vs theirs: how far our list price lies above (+) or below (−) theirs, "
        "averaged over the products both sell, from their latest price of each. * the latest "
        "observation is older than 6 months (before {day}).",
        day=format_date(data.comparison.stale_before),
    )
    return [pdf.data_table(columns, rows, width), Paragraph(pdf.escape(note), pdf.styles().note)]


def _competitor_row(competitor: Competitor, position: CompetitorPosition | None) -> pdf.Row:
    last = format_date(competitor.last_observed)
    if position is not None and position.stale:
        last += " *"
    return pdf.Row(
        [
            competitor.name,
            competitor.positioning or MISSING,
            format_percent(competitor.market_share, 0),
            format_number(position.products if position else 0),
            format_percent(position.average_difference if position else None, signed=True),
            last,
        ]
    )


def _comparison(data: StrategyReportData, width: float) -> list[Flowable]:
    currency = data.currency
    if not data.comparison.rows:
        return _nothing(tr("No competitor prices recorded yet."))
    columns = [
        pdf.Column(tr("Product")),
        pdf.Column(tr("Our price"), numeric=True),
        pdf.Column(tr("Lowest"), numeric=True),
        pdf.Column(tr("Average"), numeric=True),
        pdf.Column(tr("Highest"), numeric=True),
        pdf.Column(tr("Ours vs average"), numeric=True),
        pdf.Column(tr("Competitors"), numeric=True),
    ]
    rows = [
        pdf.Row(
            [
                f"{row.name} ({row.code})",
                format_money(row.our_price, currency),
                format_money(row.lowest, currency),
                format_money(row.average, currency),
                format_money(row.highest, currency),
                format_percent(row.difference_to_average(), signed=True),
                _competitor_count(len(row.latest), row.stale_count),
            ]
        )
        for row in data.comparison.rows
    ]
    note = tr(
        "Each competitor's latest price per product; lowest, average and highest over them. "
        "* how many of those prices are older than 6 months."
    )
    return [
        Paragraph(pdf.escape(note), pdf.styles().lead_note),
        pdf.data_table(columns, rows, width),
    ]


def _competitor_count(count: int, stale: int) -> str:
    shown = format_number(count)
    return f"{shown} ({format_number(stale)}*)" if stale else shown


# --- channels --------------------------------------------------------------------------------


def _channels(data: StrategyReportData, width: float) -> list[Flowable]:
    lines = [line for line in data.channels if line.channel_id is not None]
    if not lines:
        return _nothing(tr("No sales channels recorded yet."))
    figure = channel_revenue_figure(
        [line.name for line in lines],
        [line.totals.revenue for line in lines],
        [line.totals.gross_margin or 0 for line in lines],
        currency=data.currency,
    )
    trend = online_offline_figure(
        data.trend.months,
        data.trend.online,
        data.trend.offline,
        currency=data.currency,
        running_month=data.trend.running_month,
    )
    sheet = pdf.styles()
    return [
        pdf.figure_image(figure, width, (22 + 9 * len(lines)) * mm),
        pdf.data_table(
            _channel_columns(), [_channel_row(line, data.currency) for line in data.channels], width
        ),
        Paragraph(pdf.escape(_channel_note()), sheet.note),
        Paragraph(tr("Online against offline channels by month"), sheet.subheading),
        pdf.figure_image(trend, width, 62 * mm),
    ]


def _channel_columns() -> list[pdf.Column]:
    return [
        pdf.Column(tr("Channel"), weight=1.0),
        pdf.Column(tr("Revenue"), numeric=True),
        pdf.Column(tr("Orders"), numeric=True),
        pdf.Column(tr("Customers"), numeric=True),
        pdf.Column(tr("Gross margin"), numeric=True),
        pdf.Column(tr("Margin %"), numeric=True),
        pdf.Column(tr("Acquisition spend"), numeric=True),
        pdf.Column(tr("New customers"), numeric=True),
        pdf.Column(tr("CAC"), numeric=True),
    ]


def _channel_row(line: ChannelPerformance, currency: str) -> pdf.Row:
    totals = line.totals
    unassigned = line.channel_id is None
    return pdf.Row(
        [
            line.name if line.kind is None else f"{line.name} ({kind_label(line.kind)})",
            format_money(totals.revenue, currency, decimals=0),
            format_number(totals.orders),
            format_number(totals.buying_customers),
            format_money(totals.gross_margin, currency, decimals=0),
            format_percent(totals.margin_pct),
            MISSING if unassigned else format_money(line.acquisition_spend, currency, decimals=0),
            format_number(line.acquired),
            format_money(line.cac, currency, decimals=0),
        ],
        muted=unassigned,
    )


def kind_label(kind: str) -> str:
    return tr("online") if kind == ChannelKind.ONLINE else tr("offline")


def _channel_note() -> str:
    return tr(
        "Customers: those who bought in the channel in the period. New customers: those whose "
        "first purchase fell in the period, by the channel that acquired them (the one set "
        "on the customer, else that of the first purchase). CAC: the channel's acquisition "
        "spend in the months of the period divided by them; — where it has none. Margin: over "
        "the lines whose cost is known."
    )


# --- catalogue -------------------------------------------------------------------------------


def _catalogue(data: StrategyReportData, width: float) -> list[Flowable]:
    if not data.products:
        return _nothing(tr("No products recorded yet."))
    columns = [
        pdf.Column(tr("Code"), numeric=True),
        pdf.Column(tr("Product"), weight=1.6),
        pdf.Column(tr("Category")),
        pdf.Column(tr("Unit cost"), numeric=True),
        pdf.Column(tr("List price"), numeric=True),
        pdf.Column(tr("Margin"), numeric=True),
        pdf.Column(tr("Margin %"), numeric=True),
    ]
    rows = [_product_row(p, data.currency) for p in data.products]
    note = tr(
        "Margin: list price less unit cost; margin %: the margin over the list price. "
        "Inactive products are greyed."
    )
    return [
        Paragraph(pdf.escape(note), pdf.styles().lead_note),
        pdf.data_table(columns, rows, width),
    ]


def _product_row(product: Product, currency: str) -> pdf.Row:
    return pdf.Row(
        [
            product.code,
            product.name,
            product.category or MISSING,
            format_money(product.unit_cost, currency),
            format_money(product.list_price, currency),
            format_money(product.margin, currency),
            format_percent(product.margin_pct),
        ],
        muted=not product.active,
    )
