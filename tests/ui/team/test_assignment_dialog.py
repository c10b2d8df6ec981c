"""Propose owners: the preview lists each customer from → to, can leave one out or give it to
another covering member, follows the edits per member, and applies what was kept in one
undoable step; managers take accounts only when allowed (team_fixture, figures there).

As proposed on team_fixture (October 2026, geographic): C4 (Tver, 7,000.00, no owner) and C8
(Moscow, a prospect, no owner) both go to Dan — Cat, the other representative covering them, is
full (3 current accounts, capacity 2). Bob, a manager, covers no territory.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from salesdesk.store.db import Database, open_database
from tests.salesdesk.team.team_fixture import BOB, CAT, OCTOBER, create_team_database
from tests.ui.team.conftest import shown_section

from ui import settings as keys
from ui.settings import AppSettings
from ui.team.assignment_dialog import AssignmentDialog
from ui.team.proposal_model import CUSTOMER, FROM, TO

TIMEOUT_MS = 30_000
C4, C8 = 4, 8


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> AssignmentDialog:
    dialog = AssignmentDialog(database, "geographic", OCTOBER, "RUB")
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(
        dialog.moves_model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=TIMEOUT_MS)
    return dialog


def rows(dialog: AssignmentDialog) -> list[list[str]]:
    model = dialog.moves_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def members(dialog: AssignmentDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_preview_lists_each_customer_from_and_to(dialog: AssignmentDialog) -> None:
    assert rows(dialog) == [
        ["C4", "RUB\xa07,000", "No owner", "—", "Dan"],
        ["C8", "RUB\xa00", "No owner", "—", "Dan"],
    ]
    assert members(dialog) == [["Dan", "2", "", "RUB\xa07,000", "", "0 → 1", "5"]]
    assert dialog.summary_label.text().startswith("2 customer(s) get a new owner.")


def test_a_customer_left_out_and_another_given_to_someone_else(
    qtbot: QtBot, dialog: AssignmentDialog, database: Database
) -> None:
    model, view = dialog.moves_model, dialog.moves_view
    # untick C8: it keeps no owner
    model.setData(model.index(1, CUSTOMER), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert rows(dialog)[1][TO] == "not moved"
    assert members(dialog) == [["Dan", "1", "", "RUB\xa07,000", "", "0 → 1", "5"]]
    # C4 to Cat instead, chosen in the To column's list as a user does
    to = model.index(0, TO)
    view.setCurrentIndex(to)
    view.edit(to)
    editor = view.viewport().findChild(QComboBox)
    assert editor is not None
    assert [editor.itemText(i) for i in range(editor.count())] == ["Dan", "Cat"]
    editor.setCurrentIndex(editor.findData(CAT))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it a moment later
    qtbot.waitUntil(lambda: rows(dialog)[0][TO] == "Cat")
    assert rows(dialog)[0][FROM:] == ["—", "Cat"]
    # Cat: 3 current accounts + C4 = 4, over her capacity of 2 (highlighted)
    assert members(dialog) == [["Cat", "1", "", "RUB\xa07,000", "", "3 → 4", "2"]]
    assert dialog.summary_label.text().startswith("1 customer(s) get a new owner.")
    assert dialog.proposal is not None
    assert [(m.customer_id, m.to_member_id) for m in dialog.proposal.moves] == [(C4, CAT)]


def test_what_the_preview_kept_is_applied_in_one_undoable_step(
    qtbot: QtBot, database: Database, dialog: AssignmentDialog
) -> None:
    section = shown_section(qtbot, database)
    model = dialog.moves_model
    model.setData(model.index(1, CUSTOMER), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(0, TO), CAT, Qt.ItemDataRole.EditRole)
    assert dialog.proposal is not None
    with qtbot.waitSignal(section.edited, timeout=TIMEOUT_MS):
        section.commands.apply_proposal(dialog.proposal)
    with database.read() as conn:
        owners = dict(conn.exec_driver_sql("SELECT id, owner_member_id FROM customer").all())
    assert (owners[C4], owners[C8]) == (CAT, None)
    stack = section.undo_stack()
    assert stack.count() == 1
    with qtbot.waitSignal(section.edited, timeout=TIMEOUT_MS):
        stack.undo()
    with database.read() as conn:
        owners = dict(conn.exec_driver_sql("SELECT id, owner_member_id FROM customer").all())
    assert (owners[C4], owners[C8]) == (None, None)


def test_managers_take_accounts_only_when_allowed(qtbot: QtBot, tmp_path: Path) -> None:
    """Bob (manager, capacity 50, 1 account) covers Moscow too: by default C8 still goes to
    Dan; allowed, to Bob, who has the most spare capacity (49 against Dan's 5)."""
    path = create_team_database(tmp_path / "managers.sqlite")
    with open_database(path) as database:
        with database.write() as conn:
            conn.exec_driver_sql("UPDATE member SET capacity = 50 WHERE id = 2")
            conn.exec_driver_sql("INSERT INTO coverage (member_id, territory_id) VALUES (2, 3)")
        dialog = AssignmentDialog(database, "geographic", OCTOBER, "RUB")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=TIMEOUT_MS)
        assert not dialog.managers_check.isChecked()
        assert [r[TO] for r in rows(dialog)] == ["Dan", "Dan"]
        with qtbot.waitSignal(dialog.proposal_loaded, timeout=TIMEOUT_MS):
            dialog.managers_check.setChecked(True)
        assert [r[TO] for r in rows(dialog)] == ["Dan", "Bob"]
        assert dialog.proposal is not None
        assert dialog.proposal.moves[1].to_member_id == BOB
        assert AppSettings().get(keys.ASSIGN_TO_MANAGERS)  # remembered for next time
        dialog.close()
