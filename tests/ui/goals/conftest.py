"""The small goals database of the Goals tests: Ivan (team North) sold 100 000 in each quarter
of 2025 and 80 000 so far in Q1 2026 (today is 14 Feb 2026). Goal 1, North's Q1 revenue of
110 000, forecasts 104 107: at risk (see tests/salesdesk/reports/test_goals_report.py); goal 2,
the head's 300 000, is off track; goal 3 splits goal 2 but asks only 250 000: 50 000 short.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salesdesk.metrics import clock
from salesdesk.store.db import Database, open_database
from tests.salesdesk.goals import goal_fixture as fx

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


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    """The parent of a dialog under test, freed here on the GUI thread: a parentless dialog
    caught in a reference cycle could be collected, and so deleted, on a worker thread."""
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
