"""Pipeline analytics: the cards of SPEC §12, the funnel with conversion, chance and dwell per
stage, the weighted forecast by month against the goals, the coverage of the goals, the
pipeline per member and the lost reasons — the numbers of the pipeline report, from
:func:`salesdesk.pipeline.analytics.pipeline_analytics`. Each card's tooltip is its
definition."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import (
    MISSING,
    format_date,
    format_money,
    format_number,
    format_percent,
)
from salesdesk.pipeline import service
from salesdesk.pipeline.words import span_label

from ui.pipeline.member_table import MemberPipelineTable
from ui.pipeline.tables import ReadOnlyTable
from ui.tasks import Op, Task
from ui.widgets.chart_canvas import ChartCanvas
from ui.widgets.kpi_card import KpiCard
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.metrics.scope import Scope
    from salesdesk.periods import Period
    from salesdesk.pipeline.analytics import PipelineAnalytics
    from salesdesk.store.db import Database

CARDS = ("open_pipeline", "weighted_pipeline", "win_rate", "average_won_deal", "sales_cycle",
         "velocity")  # fmt: skip


def _table(headers: list[str], numeric_from: int = 1) -> ReadOnlyTable:
    numeric = tuple(range(numeric_from, len(headers)))
    return ReadOnlyTable(headers, numeric=numeric, selectable=False, fit=True)


class AnalyticsView(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salesdesk.pipeline.words import metric_definitions, metric_names

        self._task: Task | None = None
        self.data: PipelineAnalytics | None = None
        names, definitions = metric_names(), metric_definitions()
        self.cards: dict[str, KpiCard] = {}
        cards = QGridLayout()
        for position, key in enumerate(CARDS):
            card = KpiCard(names[key])
            card.setToolTip(definitions[key])
            self.cards[key] = card
            cards.addWidget(card, *divmod(position, 3))
        self.state = QLabel()
        mute(self.state)
        self.funnel = ChartCanvas(minimum_height=200)
        self.funnel.setAccessibleName(names["funnel"])
        self.stages = _table([self.tr("Stage"), self.tr("Open deals"), self.tr("Open amount"),
                              self.tr("Chance to win"), self.tr("Weighted"), self.tr("Reached"),
                              self.tr("Conversion"), self.tr("Median days")])  # fmt: skip
        self.forecast = ChartCanvas(minimum_height=240)
        self.forecast.setAccessibleName(names["forecast"])
        self.months = _table([self.tr("Month"), self.tr("Won"), self.tr("Weighted open deals"),
                              self.tr("Forecast"), self.tr("Goal")])  # fmt: skip
        self.coverage = _table([self.tr("Goal"), self.tr("Owner"), self.tr("Ends"),
                                self.tr("Still missing"), self.tr("Expected from the pipeline"),
                                self.tr("Coverage")], numeric_from=2)  # fmt: skip
        self.coverage.setToolTip(definitions["coverage"])
        self.members = MemberPipelineTable()
        self.lost = _table([self.tr("Reason"), self.tr("Deals"), self.tr("Amount")])
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.state)
        layout.addLayout(cards)
        self.stages_heading = _heading(self.tr("Funnel and stages"))
        layout.addWidget(self.stages_heading)
        layout.addWidget(self.funnel)
        layout.addWidget(self.stages)
        self.forecast_heading = _heading(self._forecast_title())
        self.coverage_heading = _heading(self._coverage_title())
        for heading, widgets in ((self.forecast_heading, [self.forecast, self.months]),
                                 (self.coverage_heading, [self.coverage])):  # fmt: skip
            layout.addWidget(heading)
            for widget in widgets:
                layout.addWidget(widget)
        pair = QHBoxLayout()
        for title, table in ((self.tr("Pipeline by member"), self.members),
                             (self.tr("Lost reasons"), self.lost)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(_heading(title))
            column.addWidget(table)
            column.addStretch(1)
            pair.addLayout(column, 1)
        layout.addLayout(pair)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(
        self, database: Database | None, period: Period, scope: Scope, pipeline_id: int | None
    ) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if database is None:
            return
        self.state.setText(self.tr("Loading the figures…"))
        self._task = (
            Op(
                self.tr("Loading the pipeline analytics"),
                lambda *_: service.analytics(database, period, scope, pipeline_id),
                parent=self,
            )
            .success(self._show)
            .failure(lambda error: self.state.setText(str(error)))
            .run_in_background()
        )

    def _forecast_title(self, every: str = "") -> str:
        return " · ".join(filter(None, [self.tr("Weighted forecast by month against the goals"),
                                        every]))  # fmt: skip

    def _coverage_title(self, every: str = "") -> str:
        return " · ".join(filter(None, [self.tr("Pipeline coverage of the goals"), every]))

    def _show(self, data: PipelineAnalytics) -> None:
        self._task, self.data = None, data
        state = self.tr("{period}; open deals as on {day}").format(
            period=data.period.label(), day=format_date(data.on)
        )
        chosen = data.pipeline is not None and data.several_pipelines
        if chosen:
            state = f"{data.pipeline.name} · {state}"  # type: ignore[union-attr]
        self.state.setText(state)
        # The goals count the deals of every pipeline, and so do their forecast and coverage.
        every = self.tr("all pipelines") if chosen else ""
        self.forecast_heading.setText(self._forecast_title(every))
        self.coverage_heading.setText(self._coverage_title(every))
        names = [p.pipeline.name for p in data.pipelines]
        self.stages_heading.setText(
            " · ".join([self.tr("Funnel and stages"), *names[:1]])
            if len(names) == 1
            else self.tr("Funnel and stages")
        )
        self._show_cards(data)
        self._show_stages(data)
        self._show_forecast(data)
        self._show_coverage(data)
        money = self._money
        self.members.show_groups(data.members, data.currency)
        self.lost.fill([
            (r.reason or self.tr("(no reason given)"), format_number(r.deals), money(r.amount))
            for r in data.lost_reasons
        ])  # fmt: skip
        self.loaded.emit()

    def _money(self, minor: float | None) -> str:
        currency = self.data.currency if self.data else ""
        return format_money(minor, currency, decimals=0)

    def _show_cards(self, data: PipelineAnalytics) -> None:
        cycle = data.closed.cycle_days
        per_day = data.velocity.per_day
        values = {
            "open_pipeline": self._money(data.open.amount),
            "weighted_pipeline": self._money(data.weighted),
            "win_rate": format_percent(data.closed.win_rate),
            "average_won_deal": self._money(data.closed.average_won_deal),
            "sales_cycle": MISSING if cycle is None else self.tr("%n day(s)", "", round(cycle)),
            "velocity": MISSING
            if per_day is None
            else self.tr("{money} a day").format(money=self._money(per_day)),
        }
        for key, card in self.cards.items():
            card.set_value(values[key])
        self.cards["open_pipeline"].setToolTip(
            self.tr("%n open deal(s). ", "", data.open.deals)
            + self.cards["open_pipeline"].toolTip()
        )

    def _show_stages(self, data: PipelineAnalytics) -> None:
        stages = [s for p in data.pipelines for s in p.stages]
        several = len(data.pipelines) > 1
        names = [
            f"{p.pipeline.name}: {s.stage.name}" if several else s.stage.name
            for p in data.pipelines
            for s in p.stages
        ]
        self.stages.fill([
            (name, format_number(s.open.deals), self._money(s.open.amount),
             format_percent(s.probability.probability, 0)
             + ("" if s.probability.learned else " " + self.tr("(default)")),
             self._money(s.weighted), format_number(s.reached),
             format_percent(s.conversion.rate if s.conversion else None, 0),
             MISSING if s.days is None else format_number(s.days, 1))
            for name, s in zip(names, stages, strict=True)
        ])  # fmt: skip

        def build():  # type: ignore[no-untyped-def]
            from salesdesk.pipeline.charts import funnel_figure

            return funnel_figure(
                names,
                [s.reached for s in stages],
                [s.conversion.rate if s.conversion else None for s in stages],
            )

        self.funnel.show_chart(build)

    def _show_forecast(self, data: PipelineAnalytics) -> None:
        months = data.months
        self.months.fill([
            (span_label(m.forecast.span), self._money(m.forecast.won),
             self._money(m.forecast.weighted), self._money(m.forecast.total), self._money(m.goal))
            for m in months
        ])  # fmt: skip
        currency = data.currency

        def build():  # type: ignore[no-untyped-def]
            from salesdesk.pipeline.charts import forecast_figure

            return forecast_figure(
                [m.forecast.span for m in months],
                [m.forecast.won for m in months],
                [m.forecast.weighted for m in months],
                [m.goal for m in months],
                currency=currency,
            )

        self.forecast.show_chart(build)

    def _show_coverage(self, data: PipelineAnalytics) -> None:
        rows = []
        for line in data.coverage:
            deals = line.goal.metric == "deals_won"
            amount = (lambda v: format_number(v, 1)) if deals else self._money
            ratio = line.coverage.ratio
            rows.append((
                line.goal.title, line.owner, format_date(line.goal.end_on),
                amount(max(line.coverage.gap, 0)), amount(line.coverage.expected),
                format_percent(ratio, 0) if ratio is not None else self.tr("reached"),
            ))  # fmt: skip
        self.coverage.fill(rows)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.1)
    return label
