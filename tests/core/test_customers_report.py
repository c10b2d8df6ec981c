"""The customers report's text on the customer fixture, Q1 2025 generated on 31 March 2025."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from salesdesk.db import open_database
from salesdesk.reports import REPORTS
from tests.core.customers_fixture import Q1_2025, create_customer_database

GENERATED = datetime(2025, 3, 31, 18, 0)


def report_text(path: Path, language: str) -> str:
    with open_database(path, read_only=True) as database, database.read() as conn:
        document = REPORTS["customers"].build(
            conn, Q1_2025, language=language, generated_at=GENERATED
        )
    reader = pypdf.PdfReader(io.BytesIO(document))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_customer_database(tmp_path_factory.mktemp("report") / "customers.sqlite")


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
    assert "Champions 2" in text  # ALFA and KAPPA
    assert "No segments yet." in text
    assert "page 1 of" in text


def test_russian_report(db_path: Path) -> None:
    text = report_text(db_path, "ru")
    assert "Отчёт по клиентам" in text
    assert "Текущий 5 Под угрозой 2 Потенциальный 2 Потерян 3" in text
    assert "Чемпионы 2" in text
