"""The team database with an organisation and a login per member (tests/postgres/helpers.py)."""

from __future__ import annotations

import pytest

from salesdesk.store.engine import storage_for
from tests.postgres.helpers import MEMBERS, organisation, run_cli


@pytest.fixture
def team_url(capsys: pytest.CaptureFixture[str], pg_url: str) -> str:
    assert run_cli(capsys, "server", "init", "--url", pg_url)[0] == 0
    engine = storage_for(pg_url).make_engine()  # the admin, in plain SQL
    with engine.begin() as conn:
        organisation(conn)
    engine.dispose()
    for name in MEMBERS:
        login = ["--login", name.lower(), "--member", f"{name}@example.com"]
        code, _out, err = run_cli(capsys, "server", "grant", "--url", pg_url, *login)
        assert code == 0, err
    return pg_url
