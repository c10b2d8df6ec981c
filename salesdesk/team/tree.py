"""The organisation as a tree: teams, their sub-teams and their members (SPEC §2, §4 Team).

Plain dataclasses read with two queries, so that the GUI's tree model and the reports walk the
same structure. Members who left stay in the tree (history keeps their sales); the UI greys
them out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, RowMapping

# The values of models.Role, heads first: the order a manager reads an org chart in. Spelled
# out because importing salesdesk.store.models pulls SQLModel into the GUI's start-up.
ROLE_ORDER = ("head", "manager", "supervisor", "representative")


@dataclass
class MemberNode:
    id: int
    name: str
    role: str
    email: str | None = None
    phone: str | None = None
    team_id: int | None = None
    reports_to_id: int | None = None
    hired_on: date | None = None
    left_on: date | None = None
    capacity: int | None = None
    version: int | None = None  # of the row as read: an edit is made from it (SPEC §13)

    def has_left(self, on: date) -> bool:
        """True once the member's last day is behind ``on``."""
        return self.left_on is not None and self.left_on <= on


@dataclass
class TeamNode:
    id: int
    name: str
    lead_member_id: int | None = None
    parent_id: int | None = None
    children: list[TeamNode] = field(default_factory=list)
    members: list[MemberNode] = field(default_factory=list)

    def all_members(self) -> list[MemberNode]:
        """The team's own members followed by those of its sub-teams, depth first."""
        found = list(self.members)
        for child in self.children:
            found.extend(child.all_members())
        return found


_TEAMS_SQL = "SELECT id, name, lead_member_id, parent_id FROM team ORDER BY lower(name), id"
_MEMBERS_SQL = (
    "SELECT id, name, role, email, phone, team_id, reports_to_id, hired_on, left_on, capacity,"
    " version FROM member ORDER BY lower(name), id"
)


def load_team_tree(conn: Connection) -> list[TeamNode]:
    """The top-level teams, each with its sub-teams and members filled in.

    A team whose parent chain loops (possible in a hand-edited file) is shown at the top level
    rather than lost.
    """
    teams = _load_teams(conn)
    members_by_team = _group_members(load_members(conn))
    for team in teams.values():
        team.members = members_by_team.get(team.id, [])
    return _link_teams(teams)


def load_members(conn: Connection) -> list[MemberNode]:
    """Every member, in the order the tree lists them."""
    from sqlalchemy import text

    rows = conn.execute(text(_MEMBERS_SQL)).mappings()
    members = [_member_from_row(row) for row in rows]
    return sorted(members, key=_member_sort_key)


def load_unassigned_members(conn: Connection) -> list[MemberNode]:
    """Members in no team (often the head of sales), in tree order."""
    return [member for member in load_members(conn) if member.team_id is None]


def _load_teams(conn: Connection) -> dict[int, TeamNode]:
    from sqlalchemy import text

    rows = conn.execute(text(_TEAMS_SQL)).mappings()
    return {row["id"]: TeamNode(**row) for row in rows}


def _member_from_row(row: RowMapping) -> MemberNode:
    values = dict(row)
    for key in ("hired_on", "left_on"):
        if isinstance(values[key], str):  # raw SQL hands SQLite's ISO text back as it is
            values[key] = date.fromisoformat(values[key])
    return MemberNode(**values)


def _member_sort_key(member: MemberNode) -> tuple[bool, int, str]:
    rank = ROLE_ORDER.index(member.role) if member.role in ROLE_ORDER else len(ROLE_ORDER)
    return (member.left_on is not None, rank, member.name.casefold())


def _group_members(members: list[MemberNode]) -> dict[int, list[MemberNode]]:
    grouped: dict[int, list[MemberNode]] = defaultdict(list)
    for member in members:
        if member.team_id is not None:
            grouped[member.team_id].append(member)
    return grouped


def _link_teams(teams: dict[int, TeamNode]) -> list[TeamNode]:
    """Attaches each team to its parent; returns the roots (and any team caught in a loop)."""
    children: dict[int | None, list[TeamNode]] = defaultdict(list)
    for team in teams.values():
        parent = team.parent_id if team.parent_id in teams else None
        children[parent].append(team)
    attached: set[int] = set()

    def attach(team: TeamNode) -> TeamNode:
        attached.add(team.id)
        team.children = [attach(c) for c in children[team.id] if c.id not in attached]
        return team

    roots = [attach(team) for team in children[None]]
    for team in teams.values():
        if team.id not in attached:
            roots.append(attach(team))
    return roots


@dataclass(frozen=True)
class OwnedGoal:
    """A goal as the Team section lists it; progress is the Goals section's business."""

    id: int
    title: str
    metric: str
    manual_unit: str | None
    target_value: float
    start_on: date
    end_on: date


def owned_goals(
    conn: Connection, *, member_id: int | None = None, team_id: int | None = None
) -> list[OwnedGoal]:
    """The goals a member or a team owns, latest ending first."""
    from sqlalchemy import text

    column, owner = ("owner_member_id", member_id) if member_id else ("owner_team_id", team_id)
    rows = conn.execute(
        text(
            "SELECT id, title, metric, manual_unit, target_value, start_on, end_on FROM goal"
            f" WHERE {column} = :owner ORDER BY end_on DESC, lower(title), id"
        ),
        {"owner": owner},
    )
    return [
        OwnedGoal(
            id=row.id,
            title=row.title,
            metric=row.metric,
            manual_unit=row.manual_unit,
            target_value=row.target_value,
            start_on=date.fromisoformat(str(row.start_on)),
            end_on=date.fromisoformat(str(row.end_on)),
        )
        for row in rows
    ]
