"""The dashboard's pipeline cards: open pipeline, weighted forecast of the period and win rate,
each opening the list behind it (deals by stage, forecast by month, win rate by member)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from salesdesk.formatting import format_money, format_number, format_percent

from ui.dashboard.drill import DrillDownDialog, Rows
from ui.tasks import Task, run_in_background
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.pipeline.analytics import DashboardFigures
    from salesdesk.store.db import Database

    from ui.section import AppContext

LOADING = "…"


def load_figures(database: Database, period: Period) -> DashboardFigures:
    from salesdesk.pipeline.analytics import dashboard_figures

    with database.read() as conn:
        return dashboard_figures(conn, period)


class PipelineCards(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salesdesk.pipeline.words import metric_definitions

        definitions = metric_definitions()
        self._task: Task | None = None
        self._context: AppContext | None = None
        self.last_drill: DrillDownDialog | None = None
        self.cards = {
            "open": KpiCard(self.tr("Open pipeline")),
            "forecast": KpiCard(self.tr("Weighted forecast")),
            "win_rate": KpiCard(self.tr("Win rate")),
        }
        tips = {
            "open": definitions["open_pipeline"],
            "forecast": self.tr(
                "Won in the period so far plus the open deals expected to close in it, each "
                "weighted by its stage's chance to win."
            ),
            "win_rate": definitions["win_rate"],
        }
        # a line under the open pipeline and the forecast, as tall as the win rate's change
        self.notes = {key: QLabel() for key in ("open", "forecast")}
        for key, note in self.notes.items():
            mute(note)
            card_layout = self.cards[key].layout()
            assert card_layout is not None
            card_layout.addWidget(note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for key, card in self.cards.items():
            card.setToolTip(tips[key] + " " + self.tr("Click to see the list behind this number"))
            card.setCursor(Qt.CursorShape.PointingHandCursor)
            card.installEventFilter(self)
            layout.addWidget(card)

    def show_loading(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        for card in self.cards.values():
            card.set_value(LOADING)
        for note in self.notes.values():
            note.setText(" ")  # keeps the line, so the cards do not jump

    def set_context(self, context: AppContext) -> None:
        self._context = context
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if context.database is None:
            return
        for card in self.cards.values():
            card.set_value(LOADING)
        database, period = context.database, context.period
        self._task = run_in_background(
            self.tr("Loading the pipeline figures"),
            lambda _progress, _cancelled: load_figures(database, period),
            on_success=self._show,
            on_failure=lambda _error: [card.clear() for card in self.cards.values()],
            parent=self,
        )

    def _show(self, figures: DashboardFigures) -> None:
        self._task = None
        assert self._context is not None
        currency, period = self._context.currency, self._context.period
        deals = self.tr("%n open deal(s)", "", figures.open.deals)
        self.cards["open"].set_value(format_money(figures.open.amount, currency, decimals=0))
        self.cards["open"].setAccessibleDescription(deals)
        self.notes["open"].setText(deals)
        self.notes["forecast"].setText(self.tr("closing in {period}").format(period=period.label()))
        self.cards["forecast"].set_value(format_money(figures.forecast, currency, decimals=0))
        change = (
            None
            if figures.win_rate is None or figures.win_rate_before is None
            else figures.win_rate - figures.win_rate_before
        )
        against = self.tr("vs {period}").format(period=period.previous().label())
        self.cards["win_rate"].set_value(
            format_percent(figures.win_rate), [Delta(change, against, points=True)]
        )
        self.loaded.emit()

    # --- drill-down ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            for key, card in self.cards.items():
                if watched is card:
                    self.drill(key)
                    return True
        return super().eventFilter(watched, event)

    def drill(self, key: str) -> None:
        context = self._context
        if context is None or context.database is None:
            return
        database, period, currency = context.database, context.period, context.currency
        loaders: dict[str, Callable[[], Rows]] = {
            "open": lambda: _by_stage(database, period, currency),
            "forecast": lambda: _by_month(database, period, currency),
            "win_rate": lambda: _by_member(database, period),
        }
        headers = {
            "open": [
                self.tr("Stage"),
                self.tr("Open deals"),
                self.tr("Amount"),
                self.tr("Weighted"),
            ],
            "forecast": [
                self.tr("Month"),
                self.tr("Won"),
                self.tr("Weighted open deals"),
                self.tr("Forecast"),
            ],
            "win_rate": [
                self.tr("Member"),
                self.tr("Deals won"),
                self.tr("Deals lost"),
                self.tr("Win rate"),
            ],
        }
        self.last_drill = DrillDownDialog(
            self.cards[key].title(), headers[key], loaders[key], numeric=(1, 2, 3), parent=self
        )
        self.last_drill.show()


def _by_stage(database: Database, period: Period, currency: str) -> Rows:
    from salesdesk.pipeline.summary import pipeline_summary

    with database.read() as conn:
        groups = pipeline_summary(conn, period, "stage")
    money = lambda minor: format_money(minor, currency, decimals=0)  # noqa: E731
    return [(g.name, format_number(g.open.deals), money(g.open.amount), money(g.weighted))
            for g in groups]  # fmt: skip


def _by_month(database: Database, period: Period, currency: str) -> Rows:
    """The months of the card's period (the first and last cut at its ends): they add up
    to the card."""
    from salesdesk.metrics.clock import closing_day
    from salesdesk.pipeline.measures import forecast_by_month, forecast_spans
    from salesdesk.pipeline.words import span_label

    with database.read() as conn:
        months = forecast_by_month(conn, closing_day(period), forecast_spans(period))
    money = lambda minor: format_money(minor, currency, decimals=0)  # noqa: E731
    return [(span_label(m.span), money(m.won), money(m.weighted), money(m.total))
            for m in months]  # fmt: skip


def _by_member(database: Database, period: Period) -> Rows:
    from salesdesk.metrics.clock import elapsed_part
    from salesdesk.pipeline.summary import pipeline_summary

    with database.read() as conn:
        groups = pipeline_summary(conn, elapsed_part(period), "member")
    return [
        (g.name, format_number(g.closed.won), format_number(g.closed.lost),
         format_percent(g.closed.win_rate))
        for g in groups
    ]  # fmt: skip
