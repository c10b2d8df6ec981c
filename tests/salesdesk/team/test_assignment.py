"""Assignment proposals and their application on team_fixture (figures worked out there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.store import changes, editing
from salesdesk.store.db import open_database
from salesdesk.team.assignment import (
    OWNER_LEFT,
    REBALANCE,
    UNOWNED,
    MemberChange,
    apply_proposal,
    propose_assignment,
)
from tests.salesdesk.team.team_fixture import CAT, DAN, EVE, OCTOBER, TODAY, create_team_database


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return create_team_database(tmp_path / "team.sqlite")


def _owners(path: Path) -> dict[str, int | None]:
    with open_database(path, read_only=True) as database, database.read() as conn:
        return dict(conn.exec_driver_sql("SELECT name, owner_member_id FROM customer").all())


def test_unowned_customers_go_to_the_covering_member_with_room(path: Path) -> None:
    with open_database(path, read_only=True) as database, database.read() as conn:
        proposal = propose_assignment(conn, mode="geographic", period=OCTOBER, today=TODAY)
    # C4 (Tver, 700,000) falls to East, whose active members are Cat (3 accounts, full at
    # capacity 2) and Dan (0): Dan. C8 (Moscow, a prospect): Cat full, so Dan again.
    # C5 (Eve left) and C6 are in Murmansk, which nobody active covers.
    assert [
        (m.customer_name, m.from_member_id, m.to_member_id, m.reason) for m in proposal.moves
    ] == [
        ("C4", None, DAN, UNOWNED),
        ("C8", None, DAN, UNOWNED),
    ]
    assert proposal.members == [
        MemberChange(DAN, "Dan", 2, 0, 700_000, 0, 0, 1, 5),  # C4 is current, C8 a prospect
    ]
    assert (proposal.uncovered, proposal.uncovered_revenue) == (2, 300_000)  # C5's O5


def test_rebalancing_moves_the_overloaded_members_smallest_account(path: Path) -> None:
    with open_database(path, read_only=True) as database, database.read() as conn:
        proposal = propose_assignment(
            conn, mode="geographic", period=OCTOBER, today=TODAY, rebalance=True
        )
    # Cat: 3 current over 2; her smallest October account is C3 (200,000), which Dan covers
    assert proposal.moves[-1].customer_name == "C3"
    assert (proposal.moves[-1].from_member_id, proposal.moves[-1].reason) == (CAT, REBALANCE)
    assert proposal.members == [
        MemberChange(CAT, "Cat", 0, 1, 0, 200_000, 3, 2, 2),
        MemberChange(DAN, "Dan", 3, 0, 900_000, 0, 0, 2, 5),
    ]


def test_a_customer_of_someone_who_left_is_handed_on(path: Path) -> None:
    with open_database(path) as database, database.write() as conn:
        conn.exec_driver_sql("INSERT INTO coverage (member_id, territory_id) VALUES (4, 6)")
        proposal = propose_assignment(conn, mode="geographic", period=OCTOBER, today=TODAY)
    moved = {m.customer_name: (m.from_member_id, m.to_member_id, m.reason) for m in proposal.moves}
    assert moved["C5"] == (EVE, DAN, OWNER_LEFT)
    assert moved["C6"] == (None, DAN, UNOWNED)
    assert proposal.uncovered == 0
    eve = next(change for change in proposal.members if change.member_id == EVE)
    assert (eve.lost, eve.revenue_lost, eve.accounts_before, eve.accounts_after) == (
        1,
        300_000,
        1,
        0,
    )


def test_apply_changes_every_owner_in_one_transaction_and_undoes(path: Path) -> None:
    before = _owners(path)
    with open_database(path) as database:
        with database.read() as conn:
            proposal = propose_assignment(
                conn, mode="geographic", period=OCTOBER, today=TODAY, rebalance=True
            )
        with database.write() as conn:
            steps = apply_proposal(conn, proposal)
            logged = editing.change_history(conn, "customer", 4)
        assert logged[0]["field"] == "owner_member_id" and logged[0]["new_value"] == str(DAN)
        after = _owners(path)
        assert {n: after[n] for n in ("C3", "C4", "C8")} == {"C3": DAN, "C4": DAN, "C8": DAN}
        with database.write() as conn:
            changes.undo(conn, steps)
        assert _owners(path) == before
        with database.write() as conn:
            changes.redo(conn, steps)
        assert _owners(path) == after


def test_product_mode_uses_the_category_a_customer_spent_most_on(path: Path) -> None:
    with open_database(path) as database, database.write() as conn:
        conn.exec_driver_sql("INSERT INTO coverage (member_id, category_id) VALUES (3, 3)")
        proposal = propose_assignment(conn, mode="product", period=OCTOBER, today=TODAY)
    # C4 bought Services (P2): Cat covers it, and she is the only one, though full.
    # C5 bought Laptops: Bob covers Hardware. C6 and C8 never bought: no category.
    moved = {m.customer_name: m.to_member_id for m in proposal.moves}
    assert moved == {"C4": CAT, "C5": 2}
    assert proposal.uncovered == 2
