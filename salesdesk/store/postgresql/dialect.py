"""The SQL that PostgreSQL spells its own way (:class:`salesdesk.store.engine.SqlDialect`)."""

from __future__ import annotations

import re
import unicodedata

from salesdesk.store.engine import SqlDialect
from salesdesk.store.postgresql.ddl import SEARCH_COLUMNS, SEARCH_FUNCTION

# date.toordinal() counts 0001-01-01 as day 1
_DAY_ONE = "DATE '0001-01-01'"


class PostgresDialect(SqlDialect):
    name = "postgresql"

    def day_number(self, day: str) -> str:
        return f"(CAST({day} AS DATE) - {_DAY_ONE} + 1)"

    def day_of_number(self, number: str) -> str:
        return f"({_DAY_ONE} + CAST({number} AS INTEGER) - 1)"

    def date_of(self, timestamp: str) -> str:
        return f"CAST(CAST({timestamp} AS TIMESTAMP) AS DATE)"

    def month_of(self, day: str) -> str:
        return f"to_char(CAST({day} AS DATE), 'YYYY-MM')"

    def zero_padded(self, number: str, width: int) -> str:
        return f"lpad(CAST({number} AS TEXT), {int(width)}, '0')"

    def joined(self, text: str, separator: str) -> str:
        return f"string_agg(CAST({text} AS TEXT), {separator})"

    def customer_search_ids(self, param: str) -> str:
        # an expression index over the words of name, code and contacts (migration 0003)
        return (
            f"SELECT id FROM customer WHERE {SEARCH_FUNCTION}({SEARCH_COLUMNS})"
            f" @@ to_tsquery('simple', :{param})"
        )

    def search_terms(self, typed: str) -> str:
        """Every word must start a word of the name, code or contacts, accents aside."""
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", typed.casefold())
            if not unicodedata.combining(c)
        )  # fmt: skip
        return " & ".join(f"{word}:*" for word in re.findall(r"[^\W_]+", plain))

    def indexes_of(self, table: str) -> str:
        # not those behind a primary key or unique constraint: they go with the constraint
        return (
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            f" AND tablename = '{table}' AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        )

    def indexed_by(self, index: str) -> str:
        return ""  # the planner has statistics

    def statistics_of(self, table: str) -> str | None:
        return f"ANALYZE {table}"

    def login_sees_every_row(self) -> str | None:
        # the database's owner is not subject to the policies; the head's role sees all
        return "SELECT NOT row_security_active('customer') OR salesdesk_sees_all()"

    def login_member(self) -> str | None:
        return (
            "SELECT m.name, m.role FROM member_login l JOIN member m ON m.id = l.member_id"
            " WHERE l.login = current_user"
        )


DIALECT = PostgresDialect()
