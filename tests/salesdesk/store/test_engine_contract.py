"""The contract every engine keeps (salesdesk.store.engine), checked on each engine SalesDesk
has: SQLite, and PostgreSQL on a throwaway cluster (tests/postgres_cluster.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from salesdesk.errors import DatabaseExistsError, LockedError
from salesdesk.store import db, editing
from salesdesk.store.engine import WRITE_OPTION, SqlDialect, Storage, dialect, storage_for
from salesdesk.store.schema import head_schema_version


@pytest.fixture(params=["sqlite", "postgresql"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Storage:
    if request.param == "postgresql":
        made = storage_for(request.getfixturevalue("pg_url"))
    else:
        made = storage_for(tmp_path / "contract.sqlite")
    assert made.name == request.param
    made.create(company="Contract Ltd", currency="EUR", language="en")
    return made


@pytest.fixture
def engine(storage: Storage) -> Iterator[Engine]:
    made = storage.make_engine()
    yield made
    made.dispose()


@pytest.fixture
def conn(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        yield connection


def test_a_new_database_has_the_current_schema_and_its_settings(
    storage: Storage, conn: Connection
) -> None:
    assert storage.schema_version() == head_schema_version()
    row = conn.execute(text("SELECT company_name, currency FROM settings WHERE id = 1")).one()
    assert tuple(row) == ("Contract Ltd", "EUR")
    with pytest.raises(DatabaseExistsError):
        storage.create(company="", currency="EUR", language="en")


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), engine.begin() as conn:
        conn.execute(text("INSERT INTO member (name, role, team_id) VALUES ('X', 'head', 999)"))


def test_a_write_transaction_holds_the_write_lock_from_its_start(storage: Storage) -> None:
    """A second write transaction waits at its start while the first is open, even though
    the first has only read so far, and goes ahead when the first commits."""
    first, second = storage.make_engine(), storage.make_engine()
    began = threading.Event()

    def write_second() -> None:
        with second.connect() as two:
            two.execution_options(**{WRITE_OPTION: True})
            with two.begin():
                began.set()

    try:
        with first.connect() as one:
            one.execution_options(**{WRITE_OPTION: True})
            with one.begin():
                one.execute(text("SELECT COUNT(*) FROM customer")).one()
                waiting = threading.Thread(target=write_second)
                waiting.start()
                assert not began.wait(0.3)
            assert began.wait(5)
            waiting.join()
    finally:
        first.dispose()
        second.dispose()


def test_one_writer_at_a_time(storage: Storage) -> None:
    claim = storage.claim_writer()
    try:
        if claim is not None and claim.exclusive:  # a server lets each write wait its turn
            with pytest.raises(LockedError):
                storage.claim_writer()
    finally:
        if claim is not None:
            claim.release()
    again = storage.claim_writer()
    if again is not None:
        again.release()


def test_a_healthy_database_has_no_problems_and_copies_verified(
    storage: Storage, engine: Engine, tmp_path: Path
) -> None:
    assert storage.problems(engine) == []
    assert storage.problems(engine, quick=True) == []
    copy = storage.backup(engine, tmp_path / "copy.sqlite")
    assert storage_for(copy).schema_version() == head_schema_version()
    assert db.check_database(copy).healthy


def test_bulk_load_settings_are_put_back(storage: Storage, conn: Connection) -> None:
    with conn.begin(), storage.bulk_load(conn):
        conn.execute(text("INSERT INTO account_type (name) VALUES ('Bulk')"))
    assert conn.execute(text("SELECT COUNT(*) FROM account_type WHERE name = 'Bulk'")).scalar()


def test_the_bulk_connection_writes_in_the_transaction(storage: Storage, conn: Connection) -> None:
    """The import's fast path: ``?`` parameters on the driver's connection, committed or
    rolled back with the transaction it runs in; the indexes it may set aside are listed."""
    with conn.begin():
        bulk = storage.bulk_connection(conn)
        bulk.executemany("INSERT INTO account_type (name) VALUES (?)", [("X",), ("Y",)])
        indexes = dict(bulk.execute(dialect(conn).indexes_of("sale")).fetchall())
        assert "ix_sale_customer_date" in indexes
        assert all("CREATE" in create.upper() for create in indexes.values())
        conn.rollback()
    assert conn.execute(text("SELECT COUNT(*) FROM account_type")).scalar() == 0


# --- the SQL dialect ---------------------------------------------------------------------------


def _value(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(f"SELECT {sql}"), params).scalar_one()


@pytest.mark.parametrize("day", [date(1970, 1, 1), date(2024, 2, 29), date(2026, 12, 31)])
def test_day_numbers_are_ordinals_both_ways(conn: Connection, day: date) -> None:
    sql: SqlDialect = dialect(conn)
    assert _value(conn, sql.day_number(":day"), day=day.isoformat()) == day.toordinal()
    back = _value(conn, sql.day_of_number(":n"), n=day.toordinal())
    assert str(back) == day.isoformat()


def test_dates_months_and_padding(conn: Connection) -> None:
    sql = dialect(conn)
    assert str(_value(conn, sql.date_of(":at"), at="2026-03-09 23:59:58")) == "2026-03-09"
    assert _value(conn, sql.month_of(":day"), day="2026-03-09") == "2026-03"
    assert _value(conn, sql.zero_padded(":n", 8), n=42) == "00000042"


def test_joined_text_and_the_index_hint(conn: Connection) -> None:
    sql = dialect(conn)
    conn.execute(text("INSERT INTO channel (name, kind) VALUES ('A', 'online'), ('B', 'online')"))
    separator = "', '"
    joined = _value(
        conn, f"{sql.joined('name', separator)} FROM (SELECT name FROM channel ORDER BY name) AS t"
    )
    assert joined == "A, B"
    hinted = f"COUNT(*) FROM customer c {sql.indexed_by('ix_customer_name')}"
    assert _value(conn, hinted) == 0


def test_customer_search_matches_word_prefixes_in_any_column(conn: Connection) -> None:
    sql = dialect(conn)
    for code, name, email in (
        ("C-1", "Green Pet Care", "orders@greenpet.example"),
        ("C-2", "Grey Tools", None),
        ("C-3", "Blue Café", None),
    ):
        editing.insert_row(
            conn,
            "customer",
            {"code": code, "name": name, "kind": "company", "created_on": "2026-01-01"}
            | {"email": email},
        )

    def found(typed: str) -> list[str]:
        terms = sql.search_terms(typed)
        rows = conn.execute(
            text(
                f"SELECT code FROM customer WHERE id IN ({sql.customer_search_ids('q')})"
                " ORDER BY code"
            ),
            {"q": terms},
        )
        return [code for (code,) in rows]

    assert found("gr") == ["C-1", "C-2"]
    assert found("gre pe") == ["C-1"]
    assert found("greenpet") == ["C-1"]
    assert found("cafe") == ["C-3"]  # diacritics do not matter
    assert sql.search_terms(" -* ") == ""
