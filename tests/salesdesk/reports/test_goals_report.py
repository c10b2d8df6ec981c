"""The goals report's text: the status summary, each goal's SMART card, in English and Russian."""

from __future__ import annotations

import io
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from salesdesk.metrics import clock
from salesdesk.periods import Period
from salesdesk.reports import REPORTS
from salesdesk.store.db import open_database
from tests.salesdesk.goals import goal_fixture as fx

TODAY = date(2026, 2, 14)
Q1_DATES = ("2026-01-01", "2026-03-31")

# Ivan's web revenue: 100 000 in each quarter of 2025, 80 000 so far in Q1 2026.
SALES = [
    ("2025-01-10", 100000, 1),
    ("2025-04-10", 100000, 1),
    ("2025-07-10", 100000, 1),
    ("2025-10-10", 100000, 1),
    ("2026-01-10", 50000, 1),
    ("2026-02-10", 30000, 1),
]
GOALS = [
    # id, title, owner team, owner member, target, start, end
    (1, "North revenue in Q1 2026", fx.NORTH, None, 110000, "2026-01-01", "2026-03-31"),
    (2, "Максимально возможный оборот", None, fx.HEAD, 300000, "2026-01-01", "2026-03-31"),
    (3, "Revenue in 2024", None, fx.HEAD, 50000, "2024-01-01", "2024-12-31"),  # not listed
]


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = fx.create_goal_database(tmp_path / "goals.sqlite", sales=SALES)
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO goal (id, title, description, metric, owner_team_id, owner_member_id,"
            " baseline_kind, target_value, direction, resource_notes, start_on, end_on)"
            " VALUES (?, ?, '', 'revenue', ?, ?, 'previous_period', ?, 'higher', '', ?, ?)",
            GOALS,
        )
    raw.close()
    return path


def _text(path: Path, language: str) -> tuple[str, int]:
    with open_database(path, read_only=True) as database, database.read() as conn:
        document = REPORTS["goals"].build(
            conn,
            Period.quarter(2026, 1),
            language=language,
            generated_at=datetime(2026, 2, 14, 9, 30),
        )
    reader = pypdf.PdfReader(io.BytesIO(document))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def test_goals_report_in_english(db_path: Path) -> None:
    text, pages = _text(db_path, "en")
    assert "Goals report" in text
    assert f"page 1 of {pages}" in text
    # Both goals count Ivan's sales: 80 000 by 14 Feb. Last year's Q1 was all done by then
    # (100 000 on 10 Jan 2025): share 1. Run-rate of the last 28 days 30 000 / 28 x 45 days
    # left + 80 000 = 128 214; seasonal 80 000 / 1; forecast (128 214 + 80 000) / 2 =
    # 104 107: 94.6 % of 110 000 (at risk), 34.7 % of 300 000 (off track).
    assert "North revenue in Q1 2026" in text
    assert "Revenue in 2024" not in text  # outside the period
    assert "At risk 1 Off track 1 All goals 2" in text
    assert '"Максимально возможный" is vague' in text
    assert "Baseline RUB 1,000 over Q4 2025" in text
    assert "SMART score" in text


def test_goals_report_in_russian(db_path: Path) -> None:
    text, pages = _text(db_path, "ru")
    assert "Отчёт по целям" in text
    assert f"стр. 1 из {pages}" in text
    assert "Цели по статусам" in text
    assert "Под угрозой 1 Отстаёт 1 Все цели 2" in text
    assert "База 1 000 ₽ за 4 кв. 2025" in text


def _pdf(path: Path, period: Period) -> pypdf.PdfReader:
    with open_database(path, read_only=True) as database, database.read() as conn:
        document = REPORTS["goals"].build(
            conn, period, language="en", generated_at=datetime(2026, 2, 14, 9, 30)
        )
    return pypdf.PdfReader(io.BytesIO(document))


def test_a_period_without_goals_names_the_period(db_path: Path) -> None:
    reader = _pdf(db_path, Period.quarter(2025, 3))
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "No goals in Q3 2025." in text


def test_every_burn_up_chart_is_on_the_page_of_its_goal(db_path: Path) -> None:
    """Six more goals fill several pages; no chart may start a page without its goal's
    heading. (Each chart differs: identical images would be stored once per page.)"""
    more = [
        (10 + n, f"North revenue, part {n}", fx.NORTH, None, 20000 + 5000 * n, *Q1_DATES)
        for n in range(6)
    ]
    with sqlite3.connect(db_path) as raw:
        raw.executemany(
            "INSERT INTO goal (id, title, description, metric, owner_team_id, owner_member_id,"
            " baseline_kind, target_value, direction, resource_notes, start_on, end_on)"
            " VALUES (?, ?, '', 'revenue', ?, ?, 'previous_period', ?, 'higher', '', ?, ?)",
            more,
        )
    raw.close()
    reader = _pdf(db_path, Period.quarter(2026, 1))
    assert len(reader.pages) >= 3
    charts = titles = 0
    for page in reader.pages:
        on_page = page.extract_text().count("SMART score")
        # a goal's section is its title, card, SMART table and chart: all on one page
        assert len(page.images) == on_page
        charts, titles = charts + len(page.images), titles + on_page
    assert charts == titles == 8
