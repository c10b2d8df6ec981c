"""The Team section (SPEC §4): the organisation tree beside the selected node's detail and the
coverage of the current organisation lens.

The tree is reshaped by menu commands and by drag and drop. Every change is made in the
database first (a refused one says why and changes nothing), then pushed as an
:class:`~ui.team.commands.EditCommand` on the main window's undo stack; after each edit, undo
or redo the organisation is read again (a few hundred rows at most) and the tree model moves,
inserts or removes just the rows that changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.errors import SalesDeskError
from salesdesk.team.tree import ROLE_ORDER, MemberNode, TeamNode

from ui.dialogs.messages import Messages
from ui.section import AppContext, Section
from ui.settings import AppSettings
from ui.tasks import Task, run_in_background
from ui.team.assignment_dialog import AssignmentDialog
from ui.team.commands import EditCommand
from ui.team.coverage_view import CoverageView
from ui.team.detail import DetailPane, NodeDetail, load_node_detail
from ui.team.editors import (
    DEFAULT_BOSS,
    Confirm,
    HolderDialog,
    LeavingDialog,
    MemberDialog,
    TeamDialog,
)
from ui.team.tree_model import NAME_COLUMN, NODE_ROLE, ROLE_COLUMN, NodeKey, TeamTreeModel
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database
    from salesdesk.team.assignment import Proposal
    from salesdesk.team.coverage import CoverageItem, Holder
    from salesdesk.team.edits import Step

SPLITTER_STATE = "team/splitter"
HEADER_STATE = "team/tree_header"
# Tree : detail. Weights, not pixels: before the first show Qt scales them to the real width,
# provided they are larger than it.
DEFAULT_SPLIT = (50_000, 70_000)
DETAIL_TAB, COVERAGE_TAB = range(2)

Node = TeamNode | MemberNode
Operation = Callable[["Connection"], "list[Step]"]


@dataclass(frozen=True)
class Organisation:
    teams: list[TeamNode]
    unassigned: list[MemberNode]


def load_organisation(database: Database) -> Organisation:
    """The team tree; small enough to read on the GUI thread after an edit."""
    from salesdesk.team.tree import load_team_tree, load_unassigned_members

    with database.read() as conn:
        return Organisation(load_team_tree(conn), load_unassigned_members(conn))


class TeamSection(Section):
    """The organisation tree, the selected node's detail and the coverage view."""

    tree_loaded = Signal()
    figures_loaded = Signal()
    edited = Signal()  # an edit, undo or redo reached the tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Team")
        self.icon_name = "team"
        self._settings = AppSettings()
        self._tree_task: Task | None = None
        self._figures_task: Task | None = None
        self._apply_task: Task | None = None
        self._database: Database | None = None
        self._fallback_undo_stack = QUndoStack(self)
        self.model = TeamTreeModel(self)
        self.model.rename_requested.connect(self.rename)
        self.model.move_requested.connect(self.move_nodes)
        self._build_actions()
        self.tree = self._build_tree()
        self.detail = DetailPane()
        self.coverage = CoverageView()
        self.coverage.assign_requested.connect(self.assign_coverage)
        self.coverage.unassign_requested.connect(self.unassign_coverage)
        self.coverage.propose_requested.connect(self.propose_owners)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_detail_stack(), self.tr("Details"))
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._build_tree_pane())
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._show_placeholder(self.tr("Open a database to see your team."))
        self._restore_state()
        self._update_actions()
        self.splitter.splitterMoved.connect(self._save_splitter)
        self.tree.header().sectionResized.connect(self._save_header)

    # --- building -------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_team_action = self._action(self.tr("New &team…"), self.new_team, "Ctrl+Shift+T")
        self.new_member_action = self._action(
            self.tr("New &member…"), self.new_member, "Ctrl+Shift+M"
        )
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_selected, "F2")
        self.left_action = self._action(self.tr("Mark as &left…"), self.toggle_left)
        self.delete_action = self._action(self.tr("&Delete…"), self.delete_selected, "Del")
        self.role_actions: dict[str, QAction] = {}
        for role in ROLE_ORDER:
            action = self._action(self.model.role_label(role), partial(self.set_role, role))
            action.setCheckable(True)
            self.role_actions[role] = action

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(self.tr("Teams and members"))
        tree.header().setStretchLastSection(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_context_menu)
        tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return tree

    def _build_tree_pane(self) -> QWidget:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_team_action, self.new_member_action, self.edit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.left_action, self.delete_action])
        self.hint_label = QLabel(
            self.tr("Drag members and teams onto a team to move them; right-click for more.")
        )
        self.hint_label.setWordWrap(True)
        mute(self.hint_label)
        pane = QWidget()
        pane.setMinimumWidth(toolbar.sizeHint().width())  # every command in sight, none in »
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint_label)
        return pane

    def _build_detail_stack(self) -> QStackedWidget:
        self.detail_stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        mute(self.placeholder)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(self.detail)
        return self.detail_stack

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.new_team_action, self.new_member_action])
        menu.addSeparator()
        menu.addActions([self.edit_action, self.left_action])
        if isinstance(self.selected_node(), MemberNode):
            roles = menu.addMenu(self.tr("&Role"))
            roles.addActions(list(self.role_actions.values()))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

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

    def undo_stack(self) -> QUndoStack:
        """The main window's stack (Edit > Undo); a stack of its own when shown alone."""
        stack = getattr(self.window(), "undo_stack", None)
        return stack if isinstance(stack, QUndoStack) else self._fallback_undo_stack

    @property
    def editable(self) -> bool:
        return self.context is not None and not self.context.read_only

    def _update_actions(self) -> None:
        node = self.selected_node()
        editable = self.editable
        self.new_team_action.setEnabled(editable)
        self.new_member_action.setEnabled(editable)
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(editable and node is not None)
        member = node if isinstance(node, MemberNode) else None
        self.left_action.setEnabled(editable and member is not None)
        has_left = member is not None and member.left_on is not None
        self.left_action.setText(
            self.tr("Mark as &active again") if has_left else self.tr("Mark as &left…")
        )
        for role, action in self.role_actions.items():
            action.setEnabled(editable and member is not None)
            action.setChecked(member is not None and member.role == role)
        self.tree.setDragEnabled(editable)
        self.tree.setAcceptDrops(editable)
        self.coverage.set_editable(editable)

    # --- context --------------------------------------------------------------------------

    def set_context(self, context: AppContext) -> None:
        database_changed = context.database is not self._database
        super().set_context(context)
        self._database = context.database
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
                self.tr(
                    "There are no teams or members yet. Create a team or a member, import "
                    "members, or create the demo."
                )
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
        _cancel(self._figures_task)
        self._figures_task = None
        node, context = self.selected_node(), self.context
        if node is None or context is None or context.database is None:
            return
        database, period = context.database, context.period
        self.detail.show_loading(period)
        self._figures_task = run_in_background(
            self.tr("Loading figures of {name}").format(name=node.name),
            lambda _progress, _cancelled: load_node_detail(database, period, node),
            on_success=lambda detail: self._show_detail(detail, node, context),
            on_failure=self._show_failure,
            parent=self,
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

    # --- making edits ---------------------------------------------------------------------

    def perform(self, text: str, operation: Operation) -> list[Step] | None:
        """Makes an edit now and puts it on the undo stack; returns its steps. A refused or
        failed edit says why, changes nothing and returns None."""
        database = self._database
        if database is None or not self.editable:
            return None
        try:
            with database.write() as conn:
                steps = operation(conn)
        except Exception as error:  # the user is told; nothing was written
            self._report_failure(error)
            return None
        self._push(text, database, steps)
        return steps

    def _push(self, text: str, database: Database, steps: list[Step]) -> None:
        if steps:
            command = EditCommand(
                text, database, steps, after=self._after_edit, on_error=self._report_failure
            )
            self.undo_stack().push(command)
            self._after_edit()

    def _report_failure(self, error: BaseException) -> None:
        if isinstance(error, SalesDeskError):
            text = str(error)
        else:
            text = self.tr("The change could not be saved: {error}").format(error=error)
        Messages.error(self, self.tr("Team"), text)

    def _after_edit(self) -> None:
        """Brings the tree, the detail and the coverage up to date after an edit or undo."""
        database = self._database
        if database is None:
            return
        organisation = load_organisation(database)
        self.model.sync(organisation.teams, organisation.unassigned)
        self.tree.expandAll()
        current = self.tree.selectionModel().currentIndex()
        if current.isValid():
            self._on_current_changed(current, QModelIndex())
        else:
            self.select(self._first_team())
        if self.context is not None:
            self.coverage.refresh(self.context)
        self.edited.emit()

    # --- tree commands --------------------------------------------------------------------

    def new_team(self) -> None:
        from salesdesk.team import edits as team_edits

        node = self.selected_node()
        parent_id = node.id if isinstance(node, TeamNode) else getattr(node, "team_id", None)
        choice = TeamDialog.ask(
            self, None, self.model.teams(), self._active_members(), parent_id=parent_id
        )
        if choice is None:
            return

        def create(conn: Connection) -> list[Step]:
            team_id, steps = team_edits.create_team(
                conn, name=choice.name, parent_id=choice.parent_id
            )
            return steps + team_edits.set_team_lead(conn, team_id, choice.lead_member_id)

        steps = self.perform(self.tr("New team {name}").format(name=choice.name), create)
        self._select_created("team", steps)

    def new_member(self) -> None:
        from salesdesk.team import edits as team_edits

        node = self.selected_node()
        team_id = node.id if isinstance(node, TeamNode) else getattr(node, "team_id", None)
        choice = MemberDialog.ask(
            self,
            None,
            self.model.teams(),
            self.model.members(),
            self._role_labels(),
            team_id=team_id,
        )
        if choice is None:
            return
        values = dict(choice.values)
        if values["reports_to_id"] == DEFAULT_BOSS:
            values["reports_to_id"] = None  # create_member defaults to the team's lead

        def create(conn: Connection) -> list[Step]:
            return team_edits.create_member(conn, values)[1]

        steps = self.perform(self.tr("New member {name}").format(name=values["name"]), create)
        self._select_created("member", steps)

    def edit_selected(self) -> None:
        node = self.selected_node()
        if isinstance(node, TeamNode):
            self._edit_team(node)
        elif isinstance(node, MemberNode):
            self._edit_member(node)

    def _edit_team(self, team: TeamNode) -> None:
        from salesdesk.team import edits as team_edits

        choice = TeamDialog.ask(self, team, self.model.teams(), self._active_members())
        if choice is None:
            return

        def change(conn: Connection) -> list[Step]:
            steps = team_edits.rename_team(conn, team.id, choice.name)
            steps += team_edits.set_team_lead(conn, team.id, choice.lead_member_id)
            return steps + team_edits.move_team(conn, team.id, choice.parent_id)

        self.perform(self.tr("Edit team {name}").format(name=choice.name), change)

    def _edit_member(self, member: MemberNode) -> None:
        from salesdesk.team import edits as team_edits

        choice = MemberDialog.ask(
            self, member, self.model.teams(), self.model.members(), self._role_labels()
        )
        if choice is None:
            return
        values = dict(choice.values)
        team_id = values.pop("team_id")
        boss = values.pop("reports_to_id")

        def change(conn: Connection) -> list[Step]:
            steps = team_edits.move_member(conn, member.id, team_id)
            if boss == DEFAULT_BOSS:
                values["reports_to_id"] = team_edits.default_boss(conn, team_id, member.id)
            else:
                values["reports_to_id"] = boss
            return steps + team_edits.update_member(conn, member.id, values)

        self.perform(self.tr("Edit member {name}").format(name=values["name"]), change)

    def rename(self, key: NodeKey, name: str) -> None:
        from salesdesk.team import edits as team_edits

        kind, row_id = key
        if kind == "team":
            self.perform(
                self.tr("Rename team to {name}").format(name=name),
                lambda conn: team_edits.rename_team(conn, row_id, name),
            )
        else:
            self.perform(
                self.tr("Rename member to {name}").format(name=name),
                lambda conn: team_edits.update_member(conn, row_id, {"name": name}),
            )

    def move_nodes(self, keys: list[NodeKey], team_id: int | None) -> list[Step] | None:
        """Moves members and whole teams into a team (None: to the top level), as one step."""
        from salesdesk.team import edits as team_edits

        def move(conn: Connection) -> list[Step]:
            steps: list[Step] = []
            for kind, row_id in keys:
                if kind == "team":
                    steps += team_edits.move_team(conn, row_id, team_id)
                else:
                    steps += team_edits.move_member(conn, row_id, team_id)
            return steps

        target = self.model.index_of_team(team_id) if team_id is not None else QModelIndex()
        where = target.data() if target.isValid() else self.tr("the top level")
        text = self.tr("Move %n row(s) to {target}", "", len(keys)).format(target=where)
        return self.perform(text, move)

    def set_role(self, role: str) -> None:
        from salesdesk.team import edits as team_edits

        node = self.selected_node()
        if isinstance(node, MemberNode) and node.role != role:
            self.perform(
                self.tr("{name} becomes {role}").format(
                    name=node.name, role=self.model.role_label(role)
                ),
                lambda conn: team_edits.update_member(conn, node.id, {"role": role}),
            )

    def toggle_left(self) -> None:
        """Marks the selected member as having left (asking the last day), or back."""
        from salesdesk.team import edits as team_edits

        node = self.selected_node()
        if not isinstance(node, MemberNode):
            return
        if node.left_on is not None:
            self.perform(
                self.tr("{name} is active again").format(name=node.name),
                lambda conn: team_edits.mark_left(conn, node.id, None),
            )
            return
        day = LeavingDialog.ask(self, node.name, date.today())
        if day is not None:
            self.perform(
                self.tr("{name} left").format(name=node.name),
                lambda conn: team_edits.mark_left(conn, node.id, day),
            )

    def delete_selected(self) -> None:
        """Deletes the selected team or member, after saying what depends on it."""
        from salesdesk.team import edits as team_edits

        node, database = self.selected_node(), self._database
        if node is None or database is None:
            return
        table = "team" if isinstance(node, TeamNode) else "member"
        with database.read() as conn:
            dependents = team_edits.describe_dependents(conn, table, node.id)
        if dependents and not Confirm.ask(
            self,
            self.tr("Delete"),
            self.tr("Delete {name}?").format(name=node.name),
            self._dependents_text(node, dependents),
        ):
            return
        if isinstance(node, TeamNode):
            operation = lambda conn: team_edits.delete_team(conn, node.id)  # noqa: E731
        else:
            operation = lambda conn: team_edits.delete_member(conn, node.id)  # noqa: E731
        self.perform(self.tr("Delete {name}").format(name=node.name), operation)

    def _dependents_text(self, node: Node, dependents: list[str]) -> str:
        uses = self.tr("In use by: {list}.").format(list=", ".join(dependents))
        if isinstance(node, TeamNode):
            after = self.tr(
                "Its members and sub-teams move up to its parent team, its goals pass to the "
                "parent team and its coverage is removed."
            )
        else:
            after = self.tr(
                "Their customers become unowned, members reporting to them report to their "
                "boss, and their coverage is removed. A member with sales keeps them: mark "
                "them as having left instead."
            )
        return f"{uses}\n\n{after}\n\n" + self.tr("You can undo this with Edit > Undo.")

    # --- coverage commands ----------------------------------------------------------------

    def assign_coverage(self, item: CoverageItem) -> None:
        from salesdesk.team import coverage

        context = self.context
        if context is None:
            return
        chosen = HolderDialog.ask(self, item.name, self._active_members(), self.model.teams())
        if chosen is None:
            return
        kind, holder_id = chosen
        holder = {"member_id": holder_id} if kind == "member" else {"team_id": holder_id}
        self.perform(
            self.tr("Assign {item}").format(item=item.name),
            lambda conn: coverage.assign(conn, context.lens, item.id, **holder)[1],
        )

    def unassign_coverage(self, item: CoverageItem, holder: Holder) -> None:
        from salesdesk.team import coverage

        self.perform(
            self.tr("Unassign {name} from {item}").format(name=holder.name, item=item.name),
            lambda conn: coverage.unassign(conn, holder.coverage_id),
        )

    def propose_owners(self) -> None:
        context, database = self.context, self._database
        if context is None or database is None or not self.editable:
            return
        proposal = AssignmentDialog.ask(
            self, database, mode=context.lens, period=context.period, currency=context.currency
        )
        if proposal is not None and not proposal.empty:
            self.apply_proposal(proposal)

    def apply_proposal(self, proposal: Proposal) -> None:
        """Writes the proposal in the background as one transaction, then one undo step."""
        from salesdesk.team.assignment import apply_proposal

        database = self._database
        if database is None:
            return

        def write(_progress: object, _cancelled: object) -> list[Step]:
            with database.write() as conn:
                return apply_proposal(conn, proposal)

        text = self.tr("Assign owners to %n customer(s)", "", len(proposal.moves))
        self._apply_task = run_in_background(
            text,
            write,
            on_success=lambda steps: self._push(text, database, steps),
            on_failure=self._report_failure,
            parent=self,
        )

    # --- helpers --------------------------------------------------------------------------

    def _active_members(self) -> list[MemberNode]:
        today = date.today()
        return [m for m in self.model.members() if not m.has_left(today)]

    def _role_labels(self) -> dict[str, str]:
        return {role: self.model.role_label(role) for role in ROLE_ORDER}

    def _select_created(self, table: str, steps: list[Step] | None) -> None:
        created = next((s for s in steps or [] if s.table == table and s.before is None), None)
        if created is None:
            return
        found = self.model.index_of_team if table == "team" else self.model.index_of_member
        index = found(created.row_id)
        if index.isValid():
            self.select(index)


def _cancel(task: Task | None) -> None:
    if task is not None:
        task.cancel()
