"""Deal and follow-up edits: the stage history they write, the ChangeLog, undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.pipeline import edits
from salesdesk.pipeline.edits import PipelineEditError
from salesdesk.store import changes
from salesdesk.store.db import Database, open_database
from tests.engines import EngineUnderTest, as_stored_text
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.pipeline import pipeline_fixture as px

NOON = datetime(2025, 3, 31, 12, 0, 0)


@pytest.fixture
def database(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Database]:
    path = px.create_pipeline_database(tmp_path / "deals.sqlite", engine=db_engine)
    with open_database(path) as opened:
        yield opened


def _stays(conn: Connection, deal_id: int) -> list[tuple[int, str, str | None]]:
    rows = conn.execute(
        text(
            "SELECT stage_id, entered_at, left_at FROM deal_stage_change WHERE deal_id = :d"
            " ORDER BY entered_at, id"
        ),
        {"d": deal_id},
    )
    return [(stage, str(entered), left and str(left)) for stage, entered, left in rows]


def _deal(conn: Connection, deal_id: int) -> dict[str, object]:
    row = conn.execute(text("SELECT * FROM deal WHERE id = :d"), {"d": deal_id}).mappings().one()
    return dict(zip(row.keys(), as_stored_text([row.values()])[0], strict=True))


def test_moving_a_deal_ends_one_stay_and_begins_another(database: Database) -> None:
    with database.write() as conn:
        steps = edits.move_deal(conn, px.D5, px.PROPOSAL, at=NOON)
    with database.read() as conn:
        assert _deal(conn, px.D5)["stage_id"] == px.PROPOSAL
        assert _stays(conn, px.D5) == [
            (px.LEAD, "2025-03-01 09:00:00", "2025-03-31 12:00:00"),
            (px.PROPOSAL, "2025-03-31 12:00:00", None),
        ]
        logged = conn.execute(text("SELECT entity, field FROM change_log ORDER BY id")).all()
    assert logged == [("deal_stage_change", "left_at"), ("deal_stage_change", "*"),
                      ("deal", "stage_id")]  # fmt: skip
    with database.write() as conn:
        changes.undo(conn, steps)
    with database.read() as conn:
        assert _deal(conn, px.D5)["stage_id"] == px.LEAD
        assert _stays(conn, px.D5) == [(px.LEAD, "2025-03-01 09:00:00", None)]
    with database.write() as conn:
        changes.redo(conn, steps)
    with database.read() as conn:
        assert len(_stays(conn, px.D5)) == 2


def test_moving_to_the_same_stage_changes_nothing(database: Database) -> None:
    with database.write() as conn:
        assert edits.move_deal(conn, px.D5, px.LEAD) == []


def test_winning_and_losing_close_the_last_stay(database: Database) -> None:
    with database.write() as conn:
        edits.win_deal(conn, px.D6, on=date(2025, 3, 31), order_ref="ORD-77", at=NOON)
        edits.lose_deal(conn, px.D4, "  Went with a competitor ", at=NOON)
    with database.read() as conn:
        won, lost = _deal(conn, px.D6), _deal(conn, px.D4)
        assert (won["status"], won["closed_on"]) == ("won", "2025-03-31")
        assert won["order_ref"] == "ORD-77"
        assert (lost["status"], lost["lost_reason"]) == ("lost", "Went with a competitor")
        assert _stays(conn, px.D6)[-1] == (px.NEGOTIATION, "2025-03-28 09:00:00",
                                            "2025-03-31 12:00:00")  # fmt: skip


def test_a_lost_deal_needs_a_reason_and_a_closed_one_cannot_move(database: Database) -> None:
    with database.write() as conn:
        with pytest.raises(PipelineEditError, match="why"):
            edits.lose_deal(conn, px.D4, "  ")
        with pytest.raises(PipelineEditError, match="closed already"):
            edits.move_deal(conn, px.D1, px.LEAD)


def test_reopening_a_deal_starts_a_new_stay(database: Database) -> None:
    with database.write() as conn:
        edits.reopen_deal(conn, px.D2, at=NOON)
    with database.read() as conn:
        assert _deal(conn, px.D2)["status"] == "open"
        assert _stays(conn, px.D2)[-1] == (px.PROPOSAL, "2025-03-31 12:00:00", None)


def test_the_first_deal_makes_the_default_pipeline_and_undo_removes_it(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    path = fx.create_metric_database(tmp_path / "new.sqlite", engine=db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            deal_id, steps = edits.create_deal(
                conn, {"title": "First deal", "amount": 5000, "customer_id": fx.ALFA}, at=NOON
            )
        with database.read() as conn:
            stages = conn.execute(text("SELECT name FROM stage ORDER BY position")).scalars()
            assert list(stages) == [
                "Qualification", "Needs analysis", "Proposal", "Negotiation", "Contract",
            ]  # fmt: skip
            assert _deal(conn, deal_id)["ref"] == "D-000001"
            assert len(_stays(conn, deal_id)) == 1
        with database.write() as conn:
            changes.undo(conn, steps)
        with database.read() as conn:
            for table in ("deal", "stage", "pipeline", "deal_stage_change"):
                assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0


def test_deal_fields_are_checked(database: Database) -> None:
    with database.write() as conn:
        with pytest.raises(PipelineEditError, match="title"):
            edits.create_deal(conn, {"title": " "})
        with pytest.raises(PipelineEditError, match="negative"):
            edits.update_deal(conn, px.D4, {"amount": -1})
        with pytest.raises(PipelineEditError, match="D1 exists"):
            edits.create_deal(conn, {"title": "Again", "ref": "D1"})


def test_follow_ups_done_rescheduled_and_issues_resolved(database: Database) -> None:
    with database.write() as conn:
        follow_up, _ = edits.create_follow_up(
            conn, {"kind": "meeting", "deal_id": px.D6, "owner_member_id": fx.GLEB,
                   "due_on": date(2025, 4, 3)}
        )  # fmt: skip
        edits.reschedule_follow_up(conn, follow_up, date(2025, 4, 7))
        edits.complete_follow_up(conn, follow_up, "Agreed the price", at=NOON)
        edits.resolve_interaction(conn, 1, "Replaced the parcel")  # Kappa's complaint
    with database.read() as conn:
        row = conn.execute(
            text("SELECT customer_id, due_on, done_at, outcome FROM follow_up WHERE id = :i"),
            {"i": follow_up},
        ).one()
        # a deal's follow-up is also about the deal's customer
        assert as_stored_text([row]) == [
            (fx.IOTA, "2025-04-07", "2025-03-31 12:00:00", "Agreed the price")
        ]
        issue = conn.execute(text("SELECT is_open, outcome FROM interaction WHERE id = 1")).one()
        assert tuple(issue) == (0, "Replaced the parcel")
    with database.write() as conn, pytest.raises(PipelineEditError, match="customer or a deal"):
        edits.create_follow_up(conn, {"due_on": date(2025, 4, 3)})


def test_moving_an_open_deal_keeps_the_learned_chances_winning_one_does_not(
    database: Database,
) -> None:
    from salesdesk.metrics.deals import _deals_state

    with database.read() as conn:
        before = _deals_state(conn)
    with database.write() as conn:
        steps = edits.move_deal(conn, px.D5, px.PROPOSAL, at=NOON)
        changes.undo(conn, steps)
    with database.read() as conn:
        assert _deals_state(conn) == before
    with database.write() as conn:
        edits.win_deal(conn, px.D5, at=NOON)
    with database.read() as conn:
        assert _deals_state(conn) != before
