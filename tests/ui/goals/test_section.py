"""The Goals section, its tree model, the goal view with check-ins (undoable) and the goal
editor's live SMART panel, on a small database whose answers are worked out by hand.

Ivan (team North) sold 100 000 in each quarter of 2025 and 80 000 so far in Q1 2026 (today is
14 Feb 2026). Goal 1, North's Q1 revenue of 110 000, forecasts 104 107: at risk (see
tests/salesdesk/reports/test_goals_report.py); goal 2, the head's 300 000, is off track;
goal 3 splits goal 2 but asks only 250 000: 50 000 short.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from salesdesk.goals.choices import editor_choices
from salesdesk.goals.overview import goals_overview
from salesdesk.metrics import clock
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.salesdesk.goals import goal_fixture as fx

from ui.goals.checkin_dialog import CheckinDialog, CheckinValues
from ui.goals.editor import GoalEditor
from ui.goals.section import GoalsSection
from ui.goals.tree_model import LINE_ROLE, STATUS_COLUMN, TARGET_COLUMN, GoalTreeModel
from ui.goals.view import CHECKIN_ID_ROLE
from ui.section import AppContext

TODAY = date(2026, 2, 14)
TIMEOUT_MS = 30_000
SALES = [
    ("2025-01-10", 100000, 1),
    ("2025-04-10", 100000, 1),
    ("2025-07-10", 100000, 1),
    ("2025-10-10", 100000, 1),
    ("2026-01-10", 50000, 1),
    ("2026-02-10", 30000, 1),
]
GOALS = [
    (1, "North revenue in Q1 2026", fx.NORTH, None, None, 110000),
    (2, "Department revenue in Q1 2026", None, fx.HEAD, None, 300000),
    (3, "Maria's part of the department revenue", None, fx.MARIA, 2, 250000),
]


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = fx.create_goal_database(tmp_path / "goals.sqlite", sales=SALES)
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO goal (id, title, description, metric, owner_team_id, owner_member_id,"
            " parent_id, baseline_kind, target_value, direction, resource_notes, start_on,"
            " end_on) VALUES (?, ?, '', 'revenue', ?, ?, ?, 'previous_period', ?, 'higher', '',"
            " '2026-01-01', '2026-03-31')",
            GOALS,
        )
    raw.close()
    with open_database(path) as database:
        yield database


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


def test_editor_checks_smart_live(qtbot: QtBot, database: Database) -> None:
    with database.read() as conn:
        choices = editor_choices(conn)
        from salesdesk.goals.goal import load_goal

        goal = load_goal(conn, 1)
    editor = GoalEditor(choices, database, today=TODAY, save=lambda _goal: None, goal=goal)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.panel.badges["S"].text() == "pass", timeout=TIMEOUT_MS)
    # the baseline is Q4 2025's 100 000: a target of 110 000 is +10 %
    assert editor.growth_spin.value() == pytest.approx(10.0)
    editor.title_edit.setText("Максимально возможный оборот")
    qtbot.waitUntil(lambda: editor.panel.badges["S"].text() == "warning", timeout=TIMEOUT_MS)
    assert editor.panel.sentences["S"].text().startswith('"Максимально возможный" is vague')
    editor.growth_spin.setValue(20.0)  # the target follows: 120 000 = RUB 1,200
    assert editor.target_spin.value() == pytest.approx(1200.0)
    editor.end_edit.setDate(editor.start_edit.date().addDays(-1))
    qtbot.waitUntil(lambda: editor.panel.badges["T"].text() == "fail", timeout=TIMEOUT_MS)


def test_a_failed_save_keeps_the_editor_open(qtbot: QtBot, database: Database) -> None:
    from ui.dialogs.messages import Messages

    shown: list[str] = []

    def refuse(_goal: object) -> None:
        raise OSError("disk full")

    with database.read() as conn:
        choices = editor_choices(conn)
    editor = GoalEditor(choices, database, today=TODAY, save=refuse)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Grow revenue")
    original = Messages.error
    Messages.error = classmethod(lambda cls, parent, title, text: shown.append(text))  # type: ignore[method-assign]
    try:
        editor.buttons.accepted.emit()
    finally:
        Messages.error = original  # type: ignore[method-assign]
    assert shown == ["The goal could not be saved: disk full"]
    assert editor.result() == 0 and editor.title_edit.text() == "Grow revenue"


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
