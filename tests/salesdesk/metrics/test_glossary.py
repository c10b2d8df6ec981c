"""One sentence per metric, written once (SPEC §3a Explained): in both languages, with the
database's own windows, and on the glossary page of every report."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from salesdesk import i18n
from salesdesk.metrics.glossary import TERMS, definition, glossary, term
from salesdesk.metrics.kpis import DASHBOARD_KPIS
from salesdesk.metrics.status import StatusRules
from salesdesk.periods import Period
from salesdesk.reports import REPORTS
from salesdesk.store.db import open_database
from tests.engines import EngineUnderTest
from tests.salesdesk.metrics import metric_fixture as fx


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_term_has_one_sentence(language: str) -> None:
    with i18n.language_set_to(language):
        for key in TERMS:
            sentence = definition(key)
            assert term(key) and sentence.endswith("."), key
            assert "{" not in sentence, key


def test_every_dashboard_card_is_explained() -> None:
    assert set(DASHBOARD_KPIS) <= set(TERMS)


def test_the_sentences_say_the_settings_in_use() -> None:
    rules = StatusRules(retention_window_days=180, at_risk_days=45, complaint_days=7)
    assert definition("current_customers", rules) == (
        "Customers whose last purchase lies within the last 180 days."
    )
    assert "more than 45 days" in definition("at_risk", rules)
    assert "more than 7 days" in definition("at_risk", rules)
    assert glossary(["orders"])[0][0] == "Orders"


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_every_report_ends_with_its_glossary(
    report: str, tmp_path: Path, db_engine: EngineUnderTest
) -> None:
    path = db_engine.holding(fx.create_metric_database(tmp_path / "glossary.sqlite"))
    with open_database(path, read_only=True) as database, database.read() as conn:
        document = REPORTS[report].build(
            conn, Period.quarter(2025, 1), generated_at=datetime(2025, 3, 31, 18, 0)
        )
    pages = pypdf.PdfReader(io.BytesIO(document)).pages
    last = " ".join(pages[-1].extract_text().split())
    assert "Glossary" in last
    assert "Term What it means" in last
