"""The Goals section, its tree model and the goal view with check-ins (undoable), on the small
database of conftest.py whose answers are worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from salesdesk.goals.overview import goals_overview
from salesdesk.periods import Period
from salesdesk.store.db import Database
from tests.ui.goals.conftest import TIMEOUT_MS, TODAY

from ui.goals.checkin_dialog import CheckinDialog, CheckinValues
from ui.goals.section import GoalsSection
from ui.goals.tree_model import LINE_ROLE, STATUS_COLUMN, TARGET_COLUMN, GoalTreeModel
from ui.goals.view import CHECKIN_ID_ROLE
from ui.section import AppContext


class _Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.undo_stack = QUndoStack(self)


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> Iterator[GoalsSection]:
    window = _Window()  # held here: the section lives in it
    section = GoalsSection()
    window.setCentralWidget(section)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitSignal(section.loaded, timeout=TIMEOUT_MS):
        section.set_context(AppContext(database, Period.quarter(2026, 1), "geographic", "RUB"))
    yield section


def test_tree_model_passes_the_model_tester(qtbot: QtBot, database: Database) -> None:
    model = GoalTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    with database.read() as conn:
        model.set_lines(goals_overview(conn, TODAY), "RUB")
    assert model.rowCount() == 2  # owners: Head, North


def test_goals_grouped_by_owner_with_the_split_underneath(section: GoalsSection) -> None:
    model = section.model
    owners = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert owners == ["Head", "North"]
    head = model.index(0, 0)
    department = model.index(0, 0, head)
    assert department.data() == "Department revenue in Q1 2026"
    child = model.index(0, 0, department)
    assert child.data() == "Maria's part of the department revenue"
    north_goal = model.index(0, 0, model.index(1, 0))
    assert north_goal.siblingAtColumn(STATUS_COLUMN).data() == "At risk"
    assert department.siblingAtColumn(STATUS_COLUMN).data() == "Off track"


def test_split_mismatch_is_flagged_with_the_difference(section: GoalsSection) -> None:
    department = section.model.index(0, 0, section.model.index(0, 0))
    target = department.siblingAtColumn(TARGET_COLUMN)
    assert target.data() == "⚠ RUB\xa03,000"
    tooltip = target.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "The split adds up to RUB\xa02,500: RUB\xa0500 short of the target"


def _select(qtbot: QtBot, section: GoalsSection, goal_id: int) -> None:
    with qtbot.waitSignal(section.detail_loaded, timeout=TIMEOUT_MS):
        section.tree.setCurrentIndex(section.model.index_of_goal(goal_id))


def test_goal_view_shows_progress_and_smart_card(qtbot: QtBot, section: GoalsSection) -> None:
    _select(qtbot, section, 1)
    view = section.view
    assert view.title_label.text() == "North revenue in Q1 2026"
    assert "At risk" in view.status_label.text()
    assert view.cards["actual"].value_label.text() == "RUB\xa0800"
    assert view.cards["expected"].value_label.text() == "RUB\xa01,100"  # last year's Q1 done
    assert (
        view.smart_panel.sentences["T"].text() == "Runs 90 days, from Jan 1, 2026 to Mar 31, 2026."
    )
    assert view.burn_up_chart.figure is not None
    assert view.contribution_table.item(0, 0).text() == "Ivan"


def test_checkins_are_added_edited_and_deleted_with_undo(
    qtbot: QtBot, section: GoalsSection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(qtbot, section, 1)
    stack = section.window().undo_stack  # type: ignore[attr-defined]
    answer = CheckinValues(date(2026, 2, 12), 42.0, "Mid-quarter review")
    monkeypatch.setattr(CheckinDialog, "ask", classmethod(lambda cls, parent, values: answer))
    with qtbot.waitSignal(section.detail_loaded, timeout=TIMEOUT_MS):
        section.view.add_checkin.emit()
    table = section.view.checkin_table
    assert [table.item(0, c).text() for c in range(3)] == [
        "Feb 12, 2026",
        "42",
        "Mid-quarter review",
    ]
    checkin_id = table.item(0, 0).data(CHECKIN_ID_ROLE)
    answer = CheckinValues(date(2026, 2, 13), 43.5, "Corrected")
    with qtbot.waitSignal(section.detail_loaded, timeout=TIMEOUT_MS):
        section.edit_checkin(checkin_id)
    assert table.item(0, 1).text() == "43.5"
    with qtbot.waitSignal(section.detail_loaded, timeout=TIMEOUT_MS):
        section.delete_checkin(checkin_id)
    assert table.rowCount() == 0
    assert stack.count() == 3
    with qtbot.waitSignal(section.detail_loaded, timeout=TIMEOUT_MS):
        stack.undo()  # the delete
    assert table.rowCount() == 1 and table.item(0, 1).text() == "43.5"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_goals_section_renders(
    qtbot: QtBot, section: GoalsSection, tmp_path: Path, language: str
) -> None:
    from salesdesk import i18n

    i18n.set_language(language)
    section.window().show()
    _select(qtbot, section, 2)
    image = section.grab()
    path = tmp_path / f"goals_{language}.png"
    assert image.save(str(path)) and path.stat().st_size > 20_000
    assert section.model.index(0, 0).data(LINE_ROLE) is None  # owner rows carry no goal
