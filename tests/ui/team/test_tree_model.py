"""TeamTreeModel: Qt's model tester, the shape of the tree and how people who left look."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from salesdesk.team.tree import MemberNode, TeamNode

from ui.team.tree_model import (
    EMAIL_COLUMN,
    MIME_TYPE,
    NODE_ROLE,
    ROLE_COLUMN,
    TeamTreeModel,
)

TODAY = date(2026, 11, 28)


def _organisation() -> tuple[list[TeamNode], list[MemberNode]]:
    """Sales (led by Boris) with sub-team North; Olga left North; Ann is in no team."""
    boris = MemberNode(2, "Boris Lead", "manager", "boris@example.com", team_id=1)
    zoe = MemberNode(3, "Zoe Rep", "representative", team_id=2)
    olga = MemberNode(4, "Olga Gone", "representative", team_id=2, left_on=date(2025, 6, 30))
    north = TeamNode(2, "North", parent_id=1, members=[zoe, olga])
    sales = TeamNode(1, "Sales", lead_member_id=2, children=[north], members=[boris])
    ann = MemberNode(1, "Ann Head", "head", "ann@example.com")
    return [sales], [ann]


@pytest.fixture
def model(qtbot: object) -> TeamTreeModel:
    model = TeamTreeModel(today=TODAY)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_tree(*_organisation())
    return model


def _names(model: TeamTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_tree_lists_members_without_a_team_then_teams(model: TeamTreeModel) -> None:
    root = QModelIndex()
    assert _names(model, root) == ["Ann Head", "Sales"]
    sales = model.index(1, 0, root)
    # the team's own members come before its sub-teams
    assert _names(model, sales) == ["Boris Lead", "North"]
    north = model.index(1, 0, sales)
    assert _names(model, north) == ["Zoe Rep", "Olga Gone"]
    assert model.index(0, 0, north).parent() == north
    assert model.columnCount(root) == 3


def test_columns_show_role_and_email(model: TeamTreeModel) -> None:
    ann = model.index(0, 0)
    assert ann.siblingAtColumn(ROLE_COLUMN).data() == "Head of sales"
    assert ann.siblingAtColumn(EMAIL_COLUMN).data() == "ann@example.com"
    assert model.index(1, ROLE_COLUMN).data() == "Team"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Name", "Role", "Email"]


def test_node_role_gives_the_core_object(model: TeamTreeModel) -> None:
    sales = model.index(1, 0).data(NODE_ROLE)
    assert isinstance(sales, TeamNode) and sales.id == 1
    found = model.index_of_member(4)
    assert found.data() == "Olga Gone"
    assert model.index_of_team(2).data() == "North"
    assert not model.index_of_member(99).isValid()


def test_member_who_left_is_greyed_and_explained(model: TeamTreeModel) -> None:
    olga = model.index_of_member(4)
    zoe = model.index_of_member(3)
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert olga.data(Qt.ItemDataRole.ForegroundRole).color() == grey
    assert olga.siblingAtColumn(EMAIL_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert zoe.data(Qt.ItemDataRole.ForegroundRole) is None
    assert olga.data(Qt.ItemDataRole.ToolTipRole) == (
        "Olga Gone\nSales representative\nLeft on Jun 30, 2025"
    )


def test_a_member_tooltip_says_the_whole_email(model: TeamTreeModel) -> None:
    """The e-mail column is narrow; its address is read whole in the tooltip."""
    boris = model.index_of_member(2).siblingAtColumn(EMAIL_COLUMN)
    assert boris.data() == "boris@example.com"
    assert boris.data(Qt.ItemDataRole.ToolTipRole) == (
        "Boris Lead\nSales manager\nboris@example.com"
    )


def test_team_tooltip_names_lead_and_counts_active_members(model: TeamTreeModel) -> None:
    # Sales: Boris, Zoe and Olga, of whom Olga left
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Sales\nLead: Boris Lead\n2 active member(s)"
    )


def test_reload_and_clear(model: TeamTreeModel) -> None:
    model.set_tree(*_organisation())
    assert model.rowCount() == 2
    model.clear()
    assert model.rowCount() == 0
    assert not model.index(0, 0).isValid()


# --- editing: sync, drag and drop, renaming ---------------------------------------------------


def _reshaped() -> tuple[list[TeamNode], list[MemberNode]]:
    """After some edits: North moved to the top, Olga moved to Sales, Zoe deleted, Boris
    renamed, a new team West with a new member Max; Ann unchanged."""
    boris = MemberNode(2, "Boris Big", "manager", "boris@example.com", team_id=1)
    olga = MemberNode(4, "Olga Gone", "representative", team_id=1, left_on=date(2025, 6, 30))
    sales = TeamNode(1, "Sales", lead_member_id=2, members=[boris, olga])
    north = TeamNode(2, "North")
    max_ = MemberNode(5, "Max New", "representative", team_id=3)
    west = TeamNode(3, "West", members=[max_])
    ann = MemberNode(1, "Ann Head", "head", "ann@example.com")
    return [north, sales, west], [ann]


def test_sync_moves_inserts_and_removes_rows_under_the_model_tester(
    model: TeamTreeModel, qtbot: object
) -> None:
    olga = QPersistentModelIndex(model.index_of_member(4))
    north = QPersistentModelIndex(model.index_of_team(2))
    moved: list[object] = []
    model.rowsMoved.connect(lambda *args: moved.append(args))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.sync(*_reshaped())
    root = QModelIndex()
    assert _names(model, root) == ["Ann Head", "North", "Sales", "West"]
    assert _names(model, model.index(1, 0)) == []
    assert _names(model, model.index(2, 0)) == ["Boris Big", "Olga Gone"]
    assert _names(model, model.index(3, 0)) == ["Max New"]
    # rows moved rather than reloaded: persistent indexes follow them
    assert resets == [] and len(moved) >= 2
    assert olga.isValid() and olga.data() == "Olga Gone" and olga.parent().data() == "Sales"
    assert north.isValid() and north.row() == 1 and not north.parent().isValid()
    assert not model.index_of_member(3).isValid()  # Zoe is gone
    # and back again
    model.sync(*_organisation())
    assert _names(model, root) == ["Ann Head", "Sales"]
    assert _names(model, model.index(1, 0)) == ["Boris Lead", "North"]
    assert _names(model, model.index_of_team(2)) == ["Zoe Rep", "Olga Gone"]


def test_sync_swaps_a_parent_and_its_child(model: TeamTreeModel) -> None:
    sales, north = _organisation()[0][0], _organisation()[0][0].children[0]
    north.children, north.parent_id, sales.children = [sales], None, []
    model.sync([north], _organisation()[1])
    assert _names(model, QModelIndex()) == ["Ann Head", "North"]
    assert _names(model, model.index(1, 0)) == ["Zoe Rep", "Olga Gone", "Sales"]
    assert _names(model, model.index_of_team(1)) == ["Boris Lead"]


def test_a_drop_asks_to_move_the_dragged_rows(model: TeamTreeModel) -> None:
    requests: list[tuple[list[object], object]] = []
    model.move_requested.connect(lambda keys, team: requests.append((keys, team)))
    data = model.mimeData([model.index_of_member(3), model.index_of_team(2)])
    assert model.mimeTypes() == [MIME_TYPE] and data.hasFormat(MIME_TYPE)
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, -1, -1, model.index_of_team(1))
    # the view must not remove the source rows: the edit moves them
    assert not model.dropMimeData(data, move, -1, -1, model.index_of_team(1))
    model.dropMimeData(data, move, -1, -1, model.index_of_member(1))  # Ann: no team
    model.dropMimeData(data, move, -1, -1, model.index_of_member(3))  # Zoe: North
    assert requests == [
        ([("member", 3), ("team", 2)], 1),
        ([("member", 3), ("team", 2)], None),
        ([("member", 3), ("team", 2)], 2),
    ]
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(model.index_of_member(3)) & Qt.ItemFlag.ItemIsDragEnabled


def test_renaming_asks_for_the_edit(model: TeamTreeModel) -> None:
    requests: list[tuple[object, str]] = []
    model.rename_requested.connect(lambda key, name: requests.append((key, name)))
    north = model.index_of_team(2)
    assert north.data(Qt.ItemDataRole.EditRole) == "North"
    assert model.flags(north) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(north, "  Far North ")
    assert not model.setData(north, "   ")
    assert not model.setData(north.siblingAtColumn(ROLE_COLUMN), "Boss")
    assert requests == [(("team", 2), "Far North")]
