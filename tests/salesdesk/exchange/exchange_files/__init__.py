"""Small files for the import and export tests, built in the tests rather than stored."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from salesdesk.exchange import (
    ImportOptions,
    ImportSummary,
    apply_overrides,
    guess_mapping,
    import_file,
    read_preview,
)
from salesdesk.store.db import open_database
from tests.engines import as_stored_text

TABLES = ("sale", "customer", "product", "product_category", "territory", "account_type",
          "channel", "member", "team", "persona")  # fmt: skip


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def run_import(
    db_path: Path,
    file: Path,
    kind: str,
    *,
    overrides: Sequence[str] = (),
    mapping: Mapping[str, str] | None = None,
    **options: Any,
) -> ImportSummary:
    """Imports ``file`` with the guessed mapping (changed by ``overrides``)."""
    headers = read_preview(file).headers
    if mapping is None:
        mapping = apply_overrides(kind, headers, guess_mapping(kind, headers), overrides)
    with open_database(db_path) as database:
        return import_file(database, file, kind, mapping, options=ImportOptions(**options))


def query(db_path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (parameters marked ``?``) on a database of either engine, its dates as
    ISO text."""
    with open_database(db_path, read_only=True) as database, database.read() as conn:
        rows = database.storage.bulk_connection(conn).execute(sql, params).fetchall()
    return as_stored_text(rows)


def totals(db_path: Path) -> dict[str, Any]:
    """Row counts of the tables an import writes, and the sales sums."""
    result: dict[str, Any] = {t: query(db_path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    result["sums"] = query(db_path, "SELECT sum(amount), sum(cost), sum(quantity) FROM sale")[0]
    return result


def sale_indexes(db_path: Path) -> list[tuple[Any, ...]]:
    """The secondary indexes of ``sale`` (name, definition), in the engine's words."""
    from sqlalchemy import text

    from salesdesk.store.engine import dialect

    with open_database(db_path, read_only=True) as database, database.read() as conn:
        return sorted(tuple(row) for row in conn.execute(text(dialect(conn).indexes_of("sale"))))
