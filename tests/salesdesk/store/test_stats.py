from datetime import date
from pathlib import Path

from sqlalchemy import text

from salesdesk.store.db import open_database
from salesdesk.store.stats import record_counts


def test_an_empty_database_counts_nothing(empty_db: Path) -> None:
    with open_database(empty_db) as database, database.read() as conn:
        assert record_counts(conn) == {"customers": 0, "sales": 0, "members": 0}


def test_counts_customers_sale_lines_and_members(empty_db: Path) -> None:
    with open_database(empty_db) as database:
        with database.write() as conn:
            conn.execute(text("INSERT INTO member (id, name, role) VALUES (1, 'Ann', 'manager')"))
            for customer_id in (1, 2, 3):
                conn.execute(
                    text(
                        "INSERT INTO customer (id, code, name, kind, created_on, notes)"
                        " VALUES (:i, :c, 'C', 'company', :d, '')"
                    ),
                    {"i": customer_id, "c": f"C{customer_id}", "d": date(2026, 1, 1)},
                )
            for line in (1, 2):  # two lines of one order still count as two sale lines
                conn.execute(
                    text(
                        "INSERT INTO sale (order_ref, line_ref, date, customer_id, quantity,"
                        " unit_price, discount, amount, cost)"
                        " VALUES ('O1', :l, :d, 1, 1, 100, 0, 100, 60)"
                    ),
                    {"l": str(line), "d": date(2026, 1, 2)},
                )
        with database.read() as conn:
            assert record_counts(conn) == {"customers": 3, "sales": 2, "members": 1}
