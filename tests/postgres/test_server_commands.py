"""``server init / push / pull`` and ``--db URL`` (SPEC §13), on a throwaway cluster."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from salesdesk.errors import DatabaseExistsError, NewerVersionError
from salesdesk.store import db
from salesdesk.store.copying import verify_copy
from salesdesk.store.engine import DatabaseUrl, storage_for
from salesdesk.store.postgresql import EmptyDatabaseError
from salesdesk.store.postgresql.transfer import NotEmptyError, push
from salesdesk.store.schema import head_schema_version
from tests.postgres.helpers import run_cli


def test_init_makes_the_schema_once(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    code, out, _ = run_cli(capsys, "server", "init", "--url", pg_url, "--company", "Acme",
                           "--currency", "EUR")  # fmt: skip
    assert code == 0 and "Created the SalesDesk schema" in out
    assert storage_for(pg_url).schema_version() == head_schema_version()
    with db.open_database(DatabaseUrl(pg_url), read_only=True) as database, database.read() as c:
        row = c.execute(text("SELECT company_name, currency FROM settings")).one()
    assert tuple(row) == ("Acme", "EUR")
    code, _, err = run_cli(capsys, "server", "init", "--url", pg_url)
    assert code == 1 and err.count("\n") == 1 and "already exists" in err
    with pytest.raises(DatabaseExistsError):
        db.create_database(DatabaseUrl(pg_url))


def test_an_empty_server_database_is_named_as_such(pg_url: str) -> None:
    with pytest.raises(EmptyDatabaseError, match="server init"):
        db.open_database(DatabaseUrl(pg_url))


def test_push_copies_every_row_and_moves_the_sequences_on(demo_file: Path, pushed: str) -> None:
    with (
        db.open_database(demo_file, read_only=True) as file,
        file.read() as original,
        db.open_database(DatabaseUrl(pushed)) as server,
        server.read() as copy,
    ):
        checked = verify_copy(original, copy)
        customers = original.execute(text("SELECT COUNT(*), MAX(id) FROM customer")).one()
    by_table = {figures.table: figures.rows for figures in checked}
    assert by_table["customer"] == customers[0] == 160
    assert by_table["sale"] >= 1500  # lines, some orders split
    engine = storage_for(pushed).make_engine()
    with engine.begin() as conn:
        new_id = conn.execute(
            text("INSERT INTO account_type (name) VALUES ('Pushed later') RETURNING id")
        ).scalar_one()
        highest = conn.execute(text("SELECT MAX(id) FROM account_type WHERE id < :i"),
                               {"i": new_id}).scalar_one()  # fmt: skip
    engine.dispose()
    assert new_id == highest + 1


def test_push_goes_into_an_empty_database_only(demo_file: Path, pushed: str) -> None:
    with pytest.raises(NotEmptyError):
        push(demo_file, DatabaseUrl(pushed))


def test_a_failed_push_leaves_the_database_empty(
    demo_file: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from salesdesk.store import copying

    def mismatch(*_args: object) -> None:
        raise copying.CopyMismatchError("sale")

    monkeypatch.setattr("salesdesk.store.postgresql.transfer.reset_sequences", mismatch)
    with pytest.raises(copying.CopyMismatchError):
        push(demo_file, DatabaseUrl(pg_url))
    with pytest.raises(EmptyDatabaseError):
        storage_for(pg_url).schema_version()


def test_pull_writes_a_file_equal_to_what_was_pushed(
    capsys: pytest.CaptureFixture[str], demo_file: Path, pushed: str, tmp_path: Path
) -> None:
    target = tmp_path / "pulled.sqlite"
    code, out, _ = run_cli(capsys, "server", "pull", "--url", pushed, "--db", target)
    assert code == 0 and "pulled.sqlite" in out
    assert db.check_database(target).healthy
    with (
        db.open_database(demo_file, read_only=True) as a,
        a.read() as original,
        db.open_database(target, read_only=True) as b,
        b.read() as pulled,
    ):
        verify_copy(original, pulled)  # raises on the first table that differs
    assert not list(tmp_path.glob(".*"))  # no temporary left behind
    code, _, err = run_cli(capsys, "server", "pull", "--url", pushed, "--db", target)
    assert code == 1 and "left as it is" in err and err.count("\n") == 1


def test_a_newer_schema_on_the_server_is_refused(pushed: str) -> None:
    storage = storage_for(pushed)
    engine = storage.make_engine()
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerVersionError, match="newer SalesDesk"):
        db.open_database(DatabaseUrl(pushed))


ASKED = {
    "kpi": ["--from", "2025-01-01", "--to", "2026-06-30"],
    "kpi --by member": ["--from", "2025-01-01", "--to", "2026-06-30"],
    "kpi --by team": ["--from", "2025-01-01", "--to", "2026-06-30"],
    "kpi --by month": ["--from", "2025-07-01", "--to", "2026-06-30"],
    "kpi --by quarter": ["--from", "2024-07-01", "--to", "2026-06-30"],
    "customers": ["--as-of", "2026-06-30"],
    "customers --at-risk": ["--as-of", "2025-12-31"],
    "pipeline": ["--from", "2025-07-01", "--to", "2026-06-30"],
    "pipeline --by member": ["--from", "2025-07-01", "--to", "2026-06-30"],
}


@pytest.mark.parametrize("command", list(ASKED))
def test_figures_are_the_same_to_the_cent_on_both_engines(
    capsys: pytest.CaptureFixture[str], demo_file: Path, pushed: str, command: str
) -> None:
    asked = [*command.split(), *ASKED[command], "--format", "json"]
    code, on_file, err = run_cli(capsys, *asked, "--db", demo_file)
    assert code == 0, err
    code, on_server, err = run_cli(capsys, *asked, "--db", pushed)
    assert code == 0, err
    assert on_server == on_file
    assert len(on_file) > 200  # there are figures to compare


@pytest.mark.parametrize("report", ["team", "goals", "customers", "strategy"])
def test_reports_read_the_same_on_both_engines(
    capsys: pytest.CaptureFixture[str], demo_file: Path, pushed: str, tmp_path: Path, report: str
) -> None:
    from pypdf import PdfReader

    def text_of(db: str | Path, name: str) -> str:
        out = tmp_path / f"{name}.pdf"
        code, _, err = run_cli(capsys, "report", report, "--db", db, "--out", out,
                               "--period", "2026-Q1")  # fmt: skip
        assert code == 0, err
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        # the two reports may be made a minute apart: the time they were made is left out
        return re.sub(r"Generated .*?\d\d:\d\d", "Generated", text)

    on_file = text_of(demo_file, "file")
    assert on_file.count("Generated") >= 2  # one per page, and the time taken out of each
    assert text_of(pushed, "server") == on_file
    assert len(on_file) > 500
