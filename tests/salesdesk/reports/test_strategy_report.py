"""The strategy report (SPEC §6) on the hand-worked strategy fixture, in English and Russian."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pypdf
import pytest
from sqlalchemy.engine import Connection

from salesdesk.periods import Period
from salesdesk.reports import REPORTS
from salesdesk.reports.strategy import build_strategy_report
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.strategy import strategy_fixture as sf

Q1_2025 = Period.quarter(2025, 1)
GENERATED = datetime(2026, 11, 28, 9, 30)


@pytest.fixture
def conn(tmp_path: Path, db_engine: EngineUnderTest) -> Iterator[Connection]:
    path = sf.create_strategy_database(tmp_path / "report.sqlite", engine=db_engine)
    with open_database(path) as database, database.read() as connection:
        yield connection


def read_pdf(document: bytes) -> tuple[str, pypdf.PdfReader]:
    reader = pypdf.PdfReader(io.BytesIO(document))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), reader


def embedded_fonts(reader: pypdf.PdfReader) -> set[str]:
    """The fonts the pages use, each checked to carry its TrueType program in the file."""
    names = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_english_report(conn: Connection) -> None:
    text, reader = read_pdf(build_strategy_report(conn, Q1_2025, generated_at=GENERATED))
    pages = len(reader.pages)
    for expected in (
        "Strategy report",
        "Fixture Ltd",
        "Q1 2025",
        f"page 1 of {pages}",
        # competitors: Acme 25%, 2 products, (+11.11% - 20%) / 2 = -4.4%; Bolt stale
        "Acme Cheap and cheerful 25% 2 -4.4% Nov 1, 2026",
        "Bolt Premium — 1 -9.1% Mar 1, 2026 *",
        # Laptop Pro: ours 1,000.00; 900.00 / 1,000.00 / 1,100.00; 0%; 2 prices, 1 stale
        "Laptop Pro (LAP-1) RUB 1,000.00 RUB 900.00 RUB 1,000.00 RUB 1,100.00 0.0% 2 (1*)",
        "Monitor (MON-1) RUB 200.00 RUB 250.00 RUB 250.00 RUB 250.00 -20.0% 1",
        # channels: Field 420000 revenue, 4 orders, 3 customers, margin 120000 (28.6%),
        # spend 400000, 1 new customer, CAC 400000
        "Field sales (offline) RUB 4,200 4 3 RUB 1,200 28.6% RUB 4,000 1 RUB 4,000",
        # no sales: no cost known, so no margin (SPEC §3a Unknown cost)
        "Store (offline) RUB 0 0 0 — — RUB 500 0 —",
        "Online against offline channels by month",
        # catalogue: Support plan 50.00 cost, 150.00 price, 100.00 margin, 66.7%
        "SUP-1 Support plan Services RUB 50.00 RUB 150.00 RUB 100.00 66.7%",
    ):
        assert expected in text
    assert embedded_fonts(reader) == {"DejaVuSans", "DejaVuSans-Bold"}


def test_russian_report(conn: Connection) -> None:
    document = build_strategy_report(conn, Q1_2025, language="ru", generated_at=GENERATED)
    text, reader = read_pdf(document)
    for expected in (
        "Отчёт по стратегии",
        "1 кв. 2025",
        f"стр. 1 из {len(reader.pages)}",
        "Конкуренты",
        "Наши цены и цены конкурентов",
        "Эффективность каналов продаж",
        "Каталог товаров",
        "-20,0%",
        "офлайн",
    ):
        assert expected in text


def test_the_registry_builds_it(conn: Connection) -> None:
    direct = build_strategy_report(conn, Q1_2025, generated_at=GENERATED)
    registered = REPORTS["strategy"].build(conn, Q1_2025, generated_at=GENERATED)
    assert read_pdf(direct)[0] == read_pdf(registered)[0]
    assert REPORTS["strategy"].title() == "Strategy report"


def test_an_empty_database_says_what_is_missing(empty_db_path: Path) -> None:
    with open_database(empty_db_path) as database, database.read() as conn:
        text, reader = read_pdf(build_strategy_report(conn, Q1_2025, generated_at=GENERATED))
    assert "No competitors recorded yet." in text
    assert "No products recorded yet." in text
    assert len(reader.pages) == 1
