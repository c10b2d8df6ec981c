"""The customer list query: statuses, filters, search and order against the fixture worked
out by hand at 31 March 2025 (see ``metric_fixture`` for the story of every customer)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.customers import search
from salesdesk.customers.listing import (
    NOT_OWNED,
    WALKABLE_SORTS,
    CustomerQuery,
    count_customers,
    fetch_page,
)
from salesdesk.customers.summary import refresh_summary, summary_is_current, summary_state
from salesdesk.store.db import open_database
from salesdesk.store.engine import dialect_named
from tests.engines import EngineUnderTest
from tests.salesdesk.customers.customers_fixture import CONTEXT, DAY, create_customer_database
from tests.salesdesk.metrics import metric_fixture as fx


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    return create_customer_database(
        tmp_path_factory.mktemp("listing") / "customers.sqlite", module_db_engine
    )


@pytest.fixture
def conn(db_path: Path) -> Iterator[Connection]:
    with open_database(db_path, read_only=True) as database, database.read() as connection:
        yield connection


def codes(conn: Connection, query: CustomerQuery, limit: int = 100) -> list[str]:
    return [row.code for row in fetch_page(conn, query, CONTEXT, 0, limit)]


def test_statuses_at_the_summary_day(conn: Connection) -> None:
    rows = {row.code: row for row in fetch_page(conn, CustomerQuery(), CONTEXT, 0, 100)}
    status = {code: row.status for code, row in rows.items()}
    assert status == {
        "C01": "current",  # ALFA, last sale 5 Mar 2025
        "C02": "lost",  # BETA, last sale 5 Jan 2024: more than 365 days ago
        "C03": "lost",  # GAMMA, marked lost
        "C04": "current",
        "C05": "current",
        "C06": "prospect",  # ZETA never bought
        "C07": "prospect",
        "C08": "lost",
        "C09": "current",
        "C10": "current",
    }
    # IOTA has not bought for 181 days (> 90); KAPPA has an open complaint of 1 March (> 14 days)
    assert sorted(code for code, row in rows.items() if row.at_risk) == ["C09", "C10"]
    assert rows["C09"].days_since_sale == (DAY - date(2024, 10, 1)).days == 181


def test_figures_of_a_row(conn: Connection) -> None:
    alfa = fetch_page(conn, CustomerQuery(search="alfa"), CONTEXT, 0, 1)[0]
    assert alfa.first_sale == date(2024, 2, 10)
    assert alfa.last_sale == date(2025, 3, 5)
    assert alfa.lifetime_revenue == 200000 + 30000 + 20000 + 100000 + 90000
    assert alfa.period_revenue == 200000 + 30000 + 20000  # Q1 2025
    assert alfa.revenue_365 == 200000 + 30000 + 20000 + 100000  # since 31 Mar 2024
    assert (alfa.owner, alfa.territory, alfa.account_type) == ("Boris", "Moscow", "Corporate")
    assert alfa.rfm_tier == "loyal"  # R 3: see test_rfm


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (CustomerQuery(status="prospect"), ["C06", "C07"]),
        (CustomerQuery(status="current"), ["C01", "C04", "C05", "C09", "C10"]),
        (CustomerQuery(status="at_risk"), ["C09", "C10"]),
        (CustomerQuery(status="lost"), ["C02", "C03", "C08"]),
        # Central and its descendant Moscow
        (CustomerQuery(territory_id=fx.CENTRAL), ["C01", "C03", "C04", "C06", "C07", "C09", "C10"]),
        (CustomerQuery(account_type_id=fx.SMALL), ["C02", "C04", "C07"]),
        (CustomerQuery(owner_member_id=fx.BORIS), ["C01", "C04", "C10"]),
        (CustomerQuery(owner_member_id=NOT_OWNED), ["C06"]),
        (CustomerQuery(rfm_tier="loyal"), ["C01"]),  # RFM as worked out in test_rfm
        (CustomerQuery(rfm_tier="new"), ["C05"]),
        # last sale on or before 31 Dec 2024
        (CustomerQuery(min_days_since_sale=90), ["C02", "C08", "C09"]),
        (CustomerQuery(max_days_since_sale=30), ["C01", "C05", "C10"]),
        (CustomerQuery(status="current", territory_id=fx.MOSCOW), ["C01", "C04", "C09"]),
    ],
)
def test_filters(conn: Connection, query: CustomerQuery, expected: list[str]) -> None:
    assert codes(conn, query.sorted_by("code", False)) == expected
    assert count_customers(conn, query, CONTEXT) == len(expected)


def test_sort_by_lifetime_revenue_and_period_revenue(conn: Connection) -> None:
    by_lifetime = CustomerQuery(sort_key="lifetime_revenue", descending=True)
    # 440000, 140000, 125000, 100000, 95000, 60000, 40000, 15000, then the two prospects
    # (0) by id, descending
    assert codes(conn, by_lifetime) == [
        "C01", "C10", "C03", "C02", "C08", "C04", "C09", "C05", "C07", "C06"
    ]  # fmt: skip
    by_quarter = CustomerQuery(sort_key="period_revenue", descending=True)
    assert codes(conn, by_quarter, 5) == ["C01", "C10", "C03", "C04", "C05"]


@pytest.mark.parametrize(
    "key", ["name", "code", "status", "owner", "last_sale", "first_sale", "rfm_tier", "territory"]
)
def test_every_sort_key_pages_through_all_rows_once(conn: Connection, key: str) -> None:
    query = CustomerQuery(sort_key=key)
    pages = [fetch_page(conn, query, CONTEXT, offset, 3) for offset in range(0, 12, 3)]
    ids = [row.id for page in pages for row in page]
    assert sorted(ids) == list(range(1, 11))


def test_sort_by_name_and_status(conn: Connection) -> None:
    assert codes(conn, CustomerQuery(), 3) == ["C01", "C02", "C04"]  # Alfa, Beta, Delta
    by_status = codes(conn, CustomerQuery(sort_key="status"))
    assert by_status[:2] == ["C06", "C07"]  # prospects, then current, then lost
    assert set(by_status[-3:]) == {"C02", "C03", "C08"}


def test_search_by_name_code_and_contacts(tmp_path: Path, db_engine: EngineUnderTest) -> None:
    path = create_customer_database(tmp_path / "search.sqlite", db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            conn.execute(
                text(
                    "UPDATE customer SET email = 'orders@etaworks.example', name = 'Eta Works'"
                    " WHERE id = :id"
                ),
                {"id": fx.ETA},
            )
            conn.execute(text("DELETE FROM customer WHERE id = :id"), {"id": fx.ZETA})
        with database.read() as conn:
            assert codes(conn, CustomerQuery(search="alf")) == ["C01"]
            assert codes(conn, CustomerQuery(search="C0").sorted_by("code", False)) == [
                "C01", "C02", "C03", "C04", "C05", "C07", "C08", "C09"
            ]  # fmt: skip
            assert codes(conn, CustomerQuery(search="etaworks")) == ["C07"]
            assert codes(conn, CustomerQuery(search="works eta")) == ["C07"]
            assert codes(conn, CustomerQuery(search="zeta")) == []  # deleted
            assert codes(conn, CustomerQuery(search="eta", status="current")) == []


def test_search_text_becomes_prefix_words() -> None:
    sqlite = dialect_named("sqlite")
    assert sqlite.search_terms('Иван "ООО" ро') == '"иван"* "ооо"* "ро"*'
    assert sqlite.search_terms("  -*  ") == ""


def test_summary_knows_when_it_is_out_of_date(db_path: Path) -> None:
    with open_database(db_path) as database, database.read() as conn:
        assert summary_state(conn).as_of == DAY
        assert summary_is_current(conn, DAY)
        assert not summary_is_current(conn, date(2025, 4, 1))


def test_a_changed_sale_is_kept_in_the_summary_of_its_day(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    """A new amount keeps the count and highest id of the sales: the write keeps the stored
    summary in step as of its own day (customers.summary.SummaryKeeper), here a day that is
    not today, with the figures a refresh gives."""
    from sqlalchemy import text

    from salesdesk.customers.summary import COLUMNS
    from salesdesk.store import changes

    rows = f"SELECT {COLUMNS} FROM customer_summary ORDER BY customer_id"
    path = create_customer_database(tmp_path / "edited.sqlite", db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            changes.save_row(conn, "customer", 1, {"name": "Alfa Group"})
        with database.read() as conn:
            assert summary_is_current(conn, DAY)
            before = list(conn.execute(text(rows)))
        with database.write() as conn:
            changes.save_row(conn, "sale", 1, {"amount": 1})
        with database.read() as conn:
            assert summary_is_current(conn, DAY)
            kept = list(conn.execute(text(rows)))
        with database.write() as conn:
            refresh_summary(conn, DAY)
            assert list(conn.execute(text(rows))) == kept != before


@pytest.mark.sqlite_only("SQLite's temporary storage (temp_store) on a pooled connection")
def test_summary_refreshes_on_a_connection_that_used_temporary_storage(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    """The dashboard's reads leave temporary storage in use on a pooled connection; a summary
    refresh in a later write transaction on it must still work (it once changed temp_store)."""
    path = create_customer_database(tmp_path / "reused.sqlite", db_engine)
    with open_database(path) as database, database.write() as connection:
        connection.exec_driver_sql("CREATE TEMP TABLE scratch (x)")
        connection.exec_driver_sql("DROP TABLE scratch")
        refresh_summary(connection, date(2025, 4, 1))
        assert summary_state(connection).as_of == date(2025, 4, 1)


@pytest.mark.parametrize("key", [*WALKABLE_SORTS, "code", "owner"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_search_with_many_matches_reads_the_same_pages_along_the_sort(
    conn: Connection, monkeypatch: pytest.MonkeyPatch, key: str, descending: bool
) -> None:
    """Walking the sort column's index (many matches) and sorting the matches (few) list
    the same customers in the same order, page by page."""
    # "c0" starts every code; "a" starts names and addresses: most customers, in any order
    for typed in ("c0", "a"):
        query = CustomerQuery(search=typed, sort_key=key, descending=descending)
        pages = {}
        for walk_from in (10**9, 0):  # never walk, always walk
            monkeypatch.setattr(search, "WALK_FROM", walk_from)
            pages[walk_from] = [
                [row.code for row in fetch_page(conn, query, CONTEXT, offset, 3)]
                for offset in range(0, 12, 3)
            ]
        assert pages[0] == pages[10**9]
        assert sum(map(len, pages[0])) == count_customers(conn, query, CONTEXT)
