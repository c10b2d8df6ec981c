"""The Team section (SPEC §4): the tree of teams and members beside the selected node's figures.

The tree and the figures are read by background tasks. A team's figures cover its sub-teams;
sales count for the member credited with them, current accounts for the customer's owner
(:mod:`salesdesk.metrics` defines both). Reshaping the tree, goals, customers and coverage of
a node come with later issues.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.formatting import MISSING, format_date, format_money, format_number
from salesdesk.team import MemberNode, TeamNode

from ui.models.team_tree import NAME_COLUMN, NODE_ROLE, ROLE_COLUMN, TeamTreeModel
from ui.sections.base import AppContext, Section
from ui.settings import AppSettings
from ui.tasks import Task, run_in_background
from ui.widgets.kpi_card import Delta, KpiCard
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.db import Database
    from salesdesk.metrics import Kpi, Scope
    from salesdesk.periods import Period

SPLITTER_STATE = "team/splitter"
HEADER_STATE = "team/tree_header"
CARD_COLUMNS = 3
# Tree : detail. Weights, not pixels: before the first show Qt scales them to the real width,
# provided they are larger than it.
DEFAULT_SPLIT = (50_000, 70_000)
LOADING = "…"

Node = TeamNode | MemberNode


@dataclass(frozen=True)
class Organisation:
    teams: list[TeamNode]
    unassigned: list[MemberNode]


def load_organisation(database: Database) -> Organisation:
    """The team tree; runs on a worker thread."""
    from salesdesk.team import load_team_tree, load_unassigned_members

    with database.read() as conn:
        return Organisation(load_team_tree(conn), load_unassigned_members(conn))


def scope_of(node: Node) -> Scope:
    from salesdesk.metrics import Scope

    if isinstance(node, TeamNode):
        return Scope(team_id=node.id)
    return Scope(member_id=node.id)


def load_node_figures(database: Database, period: Period, scope: Scope) -> dict[str, Kpi]:
    """The detail pane's KPIs for ``period``, each against the previous period."""
    from salesdesk import metrics

    previous = period.previous()
    with database.read() as conn:
        now = metrics.sales_totals(conn, period, scope)
        before = metrics.sales_totals(conn, previous, scope)
        accounts = [
            metrics.metric_value(conn, "current_customers", p, scope) for p in (period, previous)
        ]
    return {
        "revenue": metrics.Kpi(now.revenue, before.revenue, None),
        "orders": metrics.Kpi(now.orders, before.orders, None),
        "average_order_value": metrics.Kpi(
            now.average_order_value, before.average_order_value, None
        ),
        "new_customers": metrics.Kpi(now.new_customers, before.new_customers, None),
        "current_accounts": metrics.Kpi(accounts[0], accounts[1], None),
    }


class TeamSection(Section):
    """The organisation tree and the figures of the selected team or member."""

    tree_loaded = Signal()
    figures_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Team")
        self.icon_name = "team"
        self._settings = AppSettings()
        self._tree_task: Task | None = None
        self._figures_task: Task | None = None
        self._database: Database | None = None
        self.model = TeamTreeModel(self)
        self.tree = self._build_tree()
        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_placeholder(self.tr("Open a database to see your team."))
        self._restore_state()
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.tree.header().sectionResized.connect(self._save_header)

    # --- building -------------------------------------------------------------------------

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(self.tr("Teams and members"))
        tree.header().setStretchLastSection(True)
        tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return tree

    def _build_detail(self) -> QStackedWidget:
        stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        mute(self.placeholder)
        self.detail_page = QWidget()
        self.name_label = QLabel()
        scale_font(self.name_label, 1.5)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.note_label = QLabel()
        mute(self.note_label)
        self.note_label.setWordWrap(True)
        self.period_label = QLabel()
        scale_font(self.period_label, 1.1)
        cards = QGridLayout()
        cards.setSpacing(8)
        self.cards: dict[str, KpiCard] = {}
        for position, (key, title) in enumerate(self._card_titles().items()):
            self.cards[key] = KpiCard(title)
            cards.addWidget(self.cards[key], *divmod(position, CARD_COLUMNS))
        layout = QVBoxLayout(self.detail_page)
        for label in (self.name_label, self.subtitle_label, self.note_label):
            layout.addWidget(label)
        layout.addSpacing(12)
        layout.addWidget(self.period_label)
        layout.addLayout(cards)
        layout.addStretch(1)
        stack.addWidget(self.placeholder)
        stack.addWidget(self.detail_page)
        return stack

    def _card_titles(self) -> dict[str, str]:
        return {
            "revenue": self.tr("Revenue"),
            "orders": self.tr("Orders"),
            "average_order_value": self.tr("Average order value"),
            "new_customers": self.tr("New customers"),
            "current_accounts": self.tr("Current accounts"),
        }

    # --- state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        splitter = self._settings.state(SPLITTER_STATE)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes(list(DEFAULT_SPLIT))
        header = self._settings.state(HEADER_STATE)
        self._columns_sized = not header.isEmpty() and self.tree.header().restoreState(header)

    def _save_splitter(self) -> None:
        self._settings.set_state(SPLITTER_STATE, self.splitter.saveState())

    def _save_header(self) -> None:
        self._settings.set_state(HEADER_STATE, self.tree.header().saveState())

    # --- context --------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        database_changed = context.database is not self._database
        super().set_context(context)
        self._database = context.database
        if database_changed:
            self._reload_tree()
        else:
            self._refresh_figures()

    def _reload_tree(self) -> None:
        _cancel(self._tree_task)
        _cancel(self._figures_task)
        self._tree_task = self._figures_task = None
        database = self._database
        if database is None:
            self.model.clear()
            self._show_placeholder(self.tr("Open a database to see your team."))
            return
        self._show_placeholder(self.tr("Loading the team…"))
        self._tree_task = run_in_background(
            self.tr("Loading the team"),
            lambda _progress, _cancelled: load_organisation(database),
            on_success=self._show_tree,
            on_failure=self._show_failure,
            parent=self,
        )

    def _show_tree(self, organisation: Organisation) -> None:
        self._tree_task = None
        selected = self.selected_node()
        self.model.set_tree(organisation.teams, organisation.unassigned)
        self.tree.expandAll()
        if not self._columns_sized:  # the first time: fit names and roles; later the user's widths
            for column in (NAME_COLUMN, ROLE_COLUMN):
                self.tree.resizeColumnToContents(column)
            self._columns_sized = True
        self.tree_loaded.emit()
        if self.model.rowCount() == 0:
            self._show_placeholder(
                self.tr("There are no teams or members yet. Import members or create the demo.")
            )
            return
        self.select(self._index_of(selected) if selected else self._first_team())

    def _first_team(self) -> QModelIndex:
        """Where a manager starts: the first team, or the first row when there is none."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, NAME_COLUMN)
            if isinstance(index.data(NODE_ROLE), TeamNode):
                return index
        return self.model.index(0, NAME_COLUMN)

    def _index_of(self, node: Node) -> QModelIndex:
        if isinstance(node, TeamNode):
            return self.model.index_of_team(node.id)
        return self.model.index_of_member(node.id)

    def select(self, index: QModelIndex) -> None:
        if not index.isValid():
            index = self.model.index(0, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def selected_node(self) -> Node | None:
        index = self.tree.selectionModel().currentIndex()
        return index.data(NODE_ROLE) if index.isValid() else None

    # --- the selected node's figures ------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = current.data(NODE_ROLE) if current.isValid() else None
        if node is None:
            self._show_placeholder(self.tr("Select a team or a member to see its figures."))
            return
        self._show_header(node)
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        _cancel(self._figures_task)
        self._figures_task = None
        node, context = self.selected_node(), self.context
        if node is None or context is None or context.database is None:
            return
        database, period, scope = context.database, context.period, scope_of(node)
        self.period_label.setText(period.label())
        for card in self.cards.values():
            card.set_value(LOADING)
        self._figures_task = run_in_background(
            self.tr("Loading figures of {name}").format(name=node.name),
            lambda _progress, _cancelled: load_node_figures(database, period, scope),
            on_success=lambda figures: self._show_figures(figures, context),
            on_failure=self._show_failure,
            parent=self,
        )

    def _show_figures(self, figures: dict[str, Kpi], context: AppContext) -> None:
        self._figures_task = None
        against = self.tr("vs {period}").format(period=context.period.previous().label())
        for key, card in self.cards.items():
            kpi = figures[key]
            delta = Delta(kpi.delta_previous, against)
            card.set_value(self._format(key, kpi.value, context), [delta])
        self.figures_loaded.emit()

    @staticmethod
    def _format(key: str, value: float | None, context: AppContext) -> str:
        if value is None:
            return MISSING
        if key in ("revenue", "average_order_value"):
            return format_money(value, context.currency, decimals=0)
        return format_number(value)

    def _show_failure(self, error: BaseException) -> None:
        self._tree_task = self._figures_task = None
        message = self.tr("The team could not be loaded: {error}").format(error=error)
        self._show_placeholder(message)
        self.status_message.emit(message)

    # --- the detail header ----------------------------------------------------------------

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.detail.setCurrentWidget(self.placeholder)

    def _show_header(self, node: Node) -> None:
        self.name_label.setText(node.name)
        if isinstance(node, TeamNode):
            self.subtitle_label.setText(self._team_subtitle(node))
            self.note_label.hide()
        else:
            self.subtitle_label.setText(self._member_subtitle(node))
            self._show_member_note(node)
        self.detail.setCurrentWidget(self.detail_page)

    def _team_subtitle(self, team: TeamNode) -> str:
        today = date.today()
        active = sum(not m.has_left(today) for m in team.all_members())
        parts = [self.tr("Team"), self.tr("%n active member(s)", "", active)]
        lead = self.model.member(team.lead_member_id)
        if lead is not None:
            parts.insert(1, self.tr("Lead: {name}").format(name=lead.name))
        return " · ".join(parts)

    def _member_subtitle(self, member: MemberNode) -> str:
        parts = [self.model.role_label(member.role)]
        team = self.model.index_of_team(member.team_id or -1)
        if team.isValid():
            parts.append(team.data())
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


def _cancel(task: Task | None) -> None:
    if task is not None:
        task.cancel()
