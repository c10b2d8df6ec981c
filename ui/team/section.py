"""The Team section (SPEC §4): the organisation tree beside the selected node's detail and the
coverage of the current organisation lens.

The section puts three parts together: the tree pane (:mod:`ui.team.tree_pane`), the commands
that reshape the organisation (:mod:`ui.team.commands`), and the tabs with the selected node's
detail and the coverage. Everything it shows is read in the background through
:mod:`salesdesk.team.service`. After an edit, undo or redo commits, the organisation is read
again (a few hundred rows at most) and the tree model moves, inserts or removes just the rows
that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from salesdesk.store.changes import created
from salesdesk.team.tree import MemberNode, TeamNode

from ui.section import AppContext, Section
from ui.settings import AppSettings
from ui.tasks import Op, Task
from ui.team.commands import TeamCommands
from ui.team.coverage_view import CoverageView
from ui.team.detail import DetailPane
from ui.team.tree_model import NODE_ROLE, TeamTreeModel
from ui.team.tree_pane import TreePane
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.store.changes import Change
    from salesdesk.store.db import Database
    from salesdesk.team.service import NodeDetail, Organisation

SPLITTER_STATE = "team/splitter"
# Tree : detail. Weights, not pixels: before the first show Qt scales them to the real width,
# provided they are larger than it.
DEFAULT_SPLIT = (50_000, 70_000)

Node = TeamNode | MemberNode


class TeamSection(Section):
    """The organisation tree, the selected node's detail and the coverage view."""

    tree_loaded = Signal()
    figures_loaded = Signal()
    edited = Signal()  # an edit, undo or redo reached the tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Team")
        self.icon_name = "team"
        self._tree_task: Task | None = None
        self._figures_task: Task | None = None
        self.database: Database | None = None
        self.model = TeamTreeModel(self)
        self.commands = TeamCommands(self)
        self.model.rename_requested.connect(self.commands.rename)
        self.model.move_requested.connect(self.commands.move_nodes)
        self.tree_pane = TreePane(self.model, self.commands)
        self.tree = self.tree_pane.tree
        self.tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail = DetailPane()
        self.coverage = CoverageView()
        self.coverage.assign_requested.connect(self.commands.assign_coverage)
        self.coverage.unassign_requested.connect(self.commands.unassign_coverage)
        self.coverage.propose_requested.connect(self.commands.propose_owners)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_detail_stack(), self.tr("Details"))
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree_pane)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_placeholder(self.tr("Open a database to see your team."))
        self._restore_splitter()
        self._update_actions()

    def _build_detail_stack(self) -> QStackedWidget:
        self.detail_stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        mute(self.placeholder)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(self.detail)
        return self.detail_stack

    def _restore_splitter(self) -> None:
        state = AppSettings().state(SPLITTER_STATE)
        if state.isEmpty() or not self.splitter.restoreState(state):
            self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.splitter.splitterMoved.connect(
            lambda *_: AppSettings().set_state(SPLITTER_STATE, self.splitter.saveState())
        )

    # --- what the commands ask ------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """The team tree is the head's to change (SPEC §13)."""
        context = self.context
        return context is not None and not context.read_only and context.head_rights

    def undo_stack(self) -> QUndoStack:
        return self.commands.edits.stack()

    def selected_node(self) -> Node | None:
        return self.tree_pane.selected_node()

    def select(self, index: QModelIndex) -> None:
        self.tree_pane.select(index)

    def _update_actions(self) -> None:
        editable = self.editable
        self.commands.update_actions(self.selected_node(), editable)
        self.tree.setDragEnabled(editable)
        self.tree.setAcceptDrops(editable)
        self.coverage.set_editable(editable)
        head = self.context is None or self.context.head_rights
        why = "" if head else self.tr("Only the head of sales or the admin may change the team")
        for action in self.actions():
            action.setToolTip(why)  # empty: the action's text
        self.coverage.setToolTip(why)
        self.tree_pane.show_hint(editable=head)

    # --- context --------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        database_changed = context.database is not self.database
        super().set_context(context)
        self.database = context.database
        self._update_actions()
        if database_changed:
            self._reload_tree()
        else:
            self._refresh_figures()
        self.coverage.refresh(context)

    def _reload_tree(self) -> None:
        _cancel(self._tree_task)
        _cancel(self._figures_task)
        self._tree_task = self._figures_task = None
        if self.database is None:
            self.model.clear()
            self._show_placeholder(self.tr("Open a database to see your team."))
            return
        self._show_placeholder(self.tr("Loading the team…"))
        self._tree_task = self._read_organisation(self._show_tree)

    def _read_organisation(self, then: Callable[[Organisation], None]) -> Task | None:
        from salesdesk.team import service

        database = self.database
        if database is None:
            return None
        return (
            Op(self.tr("Loading the team"), lambda *_: service.organisation(database), parent=self)
            .success(then)
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_tree(self, organisation: Organisation) -> None:
        self._tree_task = None
        selected = self.selected_node()
        self.model.set_tree(organisation.teams, organisation.unassigned)
        self.tree.expandAll()
        self.tree_pane.fit_columns_once()
        self.tree_loaded.emit()
        if self.model.rowCount() == 0:
            self._show_placeholder(
                self.tr(
                    "There are no teams or members yet. Create a team or a member, import "
                    "members, or create the demo."
                )
            )
            return
        self.tree_pane.select_node(selected)

    # --- the selected node's detail -------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        node = current.data(NODE_ROLE) if current.isValid() else None
        if node is None:
            self._show_placeholder(self.tr("Select a team or a member to see its figures."))
            return
        self.detail.show_node(node, self.model)
        self.detail_stack.setCurrentWidget(self.detail)
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        from salesdesk.team import service

        _cancel(self._figures_task)
        self._figures_task = None
        node, context = self.selected_node(), self.context
        if node is None or context is None or context.database is None:
            return
        database, period = context.database, context.period
        self.detail.show_loading(period)
        self._figures_task = (
            Op(
                self.tr("Loading figures of {name}").format(name=node.name),
                lambda *_: service.node_detail(database, period, node),
                parent=self,
            )
            .success(lambda detail: self._show_detail(detail, node, context))
            .failure(self._show_failure)
            .run_in_background()
        )

    def _show_detail(self, detail: NodeDetail, node: Node, context: AppContext) -> None:
        self._figures_task = None
        self.detail.show_detail(detail, node, context)
        self.figures_loaded.emit()

    def _show_failure(self, error: BaseException) -> None:
        self._tree_task = self._figures_task = None
        message = self.tr("The team could not be loaded: {error}").format(error=error)
        self._show_placeholder(message)
        self.status_message.emit(message)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.detail_stack.setCurrentWidget(self.placeholder)

    # --- after an edit --------------------------------------------------------------------

    def after_edit(self, change: Change) -> None:
        """An edit, undo or redo committed: brings the tree, the detail and the coverage up
        to date (the organisation read in the background) and selects a team or member the
        change created (or brought back)."""

        def show(organisation: Organisation) -> None:
            self.model.sync(organisation.teams, organisation.unassigned)
            self.tree.expandAll()
            current = self._created_row(change) or self.tree.selectionModel().currentIndex()
            if not current.isValid():
                self.select(self.tree_pane.first_team())
            elif current != self.tree.selectionModel().currentIndex():
                self.select(current)
            else:
                self._on_current_changed(current, QModelIndex())
            if self.context is not None:
                self.coverage.refresh(self.context)
            self.edited.emit()

        self._read_organisation(show)

    def _created_row(self, change: Change) -> QModelIndex | None:
        team, member = created(change, "team"), created(change, "member")
        if team is not None:
            return self.model.index_of_team(team)
        return self.model.index_of_member(member) if member is not None else None


def _cancel(task: Task | None) -> None:
    if task is not None:
        task.cancel()
