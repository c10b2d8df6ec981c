"""Setting up pipelines and stages on ``pipeline_fixture``: refusals, the rows and ChangeLog
each edit writes, and undo and redo back to the same rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.metrics import clock, deals
from salesdesk.periods import Period
from salesdesk.pipeline import stage_edits as se
from salesdesk.pipeline.edits import PipelineEditError
from salesdesk.store.changes import created, redo, undo
from salesdesk.store.db import Database, open_database
from tests.engines import EngineUnderTest, as_stored_text
from tests.salesdesk.pipeline import pipeline_fixture as px


@pytest.fixture
def database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_engine: EngineUnderTest
) -> Iterator[Database]:
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 31))
    path = px.create_pipeline_database(tmp_path / "deals.sqlite", engine=db_engine)
    with open_database(path) as opened:
        yield opened


def _stages(conn: Connection) -> list[tuple[object, ...]]:
    rows = conn.execute(
        text(
            "SELECT id, pipeline_id, name, position, probability, rotting_days FROM stage"
            " ORDER BY pipeline_id, position, id"
        )
    )
    return [tuple(row) for row in rows]


def _snapshot(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row the pipeline edits may touch, but for their versions (an undo is a change
    too: it raises them)."""
    tables = ("pipeline", "stage", "deal", "deal_stage_change")
    return {
        t: [tuple(v for c, v in r.items() if c != "version")
            for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id")).mappings()]
        for t in tables
    }  # fmt: skip


def _logged(conn: Connection, after: int = 0) -> list[tuple[str, int, str]]:
    rows = conn.execute(
        text("SELECT entity, entity_id, field FROM change_log WHERE id > :after ORDER BY id"),
        {"after": after},
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


# --- the checks a form makes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Closing", ""),
        ("   ", "A stage needs a name."),
        ("  proposal ", "This pipeline has a stage called proposal already."),
    ],
)
def test_stage_names(name: str, problem: str) -> None:
    assert se.name_problem(name, ["Lead", "Proposal"]) == problem


PERCENTS = [(0, True), (45.5, True), (100, True), (-1, False), (100.5, False), (None, False),
            (float("nan"), False)]  # fmt: skip


@pytest.mark.parametrize(("percent", "fine"), PERCENTS)
def test_probabilities_run_from_0_to_100(percent: float | None, fine: bool) -> None:
    problem = se.probability_problem(percent)
    assert (problem == "") is fine
    if not fine:
        assert problem == "The chance to win is a percentage from 0 to 100."


@pytest.mark.parametrize(("days", "fine"), [(1, True), (3650, True), (0, False), (-5, False),
                                            (3651, False), (None, False)])  # fmt: skip
def test_rotting_days_are_at_least_one(days: int | None, fine: bool) -> None:
    assert (se.rotting_days_problem(days) == "") is fine


# --- stages -----------------------------------------------------------------------------------


def test_a_new_stage_goes_last_with_the_visible_defaults(database: Database) -> None:
    with database.write() as conn:
        steps = se.add_stage(conn, px.SALES_PIPELINE, " Closing ")
        stage_id = created(steps, "stage")
        assert _logged(conn) == [("stage", stage_id, "*")]
        assert _stages(conn)[-1] == (stage_id, 1, "Closing", 3, 0.2, 14)
        undo(conn, steps)
        assert [s[0] for s in _stages(conn)] == [px.LEAD, px.PROPOSAL, px.NEGOTIATION]
        redo(conn, steps)  # back under its old id
        assert _stages(conn)[-1] == (stage_id, 1, "Closing", 3, 0.2, 14)


def test_stage_fields_are_checked_before_anything_is_written(database: Database) -> None:
    with database.write() as conn:
        for changes, sentence in [
            ({"probability": 1.5}, "The chance to win is a percentage from 0 to 100."),
            ({"rotting_days": 0}, "A deal rots after 1 to 3650 days without activity."),
            ({"name": "LEAD"}, "This pipeline has a stage called LEAD already."),
        ]:
            with pytest.raises(PipelineEditError, match=sentence.replace(".", r"\.")):
                se.update_stage(conn, px.PROPOSAL, **changes)  # type: ignore[arg-type]
        assert _logged(conn) == []


def test_a_stage_is_renamed_and_its_defaults_set(database: Database) -> None:
    with database.write() as conn:
        before = _snapshot(conn)
        steps = se.update_stage(conn, px.PROPOSAL, name="Offer", probability=0.55,
                                rotting_days=21)  # fmt: skip
        assert _stages(conn)[1] == (px.PROPOSAL, 1, "Offer", 1, 0.55, 21)
        assert _logged(conn) == [("stage", px.PROPOSAL, "name"),
                                 ("stage", px.PROPOSAL, "probability"),
                                 ("stage", px.PROPOSAL, "rotting_days")]  # fmt: skip
        # The new default is what the forecast weighs Proposal with (too few closed deals):
        # Lead 50000 x 0.1 + Proposal 80000 x 0.55 + Negotiation 60000 x 0.7
        assert deals.weighted_pipeline(conn, date(2025, 3, 31)) == pytest.approx(91000)
        undo(conn, steps)
        assert _snapshot(conn) == before


def test_stages_move_up_and_down(database: Database) -> None:
    with database.write() as conn:
        steps = se.move_stage(conn, px.NEGOTIATION, -1)
        assert [(s[0], s[3]) for s in _stages(conn)] == [
            (px.LEAD, 0), (px.NEGOTIATION, 1), (px.PROPOSAL, 2)]  # fmt: skip
        assert _logged(conn) == [("stage", px.NEGOTIATION, "position"),
                                 ("stage", px.PROPOSAL, "position")]  # fmt: skip
        assert se.move_stage(conn, px.LEAD, -1) == []  # first already: nothing to do
        undo(conn, steps)
        assert [s[0] for s in _stages(conn)] == [px.LEAD, px.PROPOSAL, px.NEGOTIATION]


def test_stage_usage(database: Database) -> None:
    with database.read() as conn:
        usage = se.stage_usage(conn)
    # Lead: D5, D8 open in it, D7 lost from it; all eight deals passed through it.
    assert usage[px.LEAD] == se.StageUsage(open=2, closed=1, passed=8)
    # Proposal: D4 open, D2 lost; D1, D2, D3, D4, D6 passed through it.
    assert usage[px.PROPOSAL] == se.StageUsage(open=1, closed=1, passed=5)
    assert usage[px.NEGOTIATION] == se.StageUsage(open=1, closed=2, passed=3)


def test_a_used_stage_is_not_deleted_without_a_stage_for_its_deals(database: Database) -> None:
    with database.write() as conn:
        with pytest.raises(PipelineEditError) as refused:
            se.delete_stage(conn, px.LEAD)
        assert str(refused.value) == (
            "2 open deals are in Lead. In all, 8 deals have passed through it."
        )
        with pytest.raises(PipelineEditError):
            se.delete_stage(conn, px.LEAD, move_to=px.LEAD)
        assert _logged(conn) == []


def test_an_unused_stage_is_deleted(database: Database) -> None:
    with database.write() as conn:
        stage_id = created(se.add_stage(conn, px.SALES_PIPELINE, "Closing"), "stage")
        assert stage_id is not None
        se.move_stage(conn, stage_id, -3)  # first
        before = _logged(conn)
        steps = se.delete_stage(conn, stage_id)
        assert [(s[0], s[3]) for s in _stages(conn)] == [
            (px.LEAD, 0), (px.PROPOSAL, 1), (px.NEGOTIATION, 2)]  # fmt: skip
        assert _logged(conn)[len(before) :][-1] == ("stage", stage_id, "*")
        undo(conn, steps)
        assert _stages(conn)[0] == (stage_id, 1, "Closing", 0, 0.2, 14)


def test_deleting_a_used_stage_moves_its_deals_and_joins_their_stays(database: Database) -> None:
    with database.write() as conn:
        before = _snapshot(conn)
        steps = se.delete_stage(conn, px.PROPOSAL, move_to=px.NEGOTIATION)
        stays = conn.execute(
            text(
                "SELECT deal_id, stage_id, date(entered_at), date(left_at) FROM deal_stage_change"
                " WHERE stage_id = :neg ORDER BY deal_id"
            ),
            {"neg": px.NEGOTIATION},
        ).all()
        # D1: Proposal 10 Jan, Negotiation 20 Jan, Proposal 1 Feb, Negotiation 10 Feb - 20 Feb
        # become one stay; D3 and D6 likewise; D2 and D4 move over.
        assert as_stored_text(stays) == [
            (px.D1, px.NEGOTIATION, "2025-01-10", "2025-02-20"),
            (px.D2, px.NEGOTIATION, "2025-01-15", "2025-02-05"),
            (px.D3, px.NEGOTIATION, "2025-02-03", "2025-03-10"),
            (px.D4, px.NEGOTIATION, "2025-03-01", None),
            (px.D6, px.NEGOTIATION, "2025-03-12", None),
        ]
        assert [(s[0], s[3]) for s in _stages(conn)] == [(px.LEAD, 0), (px.NEGOTIATION, 1)]
        assert deals.open_by_stage(conn, date(2025, 3, 31)) == {
            px.LEAD: deals.OpenPipeline(2, 50000),  # D5, D8
            px.NEGOTIATION: deals.OpenPipeline(2, 140000),  # D4, D6
        }
        # stays of 41, 21, 35, 30 (so far) and 19 (so far) days
        assert deals.days_in_stage(conn, Period.quarter(2025, 1))[px.NEGOTIATION] == 30
        after = _snapshot(conn)
        undo(conn, steps)
        assert _snapshot(conn) == before
        redo(conn, steps)
        assert _snapshot(conn) == after


def test_a_pipeline_keeps_one_stage(database: Database) -> None:
    with database.write() as conn:
        se.delete_stage(conn, px.PROPOSAL, move_to=px.LEAD)
        se.delete_stage(conn, px.NEGOTIATION, move_to=px.LEAD)
        with pytest.raises(PipelineEditError, match="keeps at least one stage"):
            se.delete_stage(conn, px.LEAD)


# --- pipelines --------------------------------------------------------------------------------


def test_a_new_pipeline_has_the_default_stages(database: Database) -> None:
    with database.write() as conn:
        with pytest.raises(PipelineEditError, match="There is a pipeline called SALES already"):
            se.create_pipeline(conn, "SALES")
        steps = se.create_pipeline(conn, "Renewals")
        pipeline_id = created(steps, "pipeline")
        stages = [s for s in _stages(conn) if s[1] == pipeline_id]
        assert [(s[2], s[3], s[4], s[5]) for s in stages] == [
            ("Qualification", 0, 0.1, 10),
            ("Needs analysis", 1, 0.25, 14),
            ("Proposal", 2, 0.45, 14),
            ("Negotiation", 3, 0.7, 21),
            ("Contract", 4, 0.85, 10),
        ]
        assert len(steps) == 6  # the pipeline and its five stages
        undo(conn, steps)
        assert conn.execute(text("SELECT COUNT(*) FROM pipeline")).scalar() == 1


def test_pipelines_are_renamed_and_deactivated(database: Database) -> None:
    with database.write() as conn:
        with pytest.raises(PipelineEditError, match="At least one pipeline stays active"):
            se.set_pipeline_active(conn, px.SALES_PIPELINE, False)
        renewals = created(se.create_pipeline(conn, "Renewals"), "pipeline")
        assert renewals is not None
        with pytest.raises(PipelineEditError, match="A pipeline needs a name"):
            se.rename_pipeline(conn, renewals, " ")
        steps = se.rename_pipeline(conn, px.SALES_PIPELINE, "New business")
        steps += se.set_pipeline_active(conn, px.SALES_PIPELINE, False)
        row = conn.execute(text("SELECT name, active FROM pipeline WHERE id = 1")).one()
        assert tuple(row) == ("New business", 0)
        undo(conn, steps)
        row = conn.execute(text("SELECT name, active FROM pipeline WHERE id = 1")).one()
        assert tuple(row) == ("Sales", 1)


def test_a_stage_in_too_long_a_history_is_not_deleted(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(se, "MAX_MOVED_DEALS", 4)
    with database.write() as conn:
        with pytest.raises(PipelineEditError) as refused:
            se.delete_stage(conn, px.PROPOSAL, move_to=px.LEAD)  # 5 deals passed through it
        assert _logged(conn) == []
    assert str(refused.value) == (
        "Proposal is in the history of 5 deals, more than 4 can move in one edit that can be "
        "undone. Rename it, or move it to the end of the pipeline, instead."
    )
