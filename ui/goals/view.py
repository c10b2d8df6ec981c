"""One goal in detail (SPEC §4 Goals, §5 Charts): its figures and status, the SMART card,
the burn-up chart, the contribution of each member and its check-ins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import format_date, format_number, format_percent
from salesdesk.goals.status import STATUS_COLOURS

from ui.goals.smart_panel import SmartPanel
from ui.goals.words import status_text
from ui.widgets.chart_canvas import ChartCanvas, FigureBuilder
from ui.widgets.kpi_card import KpiCard
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from salesdesk.goals.detail import Checkin, GoalDetail

CHECKIN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_COLUMNS = 2


class GoalView(QScrollArea):
    """Shows a :class:`~salesdesk.goals.detail.GoalDetail`; asks for check-in edits by signal."""

    add_checkin = Signal()
    edit_checkin = Signal(int)  # check-in id
    delete_checkin = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title_label = QLabel()
        scale_font(self.title_label, 1.4)
        self.title_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        mute(self.summary_label)
        self.status_label = QLabel()
        self.cards = {
            "target": KpiCard(self.tr("Target")),
            "actual": KpiCard(self.tr("Actual to date")),
            "expected": KpiCard(self.tr("Expected to date")),
            "forecast": KpiCard(self.tr("Forecast at the end")),
            "pipeline": KpiCard(self.tr("Pipeline coverage")),
        }
        cards = QGridLayout()
        for position, card in enumerate(self.cards.values()):
            cards.addWidget(card, *divmod(position, CARD_COLUMNS))
        self.smart_panel = SmartPanel()
        self.burn_up_chart = ChartCanvas(minimum_height=260)
        self.burn_up_chart.setAccessibleName(self.tr("Burn-up chart"))
        self.contribution_table = _table(
            [self.tr("Member"), self.tr("Contribution"), self.tr("Share")]
        )
        self.contribution_note = QLabel()
        mute(self.contribution_note)
        self.checkin_table = _table([self.tr("Date"), self.tr("Value"), self.tr("Note")])
        self.checkin_table.itemSelectionChanged.connect(self._update_buttons)
        self.checkin_table.doubleClicked.connect(lambda _index: self._edit_selected())
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.status_label)
        layout.addLayout(cards)
        layout.addWidget(_heading(self.tr("Burn-up")))
        layout.addWidget(self.burn_up_chart)
        layout.addWidget(_heading(self.tr("SMART check")))
        layout.addWidget(self.smart_panel)
        layout.addWidget(_heading(self.tr("Contribution by member")))
        layout.addWidget(self.contribution_note)
        layout.addWidget(self.contribution_table)
        layout.addWidget(_heading(self.tr("Check-ins")))
        layout.addWidget(self.checkin_table)
        layout.addLayout(self._checkin_buttons())
        layout.addStretch(1)
        self.setWidget(content)

    def _checkin_buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add check-in…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_checkin)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self._update_buttons()
        return row

    # --- showing ----------------------------------------------------------------------------

    def show_detail(self, detail: GoalDetail, *, read_only: bool) -> None:
        from salesdesk.goals.goal import format_value

        goal, progress, currency = detail.goal, detail.progress, detail.currency
        self.title_label.setText(goal.title)
        self.summary_label.setText(self._summary(detail))
        colour = STATUS_COLOURS[progress.status]
        self.status_label.setText(
            f"<span style='color:{colour}'>●</span> <b>{status_text(progress.status)}</b>"
            + (
                " — "
                + self.tr("{share} of the target").format(
                    share=format_percent(progress.attainment, 0)
                )
                if progress.attainment is not None
                else ""
            )
        )
        values = {
            "target": goal.target_value,
            "actual": progress.actual,
            "expected": progress.expected,
            "forecast": progress.forecast,
        }
        for key, card in self.cards.items():
            if key in values:
                card.set_value(format_value(goal, values[key], currency))
        self._show_pipeline(detail)
        self.smart_panel.show_report(detail.smart)
        self.burn_up_chart.show_chart(_burn_up_builder(detail))
        self._show_contributions(detail)
        self._show_checkins(detail)
        self.add_button.setEnabled(not read_only)
        self._read_only = read_only
        self._update_buttons()

    def _show_pipeline(self, detail: GoalDetail) -> None:
        """The share of the gap the open deals are expected to close before the end."""
        from salesdesk.goals.goal import format_value

        card, coverage = self.cards["pipeline"], detail.pipeline
        card.setVisible(coverage is not None)
        if coverage is None:
            return
        ratio = coverage.ratio
        card.set_value(format_percent(ratio, 0) if ratio is not None else self.tr("reached"))
        card.setToolTip(
            self.tr(
                "Expected from the open deals before the end: {expected} of the {gap} still "
                "missing."
            ).format(
                expected=format_value(detail.goal, coverage.expected, detail.currency),
                gap=format_value(detail.goal, max(coverage.gap, 0), detail.currency),
            )
        )

    def _summary(self, detail: GoalDetail) -> str:
        from salesdesk.goals.goal import metric_name

        goal = detail.goal
        unit = goal.manual_unit if goal.is_manual else metric_name(goal.metric)
        parts = [unit, f"{format_date(goal.start_on)} – {format_date(goal.end_on)}"]
        if goal.description:
            parts.append(goal.description)
        return " · ".join(part for part in parts if part)

    def _show_contributions(self, detail: GoalDetail) -> None:
        from salesdesk.goals.goal import format_value

        rows = detail.contributions
        total = sum(c.value for c in rows)
        self.contribution_table.setRowCount(len(rows))
        for row, contribution in enumerate(rows):
            texts = (
                contribution.name,
                format_value(detail.goal, contribution.value, detail.currency),
                format_percent(contribution.value / total if total else None, 0),
            )
            for column, text in enumerate(texts):
                self.contribution_table.setItem(row, column, _cell(text, numeric=column > 0))
        if not detail.goal.is_additive:
            self.contribution_note.setText(
                self.tr("Rates and averages do not split by member; the chart shows the level.")
            )
        elif not rows:
            self.contribution_note.setText(self.tr("No contributions yet."))
        self.contribution_note.setVisible(not rows)
        self.contribution_table.setVisible(bool(rows))
        _fit_height(self.contribution_table)

    def _show_checkins(self, detail: GoalDetail) -> None:
        self.checkin_table.setRowCount(len(detail.checkins))
        for row, checkin in enumerate(detail.checkins):
            texts = (format_date(checkin.day), _checkin_value(checkin), checkin.note)
            for column, text in enumerate(texts):
                item = _cell(text, numeric=column == 1)
                item.setData(CHECKIN_ID_ROLE, checkin.id)
                self.checkin_table.setItem(row, column, item)
        _fit_height(self.checkin_table)

    # --- check-in buttons -------------------------------------------------------------------

    def selected_checkin(self) -> int | None:
        items = self.checkin_table.selectedItems()
        return items[0].data(CHECKIN_ID_ROLE) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_checkin() is not None and not getattr(self, "_read_only", True)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit_selected(self) -> None:
        if (checkin_id := self.selected_checkin()) is not None and not self._read_only:
            self.edit_checkin.emit(checkin_id)

    def _delete_selected(self) -> None:
        if (checkin_id := self.selected_checkin()) is not None:
            self.delete_checkin.emit(checkin_id)


def _checkin_value(checkin: Checkin) -> str:
    return (
        ""
        if checkin.value is None
        else format_number(checkin.value, 0 if checkin.value.is_integer() else 1)
    )


def _burn_up_builder(detail: GoalDetail) -> FigureBuilder:
    from salesdesk.goals.goal import MONEY_METRICS, RATE_METRICS

    metric, burn_up = detail.goal.metric, detail.burn_up
    kind = "money" if metric in MONEY_METRICS else "rate" if metric in RATE_METRICS else "count"

    def build() -> Figure:
        from salesdesk.goals.charts import burn_up_figure

        return burn_up_figure(
            burn_up.actual,
            burn_up.expected,
            burn_up.target,
            burn_up.forecast,
            kind=kind,  # type: ignore[arg-type]
            currency=detail.currency,
        )

    return build


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.1)
    return label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _cell(text: str, *, numeric: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fit_height(table: QTableWidget) -> None:
    """All rows visible: the page scrolls, not the table."""
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2)
