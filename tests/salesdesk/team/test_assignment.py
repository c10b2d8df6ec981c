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
from tests.engines import EngineUnderTest
from tests.salesdesk.team.team_fixture import (
    ANN,
    BOB,
    CAT,
    DAN,
    EVE,
    OCTOBER,
    TODAY,
    create_team_database,
)


@pytest.fixture
def path(tmp_path: Path, db_engine: EngineUnderTest) -> Path:
    return create_team_database(tmp_path / "team.sqlite", engine=db_engine)


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
        managers_too = propose_assignment(
            conn, mode="product", period=OCTOBER, today=TODAY, managers_too=True
        )
    # C4 bought Services (P2): Cat covers it, and she is the only one, though full.
    # C5 bought Laptops: only Bob, a manager, covers Hardware: by default nobody takes it.
    # C6 and C8 never bought: no category.
    assert {m.customer_name: m.to_member_id for m in proposal.moves} == {"C4": CAT}
    assert proposal.uncovered == 3
    assert {m.customer_name: m.to_member_id for m in managers_too.moves} == {"C4": CAT, "C5": BOB}


def test_managers_and_the_head_take_accounts_only_when_allowed(path: Path) -> None:
    """Bob (manager, capacity 50, one account: C7) and Ann (head) cover Moscow too."""
    with open_database(path) as database, database.write() as conn:
        conn.exec_driver_sql("UPDATE member SET capacity = 50 WHERE id IN (1, 2)")
        conn.exec_driver_sql("INSERT INTO coverage (member_id, territory_id) VALUES (1, 3), (2, 3)")
        proposal = propose_assignment(conn, mode="geographic", period=OCTOBER, today=TODAY)
        allowed = propose_assignment(
            conn, mode="geographic", period=OCTOBER, today=TODAY, managers_too=True
        )
    # C8 (Moscow) goes to Dan, the representative with room (Cat is full)
    assert {m.customer_name: m.to_member_id for m in proposal.moves} == {"C4": DAN, "C8": DAN}
    assert {c.member_id for c in proposal.members} == {DAN}
    # allowed: Ann has 50 spare (no accounts), Bob 49, Dan 5: C8 goes to Ann
    assert {m.customer_name: m.to_member_id for m in allowed.moves} == {"C4": DAN, "C8": ANN}


def test_the_most_spare_capacity_wins_over_the_fewest_accounts(path: Path) -> None:
    """Cat: capacity 10, 3 accounts (7 spare); Dan: capacity 2, none (2 spare)."""
    with open_database(path) as database, database.write() as conn:
        conn.exec_driver_sql("UPDATE member SET capacity = 10 WHERE id = 3")
        conn.exec_driver_sql("UPDATE member SET capacity = 2 WHERE id = 4")
        proposal = propose_assignment(conn, mode="geographic", period=OCTOBER, today=TODAY)
    # C4 (Tver, current, 700,000) first: Cat (7 spare) over Dan (2). Then C8 (a prospect,
    # Moscow): Cat now 4 of 10 (6 spare) over Dan (2).
    moves = {m.customer_name: (m.to_member_id, m.choices) for m in proposal.moves}
    assert moves == {"C4": (CAT, (CAT, DAN)), "C8": (CAT, (CAT, DAN))}


def test_a_revised_proposal_counts_what_the_preview_kept(path: Path) -> None:
    with open_database(path, read_only=True) as database, database.read() as conn:
        proposal = propose_assignment(conn, mode="geographic", period=OCTOBER, today=TODAY)
    c4, c8 = (m.customer_id for m in proposal.moves)
    # C4 to Cat instead of Dan; C8 left without an owner
    revised = proposal.revised({c4: CAT, c8: None})
    assert [(m.customer_name, m.to_member_id) for m in revised.moves] == [("C4", CAT)]
    # Cat: 3 current accounts, C4 (current, 700,000) makes 4 over her capacity of 2
    assert revised.members == [MemberChange(CAT, "Cat", 1, 0, 700_000, 0, 3, 4, 2)]
    assert revised.members[0].over_capacity_after
    assert (revised.name_of(CAT), revised.name_of(None)) == ("Cat", "")
    assert proposal.revised({}) == proposal  # untouched: as proposed
