"""Retention: retention and churn by month, cohorts by first-purchase month, the RFM tiers and
what each means, acquisition against retention cost, and the customers at risk by revenue at
stake (Enter or a double-click opens the customer)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.customers import service
from salesdesk.customers.words import rfm_tier_explanations, rfm_tier_names
from salesdesk.formatting import MISSING, format_date, format_money, format_number

from ui.tasks import Op, Task
from ui.widgets.chart_canvas import ChartCanvas
from ui.widgets.definitions import set_header_tips
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.customers.listing import CustomerRow
    from salesdesk.customers.retention import CostComparison
    from salesdesk.customers.service import RetentionFigures
    from salesdesk.periods import Period
    from salesdesk.store.db import Database

MONTHS = 12
QUARTERS = 4
AT_RISK_ROWS = 50
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# the at-risk table's columns: the glossary term each header explains, and the figures
_AT_RISK_TERMS = (None, None, None, None, "revenue_at_stake", None, "at_risk")
_AT_RISK_FIGURES = (3, 4, 5)


class RetentionPage(QWidget):
    """Charts over the last 12 months and the at-risk list."""

    open_customer = Signal(int, str)  # id, code
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._currency = "RUB"
        self.status = QLabel()
        mute(self.status)
        self.retention_chart = ChartCanvas(minimum_height=220)
        self.cohort_chart = ChartCanvas(minimum_height=300)
        self.tier_chart = ChartCanvas(minimum_height=220)
        self.cost_chart = ChartCanvas(minimum_height=220)
        self.tier_notes = QLabel()
        self.tier_notes.setWordWrap(True)
        self.tier_notes.setTextFormat(Qt.TextFormat.RichText)
        self.cost_note = QLabel()
        self.cost_note.setWordWrap(True)
        self.at_risk = self._build_at_risk_table()
        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(
            self._group(self.tr("Retention and churn by month"), self.retention_chart), 0, 0
        )
        grid.addWidget(
            self._group(
                self.tr("Acquisition cost against retention cost"), self.cost_chart, self.cost_note
            ),
            0,
            1,
        )
        grid.addWidget(
            self._group(self.tr("Cohorts by first-purchase month"), self.cohort_chart), 1, 0
        )
        grid.addWidget(self._group(self.tr("RFM tiers"), self.tier_chart, self.tier_notes), 1, 1)
        grid.addWidget(
            self._group(self.tr("At risk, by revenue at stake"), self.at_risk), 2, 0, 1, 2
        )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    @staticmethod
    def _group(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _build_at_risk_table(self) -> QTableWidget:
        table = QTableWidget(0, len(_AT_RISK_TERMS))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Owner"),
                self.tr("Last sale"),
                self.tr("Days since sale"),
                self.tr("Revenue at stake (12 months)"),
                self.tr("Lifetime revenue"),
                self.tr("Why at risk"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(280)
        table.setToolTip(self.tr("Double-click a customer, or press Enter, to open them"))
        # Not on a single click: the click would switch to the list, where the second click
        # of a double-click then landed and opened another customer.
        table.activated.connect(self._on_activated)
        return table

    def refresh(self, database: Database | None, period: Period, currency: str) -> None:
        if self._task is not None:
            self._task.cancel()
        self._currency = currency
        if database is None:
            return
        self.status.setText(
            self.tr("Computing retention for the 12 months up to {month}…").format(
                month=period.label(in_text=True)
            )
        )
        self._task = (
            Op(
                self.tr("Computing retention"),
                lambda *_: service.retention_figures(
                    database,
                    period,
                    date.today(),
                    months=MONTHS,
                    quarters=QUARTERS,
                    at_risk=AT_RISK_ROWS,
                ),
                parent=self,
            )
            .success(self._show)
            .failure(lambda error: self.status.setText(str(error)))
            .run_in_background()
        )

    def _show(self, figures: RetentionFigures) -> None:
        from salesdesk.customers import charts

        self._task = None
        self.status.setText(
            self.tr("The 12 months up to {month}").format(
                month=figures.flows[-1].month.label(in_text=True) if figures.flows else MISSING
            )
        )
        months = [f.month.start for f in figures.flows]
        self.retention_chart.show_chart(
            lambda: charts.retention_figure(
                months,
                [f.flow.retention_rate for f in figures.flows],
                [f.flow.churn_rate for f in figures.flows],
                figures.running_month,
            )
        )
        self.cohort_chart.show_chart(lambda: charts.cohort_figure(figures.cohorts))
        names = rfm_tier_names()  # in tier order
        self.tier_chart.show_chart(
            lambda: charts.bar_figure(list(names.values()), [figures.tiers[t] for t in names])
        )
        explanations = rfm_tier_explanations()
        self.tier_notes.setText(
            "<br>".join(f"<b>{names[t]}</b> — {explanations[t]}" for t in names)
        )
        currency = self._currency
        self.cost_chart.show_chart(
            lambda: charts.cost_figure(
                [c.period.label() for c in figures.costs],
                [c.acquisition_cost for c in figures.costs],
                [c.retention_cost for c in figures.costs],
                currency=currency,
            )
        )
        self.cost_note.setText(self._cost_sentence(figures.costs))
        self._show_at_risk(figures.at_risk)
        self.loaded.emit()

    def _cost_sentence(self, costs: list[CostComparison]) -> str:
        latest = next((c for c in reversed(costs) if c.ratio is not None), None)
        if latest is None:
            return self.tr(
                "Record acquisition and retention spend per channel to compare the costs."
            )
        return self.tr(
            "In {period} a new customer cost {cac}, keeping one {kept}: {ratio}× as much."
        ).format(
            period=latest.period.label(),
            cac=format_money(latest.acquisition_cost, self._currency, decimals=0),
            kept=format_money(latest.retention_cost, self._currency, decimals=0),
            ratio=format_number(latest.ratio, 1),
        )

    def _show_at_risk(self, rows: list[CustomerRow]) -> None:
        from salesdesk.metrics.status import describe_reasons

        set_header_tips(self.at_risk, _AT_RISK_TERMS)  # here: the glossary is heavy to import
        self.at_risk.setRowCount(len(rows))
        for position, row in enumerate(rows):
            cells = [
                row.name,
                row.owner or MISSING,
                format_date(row.last_sale),
                format_number(row.days_since_sale),
                format_money(row.revenue_365, self._currency, decimals=0),
                format_money(row.lifetime_revenue, self._currency, decimals=0),
                describe_reasons(row.risk),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (row.id, row.code))
                item.setToolTip(text)
                if column in _AT_RISK_FIGURES:
                    item.setTextAlignment(_RIGHT)
                self.at_risk.setItem(position, column, item)
        self.at_risk.resizeColumnsToContents()

    def _on_activated(self, index: QModelIndex) -> None:
        item = self.at_risk.item(index.row(), 0)
        if item is not None:
            customer_id, code = item.data(Qt.ItemDataRole.UserRole)
            self.open_customer.emit(customer_id, code)
