"""No lost update in the member editor (SPEC §13): a save over someone else's newer change of
the member shows theirs and mine per field, and the user keeps theirs, overwrites with
theirs, or edits again (team_fixture; the other writer is a second connection)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from salesdesk.store import editing
from salesdesk.store.db import Database
from salesdesk.team.tree import MemberNode
from tests.salesdesk.team.team_fixture import DAN

from ui.dialogs.conflict import ConflictChoice, ConflictDialog
from ui.tasks import task_registry
from ui.team.editors import MemberChoice, MemberDialog
from ui.team.section import TeamSection
from ui.team.tree_model import NODE_ROLE

TIMEOUT_MS = 30_000


def _dan(section: TeamSection) -> MemberNode:
    node = section.model.index_of_member(DAN).data(NODE_ROLE)
    assert isinstance(node, MemberNode)
    return node


def _phone_and_capacity(database: Database) -> tuple[str | None, int | None]:
    with database.read() as conn:
        row = conn.execute(text("SELECT phone, capacity FROM member WHERE id = :i"), {"i": DAN})
        phone, capacity = row.one()
    return phone, capacity


def _idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


@pytest.mark.parametrize("choice", ["keep_theirs", "overwrite", "edit_again"])
def test_a_save_over_someone_elses_change_of_a_member_asks_theirs_or_mine(
    qtbot: QtBot,
    section: TeamSection,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    dan = _dan(section)  # as the tree read him, before the other writer's change
    database.transact(lambda conn: editing.update_row(conn, "member", DAN, {"phone": "theirs"}))
    mine = {"name": dan.name, "role": dan.role, "team_id": dan.team_id,
            "reports_to_id": dan.reports_to_id, "email": dan.email, "phone": "mine",
            "capacity": 7}  # fmt: skip
    shown: list[MemberNode] = []
    asked: list[list[tuple[str, str, str]]] = []

    def edit(cls: Any, parent: Any, member: MemberNode, *args: Any, **kw: Any) -> MemberChoice:
        shown.append(member)
        return MemberChoice(dict(mine))

    def resolve(cls: Any, parent: Any, differences: list[tuple[str, str, str]]) -> ConflictChoice:
        asked.append(differences)
        return ConflictChoice(choice)

    monkeypatch.setattr(MemberDialog, "ask", classmethod(edit))
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(resolve))
    section.commands.edit_node(dan)
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    _idle(qtbot)
    # theirs and mine of each field that differs (their capacity is the one Dan had)
    assert asked[0] == [("Phone", "theirs", "mine"), ("Capacity", "5", "7")]
    if choice == "keep_theirs":
        assert _phone_and_capacity(database) == ("theirs", 5)
        assert len(shown) == 1
    elif choice == "overwrite":
        qtbot.waitUntil(lambda: _phone_and_capacity(database) == ("mine", 7), timeout=TIMEOUT_MS)
        assert len(shown) == 1
    else:  # the editor opens again with my values; the save is made from their version
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=TIMEOUT_MS)
        assert (shown[1].phone, shown[1].capacity) == ("mine", 7)
        qtbot.waitUntil(lambda: _phone_and_capacity(database) == ("mine", 7), timeout=TIMEOUT_MS)
        assert len(asked) == 1
    _idle(qtbot)
