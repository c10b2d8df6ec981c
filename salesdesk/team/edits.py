"""Reshaping the organisation (SPEC §4 Team, Editing): teams, members, roles, reporting lines.

Every operation runs inside the caller's transaction, goes through :mod:`salesdesk.store.editing`
(so each change is in the ChangeLog) and returns the :data:`~salesdesk.store.changes.Change` it
made, which :func:`salesdesk.store.changes.undo` and :func:`~salesdesk.store.changes.redo` replay.

Refused edits raise :class:`TeamEditError` with a sentence for the user, before anything is
written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from salesdesk.errors import SalesDeskError
from salesdesk.i18n import tr, trn
from salesdesk.store import editing
from salesdesk.store.changes import Change, StepRecorder

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Row = dict[str, Any]

MEMBER_FIELDS = (
    "name",
    "role",
    "team_id",
    "reports_to_id",
    "email",
    "phone",
    "hired_on",
    "left_on",
    "capacity",
)


class TeamEditError(SalesDeskError):
    """An edit of the organisation that was refused; nothing was written."""


# --- reading what an edit needs --------------------------------------------------------------


def _one(conn: Connection, sql: str, row_id: int | None) -> Any:
    """The value ``sql`` finds for the row ``:id``."""
    return conn.execute(text(sql), {"id": row_id}).scalar()


def _team(conn: Connection, team_id: int) -> Row:
    return editing.read_row(conn, "team", team_id)


def _member(conn: Connection, member_id: int) -> Row:
    return editing.read_row(conn, "member", member_id)


def team_ancestors(conn: Connection, team_id: int | None) -> list[int]:
    """The team and its parents up to the top, stopping at a loop in a damaged file."""
    chain: list[int] = []
    while team_id is not None and team_id not in chain:
        chain.append(team_id)
        team_id = _one(conn, "SELECT parent_id FROM team WHERE id = :id", team_id)
    return chain


def default_boss(conn: Connection, team_id: int | None, member_id: int | None = None) -> int | None:
    """Whom a member of ``team_id`` reports to by default: the lead of the team, or of the
    nearest parent team that has one; never the member themself."""
    for team in team_ancestors(conn, team_id):
        lead = _one(conn, "SELECT lead_member_id FROM team WHERE id = :id", team)
        if lead is not None and lead != member_id:
            return int(lead)
    return None


# --- teams -----------------------------------------------------------------------------------


def create_team(conn: Connection, *, name: str, parent_id: int | None = None) -> tuple[int, Change]:
    recorder = StepRecorder(conn)
    team_id = recorder.insert("team", {"name": _checked_name(name), "parent_id": parent_id})
    return team_id, recorder.steps


def rename_team(conn: Connection, team_id: int, name: str) -> Change:
    recorder = StepRecorder(conn)
    recorder.update("team", team_id, {"name": _checked_name(name)})
    return recorder.steps


def move_team(conn: Connection, team_id: int, parent_id: int | None) -> Change:
    """Puts a team (with its sub-teams and members) under another team, or at the top."""
    if parent_id is not None and team_id in team_ancestors(conn, parent_id):
        team, parent = _team(conn, team_id)["name"], _team(conn, parent_id)["name"]
        if parent_id == team_id:
            raise TeamEditError(tr("A team cannot be placed inside itself."))
        raise TeamEditError(
            tr(
                "{team} cannot move under {parent}: {parent} is part of {team}.",
                team=team,
                parent=parent,
            )
        )
    recorder = StepRecorder(conn)
    recorder.update("team", team_id, {"parent_id": parent_id})
    return recorder.steps


def set_team_lead(conn: Connection, team_id: int, member_id: int | None) -> Change:
    recorder = StepRecorder(conn)
    recorder.update("team", team_id, {"lead_member_id": member_id})
    return recorder.steps


def delete_team(conn: Connection, team_id: int) -> Change:
    """Deletes a team; its members and sub-teams move up to its parent team (or the top),
    its goals pass to the parent team, its coverage is removed."""
    parent_id = _team(conn, team_id)["parent_id"]
    recorder = StepRecorder(conn)
    for table, column in (("team", "parent_id"), ("member", "team_id"), ("goal", "owner_team_id")):
        for row_id in _ids_where(conn, table, column, team_id):
            recorder.update(table, row_id, {column: parent_id})
    _delete_coverage(recorder, "team_id", team_id)
    recorder.delete("team", team_id)
    return recorder.steps


def _delete_coverage(recorder: StepRecorder, column: str, holder_id: int) -> None:
    for coverage_id in _ids_where(recorder.conn, "coverage", column, holder_id):
        recorder.delete("coverage", coverage_id)


def _ids_where(conn: Connection, table: str, column: str, value: int) -> list[int]:
    """The ids of the rows of ``table`` whose ``column`` is ``value``."""
    rows = conn.execute(text(f"SELECT id FROM {table} WHERE {column} = :value"), {"value": value})
    return [row_id for (row_id,) in rows]


# --- members ---------------------------------------------------------------------------------


def create_member(conn: Connection, values: Mapping[str, Any]) -> tuple[int, Change]:
    """Adds a member; without a reports-to they report to their team's lead."""
    values = {key: values[key] for key in MEMBER_FIELDS if key in values}
    values["name"] = _checked_name(values.get("name", ""))
    if values.get("reports_to_id") is None:
        values["reports_to_id"] = default_boss(conn, values.get("team_id"))
    recorder = StepRecorder(conn)
    return recorder.insert("member", values), recorder.steps


def update_member(conn: Connection, member_id: int, changes: Mapping[str, Any]) -> Change:
    """Changes a member's fields (name, role, reports-to, contacts, dates, capacity)."""
    changes = dict(changes)
    if "name" in changes:
        changes["name"] = _checked_name(changes["name"])
    if changes.get("reports_to_id") is not None:
        check_reports_to(conn, member_id, changes["reports_to_id"])
    recorder = StepRecorder(conn)
    recorder.update("member", member_id, changes)
    return recorder.steps


def move_member(conn: Connection, member_id: int, team_id: int | None) -> Change:
    """Moves a member to another team (or to none). A member who reported to the old team's
    lead (the default) now reports to the new team's lead."""
    member = _member(conn, member_id)
    changes: Row = {"team_id": team_id}
    old_default = default_boss(conn, member["team_id"], member_id)
    if member["reports_to_id"] in (None, old_default):
        changes["reports_to_id"] = default_boss(conn, team_id, member_id)
    return update_member(conn, member_id, changes)


def mark_left(conn: Connection, member_id: int, on: date | None) -> Change:
    """Records the member's last day (None: they are back). Their history stays."""
    return update_member(conn, member_id, {"left_on": on})


def check_reports_to(conn: Connection, member_id: int, boss_id: int) -> None:
    """Refuses a reporting line that would lead back to the member."""
    chain: list[int] = []
    current: int | None = boss_id
    while current is not None and current not in chain:
        if current == member_id:
            names = [_member(conn, m)["name"] for m in [member_id, *chain, member_id]]
            if boss_id == member_id:
                raise TeamEditError(tr("A member cannot report to themselves."))
            raise TeamEditError(
                tr(
                    "{name} cannot report to {boss}: the reporting line would go round in a "
                    "circle ({chain}).",
                    name=names[0],
                    boss=_member(conn, boss_id)["name"],
                    chain=" → ".join(names),
                )
            )
        chain.append(current)
        current = _one(conn, "SELECT reports_to_id FROM member WHERE id = :id", current)


def delete_member(conn: Connection, member_id: int) -> Change:
    """Deletes a member entered by mistake. One with sales or interactions in the history is
    refused: mark them as having left instead. Their customers become unowned, their reports
    report to their own boss, teams they led lose their lead, their goals their owner."""
    member = _member(conn, member_id)
    history = _history_count(conn, member_id)
    if history:
        raise TeamEditError(
            trn(
                history,
                "{name} has {n} sale or interaction in the history; mark them as having left "
                "instead of deleting them.",
                "{name} has {n} sales and interactions in the history; mark them as having "
                "left instead of deleting them.",
                name=member["name"],
            )
        )
    recorder = StepRecorder(conn)
    references = (
        ("customer", "owner_member_id", None),
        ("member", "reports_to_id", member["reports_to_id"]),
        ("team", "lead_member_id", None),
        ("goal", "owner_member_id", None),
    )
    for table, column, replacement in references:
        for row_id in _ids_where(conn, table, column, member_id):
            recorder.update(table, row_id, {column: replacement})
    _delete_coverage(recorder, "member_id", member_id)
    recorder.delete("member", member_id)
    return recorder.steps


def _history_count(conn: Connection, member_id: int) -> int:
    sales = _one(conn, "SELECT count(*) FROM sale WHERE member_id = :id", member_id)
    talks = _one(conn, "SELECT count(*) FROM interaction WHERE member_id = :id", member_id)
    return int(sales) + int(talks)


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise TeamEditError(tr("A name is required."))
    return name


# --- what the Team section's commands make, each one undo step ----------------------------------

# The reports-to choice "the team's lead": worked out from the team when the edit is made.
DEFAULT_BOSS = -1


def new_team(
    conn: Connection, *, name: str, parent_id: int | None, lead_member_id: int | None
) -> Change:
    team_id, steps = create_team(conn, name=name, parent_id=parent_id)
    return steps + set_team_lead(conn, team_id, lead_member_id)


def edit_team(
    conn: Connection,
    team_id: int,
    *,
    name: str,
    lead_member_id: int | None,
    parent_id: int | None,
) -> Change:
    steps = rename_team(conn, team_id, name)
    steps += set_team_lead(conn, team_id, lead_member_id)
    return steps + move_team(conn, team_id, parent_id)


def new_member(conn: Connection, values: Mapping[str, Any]) -> Change:
    """Adds a member; ``reports_to_id`` may be :data:`DEFAULT_BOSS`."""
    values = dict(values)
    if values.get("reports_to_id") == DEFAULT_BOSS:
        values["reports_to_id"] = None  # create_member defaults to the team's lead
    return create_member(conn, values)[1]


def edit_member(conn: Connection, member_id: int, values: Mapping[str, Any]) -> Change:
    """Changes a member's fields and team; ``reports_to_id`` may be :data:`DEFAULT_BOSS`.
    Given the ``version`` the edit was made from, a member someone else changed since is
    refused (:class:`~salesdesk.store.editing.EditConflictError`) before any step."""
    from salesdesk.store.editing import VERSION, check_version

    values = dict(values)
    made_from = values.pop(VERSION, None)
    if made_from is not None:
        check_version(conn, "member", member_id, made_from, values)
    team_id, boss = values.pop("team_id"), values.pop("reports_to_id")
    steps = move_member(conn, member_id, team_id)
    values["reports_to_id"] = (
        default_boss(conn, team_id, member_id) if boss == DEFAULT_BOSS else boss
    )
    return steps + update_member(conn, member_id, values)


def move_nodes(conn: Connection, keys: list[tuple[str, int]], team_id: int | None) -> Change:
    """Moves members and whole teams, given as ("team" | "member", id), into a team (None:
    to the top level)."""
    steps: Change = []
    for kind, row_id in keys:
        if kind == "team":
            steps += move_team(conn, row_id, team_id)
        else:
            steps += move_member(conn, row_id, team_id)
    return steps


def rename(conn: Connection, kind: str, row_id: int, name: str) -> Change:
    """Renames a team or a member."""
    if kind == "team":
        return rename_team(conn, row_id, name)
    return update_member(conn, row_id, {"name": name})


# --- what depends on a row -------------------------------------------------------------------

# (table, column) of a reference -> its description for a count n.
_DEPENDENT_TEXTS = {
    ("team", "parent_id"): ("{n} sub-team", "{n} sub-teams"),
    ("member", "team_id"): ("{n} member", "{n} members"),
    ("coverage", "team_id"): ("{n} coverage assignment", "{n} coverage assignments"),
    ("coverage", "member_id"): ("{n} coverage assignment", "{n} coverage assignments"),
    ("goal", "owner_team_id"): ("{n} goal", "{n} goals"),
    ("goal", "owner_member_id"): ("{n} goal", "{n} goals"),
    ("customer", "owner_member_id"): ("{n} customer they own", "{n} customers they own"),
    ("member", "reports_to_id"): ("{n} member reporting to them", "{n} members reporting to them"),
    ("team", "lead_member_id"): ("{n} team they lead", "{n} teams they lead"),
    ("sale", "member_id"): ("{n} sale credited to them", "{n} sales credited to them"),
    ("interaction", "member_id"): ("{n} interaction", "{n} interactions"),
}


def describe_dependents(conn: Connection, table: str, row_id: int) -> list[str]:
    """What refers to a team or member, one phrase per kind, e.g. '3 members'."""
    phrases = []
    for (other, column), n in editing.dependents(conn, table, row_id).counts.items():
        singular, plural = _DEPENDENT_TEXTS.get(
            (other, column), ("{n} other record", "{n} other records")
        )
        phrases.append(trn(n, singular, plural))
    return phrases
