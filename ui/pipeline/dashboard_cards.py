"""The dashboard's pipeline cards: open pipeline, weighted forecast of the period and win rate,
each opening the list behind it (deals by stage, forecast by month, win rate by member)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from salesdesk.formatting import format_money, format_number, format_percent

from ui.tasks import Op, Task
from ui.widgets.drill_down import DrillDownDialog, Rows
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute
from ui.widgets.veil import Veil

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.pipeline.analytics import DashboardFigures
    from salesdesk.store.db import Database

    from ui.section import AppContext

LOADING = "…"


class PipelineCards(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salesdesk.pipeline.words import metric_definitions

        definitions = metric_definitions()
        self._task: Task | None = None
        self._context: AppContext | None = None
        self._shown = False  # figures of the context's database are on the cards
        self.last_drill: DrillDownDialog | None = None
        self.cards = {
            "open": KpiCard(self.tr("Open pipeline"), clickable=True),
            "forecast": KpiCard(self.tr("Weighted forecast"), clickable=True),
            "win_rate": KpiCard(self.tr("Win rate"), clickable=True),
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
            card.clicked.connect(partial(self.drill, key))
            layout.addWidget(card)
        self._veil = Veil(self)  # over the previous period's figures while the new ones load

    def show_loading(self) -> None:
        """The first load of a database: nothing to show yet."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._shown = False
        for card in self.cards.values():
            card.set_value(LOADING)
        for note in self.notes.values():
            note.setText(" ")  # keeps the line, so the cards do not jump

    def set_context(self, context: AppContext) -> None:
        """Loads the figures of the context; those on screen stay, dimmed, meanwhile."""
        from salesdesk.pipeline import service

        self._context = context
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if context.database is None:
            return
        if self._shown:
            self._veil.cover(True)
        else:
            self.show_loading()
        database, period = context.database, context.period
        self._task = (
            Op(
                self.tr("Loading the pipeline figures"),
                lambda *_: service.dashboard_figures(database, period),
                parent=self,
            )
            .success(self._show)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_failure(self, _error: BaseException) -> None:
        self._task = None
        self._veil.cover(False)
        for card in self.cards.values():
            card.clear()

    def _show(self, figures: DashboardFigures) -> None:
        self._task = None
        self._shown = True
        self._veil.cover(False)
        assert self._context is not None
        currency, period = self._context.currency, self._context.period
        deals = self.tr("%n open deal(s)", "", figures.open.deals)
        self.cards["open"].set_value(format_money(figures.open.amount, currency, decimals=0))
        self.cards["open"].setAccessibleDescription(deals)
        self.notes["open"].setText(deals)
        self.notes["forecast"].setText(
            self.tr("won + weighted open, closing in {period}").format(
                period=period.label(in_text=True)
            )
        )
        self.cards["forecast"].set_value(format_money(figures.forecast, currency, decimals=0))
        change = (
            None
            if figures.win_rate is None or figures.win_rate_before is None
            else figures.win_rate - figures.win_rate_before
        )
        against = self.tr("vs {period}").format(period=period.previous().label(case="dative"))
        self.cards["win_rate"].set_value(
            format_percent(figures.win_rate), [Delta(change, against, points=True)]
        )
        self.loaded.emit()

    # --- drill-down ------------------------------------------------------------------------

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
            self.cards[key].title, headers[key], loaders[key], numeric=(1, 2, 3), parent=self
        )
        self.last_drill.show()


def _by_stage(database: Database, period: Period, currency: str) -> Rows:
    from salesdesk.pipeline import service

    money = lambda minor: format_money(minor, currency, decimals=0)  # noqa: E731
    return [(g.name, format_number(g.open.deals), money(g.open.amount), money(g.weighted))
            for g in service.by_stage(database, period)]  # fmt: skip


def _by_month(database: Database, period: Period, currency: str) -> Rows:
    """The months of the card's period (the first and last cut at its ends): they add up
    to the card."""
    from salesdesk.pipeline import service
    from salesdesk.pipeline.words import span_label

    money = lambda minor: format_money(minor, currency, decimals=0)  # noqa: E731
    return [(span_label(m.span), money(m.won), money(m.weighted), money(m.total))
            for m in service.forecast_by_month(database, period)]  # fmt: skip


def _by_member(database: Database, period: Period) -> Rows:
    from salesdesk.pipeline import service

    return [
        (g.name, format_number(g.closed.won), format_number(g.closed.lost),
         format_percent(g.closed.win_rate))
        for g in service.by_member(database, period)
    ]  # fmt: skip
