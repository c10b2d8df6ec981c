"""The Dashboard (SPEC §4): KPI cards for the shared period and the 24-month revenue trend.

The figures come from :func:`salesdesk.metrics.dashboard_kpis` and
:func:`salesdesk.metrics.monthly_revenue`, loaded by a background task; the page shows a loading
state meanwhile and an empty state when no database is open. Goals by status, the lens breakdown
and drill-down arrive with a later issue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
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

from ui.sections.base import AppContext, Section
from ui.tasks import Task, run_in_background
from ui.widgets.chart_canvas import ChartCanvas, FigureBuilder
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from salesdesk.db import Database
    from salesdesk.metrics import Kpi

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


def load_dashboard(database: Database, period: Period) -> DashboardData:
    """Reads the dashboard's figures; runs on a worker thread."""
    from salesdesk import charts, metrics  # noqa: F401  (matplotlib loads off the GUI thread)

    as_of = metrics.closing_day(period)
    first_month = add_months(month_start(as_of), -(2 * TREND_MONTHS - 1))
    with database.read() as conn:
        kpis = metrics.dashboard_kpis(conn, period)
        revenue = metrics.monthly_revenue(conn, first_month, 2 * TREND_MONTHS)
    earlier, recent = revenue[:TREND_MONTHS], revenue[TREND_MONTHS:]
    return DashboardData(
        kpis=kpis,
        as_of=as_of,
        months=[month for month, _ in recent],
        this_year=[amount for _, amount in recent],
        last_year=[amount for _, amount in earlier],
    )


@dataclass(frozen=True)
class _CardSpec:
    key: str  # of metrics.dashboard_kpis
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
        layout.addSpacing(12)
        layout.addWidget(trend_title)
        layout.addWidget(_framed(self.trend_chart), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

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
        database, period = context.database, context.period
        self._task = run_in_background(
            self.tr("Loading the dashboard"),
            lambda _progress, _cancelled: load_dashboard(database, period),
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
        self.trend_chart.clear(self.tr("Loading…"))

    def _show(self, data: DashboardData, context: AppContext) -> None:
        self._task = None
        period = context.period
        against = (
            self.tr("vs {period}").format(period=period.previous().label()),
            self.tr("vs {period}").format(period=period.year_ago().label()),
        )
        for spec in self._specs:
            kpi = data.kpis[spec.key]
            value = self._format(spec.kind, kpi.value, context)
            self.cards[spec.key].set_value(value, _deltas(spec, kpi, against))
        self.state_label.hide()
        self.dates_label.setText(self._dates_text(period, data.as_of))
        self.trend_chart.show_chart(_trend_builder(data, context.currency))
        self.loaded.emit()

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        message = self.tr("The dashboard could not be loaded: {error}").format(error=error)
        self.state_label.setText(message)
        for card in self.cards.values():
            card.clear()
        self.trend_chart.clear(message)
        self.status_message.emit(message)

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


def _deltas(spec: _CardSpec, kpi: Kpi, against: tuple[str, str]) -> tuple[Delta, Delta]:
    """Growth against both comparison periods; for rates, the difference in points."""
    if spec.kind != "rate":
        return (Delta(kpi.delta_previous, against[0]), Delta(kpi.delta_year_ago, against[1]))
    return (
        Delta(kpi.change_previous, against[0], points=True),
        Delta(kpi.change_year_ago, against[1], points=True),
    )


def _trend_builder(data: DashboardData, currency: str) -> FigureBuilder:
    def build() -> Figure:
        from salesdesk.charts import revenue_trend_figure

        return revenue_trend_figure(data.months, data.this_year, data.last_year, currency=currency)

    return build


def _framed(widget: QWidget) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(widget)
    return frame
