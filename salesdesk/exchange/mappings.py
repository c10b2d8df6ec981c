"""Saved import mappings: the wizard offers the ones saved for the kind of file being imported.

A mapping is stored as JSON (file column header -> field name) with an optional date format,
under a name unique per kind; saving under an existing name replaces it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from salesdesk.exchange.fields import ImportKind, is_field

if TYPE_CHECKING:
    from salesdesk.store.db import Database


@dataclass(frozen=True)
class SavedMapping:
    name: str
    kind: ImportKind
    columns: dict[str, str]  # file column header -> field name
    date_format: str | None
    updated_at: dt.datetime


def save_mapping(
    database: Database,
    name: str,
    kind: ImportKind | str,
    columns: Mapping[str, str],
    *,
    date_format: str | None = None,
) -> None:
    """Saves (or replaces) the mapping called ``name`` for ``kind``."""
    kind = ImportKind(kind)
    unknown = sorted(name for name in set(columns.values()) if not is_field(kind, name))
    if unknown:
        raise ValueError(f"not fields of {kind}: {', '.join(unknown)}")
    with database.write() as connection:
        connection.execute(
            text(
                "INSERT INTO import_mapping (kind, name, columns, date_format, updated_at)"
                " VALUES (:kind, :name, :columns, :date_format, :updated_at)"
                " ON CONFLICT (kind, name) DO UPDATE SET columns = excluded.columns,"
                " date_format = excluded.date_format, updated_at = excluded.updated_at"
            ),
            {
                "kind": kind.value,
                "name": name.strip(),
                "columns": json.dumps(dict(columns), ensure_ascii=False),
                "date_format": date_format,
                "updated_at": _utc_now(),
            },
        )


def saved_mappings(database: Database, kind: ImportKind | str) -> list[SavedMapping]:
    """The mappings saved for ``kind``, most recently saved first."""
    kind = ImportKind(kind)
    with database.read() as connection:
        rows = connection.execute(
            text(
                "SELECT name, columns, date_format, updated_at FROM import_mapping"
                " WHERE kind = :kind ORDER BY updated_at DESC, name"
            ),
            {"kind": kind.value},
        ).all()
    return [
        SavedMapping(name, kind, json.loads(columns), date_format, _parse_timestamp(updated_at))
        for name, columns, date_format, updated_at in rows
    ]


def delete_mapping(database: Database, name: str, kind: ImportKind | str) -> None:
    with database.write() as connection:
        connection.execute(
            text("DELETE FROM import_mapping WHERE kind = :kind AND name = :name"),
            {"kind": ImportKind(kind).value, "name": name},
        )


def _utc_now() -> str:
    # The format SQLAlchemy's DateTime uses on SQLite, so the ORM reads the column too.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def _parse_timestamp(value: str | dt.datetime) -> dt.datetime:
    """Text on SQLite, a timestamp on PostgreSQL."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
