"""Teams, sub-teams and members as an editable Qt tree (SPEC §4 Team).

Following the Qt for Python ``editabletreemodel`` example, :class:`TreeItem` is a plain tree
of the core's :class:`~salesdesk.team.tree.TeamNode` /
:class:`~salesdesk.team.tree.MemberNode` objects and :class:`TeamTreeModel` only adapts it
to Qt's index API. Members who left stay in the tree,
greyed out and explained in a tooltip.

Edits are not made by the model: a rename or a drop asks for it by signal, the section makes
the edit in the database as an undoable command and hands the reloaded organisation back to
:meth:`TeamTreeModel.sync`, which turns the difference into row moves, insertions, removals
and ``dataChanged`` — so selection, expansion and the view's scroll position survive an edit.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

from salesdesk.formatting import format_date
from salesdesk.team.tree import MemberNode, TeamNode

from ui.icons import icon
from ui.widgets.item_models import NO_INDEX, AnyIndex, TreeNode
from ui.widgets.tree_model import TreeModel

Node = TeamNode | MemberNode
NodeKey = tuple[str, int]  # ("team", id) or ("member", id): a row's identity across reloads


NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the TeamNode or MemberNode behind a row

NAME_COLUMN, ROLE_COLUMN, EMAIL_COLUMN = range(3)
_COLUMN_COUNT = 3

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_EDIT = Qt.ItemDataRole.EditRole
_ENABLED_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DRAG_DROP = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
MIME_TYPE = "application/x-salesdesk-team-nodes"


def key_of(node: Node) -> NodeKey:
    return ("team", node.id) if isinstance(node, TeamNode) else ("member", node.id)


class TreeItem(TreeNode["TreeItem"]):
    """One row of the tree: a team or a member, with its parent and child rows."""

    def __init__(self, node: Node | None, parent: TreeItem | None = None) -> None:
        self.node = node
        self.parent = parent
        self.children: list[TreeItem] = []

    def add_child(self, node: Node) -> TreeItem:
        child = TreeItem(node, self)
        self.children.append(child)
        return child

    @property
    def key(self) -> NodeKey | None:
        return key_of(self.node) if self.node is not None else None

    def walk(self) -> list[TreeItem]:
        """This item's descendants, depth first."""
        found = []
        for child in self.children:
            found.append(child)
            found.extend(child.walk())
        return found


def build_tree(teams: list[TeamNode], unassigned: list[MemberNode]) -> TreeItem:
    """The invisible root item: members in no team first (the head of sales usually, who
    stands above the teams), then the teams, each listing its members before its sub-teams."""
    root = TreeItem(None)
    for member in unassigned:
        root.add_child(member)
    for team in teams:
        _add_team(root, team)
    return root


def _add_team(parent: TreeItem, team: TeamNode) -> None:
    item = parent.add_child(team)
    for member in team.members:
        item.add_child(member)
    for child in team.children:
        _add_team(item, child)


class TeamTreeModel(TreeModel):
    """The organisation tree; renames and drops are asked for by signal (see the module)."""

    rename_requested = Signal(object, str)  # NodeKey, the new name
    move_requested = Signal(list, object)  # [NodeKey], the target team id (None: the top)

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._root = TreeItem(None)
        self._today = today or date.today()
        self._members_by_id: dict[int, MemberNode] = {}

    def set_tree(self, teams: list[TeamNode], unassigned: list[MemberNode]) -> None:
        """Replaces the whole tree (a full reload after the database or the data changed)."""
        self.beginResetModel()
        self._root = build_tree(teams, unassigned)
        self._members_by_id = {m.id: m for m in _all_members(teams, unassigned)}
        self.endResetModel()

    def clear(self) -> None:
        self.set_tree([], [])

    def sync(self, teams: list[TeamNode], unassigned: list[MemberNode]) -> None:
        """Brings the tree in line with a reloaded organisation, row by row."""
        wanted = build_tree(teams, unassigned)
        self._members_by_id = {m.id: m for m in _all_members(teams, unassigned)}
        current = {item.key: item for item in self._root.walk()}
        counts: list[tuple[TreeItem, int]] = []
        for parent in [wanted, *wanted.walk()]:  # parents before their children
            target = current[parent.key] if parent.node is not None else self._root
            for position, child in enumerate(parent.children):
                self._place(target, position, child, current)
            counts.append((target, len(parent.children)))
        # What is left behind the wanted rows of each parent is gone from the organisation.
        for target, count in counts:
            self._remove_beyond(target, count)

    def _place(
        self, parent: TreeItem, position: int, wanted: TreeItem, current: dict[Any, TreeItem]
    ) -> None:
        """Makes ``parent``'s row ``position`` the wanted node: as it is, moved or new."""
        existing = current.get(wanted.key)
        if existing is None:
            self.beginInsertRows(self._index_of_item(parent), position, position)
            item = TreeItem(wanted.node, parent)
            parent.children.insert(position, item)
            self.endInsertRows()
            current[wanted.key] = item
            return
        if existing.parent is not parent or existing.row() != position:
            self._move(existing, parent, position)
        if existing.node != wanted.node:
            existing.node = wanted.node
            self.dataChanged.emit(
                self.createIndex(position, 0, existing),
                self.createIndex(position, _COLUMN_COUNT - 1, existing),
            )

    def _move(self, item: TreeItem, parent: TreeItem, position: int) -> None:
        source = item.parent
        assert source is not None
        row = item.row()
        # Rows before ``position`` are already in place, so a move within one parent always
        # goes up, and a parent is never placed inside the item being moved.
        self.beginMoveRows(
            self._index_of_item(source), row, row, self._index_of_item(parent), position
        )
        source.children.pop(row)
        parent.children.insert(position, item)
        item.parent = parent
        self.endMoveRows()

    def _remove_beyond(self, parent: TreeItem, count: int) -> None:
        if len(parent.children) > count:
            self.beginRemoveRows(self._index_of_item(parent), count, len(parent.children) - 1)
            del parent.children[count:]
            self.endRemoveRows()

    def _index_of_item(self, item: TreeItem) -> QModelIndex:
        if item is self._root or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.row(), 0, item)

    # --- structure ------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = NO_INDEX) -> int:
        return _COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropped on the empty area: to the top level
        flags = _ENABLED_SELECTABLE | _DRAG_DROP
        if index.column() == NAME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- renaming and drag and drop -------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        node = self.node(index).node if index.isValid() else None
        name = str(value).strip()
        if role != _EDIT or index.column() != NAME_COLUMN or node is None or not name:
            return False
        if name != node.name:
            self.rename_requested.emit(key_of(node), name)
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        keys = list(dict.fromkeys(self.node(i).key for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(keys).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Asks for the dropped rows to move into the team under the drop (a member's team
        when dropped on a member; the top level on the empty area). Returns False so that the
        view removes nothing: the rows move when the edit has been made."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        keys = [tuple(key) for key in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        self.move_requested.emit(keys, self._team_at(parent))
        return False

    def _team_at(self, index: AnyIndex) -> int | None:
        node = self.node(index).node if index.isValid() else None
        if isinstance(node, MemberNode):
            return node.team_id
        return node.id if isinstance(node, TeamNode) else None

    def member(self, member_id: int | None) -> MemberNode | None:
        """Any member in the tree by id, e.g. a team's lead who sits in another team."""
        return self._members_by_id.get(member_id) if member_id is not None else None

    def members(self) -> list[MemberNode]:
        """Every member in the tree, by name."""
        return sorted(self._members_by_id.values(), key=lambda m: m.name.casefold())

    def teams(self) -> list[TeamNode]:
        """Every team in tree order."""
        return [i.node for i in self._root.walk() if isinstance(i.node, TeamNode)]

    def index_of_member(self, member_id: int) -> QModelIndex:
        """The name cell of a member's row, or an invalid index when it is not in the tree."""
        return self._find(self._root, lambda n: isinstance(n, MemberNode) and n.id == member_id)

    def index_of_team(self, team_id: int) -> QModelIndex:
        return self._find(self._root, lambda n: isinstance(n, TeamNode) and n.id == team_id)

    def _find(self, item: TreeItem, matches: Any) -> QModelIndex:
        for row, child in enumerate(item.children):
            if matches(child.node):
                return self.createIndex(row, 0, child)
            found = self._find(child, matches)
            if found.isValid():
                return found
        return QModelIndex()

    # --- data -----------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (self.tr("Name"), self.tr("Role"), self.tr("Email"))[section]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        node = self.node(index).node
        if role == NODE_ROLE:
            return node
        if role == _EDIT:
            return node.name if node is not None and index.column() == NAME_COLUMN else None
        if isinstance(node, TeamNode):
            return self._team_data(node, index.column(), role)
        if isinstance(node, MemberNode):
            return self._member_data(node, index.column(), role)
        return None

    def _team_data(self, team: TeamNode, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return (team.name, self.tr("Team"), "")[column]
        if role == _DECORATION and column == NAME_COLUMN:
            return self._icon("team")
        if role == _TOOLTIP:
            return self._team_tooltip(team)
        return None

    def _member_data(self, member: MemberNode, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return (member.name, self.role_label(member.role), member.email or "")[column]
        if role == _DECORATION and column == NAME_COLUMN:
            return self._icon(member.role)
        if role == _FOREGROUND and member.has_left(self._today):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == _TOOLTIP:
            return self._member_tooltip(member)
        return None

    def role_label(self, role: str) -> str:
        labels = {
            "head": self.tr("Head of sales"),
            "manager": self.tr("Sales manager"),
            "supervisor": self.tr("Sales supervisor"),
            "representative": self.tr("Sales representative"),
        }
        return labels.get(role, role)

    def _team_tooltip(self, team: TeamNode) -> str:
        active = sum(not m.has_left(self._today) for m in team.all_members())
        people = self.tr("%n active member(s)", "", active)
        lead = self.member(team.lead_member_id)
        if lead is None:
            return f"{team.name}\n{people}"
        return f"{team.name}\n{self.tr('Lead: {name}').format(name=lead.name)}\n{people}"

    def _member_tooltip(self, member: MemberNode) -> str:
        lines = [member.name, self.role_label(member.role)]
        if member.email:  # whole, where a narrow column cuts it short
            lines.append(member.email)
        if member.has_left(self._today):
            lines.append(self.tr("Left on {date}").format(date=format_date(member.left_on)))
        return "\n".join(lines)

    @staticmethod
    def _icon(name: str) -> QIcon | None:
        """The role's (or team's) icon; none when the SVG is missing, so no blank gap shows."""
        found = icon(name)
        return None if found.isNull() else found


def _all_members(teams: list[TeamNode], unassigned: list[MemberNode]) -> list[MemberNode]:
    return [m for team in teams for m in team.all_members()] + unassigned
