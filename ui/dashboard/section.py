"""The Dashboard (SPEC §4): KPI cards for the shared period, the 24-month revenue trend,
revenue by the lens dimension, goals by status and the top and bottom members.

The figures come from :mod:`salesdesk.metrics` (through the stored aggregates while they are
current) and :mod:`salesdesk.dashboard.breakdowns`, loaded by a background task; the page shows a
loading state meanwhile and an empty state when no database is open. A click on a card or on a bar
opens the list behind it. When the aggregates are out of date (after an edit or an import) and
the file is writable, the page first brings them up to date in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
from salesdesk.periods import Period, add_months, month_start

from ui.dashboard.drill import DrillDownDialog, Rows
from ui.goals.words import status_text
from ui.pipeline.dashboard_cards import PipelineCards
from ui.section import AppContext, Section
from ui.tasks import Task, run_in_background
from ui.widgets.chart_canvas import ChartCanvas, FigureBuilder
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.engine import Connection

    from salesdesk.dashboard.breakdowns import Breakdowns, CustomerLine
    from salesdesk.metrics.kpis import Kpi
    from salesdesk.metrics.sales import GroupRevenue
    from salesdesk.store.db import Database

CARD_COLUMNS = 4
TREND_MONTHS = 12  # each year of the this-year-against-last comparison
LOADING = "…"


@dataclass(frozen=True)
class DashboardData:
    """What one refresh of the dashboard shows."""

    kpis: dict[str, Kpi]
    as_of: date  # the period's last day, or today while it runs
    months: list[date]  # the last TREND_MONTHS months, ending with the month of ``as_of``
    this_year: list[int]  # revenue of each month, minor units
    last_year: list[int]  # revenue of the same month one year earlier
    breakdowns: Breakdowns  # of the elapsed part of the period


def load_dashboard(database: Database, period: Period, lens: str = "geographic") -> DashboardData:
    """Reads the dashboard's figures; runs on a worker thread. Brings the stored aggregates
    up to date first when they are stale and the file is writable."""
    from salesdesk.dashboard.breakdowns import dashboard_breakdowns
    from salesdesk.metrics import aggregates, clock
    from salesdesk.metrics.clock import closing_day, elapsed_part
    from salesdesk.metrics.kpis import dashboard_kpis
    from salesdesk.metrics.sales import monthly_revenue

    if not database.read_only:
        with database.read() as conn:
            stale = aggregates.built(conn) is None
        if stale:
            with database.write() as conn:
                aggregates.refresh(conn)
    as_of = closing_day(period)
    first_month = add_months(month_start(as_of), -(2 * TREND_MONTHS - 1))
    with database.read() as conn:
        kpis = dashboard_kpis(conn, period)
        revenue = monthly_revenue(conn, first_month, 2 * TREND_MONTHS)
        elapsed = elapsed_part(period)
        breakdowns = dashboard_breakdowns(conn, elapsed, lens, clock.today())
    earlier, recent = revenue[:TREND_MONTHS], revenue[TREND_MONTHS:]
    return DashboardData(
        kpis=kpis,
        as_of=as_of,
        months=[month for month, _ in recent],
        this_year=[amount for _, amount in recent],
        last_year=[amount for _, amount in earlier],
        breakdowns=breakdowns,
    )


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
        self.dates_label = QLabel()
        mute(self.dates_label)
        self.state_label = QLabel()
        mute(self.state_label)
        self.state_label.setWordWrap(True)
        cards = QGridLayout()
        cards.setSpacing(8)
        self._specs = self._card_specs()
        for position, spec in enumerate(self._specs):
            card = KpiCard(spec.title, higher_is_better=spec.higher_is_better)
            card.setCursor(Qt.CursorShape.PointingHandCursor)
            card.setToolTip(self.tr("Click to see the list behind this number"))
            card.installEventFilter(self)
            self.cards[spec.key] = card
            cards.addWidget(card, *divmod(position, CARD_COLUMNS))
        self.trend_chart = ChartCanvas(minimum_height=280)
        self.trend_chart.setAccessibleName(self.tr("Revenue trend"))
        trend_title = QLabel(self.tr("Revenue by month: the last 12 months against a year earlier"))
        scale_font(trend_title, 1.1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.period_label)
        layout.addWidget(self.dates_label)
        layout.addWidget(self.state_label)
        layout.addLayout(cards)
        self.pipeline_cards = PipelineCards()
        layout.addWidget(self.pipeline_cards)
        layout.addSpacing(12)
        layout.addWidget(trend_title)
        layout.addWidget(_framed(self.trend_chart), 1)
        layout.addLayout(self._build_breakdown_charts())
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
        if self._task is not None:
            self._task.cancel()
            self._task = None
        context = self.context
        if context is None or context.database is None:
            self._pages.setCurrentWidget(self.empty_page)
            return
        self._pages.setCurrentWidget(self.content_page)
        self._show_loading(context.period)
        self.pipeline_cards.show_loading()
        database, period, lens = context.database, context.period, context.lens
        self._task = run_in_background(
            self.tr("Loading the dashboard"),
            lambda _progress, _cancelled: load_dashboard(database, period, lens),
            on_success=lambda data: self._show(data, context),
            on_failure=self._show_failure,
            parent=self,
        )

    def _show_loading(self, period: Period) -> None:
        self.period_label.setText(period.label())
        self.dates_label.clear()
        self.state_label.setText(self.tr("Loading the figures…"))
        self.state_label.show()
        for card in self.cards.values():
            card.set_value(LOADING)
        for chart in (self.trend_chart, self.lens_chart, self.goals_chart, self.members_chart):
            chart.clear(self.tr("Loading…"))

    def _show(self, data: DashboardData, context: AppContext) -> None:
        self._task = None
        period = context.period
        # a year's previous period is the year before: compared once, not twice
        against = [self.tr("vs {period}").format(period=p.label()) for p in period.comparisons()]
        for spec in self._specs:
            kpi = data.kpis[spec.key]
            value = self._format(spec.kind, kpi.value, context)
            self.cards[spec.key].set_value(value, _deltas(spec, kpi, against))
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
        self.lens_chart.show_chart(
            lambda: _figure("revenue_by_group_figure", groups, currency=currency)
        )
        statuses = [
            (str(status), status_text(status), count)
            for status, count in breakdowns.goals_by_status()
        ]
        # "No goals yet" would mislead when the goals lie in other periods
        empty = (
            self.tr("No goals in {period}").format(period=context.period.label())
            if breakdowns.has_goals
            else self.tr("No goals yet")
        )
        self.goals_chart.show_chart(
            lambda: _figure("goals_by_status_figure", statuses, empty_text=empty)
        )
        top, bottom = _bars(breakdowns.top_members), _bars(breakdowns.bottom_members)
        self.members_chart.show_chart(
            lambda: _figure("top_bottom_members_figure", top, bottom, currency=currency)
        )

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        message = self.tr("The dashboard could not be loaded: {error}").format(error=error)
        self.state_label.setText(message)
        for card in self.cards.values():
            card.clear()
        for chart in (self.trend_chart, self.lens_chart, self.goals_chart, self.members_chart):
            chart.clear(message)
        self.status_message.emit(message)

    # --- drill-down -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            for key, card in self.cards.items():
                if watched is card:
                    self.drill_card(key)
                    return True
        return super().eventFilter(watched, event)

    def drill_card(self, key: str) -> None:
        """Opens the list behind a KPI card: customers for the customer counts, members for
        the sales figures."""
        context = self.context
        if context is None or context.database is None:
            return
        period, title = context.period, self._card_title(key)
        customers = {
            "new_customers": _new_customers,
            "conversion_rate": _new_customers,
            "lost_customers": _lost_customers,
            "retention_rate": _lost_customers,
            "at_risk": _at_risk_customers,
        }
        if key in customers:
            ids = customers[key]
            self._open_customers(title, lambda conn: _lines(conn, ids(conn, period), period))
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
        field = {
            "territory": "territory_id",
            "category": "category_id",
            "account-type": "account_type_id",
        }[by]
        scope_values = {field: int(gid)} if gid != "None" else None
        title = self.tr("Revenue by member: {group}").format(group=name)
        self._open_members(title, scope_values)

    def _drill_member(self, gid: str) -> None:
        if gid == "None" or self._breakdowns is None:
            return
        name = next(
            (
                g.name
                for g in (*self._breakdowns.top_members, *self._breakdowns.bottom_members)
                if str(g.key) == gid
            ),
            gid,
        )
        period = self._elapsed()
        title = self.tr("Customers of {member}").format(member=name)

        def load(conn: Connection) -> list[CustomerLine]:
            from salesdesk.dashboard.breakdowns import customers_of
            from salesdesk.metrics.scope import Scope

            return customers_of(conn, period, Scope(member_id=int(gid)))

        self._open_customers(title, load)

    def _drill_goals(self, status: str) -> None:
        if self._breakdowns is None:
            return
        lines = [line for line in self._breakdowns.goals if str(line.progress.status) == status]
        rows = [
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

    def _elapsed(self) -> Period:
        from salesdesk.metrics.clock import elapsed_part

        assert self.context is not None
        return elapsed_part(self.context.period)

    def _open_customers(self, title: str, load: Callable[[Connection], list[CustomerLine]]) -> None:
        assert self.context is not None and self.context.database is not None
        database, currency = self.context.database, self.context.currency

        def rows() -> Rows:
            with database.read() as conn:
                lines = load(conn)
            return [
                (line.code, line.name, line.owner, format_money(line.revenue, currency, decimals=0))
                for line in lines
            ]

        headers = [
            self.tr("Code"),
            self.tr("Customer"),
            self.tr("Owner"),
            self.tr("Revenue in the period"),
        ]
        self.last_drill = DrillDownDialog(title, headers, rows, numeric=(3,), parent=self)
        self.last_drill.show()

    def _open_members(self, title: str, scope_values: dict[str, int] | None) -> None:
        assert self.context is not None and self.context.database is not None
        database, currency, period = self.context.database, self.context.currency, self._elapsed()

        def rows() -> Rows:
            from salesdesk.metrics.sales import revenue_breakdown
            from salesdesk.metrics.scope import Scope

            with database.read() as conn:
                groups = revenue_breakdown(conn, period, "member", Scope(**(scope_values or {})))
            total = sum(g.revenue for g in groups)
            return [
                (
                    g.name,
                    format_money(g.revenue, currency, decimals=0),
                    format_percent(g.revenue / total if total else None),
                )
                for g in groups
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


def _deltas(spec: _CardSpec, kpi: Kpi, against: list[str]) -> list[Delta]:
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

        return revenue_trend_figure(data.months, data.this_year, data.last_year, currency=currency)

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


def _bars(groups: list[GroupRevenue]) -> list[tuple[str, str, int]]:
    return [(str(g.key), g.name, g.revenue) for g in groups]


def _figure(builder: str, *args: object, **kwargs: object) -> Figure:
    from salesdesk.dashboard import charts

    figure: Figure = getattr(charts, builder)(*args, **kwargs)
    return figure


# The customers behind the customer cards; each runs on a worker thread.


def _new_customers(conn: Connection, period: Period) -> list[int]:
    from salesdesk.metrics.clock import elapsed_part
    from salesdesk.metrics.status import new_customer_ids

    return new_customer_ids(conn, elapsed_part(period))


def _lost_customers(conn: Connection, period: Period) -> list[int]:
    from salesdesk.metrics.clock import elapsed_part
    from salesdesk.metrics.status import lost_customer_ids

    return lost_customer_ids(conn, elapsed_part(period))


def _at_risk_customers(conn: Connection, period: Period) -> list[int]:
    from salesdesk.metrics.clock import closing_day
    from salesdesk.metrics.status import at_risk_customer_ids

    return at_risk_customer_ids(conn, closing_day(period))


def _lines(conn: Connection, ids: list[int], period: Period) -> list[CustomerLine]:
    from salesdesk.dashboard.breakdowns import customer_lines
    from salesdesk.metrics.clock import elapsed_part

    return customer_lines(conn, ids, elapsed_part(period))
