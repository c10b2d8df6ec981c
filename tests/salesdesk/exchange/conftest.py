"""The exchange tests import into and export from a database of each engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engines import EngineUnderTest, Location


@pytest.fixture
def empty_db_path(tmp_path: Path, db_engine: EngineUnderTest) -> Location:
    """A freshly created, empty SalesDesk database: a file, or a server database."""
    return db_engine.create(tmp_path / "empty.sqlite")
