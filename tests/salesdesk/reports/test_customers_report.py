"""The customers report's text on the customer fixture, Q1 2025 generated on 31 March 2025."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from salesdesk.reports import REPORTS
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.customers.customers_fixture import Q1_2025, create_customer_database
from tests.salesdesk.metrics import metric_fixture as fx

GENERATED = datetime(2025, 3, 31, 18, 0)


def report_text(path: Path, language: str) -> str:
    with open_database(path, read_only=True) as database, database.read() as conn:
        document = REPORTS["customers"].build(
            conn, Q1_2025, language=language, generated_at=GENERATED
        )
    reader = pypdf.PdfReader(io.BytesIO(document))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory, module_db_engine: EngineUnderTest) -> Path:
    return create_customer_database(
        tmp_path_factory.mktemp("report") / "customers.sqlite", engine=module_db_engine
    )


def test_english_report(db_path: Path) -> None:
    text = report_text(db_path, "en")
    assert "Customers report" in text
    # on 31 Mar 2025: current ALFA, DELTA, EPSILON, IOTA, KAPPA (IOTA and KAPPA at risk),
    # prospects ZETA and ETA, lost BETA, GAMMA, THETA
    assert "Current 5 At risk 2 Prospect 2 Lost 3" in text
    # Q1 2025: 3 of the 5 current on 31 Dec 2024 were kept
    assert "Retention rate 60.0%" in text
    assert "Churn rate 40.0%" in text
    # KAPPA has 1,400 at stake (140000 kopecks), IOTA 400
    assert text.index("Kappa") < text.index("Iota")
    assert "RUB 1,400" in text
    # RFM among the 6 who bought in the 365 days (see test_rfm): ALFA loyal, EPSILON new
    assert "Champions 0" in text
    assert "Loyal 1" in text
    assert "New 1" in text
    assert "No segments yet." in text
    assert "page 1 of" in text


def test_russian_report(db_path: Path) -> None:
    text = report_text(db_path, "ru")
    assert "Отчёт по клиентам" in text
    assert "Текущий 5 Под угрозой 2 Потенциальный 2 Потерян 3" in text
    assert "Чемпионы 0" in text
    assert "Новые 1" in text


def test_the_report_command_stores_the_figures_of_its_day(
    tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    """The per-customer figures behind cohorts, RFM tiers, segments and the at-risk list are
    stored for the report's day (the end of Q1 2025) before the report reads them (a fresh
    demo or an import leaves none)."""
    from salesdesk.customers.summary import customer_facts
    from tests.cli import run_main

    # customers and sales; no figures stored
    path = fx.create_metric_database(tmp_path / "stale.sqlite", engine=db_engine)
    day = date(2025, 3, 31)
    with open_database(path, read_only=True) as database, database.read() as conn:
        assert not customer_facts(conn, day).stored
    out = tmp_path / "customers.pdf"
    result = run_main(
        "report", "customers", "--db", str(path), "--out", str(out), "--period", "2025-Q1"
    )
    assert result.returncode == 0, result.stderr
    with open_database(path, read_only=True) as database, database.read() as conn:
        assert customer_facts(conn, day).stored
