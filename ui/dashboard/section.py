"""The Dashboard (SPEC §4): KPI cards for the shared period, the 24-month revenue trend,
revenue by the lens dimension, goals by status and the top and bottom members.

The figures come from :func:`salesdesk.dashboard.service.load_dashboard` (which keeps the stored
aggregates current), loaded by a background task. Until the first figures arrive the cards say
"…"; after that a new period keeps the figures on screen, dimmed, until the new ones replace
them, so the page never blanks. An empty state shows when no database is open. A click on a
card (or Enter on it) or on a bar opens the list behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
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
from salesdesk.periods import Period

from ui.goals.words import status_text
from ui.pipeline.dashboard_cards import PipelineCards
from ui.section import AppContext, Section
from ui.tasks import Op, Task
from ui.widgets.chart_canvas import ChartCanvas, FigureBuilder
from ui.widgets.definitions import metric_tip
from ui.widgets.drill_down import DrillDownDialog, Rows
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute, scale_font
from ui.widgets.veil import Veil

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from salesdesk.dashboard.breakdowns import Breakdowns, CustomerLine
    from salesdesk.dashboard.service import DashboardData
    from salesdesk.metrics.kpis import Kpi
    from salesdesk.metrics.sales import GroupRevenue
    from salesdesk.store.db import Database

CARD_COLUMNS = 4
LOADING = "…"


@dataclass(frozen=True)
class _CardSpec:
    key: str  # of dashboard_kpis
    title: str
    kind: str  # "money", "count" or "rate"
    higher_is_better: bool = True


class DashboardSection(Section):
    """KPI cards and the revenue trend for the shared period."""

    loaded = Signal()  # the figures of the current context are on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Dashboard")
        self.icon_name = "dashboard"
        self._task: Task | None = None
        self._shown_database: Database | None = None  # whose figures are on screen
        self._breakdowns: Breakdowns | None = None
        self.last_drill: DrillDownDialog | None = None  # the list opened last
        self.cards: dict[str, KpiCard] = {}
        self._pages = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.content_page = self._build_content_page()
        self._pages.addWidget(self.empty_page)
        self._pages.addWidget(self.content_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

    # --- building -------------------------------------------------------------------------

    def _card_specs(self) -> list[_CardSpec]:
        return [
            _CardSpec("revenue", self.tr("Revenue"), "money"),
            _CardSpec("orders", self.tr("Orders"), "count"),
            _CardSpec("average_order_value", self.tr("Average order value"), "money"),
            _CardSpec("new_customers", self.tr("New customers"), "count"),
            _CardSpec("lost_customers", self.tr("Lost customers"), "count", False),
            _CardSpec("retention_rate", self.tr("Retention rate"), "rate"),
            _CardSpec("conversion_rate", self.tr("Conversion rate"), "rate"),
            _CardSpec("at_risk", self.tr("Customers at risk"), "count", False),
        ]

    def _click_hint(self) -> str:
        return self.tr("Click to see the list behind this number")

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("No database is open"))
        scale_font(heading, 1.4)
        hint = QLabel(
            self.tr(
                "Open a SalesDesk database or create one from the File menu to see revenue, "
                "orders and customers for the chosen period."
            )
        )
        hint.setWordWrap(True)
        mute(hint)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for label in (heading, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setMaximumWidth(520)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_content_page(self) -> QWidget:
        self.period_label = QLabel()
        scale_font(self.period_label, 1.5)
        self.scope_label = QLabel()  # whose figures: the login's (SPEC §13)
        self.scope_label.setObjectName("dashboardScope")
        scale_font(self.scope_label, 1.5)
        mute(self.scope_label)
        self.dates_label = QLabel()
        mute(self.dates_label)
        self.state_label = QLabel()
        mute(self.state_label)
        self.state_label.setWordWrap(True)
        cards = QGridLayout()
        cards.setSpacing(8)
        self._specs = self._card_specs()
        for position, spec in enumerate(self._specs):
            card = KpiCard(spec.title, higher_is_better=spec.higher_is_better, clickable=True)
            card.set_definition(None, self._click_hint())  # with the figures: the definition
            card.clicked.connect(partial(self.drill_card, spec.key))
            self.cards[spec.key] = card
            cards.addWidget(card, *divmod(position, CARD_COLUMNS))
        self.trend_chart = ChartCanvas(minimum_height=280)
        self.trend_chart.setAccessibleName(self.tr("Revenue trend"))
        trend_title = QLabel(self.tr("Revenue by month: the last 12 months against a year earlier"))
        scale_font(trend_title, 1.1)
        self.figures = QWidget()  # what dims while a new period loads
        figures = QVBoxLayout(self.figures)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.addLayout(cards)
        self.pipeline_cards = PipelineCards()
        figures.addWidget(self.pipeline_cards)
        figures.addSpacing(12)
        figures.addWidget(trend_title)
        figures.addWidget(_framed(self.trend_chart), 1)
        figures.addLayout(self._build_breakdown_charts())
        self._veil = Veil(self.figures)
        content = QWidget()
        layout = QVBoxLayout(content)
        title = QHBoxLayout()
        title.addWidget(self.period_label)
        title.addSpacing(16)
        title.addWidget(self.scope_label)
        title.addStretch(1)
        layout.addLayout(title)
        layout.addWidget(self.dates_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.figures, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _build_breakdown_charts(self) -> QVBoxLayout:
        self.lens_chart = PickableChart(minimum_height=260)
        self.lens_chart.setAccessibleName(self.tr("Revenue by the lens dimension"))
        self.lens_chart.picked.connect(self._drill_group)
        self.goals_chart = PickableChart(minimum_height=260)
        self.goals_chart.setAccessibleName(self.tr("Goals by status"))
        self.goals_chart.picked.connect(self._drill_goals)
        self.members_chart = PickableChart(minimum_height=220)
        self.members_chart.setAccessibleName(self.tr("Top and bottom members"))
        self.members_chart.picked.connect(self._drill_member)
        self.lens_title = QLabel()
        scale_font(self.lens_title, 1.1)
        goals_title = QLabel(self.tr("Goals by status"))
        scale_font(goals_title, 1.1)
        members_title = QLabel(self.tr("Top and bottom members by revenue"))
        scale_font(members_title, 1.1)
        row = QHBoxLayout()
        for title, chart, stretch in (
            (self.lens_title, self.lens_chart, 3),
            (goals_title, self.goals_chart, 2),
        ):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(_framed(chart), 1)
            row.addLayout(column, stretch)
        layout = QVBoxLayout()
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(members_title)
        layout.addWidget(_framed(self.members_chart))
        return layout

    def _lens_title(self, lens: str) -> str:
        return {
            "geographic": self.tr("Revenue by territory"),
            "product": self.tr("Revenue by product category"),
            "customer": self.tr("Revenue by account type"),
        }[lens]

    # --- refreshing -----------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.refresh()

    def refresh(self) -> None:
        """Loads the figures of the current context in the background."""
        from salesdesk.dashboard import service

        if self._task is not None:
            self._task.cancel()
            self._task = None
        context = self.context
        if context is None or context.database is None:
            self._shown_database = None
            self._pages.setCurrentWidget(self.empty_page)
            return
        self._pages.setCurrentWidget(self.content_page)
        self._show_loading(context)
        database, period, lens = context.database, context.period, context.lens
        self._task = (
            Op(
                self.tr("Loading the dashboard"),
                lambda *_: service.load_dashboard(database, period, lens),
                parent=self,
            )
            .success(lambda data: self._show(data, context))
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_loading(self, context: AppContext) -> None:
        """Figures of this database already on screen stay there, dimmed, until the new ones
        arrive; the first time the cards say "…"."""
        self.period_label.setText(context.period.label())
        self.scope_label.setText(context.visibility.scope_label())
        self.state_label.setText(self.tr("Loading the figures…"))
        self.state_label.show()
        period = context.period
        self.dates_label.setText(f"{format_date(period.start)} – {format_date(period.end)}")
        if self._shown_database is context.database:
            self._dim(True)
            return
        for card in self.cards.values():
            card.set_value(LOADING)
        self.pipeline_cards.show_loading()
        for chart in (self.trend_chart, self.lens_chart, self.goals_chart, self.members_chart):
            chart.clear(self.tr("Loading…"))

    def _dim(self, dimmed: bool) -> None:
        self._veil.cover(dimmed)

    def is_dimmed(self) -> bool:
        return self._veil.covering

    def _show(self, data: DashboardData, context: AppContext) -> None:
        self._task = None
        self._shown_database = context.database
        self._dim(False)
        period = context.period
        for spec in self._specs:
            kpi = data.kpis[spec.key]
            value = self._format(spec.kind, kpi.value, context)
            card = self.cards[spec.key]
            card.set_value(value, _deltas(spec, kpi, data.against))
            card.set_definition(metric_tip(spec.key, data.rules), self._click_hint())
        self.state_label.hide()
        self.dates_label.setText(self._dates_text(period, data.as_of))
        self.trend_chart.show_chart(_trend_builder(data, context.currency))
        self._show_breakdowns(data.breakdowns, context)
        self.pipeline_cards.set_context(context)  # after the main figures, which come first
        self.loaded.emit()

    def _show_breakdowns(self, breakdowns: Breakdowns, context: AppContext) -> None:
        self._breakdowns = breakdowns
        self.lens_title.setText(self._lens_title(context.lens))
        currency = context.currency
        groups = _bars(breakdowns.lens_groups)
        self.lens_chart.show_chart(lambda: _lens_figure(groups, currency))
        statuses = [
            (str(status), status_text(status), count)
            for status, count in breakdowns.goals_by_status()
        ]
        # "No goals yet" would mislead when the goals lie in other periods
        empty = (
            self.tr("No goals in {period}").format(period=context.period.label(in_text=True))
            if breakdowns.has_goals
            else self.tr("No goals yet")
        )
        self.goals_chart.show_chart(lambda: _goals_figure(statuses, empty))
        top, bottom = _bars(breakdowns.top_members), _bars(breakdowns.bottom_members)
        self.members_chart.show_chart(lambda: _members_figure(top, bottom, currency))

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        self._shown_database = None
        self._dim(False)
        message = self.tr("The dashboard could not be loaded: {error}").format(error=error)
        self.state_label.setText(message)
        for card in self.cards.values():
            card.clear()
        for chart in (self.trend_chart, self.lens_chart, self.goals_chart, self.members_chart):
            chart.clear(message)
        self.status_message.emit(message)

    # --- drill-down -------------------------------------------------------------------------

    def drill_card(self, key: str) -> None:
        """Opens the list behind a KPI card: customers for the customer counts, members for
        the sales figures."""
        from salesdesk.dashboard import service

        context = self.context
        if context is None or context.database is None:
            return
        database, period, title = context.database, context.period, self._card_title(key)
        if key in service.CUSTOMER_CARDS:
            self._open_customers(title, lambda: service.customers_behind(database, key, period))
        else:
            self._open_members(title, None)

    def _card_title(self, key: str) -> str:
        return next(spec.title for spec in self._specs if spec.key == key)

    def _drill_group(self, gid: str) -> None:
        if self.context is None or self._breakdowns is None:
            return
        from salesdesk.dashboard.breakdowns import LENS_BREAKDOWNS

        by = LENS_BREAKDOWNS[self.context.lens]
        name = next((g.name for g in self._breakdowns.lens_groups if str(g.key) == gid), gid)
        title = self.tr("Revenue by member: {group}").format(group=name)
        self._open_members(title, (by, int(gid)) if gid != "None" else None)

    def _drill_member(self, gid: str) -> None:
        from salesdesk.dashboard import service

        context = self.context
        if gid == "None" or self._breakdowns is None or context is None:
            return
        name = next(
            (
                g.name
                for g in (*self._breakdowns.top_members, *self._breakdowns.bottom_members)
                if str(g.key) == gid
            ),
            gid,
        )
        database, period = context.database, context.period
        assert database is not None
        title = self.tr("Customers of {member}").format(member=name)
        self._open_customers(title, lambda: service.customers_of_member(database, period, int(gid)))

    def _drill_goals(self, status: str) -> None:
        if self._breakdowns is None:
            return
        lines = [line for line in self._breakdowns.goals if str(line.progress.status) == status]
        rows: Rows = [
            (
                line.goal.title,
                line.owner,
                format_percent(line.progress.attainment, 0)
                if line.progress.attainment is not None
                else MISSING,
            )
            for line in lines
        ]
        self.last_drill = DrillDownDialog(
            self.tr("Goals: {status}").format(status=status_text(status)),
            [self.tr("Goal"), self.tr("Owner"), self.tr("Of the target")],
            lambda: rows,
            numeric=(2,),
            parent=self,
        )
        self.last_drill.show()

    def _open_customers(self, title: str, load: Callable[[], list[CustomerLine]]) -> None:
        """A list of customers with their owner and revenue; ``load`` runs on a worker."""
        assert self.context is not None
        currency = self.context.currency

        def rows() -> Rows:
            return [
                (line.code, line.name, line.owner, format_money(line.revenue, currency, decimals=0))
                for line in load()
            ]

        headers = [
            self.tr("Code"),
            self.tr("Customer"),
            self.tr("Owner"),
            self.tr("Revenue in the period"),
        ]
        self.last_drill = DrillDownDialog(title, headers, rows, numeric=(3,), parent=self)
        self.last_drill.show()

    def _open_members(self, title: str, group: tuple[str, int] | None) -> None:
        """Each member's revenue and share, within a lens group when given."""
        from salesdesk.dashboard import service

        context = self.context
        assert context is not None and context.database is not None
        database, currency, period = context.database, context.currency, context.period

        def rows() -> Rows:
            return [
                (m.name, format_money(m.revenue, currency, decimals=0), format_percent(m.share))
                for m in service.revenue_by_member(database, period, group)
            ]

        headers = [self.tr("Member"), self.tr("Revenue"), self.tr("Share")]
        self.last_drill = DrillDownDialog(title, headers, rows, numeric=(1, 2), parent=self)
        self.last_drill.show()

    def _dates_text(self, period: Period, as_of: date) -> str:
        """The period's first and last day, and how far a running period has got."""
        dates = f"{format_date(period.start)} – {format_date(period.end)}"
        if as_of >= period.end:
            return dates
        text = self.tr("{dates}; in progress: figures up to {day}, compared with the same days")
        return text.format(dates=dates, day=format_date(as_of))

    @staticmethod
    def _format(kind: str, value: float | None, context: AppContext) -> str:
        if value is None:
            return MISSING
        if kind == "money":
            return format_money(value, context.currency, decimals=0)
        if kind == "rate":
            return format_percent(value)
        return format_number(value)


def _deltas(spec: _CardSpec, kpi: Kpi, against: Sequence[str]) -> list[Delta]:
    """Growth against the comparison periods (the previous one first); for rates, the
    difference in points."""
    rate = spec.kind == "rate"
    changes = (
        (kpi.change_previous, kpi.change_year_ago)
        if rate
        else (kpi.delta_previous, kpi.delta_year_ago)
    )
    return [
        Delta(change, text, points=rate) for change, text in zip(changes, against, strict=False)
    ]


def _trend_builder(data: DashboardData, currency: str) -> FigureBuilder:
    def build() -> Figure:
        from salesdesk.dashboard.charts import revenue_trend_figure
        from salesdesk.metrics.clock import running_month

        return revenue_trend_figure(
            data.months,
            data.this_year,
            data.last_year,
            currency=currency,
            running_month=running_month(data.as_of),
        )

    return build


def _framed(widget: QWidget) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(widget)
    return frame


class PickableChart(ChartCanvas):
    """A chart whose bars can be clicked: emits the gid of the bar picked."""

    picked = Signal(str)

    def _install(self, figure: Figure) -> None:
        super()._install(figure)
        self._canvas.mpl_connect("pick_event", self._on_pick)
        self._canvas.setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_pick(self, event: object) -> None:
        gid = getattr(getattr(event, "artist", None), "get_gid", lambda: None)()
        if gid is not None:
            self.picked.emit(str(gid))


Bar = tuple[str, str, int]  # the bar's gid, its label, its revenue


def _bars(groups: list[GroupRevenue]) -> list[Bar]:
    return [(str(g.key), g.name, g.revenue) for g in groups]


# The chart builders import matplotlib: they load with the first chart, not at start-up.


def _lens_figure(groups: list[Bar], currency: str) -> Figure:
    from salesdesk.dashboard.charts import revenue_by_group_figure

    return revenue_by_group_figure(groups, currency=currency)


def _goals_figure(statuses: list[tuple[str, str, int]], empty_text: str) -> Figure:
    from salesdesk.dashboard.charts import goals_by_status_figure

    return goals_by_status_figure(statuses, empty_text=empty_text)


def _members_figure(top: list[Bar], bottom: list[Bar], currency: str) -> Figure:
    from salesdesk.dashboard.charts import top_bottom_members_figure

    return top_bottom_members_figure(top, bottom, currency=currency)
