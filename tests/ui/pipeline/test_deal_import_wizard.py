"""A HubSpot export with 'Date entered' columns through the import wizard: the columns are
offered as fields of their own, and the summary says what the new stages start with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from salesdesk.exchange.fields import ImportKind
from salesdesk.store.db import Database, open_database
from tests.salesdesk.pipeline.test_deal_import import EXPORTS

from ui.exchange.import_wizard import ImportWizard
from ui.exchange.mapping_model import FIELD
from ui.tasks import task_registry

TIMEOUT_MS = 20_000


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    with open_database(empty_db_path) as opened:
        yield opened


def test_hubspot_stage_dates_through_the_wizard(qtbot: QtBot, database: Database) -> None:
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_kind(ImportKind.DEALS)
    with qtbot.waitSignal(wizard.file_page.completeChanged, timeout=TIMEOUT_MS):
        wizard.file_page.load(EXPORTS / "hubspot_stage_dates_en.csv")
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT_MS)
    wizard.next()
    model = wizard.mapping_page.mapping_model
    shown = {model.index(row, 0).data(): model.index(row, FIELD).data()
             for row in range(model.rowCount())}  # fmt: skip
    assert shown['Date entered "Contract Sent (Sales Pipeline)"'] == (
        "Date entered Contract Sent (Sales Pipeline)"
    )
    assert shown["Date entered current stage"] == "Entered its stage on"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.job.validation is not None, timeout=TIMEOUT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=TIMEOUT_MS)
    notes = [label.text() for label in wizard.summary_page.findChildren(QLabel)]
    assert (
        "New stages start with a 20% chance to win and rot after 14 days idle; set them in "
        "Pipeline > Pipelines and stages."
    ) in notes
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)
