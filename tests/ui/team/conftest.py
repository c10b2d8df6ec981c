"""The Team section's tests: the organisation of team_fixture in a database of its own per
test, and the section showing it (its figures and coverage loaded)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from salesdesk.store.db import Database, open_database
from tests.salesdesk.team.team_fixture import OCTOBER, create_team_database

from ui.section import AppContext
from ui.team.section import TeamSection

TIMEOUT_MS = 30_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with open_database(create_team_database(tmp_path / "team.sqlite")) as database:
        yield database


@pytest.fixture
def section(qtbot: QtBot, database: Database) -> TeamSection:
    return shown_section(qtbot, database)


def shown_section(qtbot: QtBot, database: Database) -> TeamSection:
    """A Team section on ``database``, once its figures and coverage are in."""
    section = TeamSection()
    qtbot.addWidget(section)
    with qtbot.waitSignals([section.figures_loaded, section.coverage.loaded], timeout=TIMEOUT_MS):
        section.set_context(AppContext(database, OCTOBER, "geographic", "RUB"))
    return section
