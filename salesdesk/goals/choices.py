"""The lists the goal editor offers: owners, parent goals and the scope dimensions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Choice = tuple[int, str]  # id, name


@dataclass(frozen=True)
class EditorChoices:
    teams: list[Choice]
    members: list[Choice]  # active members, the head of sales first
    goals: list[Choice]
    channels: list[Choice]
    categories: list[Choice]
    products: list[Choice]
    territories: list[Choice]
    account_types: list[Choice]
    segments: list[Choice]
    currency: str


def _choices(conn: Connection, sql: str) -> list[Choice]:
    return [(int(id_), str(name)) for id_, name in conn.execute(text(sql))]


def editor_choices(conn: Connection) -> EditorChoices:
    by_name = "ORDER BY lower(name)"
    return EditorChoices(
        teams=_choices(conn, f"SELECT id, name FROM team {by_name}"),
        members=_choices(
            conn,
            "SELECT id, name FROM member WHERE left_on IS NULL"
            " ORDER BY role <> 'head', lower(name)",
        ),
        goals=_choices(conn, "SELECT id, title FROM goal ORDER BY lower(title)"),
        channels=_choices(conn, f"SELECT id, name FROM channel {by_name}"),
        categories=_choices(conn, f"SELECT id, name FROM product_category {by_name}"),
        products=_choices(conn, f"SELECT id, code || ' ' || name FROM product {by_name}"),
        territories=_choices(conn, f"SELECT id, name FROM territory {by_name}"),
        account_types=_choices(conn, f"SELECT id, name FROM account_type {by_name}"),
        segments=_choices(conn, f"SELECT id, name FROM segment {by_name}"),
        currency=str(conn.execute(text("SELECT currency FROM settings WHERE id = 1")).scalar_one()),
    )
