"""The goal story (goal_fixture.STORY_SALES), which the progress and guard tests work out
by hand, in one database per test module, read on goal_fixture.STORY_TODAY."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.metrics import clock
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.goals import goal_fixture as fx


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    path = tmp_path_factory.mktemp("goal_story") / "db.sqlite"
    return fx.create_goal_database(path, sales=fx.STORY_SALES, customers=5, engine=module_db_engine)


@pytest.fixture
def conn(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Connection]:
    """The story, read on its day."""
    monkeypatch.setattr(clock, "today", lambda: fx.STORY_TODAY)
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection
