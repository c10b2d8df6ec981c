"""The analytics of one pipeline or of all: the cards, stages, members and lost reasons follow
the pipeline chosen; the forecast against the goals and their coverage count every pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from salesdesk.metrics import clock
from salesdesk.metrics.deals import OpenPipeline
from salesdesk.periods import Period
from salesdesk.pipeline.analytics import pipeline_analytics
from salesdesk.pipeline.edits import create_deal
from salesdesk.pipeline.stage_edits import create_pipeline
from salesdesk.store.changes import created
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.pipeline import pipeline_fixture as px

Q1 = Period.quarter(2025, 1)


@pytest.fixture
def conn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_engine: EngineUnderTest
) -> Iterator[tuple[Connection, int]]:
    """The fixture and a second pipeline, Renewals, with one deal nobody owns yet: 5000.00
    in Qualification (default chance 10 %), expected to close on 30 April."""
    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 31))
    path = px.create_pipeline_database(tmp_path / "deals.sqlite", engine=db_engine)
    with open_database(path) as database:
        with database.write() as write:
            renewals = created(create_pipeline(write, "Renewals"), "pipeline")
            first_stage = write.execute(
                text("SELECT id FROM stage WHERE pipeline_id = :p AND position = 0"),
                {"p": renewals},
            ).scalar_one()
            create_deal(write, {"title": "Alfa renewal", "amount": 500000,
                                "stage_id": first_stage, "expected_close": date(2025, 4, 30)},
                        at=datetime(2025, 3, 20, 9))  # fmt: skip
        with database.read() as read:
            yield read, renewals


def test_the_cards_follow_the_pipeline(conn: tuple[Connection, int]) -> None:
    connection, renewals = conn
    sales = pipeline_analytics(connection, Q1, pipeline_id=px.SALES_PIPELINE)
    assert (sales.open, sales.weighted) == (OpenPipeline(4, 190000), pytest.approx(79000))
    assert (sales.closed.won, sales.closed.lost) == (2, 2)
    assert sales.pipeline is not None and sales.pipeline.name == "Sales"
    assert sales.several_pipelines
    other = pipeline_analytics(connection, Q1, pipeline_id=renewals)
    assert (other.open, other.weighted) == (OpenPipeline(1, 500000), pytest.approx(50000))
    assert other.closed.win_rate is None and other.lost_reasons == []
    assert [(g.name, g.open.deals) for g in other.members] == [("(no owner)", 1)]
    every = pipeline_analytics(connection, Q1)
    assert (every.open, every.weighted) == (OpenPipeline(5, 690000), pytest.approx(129000))
    assert every.pipeline is None and [p.pipeline.name for p in every.pipelines] == [
        "Sales", "Renewals"]  # fmt: skip


def test_the_forecast_against_the_goals_counts_every_pipeline(
    conn: tuple[Connection, int],
) -> None:
    connection, _ = conn
    sales = pipeline_analytics(connection, Q1, pipeline_id=px.SALES_PIPELINE)
    april = next(m.forecast for m in sales.months if m.forecast.span.start == date(2025, 4, 1))
    # D4 (Proposal 0.4 x 80000) and the Renewals deal (0.1 x 500000)
    assert april.weighted == pytest.approx(32000 + 50000)
