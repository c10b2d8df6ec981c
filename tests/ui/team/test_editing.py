"""Editing the organisation in the Team section: every command with undo and redo, cycle
refusal, deletes that say what depends, coverage edits and owner assignment (team_fixture)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salesdesk.store.db import Database, open_database
from salesdesk.team.tree import ROLE_ORDER, MemberNode, TeamNode
from tests.salesdesk.team.team_fixture import (
    BOB,
    CAT,
    DAN,
    EAST,
    MURMANSK,
    OCTOBER,
    SALES,
    TODAY,
    create_team_database,
)

from ui.dialogs.messages import Confirm, Messages
from ui.section import AppContext
from ui.team.assignment_dialog import AssignmentDialog
from ui.team.editors import (
    HolderDialog,
    LeavingDialog,
    MemberChoice,
    MemberDialog,
    MoveDialog,
    TeamChoice,
    TeamDialog,
)
from ui.team.section import TeamSection
from ui.team.tree_model import NODE_ROLE

TIMEOUT_MS = 30_000


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Messages, "error", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    return shown


def _children(section: TeamSection, team_id: int | None) -> list[str]:
    model = section.model
    parent = model.index_of_team(team_id) if team_id is not None else model.index(-1, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def _edited(qtbot: QtBot, section: TeamSection, action: Callable[[], object]) -> None:
    """Runs ``action`` and waits until its edit (or undo, or redo) is in and on screen."""
    with qtbot.waitSignal(section.edited, timeout=TIMEOUT_MS):
        action()


def _member(database: Database, member_id: int, column: str) -> object:
    with database.read() as conn:
        return conn.exec_driver_sql(
            f"SELECT {column} FROM member WHERE id = ?", (member_id,)
        ).scalar()


def test_dropping_a_member_on_a_team_moves_it_and_undoes(
    qtbot: QtBot, section: TeamSection, database: Database
) -> None:
    assert _children(section, EAST) == ["Cat", "Dan", "Eve"]
    model = section.model
    data = model.mimeData([model.index_of_member(DAN)])
    _edited(
        qtbot,
        section,
        lambda: model.dropMimeData(data, _move(), -1, -1, model.index_of_team(SALES)),
    )
    assert _children(section, SALES) == ["Bob", "Dan", "East"]
    assert _children(section, EAST) == ["Cat", "Eve"]
    assert _member(database, DAN, "team_id") == SALES
    stack = section.undo_stack()
    assert stack.undoText() == "Move Dan to Sales"
    _edited(qtbot, section, stack.undo)
    assert _children(section, EAST) == ["Cat", "Dan", "Eve"]
    assert _member(database, DAN, "team_id") == EAST
    _edited(qtbot, section, stack.redo)
    assert _children(section, SALES) == ["Bob", "Dan", "East"]


def test_a_whole_team_moves_to_the_top_level(qtbot: QtBot, section: TeamSection) -> None:
    model = section.model
    _edited(qtbot, section, lambda: section.commands.move_nodes([("team", EAST)], None))
    assert _children(section, None) == ["Ann", "East", "Sales"]
    assert model.index_of_member(CAT).parent().data() == "East"
    assert section.undo_stack().undoText() == "Move East to the top level"
    _edited(qtbot, section, section.undo_stack().undo)
    assert _children(section, None) == ["Ann", "Sales"]


def test_move_to_team_is_the_keyboards_drag_and_drop(
    qtbot: QtBot, section: TeamSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def ask(cls: object, parent: object, node: object, teams: list[TeamNode], current: object):  # type: ignore[no-untyped-def]
        offered.append([t.name for t in teams])
        return (SALES,)

    monkeypatch.setattr(MoveDialog, "ask", classmethod(ask))
    section.select(section.model.index_of_member(DAN))
    assert section.commands.move_action.isEnabled()
    _edited(qtbot, section, section.commands.move_action.trigger)
    assert _children(section, SALES) == ["Bob", "Dan", "East"]
    assert section.undo_stack().undoText() == "Move Dan to Sales"
    section.select(section.model.index_of_team(SALES))
    monkeypatch.setattr(MoveDialog, "ask", classmethod(lambda cls, *a: None))
    section.commands.move_selected()  # cancelled: nothing happens
    assert section.undo_stack().count() == 1


def test_the_move_dialog_offers_no_team_inside_the_moved_one(
    qtbot: QtBot, section: TeamSection
) -> None:
    sales = section.model.index_of_team(SALES).data(NODE_ROLE)
    dialog = MoveDialog(sales, section.model.teams(), None)
    qtbot.addWidget(dialog)
    combo = dialog.team_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["(top level)"]
    dan = section.model.index_of_member(DAN).data(NODE_ROLE)
    dialog = MoveDialog(dan, section.model.teams(), EAST)
    qtbot.addWidget(dialog)
    combo = dialog.team_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["(no team)", "Sales", "East"]
    assert combo.currentText() == "East"


def test_double_clicking_a_member_opens_the_editor(
    qtbot: QtBot, section: TeamSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def ask(cls: object, parent: object, member: MemberNode, *args: object, **kw: object) -> None:
        opened.append(member.name)

    monkeypatch.setattr(MemberDialog, "ask", classmethod(ask))
    section.show()
    qtbot.waitExposed(section)
    tree = section.tree
    centre = tree.visualRect(section.model.index_of_member(DAN)).center()
    # what a double-click sends: a press and release, then the double-click
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == ["Dan"]
    assert section.selected_node().name == "Dan"


def test_a_cycle_is_refused_with_a_message(
    qtbot: QtBot, section: TeamSection, errors: list[str]
) -> None:
    model = section.model
    data = model.mimeData([model.index_of_team(SALES)])
    model.dropMimeData(data, _move(), -1, -1, model.index_of_team(EAST))
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    assert errors == ["Sales cannot move under East: East is part of Sales."]
    assert _children(section, None) == ["Ann", "Sales"]
    assert section.undo_stack().count() == 0


def test_new_team_and_member_are_selected_and_undone(
    qtbot: QtBot, section: TeamSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        TeamDialog, "ask", classmethod(lambda cls, *a, **k: TeamChoice("West", SALES, DAN))
    )
    _edited(qtbot, section, section.commands.new_team)
    assert section.selected_node().name == "West"
    assert _children(section, SALES) == ["Bob", "East", "West"]
    values = {"name": "Gus", "role": "representative", "team_id": EAST, "reports_to_id": -1,
              "email": None, "phone": None, "capacity": 4}  # fmt: skip
    monkeypatch.setattr(MemberDialog, "ask", classmethod(lambda cls, *a, **k: MemberChoice(values)))
    _edited(qtbot, section, section.commands.new_member)
    gus = section.selected_node()
    assert isinstance(gus, MemberNode) and gus.name == "Gus"
    assert (gus.team_id, gus.reports_to_id, gus.capacity) == (EAST, BOB, 4)  # Bob leads Sales
    stack = section.undo_stack()
    assert stack.undoText() == "New member Gus"
    _edited(qtbot, section, stack.undo)
    _edited(qtbot, section, stack.undo)
    assert _children(section, SALES) == ["Bob", "East"]
    assert _children(section, EAST) == ["Cat", "Dan", "Eve"]
    _edited(qtbot, section, stack.redo)
    assert _children(section, SALES) == ["Bob", "East", "West"]


def test_rename_role_and_leaving(
    qtbot: QtBot, section: TeamSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = section.model
    _edited(qtbot, section, lambda: model.setData(model.index_of_member(DAN), "Daniel"))
    assert model.index_of_member(DAN).data() == "Daniel"
    section.select(model.index_of_member(DAN))
    _edited(qtbot, section, lambda: section.commands.set_role("supervisor"))
    assert model.index_of_member(DAN).data(NODE_ROLE).role == "supervisor"
    assert section.commands.role_actions["supervisor"].isChecked()
    monkeypatch.setattr(LeavingDialog, "ask", classmethod(lambda cls, *a: date(2026, 11, 1)))
    _edited(qtbot, section, section.commands.toggle_left)
    assert _member(database, DAN, "left_on") == "2026-11-01"
    assert section.commands.left_action.text() == "Mark as &active again"
    assert model.index_of_member(DAN).data(NODE_ROLE).has_left(TODAY)
    stack = section.undo_stack()
    for _ in range(3):
        _edited(qtbot, section, stack.undo)
    assert (_member(database, DAN, "name"), _member(database, DAN, "role")) == (
        "Dan",
        "representative",
    )
    assert _member(database, DAN, "left_on") is None
    assert model.index_of_member(DAN).data() == "Dan"


def test_delete_says_what_depends_and_undoes(
    qtbot: QtBot, section: TeamSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(cls: object, parent: object, title: str, text: str, detail: str = "") -> bool:
        asked.append(detail)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(answer))
    section.select(section.model.index_of_team(EAST))
    _edited(qtbot, section, section.commands.delete_selected)
    assert "3 members" in asked[0] and "1 coverage assignment" in asked[0]
    assert _children(section, SALES) == ["Bob", "Cat", "Dan", "Eve"]
    assert not section.model.index_of_team(EAST).isValid()
    _edited(qtbot, section, section.undo_stack().undo)
    assert _children(section, SALES) == ["Bob", "East"]
    assert _children(section, EAST) == ["Cat", "Dan", "Eve"]


def test_a_member_with_sales_is_not_deleted(
    qtbot: QtBot, section: TeamSection, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, *a, **k: True))
    section.select(section.model.index_of_member(CAT))
    section.commands.delete_selected()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    assert errors == [
        "Cat has 3 sales and interactions in the history; mark them as having left instead "
        "of deleting them."
    ]
    assert section.model.index_of_member(CAT).isValid()


def test_coverage_view_counts_gaps_overlaps_and_overloads(section: TeamSection) -> None:
    assert section.coverage.title_label.text() == "Coverage by territory"
    # Murmansk: C5, C6, 3,000.00 in October; Moscow: Cat and Dan; Cat 3 accounts over 2
    assert section.coverage.summary_label.text().splitlines() == [
        "1 gap(s): 2 customer(s), RUB\xa03,000 in October 2026",
        "1 overlap(s): 4 customer(s), RUB\xa017,000 in October 2026",
        "1 overloaded member(s): 1 account(s) over capacity",
    ]


def test_assigning_coverage_closes_the_gap_and_undoes(
    qtbot: QtBot, section: TeamSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = section.coverage
    view.select_item(MURMANSK)
    assert view.assign_button.isEnabled() and not view.unassign_button.isEnabled()
    monkeypatch.setattr(HolderDialog, "ask", classmethod(lambda cls, *a: ("member", DAN)))
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT_MS):
        view.assign_button.click()
    assert view.report is not None and view.report.gaps == []
    assert view.selected_item().id == MURMANSK
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT_MS):
        section.undo_stack().undo()
    assert [item.name for item in view.report.gaps] == ["Murmansk"]


def test_assignment_preview_then_apply_in_one_undoable_step(
    qtbot: QtBot, section: TeamSection, database: Database
) -> None:
    dialog = AssignmentDialog(database, "geographic", OCTOBER, "RUB", section)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(dialog.proposal_loaded, timeout=TIMEOUT_MS):
        dialog.rebalance_check.setChecked(True)
    table = dialog.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    # Cat hands C3 (2,000.00) to Dan; Dan also gets C4 (7,000.00) and C8 (a prospect)
    assert rows == [
        ["Cat", "", "1", "", "RUB\xa02,000", "3 → 2", "2"],
        ["Dan", "3", "", "RUB\xa09,000", "", "0 → 2", "5"],
    ]
    assert dialog.apply_button.isEnabled()
    assert dialog.uncovered_label.text().startswith("2 customer(s) stay without an owner")
    with database.read() as conn:
        before = dict(conn.exec_driver_sql("SELECT id, owner_member_id FROM customer").all())
    with qtbot.waitSignal(section.edited, timeout=TIMEOUT_MS):
        section.commands.apply_proposal(dialog.proposal)
    with database.read() as conn:
        after = dict(conn.exec_driver_sql("SELECT id, owner_member_id FROM customer").all())
    assert {c: after[c] for c in (3, 4, 8)} == {3: DAN, 4: DAN, 8: DAN}
    stack = section.undo_stack()
    assert stack.count() == 1 and stack.undoText() == "Assign owners to 3 customer(s)"
    _edited(qtbot, section, stack.undo)
    with database.read() as conn:
        assert (
            dict(conn.exec_driver_sql("SELECT id, owner_member_id FROM customer").all()) == before
        )


def test_cancel_changes_nothing(
    qtbot: QtBot, section: TeamSection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AssignmentDialog, "ask", classmethod(lambda cls, *a, **k: None))
    section.commands.propose_owners()
    assert section.undo_stack().count() == 0


def test_read_only_database_offers_no_edits(qtbot: QtBot, tmp_path: Path) -> None:
    path = create_team_database(tmp_path / "ro.sqlite")
    with open_database(path, read_only=True) as database:
        section = TeamSection()
        qtbot.addWidget(section)
        with qtbot.waitSignal(section.figures_loaded, timeout=TIMEOUT_MS):
            section.set_context(AppContext(database, OCTOBER, "geographic", "RUB"))
        assert not section.commands.new_team_action.isEnabled()
        assert not section.tree.dragEnabled()
        assert section.commands.move_nodes([("member", DAN)], SALES) is None


def _move() -> object:
    from PySide6.QtCore import Qt

    return Qt.DropAction.MoveAction


def test_edits_go_on_the_main_windows_undo_stack(qtbot: QtBot) -> None:
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    section = next(s for s in window.sections if isinstance(s, TeamSection))
    assert section.undo_stack() is window.undo_stack


def test_the_member_editor_refuses_an_email_that_is_not_one_at_the_field(qtbot: QtBot) -> None:
    host = QWidget()  # a parent deleted on the GUI thread (not by a collection elsewhere)
    qtbot.addWidget(host)
    dialog = MemberDialog(None, [], [], {role: role for role in ROLE_ORDER}, host)
    dialog.show()
    dialog.name_edit.setText("Anna")
    dialog.email_edit.setFocus()
    qtbot.keyClicks(dialog.email_edit, "anna@example")
    dialog.email_edit.editingFinished.emit()  # as when the user leaves the field
    assert dialog.errors.messages() == {
        "email": "anna@example is not an e-mail address (name@example.com)."
    }
    dialog.accept()
    assert dialog.result() == 0 and dialog.focusWidget() is dialog.email_edit
    qtbot.keyClicks(dialog.email_edit, ".com")  # the reason goes as the address comes right
    assert dialog.errors.messages() == {}
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.choice().values["email"] == "anna@example.com"
