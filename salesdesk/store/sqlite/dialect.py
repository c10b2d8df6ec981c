"""The SQL that SQLite spells its own way (:class:`salesdesk.store.engine.SqlDialect`)."""

from __future__ import annotations

import re

from salesdesk.store.engine import SqlDialect

# date.toordinal() of a day is its julianday() minus this.
_ORDINAL_OFFSET = 1721424.5


class SqliteDialect(SqlDialect):
    name = "sqlite"

    def day_number(self, day: str) -> str:
        return f"CAST(julianday({day}) - {_ORDINAL_OFFSET} AS INTEGER)"

    def day_of_number(self, number: str) -> str:
        return f"date({number} + {_ORDINAL_OFFSET})"

    def date_of(self, timestamp: str) -> str:
        return f"date({timestamp})"

    def month_of(self, day: str) -> str:
        return f"substr({day}, 1, 7)"

    def zero_padded(self, number: str, width: int) -> str:
        return f"printf('%0{int(width)}d', {number})"

    def joined(self, text: str, separator: str) -> str:
        return f"group_concat({text}, {separator})"

    def customer_search_ids(self, param: str) -> str:
        # customer_search: an FTS5 index over name, code and contacts with prefix indexes of
        # two and three characters (migration 0003), kept in step by triggers.
        return f"SELECT rowid FROM customer_search WHERE customer_search MATCH :{param}"

    def search_terms(self, typed: str) -> str:
        """Every word must start a word of the name, code or contacts, in any column."""
        words = re.findall(r"\w+", typed.casefold())
        return " ".join(f'"{word}"*' for word in words)

    def indexes_of(self, table: str) -> str:
        return (
            "SELECT name, sql FROM sqlite_master"
            f" WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL"
        )

    def indexed_by(self, index: str) -> str:
        return f"INDEXED BY {index}"


DIALECT = SqliteDialect()
