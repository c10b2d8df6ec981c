"""Whose figures a login sees (SPEC §13): the whole company, a team's or one member's.

Every figure is computed over the rows the login sees, so every screen, report and command
says whose they are with :meth:`Visibility.scope_label`, taken from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from salesdesk.i18n import name_in_genitive, tr
from salesdesk.store.engine import dialect
from salesdesk.store.rights import has_head_rights

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from salesdesk.store.db import Database

# roles whose login sees the team they lead or belong to (a representative: their own)
_TEAM_ROLES = ("head", "manager", "supervisor")


@dataclass(frozen=True)
class Visibility:
    """What the login sees and may do."""

    head_rights: bool  # sees and may change everything: the head of sales, the admin, a file
    member: str | None = None  # the name of the team member whose login it is
    role: str | None = None  # their role: head, manager, supervisor, representative

    def scope_label(self) -> str:
        """ "Whole company", "Ivan Petrov's team" or "Anna Smirnova's customers"."""
        if self.head_rights:
            return tr("Whole company")
        if self.member is None:
            return tr("Nothing: this login is no team member's")
        if self.role in _TEAM_ROLES:
            return tr("{name}'s team", name=name_in_genitive(self.member))
        return tr("{name}'s customers", name=name_in_genitive(self.member))


EVERYTHING = Visibility(head_rights=True)


def login_visibility(conn: Connection) -> Visibility:
    from sqlalchemy import text

    if has_head_rights(conn):
        return EVERYTHING
    query = dialect(conn).login_member()
    row = conn.execute(text(query)).first() if query is not None else None
    if row is None:
        return Visibility(head_rights=False)
    return Visibility(head_rights=False, member=row.name, role=row.role)


def read_visibility(database: Database) -> Visibility:
    """:func:`login_visibility` of an open database, in a connection of its own."""
    with database.read() as conn:
        return login_visibility(conn)
