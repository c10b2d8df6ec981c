"""The detail pane of the Team section: the selected team or member with its KPIs for the
shared period, its customers by status, its goals and what it covers.

A team's figures cover its sub-teams. Sales count for the member credited with them; customers
(current accounts, statuses) for their owner — :mod:`salesdesk.metrics` defines both.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
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
from salesdesk.team.tree import MemberNode, TeamNode

from ui.pipeline.member_table import MemberPipelineTable
from ui.widgets.definitions import metric_tip
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.periods import Period
    from salesdesk.team.coverage import HeldItem
    from salesdesk.team.service import NodeDetail
    from salesdesk.team.tree import OwnedGoal

    from ui.section import AppContext
    from ui.team.tree_model import TeamTreeModel

Node = TeamNode | MemberNode
CARD_COLUMNS = 3
LOADING = "…"
# As salesdesk.goals.goal has them, which the start-up must not import (it loads SQLAlchemy).
MONEY_GOALS = ("revenue", "average_order_value", "gross_margin", "pipeline_created")
RATE_GOALS = ("retention_rate", "churn_rate", "conversion_rate", "win_rate")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 1.1)
    return label


_TERMS = {"current_accounts": "current_customers"}  # a card's key -> its glossary term


class DetailPane(QScrollArea):
    """The selected node's header, KPI cards, customers, goals and coverage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        self.name_label = QLabel()
        scale_font(self.name_label, 1.5)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.note_label = QLabel()
        mute(self.note_label)
        self.note_label.setWordWrap(True)
        self.period_label = _heading("")
        self.cards = {key: KpiCard(title) for key, title in self._card_titles().items()}
        cards = QGridLayout()
        cards.setSpacing(8)
        for position, card in enumerate(self.cards.values()):
            cards.addWidget(card, *divmod(position, CARD_COLUMNS))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.goals_table = self._build_goals_table()
        self.no_goals_label = QLabel(self.tr("No goals are set for them yet."))
        mute(self.no_goals_label)
        self.pipeline_table = MemberPipelineTable()
        self.no_pipeline_label = QLabel(self.tr("No deals in this period."))
        mute(self.no_pipeline_label)
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        for widget in (self.name_label, self.subtitle_label, self.note_label):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.period_label)
        layout.addLayout(cards)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Customers")))
        layout.addWidget(self.status_label)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Goals")))
        layout.addWidget(self.goals_table)
        layout.addWidget(self.no_goals_label)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Pipeline")))
        layout.addWidget(self.pipeline_table)
        layout.addWidget(self.no_pipeline_label)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Coverage")))
        layout.addWidget(self.coverage_label)
        layout.addStretch(1)
        self.setWidget(page)

    def _card_titles(self) -> dict[str, str]:
        return {
            "revenue": self.tr("Revenue"),
            "orders": self.tr("Orders"),
            "average_order_value": self.tr("Average order value"),
            "new_customers": self.tr("New customers"),
            "current_accounts": self.tr("Current accounts"),
        }

    def _build_goals_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Goal"), self.tr("Metric"), self.tr("Target"), self.tr("Dates")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        table.setAccessibleName(self.tr("Goals"))
        return table

    # --- the header -----------------------------------------------------------------------

    def show_node(self, node: Node, model: TeamTreeModel) -> None:
        for key, card in self.cards.items():  # here, not at start-up: the glossary is heavy
            card.set_definition(metric_tip(_TERMS.get(key, key)))
        self.name_label.setText(node.name)
        if isinstance(node, TeamNode):
            self.subtitle_label.setText(self._team_subtitle(node, model))
            self.note_label.hide()
        else:
            self.subtitle_label.setText(self._member_subtitle(node, model))
            self._show_member_note(node)

    def _team_subtitle(self, team: TeamNode, model: TeamTreeModel) -> str:
        today = date.today()
        active = sum(not m.has_left(today) for m in team.all_members())
        parts = [self.tr("Team"), self.tr("%n active member(s)", "", active)]
        lead = model.member(team.lead_member_id)
        if lead is not None:
            parts.insert(1, self.tr("Lead: {name}").format(name=lead.name))
        return " · ".join(parts)

    def _member_subtitle(self, member: MemberNode, model: TeamTreeModel) -> str:
        parts = [model.role_label(member.role)]
        team = model.index_of_team(member.team_id or -1)
        if team.isValid():
            parts.append(team.data())
        boss = model.member(member.reports_to_id)
        if boss is not None:
            parts.append(self.tr("reports to {name}").format(name=boss.name))
        if member.email:
            parts.append(member.email)
        return " · ".join(parts)

    def _show_member_note(self, member: MemberNode) -> None:
        left = member.has_left(date.today())
        if left:
            self.note_label.setText(
                self.tr("Left on {date}; the figures are kept in the history.").format(
                    date=format_date(member.left_on)
                )
            )
        self.note_label.setVisible(left)

    # --- the figures ----------------------------------------------------------------------

    def show_loading(self, period: Period) -> None:
        self.period_label.setText(period.label())
        for card in self.cards.values():
            card.set_value(LOADING)

    def show_detail(self, detail: NodeDetail, node: Node, context: AppContext) -> None:
        self.period_label.setText(detail.heading)
        against = detail.against
        for key, card in self.cards.items():
            kpi = detail.figures[key]
            card.set_value(
                _format_kpi(key, kpi.value, context.currency), [Delta(kpi.delta_previous, against)]
            )
        self.status_label.setText(self._statuses_text(detail.statuses, node))
        self._show_goals(detail.goals, context.currency)
        self.pipeline_table.show_groups(detail.pipeline, context.currency)
        self.pipeline_table.setVisible(bool(detail.pipeline))
        self.no_pipeline_label.setVisible(not detail.pipeline)
        self.coverage_label.setText(self._coverage_text(detail.coverage))

    def _statuses_text(self, statuses: dict[str, int], node: Node) -> str:
        parts = [
            self.tr("%n current", "", statuses["current"]),
            self.tr("%n prospect(s)", "", statuses["prospect"]),
            self.tr("%n lost", "", statuses["lost"]),
        ]
        text = " · ".join(parts)
        if isinstance(node, MemberNode) and node.capacity is not None:
            capacity = self.tr("Capacity: up to %n current account(s)", "", node.capacity)
            text += f"\n{capacity}"
            if statuses["current"] > node.capacity:
                text += " — " + self.tr("overloaded")
        return text

    def _show_goals(self, goals: list[OwnedGoal], currency: str) -> None:
        self.goals_table.setRowCount(len(goals))
        for row, goal in enumerate(goals):
            cells = (
                goal.title,
                self.metric_label(goal.metric),
                _format_target(goal, currency),
                f"{format_date(goal.start_on)} – {format_date(goal.end_on)}",
            )
            for column, text in enumerate(cells):
                self.goals_table.setItem(row, column, QTableWidgetItem(text))
        # As tall as its rows: the pane scrolls as a whole, not the table inside it.
        self.goals_table.resizeRowsToContents()
        height = (
            self.goals_table.horizontalHeader().sizeHint().height()
            + self.goals_table.verticalHeader().length()
            + 2 * self.goals_table.frameWidth()
        )
        self.goals_table.setFixedHeight(height)
        self.goals_table.setVisible(bool(goals))
        self.no_goals_label.setVisible(not goals)

    def metric_label(self, metric: str) -> str:
        labels = {
            "revenue": self.tr("Revenue"),
            "units": self.tr("Units"),
            "orders": self.tr("Orders"),
            "new_customers": self.tr("New customers"),
            "current_customers": self.tr("Current customers"),
            "retention_rate": self.tr("Retention rate"),
            "churn_rate": self.tr("Churn rate"),
            "conversion_rate": self.tr("Conversion rate"),
            "average_order_value": self.tr("Average order value"),
            "gross_margin": self.tr("Gross margin"),
            "deals_won": self.tr("Deals won"),
            "win_rate": self.tr("Win rate"),
            "pipeline_created": self.tr("Pipeline created"),
            "manual": self.tr("Manual"),
        }
        return labels.get(metric, metric)

    def _coverage_text(self, held: list[HeldItem]) -> str:
        if not held:
            return self.tr(
                "Covers nothing yet: assign territories, categories or account types "
                "in the Coverage tab."
            )
        titles = {
            "geographic": self.tr("Territories"),
            "product": self.tr("Product categories"),
            "customer": self.tr("Account types"),
        }
        lines = []
        for mode, title in titles.items():
            names = [item.name for item in held if item.mode == mode]
            if names:
                lines.append(f"{title}: {', '.join(names)}")
        return "\n".join(lines)


def _format_kpi(key: str, value: float | None, currency: str) -> str:
    if value is None:
        return MISSING
    if key in ("revenue", "average_order_value"):
        return format_money(value, currency, decimals=0)
    return format_number(value)


def _format_target(goal: OwnedGoal, currency: str) -> str:
    if goal.metric in MONEY_GOALS:
        return format_money(goal.target_value, currency, decimals=0)
    if goal.metric in RATE_GOALS:
        return format_percent(goal.target_value)
    number = format_number(goal.target_value, decimals=0 if goal.target_value.is_integer() else 2)
    return f"{number} {goal.manual_unit}" if goal.manual_unit else number
