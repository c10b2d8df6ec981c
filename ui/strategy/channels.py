"""Channels: revenue, orders, customers, margin, spend and CAC per channel for the period,
with revenue and margin per channel and online against offline revenue by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ui.strategy.base import StrategyView, heading, note, size_columns, table_view
from ui.strategy.channels_model import ChannelTableModel
from ui.widgets.chart_canvas import ChartCanvas

if TYPE_CHECKING:
    from salesdesk.store.db import Database
    from salesdesk.strategy.channels import ChannelPerformance, KindTrend

    from ui.section import AppContext


DEFAULT_SPLIT = (240, 520)  # table : charts


@dataclass(frozen=True)
class ChannelData:
    lines: list[ChannelPerformance]
    trend: KindTrend
    currency: str


class ChannelsView(StrategyView[None, ChannelData]):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.model = ChannelTableModel(self)
        self.table = table_view(self.tr("Channels"), self.model, stretch_column=0)
        self.title_label = heading("")
        self.explanation = note(
            self.tr(
                "Customers: who bought in the channel. CAC: the channel's acquisition spend in "
                "the months of the period divided by the new customers it won (first purchase "
                "ever in the period)."
            )
        )
        self.revenue_chart = ChartCanvas(minimum_height=220)
        self.trend_chart = ChartCanvas(minimum_height=220)
        self._build()

    def _build(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title_label)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.explanation)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        for title, chart in (
            (self.tr("Revenue and gross margin by channel"), self.revenue_chart),
            (self.tr("Online against offline channels by month"), self.trend_chart),
        ):
            column = QVBoxLayout()
            column.addWidget(heading(title))
            column.addWidget(chart, 1)
            charts_layout.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(charts)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes(list(DEFAULT_SPLIT))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def request(self) -> None:
        return None

    def load_title(self) -> str:
        return self.tr("Loading channel performance")

    def load(self, database: Database, context: AppContext, request: None) -> ChannelData:
        from salesdesk.strategy import service

        figures = service.channels(database, context.period, self.today)
        return ChannelData(figures.lines, figures.trend, context.currency)

    def show_data(self, data: ChannelData) -> None:
        period = self.context.period.label() if self.context else ""
        self.title_label.setText(self.tr("Channels in {period}").format(period=period))
        self.model.currency = data.currency
        self.model.set_records(data.lines)
        size_columns(self.table)
        self._show_charts(data)

    def _show_charts(self, data: ChannelData) -> None:
        from salesdesk.strategy.charts import channel_revenue_figure, online_offline_figure

        lines = [line for line in data.lines if line.channel_id is not None]
        if not lines:
            self.revenue_chart.clear(self.tr("No sales channels yet."))
        else:
            self.revenue_chart.show_chart(
                lambda: channel_revenue_figure(
                    [line.name for line in lines],
                    [line.totals.revenue for line in lines],
                    [line.totals.gross_margin or 0 for line in lines],
                    currency=data.currency,
                )
            )
        trend = data.trend
        self.trend_chart.show_chart(
            lambda: online_offline_figure(
                trend.months,
                trend.online,
                trend.offline,
                currency=data.currency,
                running_month=trend.running_month,
            )
        )

    def clear(self) -> None:
        self.model.set_records([])
        self.revenue_chart.clear()
        self.trend_chart.clear()
