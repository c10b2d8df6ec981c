"""NUMERIC results as SQLite gives its numbers: int when whole, float otherwise."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from psycopg.adapt import Loader


class SqliteLikeNumericLoader(Loader):
    def load(self, data: Any) -> int | float:
        number = Decimal(bytes(data).decode())
        return int(number) if number == number.to_integral_value() else float(number)


def register_numeric_loader(connection: Any) -> None:
    connection.adapters.register_loader("numeric", SqliteLikeNumericLoader)
