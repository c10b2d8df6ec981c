"""The Strategy section on the hand-worked strategy fixture
(tests/salesdesk/strategy/strategy_fixture.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.salesdesk.strategy import strategy_fixture as sf

from ui.section import AppContext
from ui.strategy.section import StrategySection

Q1_2025 = Period.quarter(2025, 1)
TIMEOUT_MS = 30_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = sf.create_strategy_database(tmp_path / "section.sqlite")
    with open_database(path) as opened:
        yield opened


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> StrategySection:
    section = StrategySection(today=sf.TODAY)
    qtbot.addWidget(section)
    section.resize(1280, 760)
    with qtbot.waitSignals([view.loaded for view in section.views], timeout=TIMEOUT_MS):
        section.set_context(AppContext(database, Q1_2025, "geographic", "USD"))
    return section
