"""The pipeline report on ``pipeline_fixture``, in English and Russian (text, pages, fonts)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from salesdesk.metrics import clock
from salesdesk.periods import Period
from salesdesk.reports import REPORTS
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.pipeline import pipeline_fixture as px
from tests.salesdesk.reports.test_strategy_report import embedded_fonts, read_pdf

Q1 = Period.quarter(2025, 1)
GENERATED = datetime(2025, 3, 31, 18, 0)


@pytest.fixture
def conn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_engine: EngineUnderTest
) -> Iterator[Connection]:
    with px.read_today(
        px.create_pipeline_database(tmp_path / "deals.sqlite", engine=db_engine), monkeypatch
    ) as c:
        yield c


def test_english_report(conn: Connection) -> None:
    text, reader = read_pdf(REPORTS["pipeline"].build(conn, Q1, generated_at=GENERATED))
    for expected in (
        "Pipeline report",
        "Fixture Ltd",
        f"page 1 of {len(reader.pages)}",
        # open pipeline 1,900 roubles in 4 deals; weighted 790; win rate 50%; cycle 43 days
        "Open pipeline RUB 1,900 4 deals",
        "Weighted pipeline RUB 790",
        "Win rate 50.0%",
        "Average won deal RUB 650",
        "Sales cycle 43 days",
        # stage, open deals, amount, chance (default *), weighted, reached, conversion, days
        "Lead 2 RUB 500 10%* RUB 50 7 83% 12.0",
        "Proposal 1 RUB 800 40%* RUB 320 5 75% 16.5",
        "Negotiation 1 RUB 600 70%* RUB 420 3 100% 11.0",
        "March 2025 RUB 300 RUB 40 RUB 340",
        "Boris 1 RUB 800 RUB 320 1 RUB 1,000 100%",
        "2 deals are rotting",
        "Kappa renewal Kappa Vera RUB 400 30",
        "No budget 1 RUB 200",
        "Price 1 RUB 500",
        "Glossary",  # the common last page, sales-process terms included
    ):
        assert expected in text
    assert embedded_fonts(reader) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_russian_report(conn: Connection) -> None:
    document = REPORTS["pipeline"].build(conn, Q1, language="ru", generated_at=GENERATED)
    text, reader = read_pdf(document)
    for expected in (
        "Отчёт по воронке продаж",
        f"стр. 1 из {len(reader.pages)}",
        "Открытые сделки 1 900 ₽ 4 сделки",
        "Доля выигранных 50,0%",
        "Цикл сделки 43 дня",
        "Воронка и этапы",
        "Прогноз и цели",
        "2 сделки застряли",
        "Причины проигрыша",
        "Словарь показателей",
    ):
        assert expected in text


def test_with_several_pipelines_the_report_says_it_covers_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_engine: EngineUnderTest
) -> None:
    from salesdesk.pipeline.stage_edits import create_pipeline

    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 31))
    path = px.create_pipeline_database(tmp_path / "deals.sqlite", engine=db_engine)
    with open_database(path) as database:
        with database.write() as conn:
            create_pipeline(conn, "Renewals")
        with database.read() as conn:
            text, _ = read_pdf(REPORTS["pipeline"].build(conn, Q1, generated_at=GENERATED))
    assert "Summary: all pipelines" in text
    assert "Funnel and stages: Renewals" in text
    # D8 has no owner: its own row, so the members add up to the open pipeline.
    assert "(no owner) 1 RUB 100 RUB 10 0 RUB 0" in text
