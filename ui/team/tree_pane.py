"""The left pane of the Team section: the organisation tree with its toolbar and menu.

The pane shows and selects; the commands it offers are :class:`~ui.team.commands.TeamCommands`'
actions. Members and teams move by drag and drop, or from the keyboard with Move to team….
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk.team.tree import MemberNode, TeamNode

from ui.settings import AppSettings
from ui.team.commands import TeamCommands
from ui.team.tree_model import NAME_COLUMN, NODE_ROLE, ROLE_COLUMN, TeamTreeModel
from ui.widgets.labels import mute

HEADER_STATE = "team/tree_header"

Node = TeamNode | MemberNode


class TreePane(QWidget):
    """The tree, the toolbar above it and the hint below."""

    def __init__(
        self, model: TeamTreeModel, commands: TeamCommands, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model, self.commands = model, commands
        self.tree = self._build_tree()
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([commands.new_team_action, commands.new_member_action])
        toolbar.addAction(commands.edit_action)
        toolbar.addSeparator()
        toolbar.addActions([commands.left_action, commands.delete_action])
        self.hint_label = QLabel()
        self.show_hint(editable=True)
        self.hint_label.setWordWrap(True)
        mute(self.hint_label)
        self.setMinimumWidth(toolbar.sizeHint().width())  # every command in sight, none in »
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint_label)
        self._restore_header()

    def show_hint(self, *, editable: bool) -> None:
        """How to change the tree, or that only the head may (SPEC §13)."""
        if editable:
            hint = self.tr(
                "Drag members and teams onto a team to move them (or Move to team…); "
                "right-click for more."
            )
        else:
            hint = self.tr("Only the head of sales or the admin may change the team")
        self.hint_label.setText(hint)

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(self.tr("Teams and members"))
        tree.header().setStretchLastSection(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        # A double-click opens the editor (below); F2 or a click on the selected name renames.
        tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_context_menu)
        tree.doubleClicked.connect(lambda index: self.commands.edit_node(index.data(NODE_ROLE)))
        return tree

    def _show_context_menu(self, position: QPoint) -> None:
        commands = self.commands
        menu = QMenu(self)
        menu.addActions([commands.new_team_action, commands.new_member_action])
        menu.addSeparator()
        menu.addActions([commands.edit_action, commands.move_action, commands.left_action])
        if isinstance(self.selected_node(), MemberNode):
            roles = menu.addMenu(self.tr("&Role"))
            roles.addActions(list(commands.role_actions.values()))
        menu.addSeparator()
        menu.addAction(commands.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    # --- column widths --------------------------------------------------------------------

    def _restore_header(self) -> None:
        header = AppSettings().state(HEADER_STATE)
        self._columns_sized = not header.isEmpty() and self.tree.header().restoreState(header)
        self.tree.header().sectionResized.connect(
            lambda *_: AppSettings().set_state(HEADER_STATE, self.tree.header().saveState())
        )

    def fit_columns_once(self) -> None:
        """The first time: fit names and roles; later the user's widths."""
        if not self._columns_sized:
            for column in (NAME_COLUMN, ROLE_COLUMN):
                self.tree.resizeColumnToContents(column)
            self._columns_sized = True

    # --- selection ------------------------------------------------------------------------

    def selected_node(self) -> Node | None:
        index = self.tree.selectionModel().currentIndex()
        return index.data(NODE_ROLE) if index.isValid() else None

    def select(self, index: QModelIndex) -> None:
        if not index.isValid():
            index = self.model.index(0, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def select_node(self, node: Node | None) -> None:
        """Selects ``node``'s row again after a reload (the first team when there was none)."""
        self.select(self.index_of(node) if node is not None else self.first_team())

    def index_of(self, node: Node) -> QModelIndex:
        if isinstance(node, TeamNode):
            return self.model.index_of_team(node.id)
        return self.model.index_of_member(node.id)

    def first_team(self) -> QModelIndex:
        """Where a manager starts: the first team, or the first row when there is none."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, NAME_COLUMN)
            if isinstance(index.data(NODE_ROLE), TeamNode):
                return index
        return self.model.index(0, NAME_COLUMN)
