"""No lost update in the Strategy forms (SPEC §13): a save over someone else's newer change
of a product, a competitor or a competitor's price shows theirs and mine per field, and the
user keeps theirs, overwrites with mine or edits again (the other writer is a second
connection; the strategy fixture, tests/ui/strategy/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import product
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from salesdesk.store import editing
from salesdesk.store.db import Database
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.strategy import strategy_fixture as sf

from ui.dialogs.conflict import ConflictChoice, ConflictDialog
from ui.strategy import forms
from ui.strategy.section import StrategySection
from ui.tasks import task_registry

TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Case:
    table: str
    dialog: type[forms.RecordDialog]
    field: str  # the form's attribute, a line edit
    column: str
    label: str

    def row_id(self, section: StrategySection) -> int:
        if self.table == "product":
            pricing = section.pricing
            pricing.product_table.selectRow(pricing.product_model.row_of(lambda p: p.id == SUP))
            product = pricing.selected_product()
            assert product is not None
            return product.id
        market = section.market
        market.competitor_table.selectRow(0)  # Acme
        if self.table == "competitor":
            return sf.ACME
        market.history_table.selectRow(0)
        price = market.selected_price()
        assert price is not None
        return price.id

    def edit(self, section: StrategySection) -> Callable[[], None]:
        return {
            "product": section.pricing.edit_product,
            "competitor": section.market.edit_competitor,
            "competitor_price": section.market.edit_price,
        }[self.table]


SUP = fx.SUPPORT
CASES = {
    "product": Case("product", forms.ProductDialog, "name", "name", "Name"),
    "competitor": Case("competitor", forms.CompetitorDialog, "website", "website", "Website"),
    "price": Case("competitor_price", forms.PriceDialog, "source", "source", "Source"),
}


def _stored(database: Database, case: Case, row_id: int) -> str:
    with database.read() as conn:
        return str(editing.read_row(conn, case.table, row_id)[case.column])


@pytest.mark.parametrize(
    ("kind", "choice"), list(product(CASES, ["keep_theirs", "overwrite", "edit_again"]))
)
def test_a_save_over_someone_elses_change_asks_theirs_or_mine(
    qtbot: QtBot,
    section: StrategySection,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    *,
    kind: str,
    choice: str,
) -> None:
    case = CASES[kind]
    row_id = case.row_id(section)
    opened: list[forms.RecordDialog] = []

    def ask(cls: type[forms.RecordDialog], parent: Any, *args: Any) -> bool:
        dialog = cls(parent, *args)
        opened.append(dialog)
        dialog.show()
        return True

    asked: list[list[tuple[str, str, str]]] = []

    def resolve(_cls: Any, _parent: Any, differences: list[tuple[str, str, str]]) -> Any:
        asked.append(differences)
        return ConflictChoice(choice)

    monkeypatch.setattr(case.dialog, "ask", classmethod(ask))
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(resolve))
    case.edit(section)()  # the form is filled from the row as it is now
    dialog = opened[0]
    qtbot.addWidget(dialog)
    # the other writer saves first
    database.transact(lambda conn: editing.update_row(conn, case.table, row_id,
                                                      {case.column: "theirs"}))  # fmt: skip
    getattr(dialog, case.field).setText("mine")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT_MS)
    assert asked[0] == [(case.label, "theirs", "mine")]  # only the field that differs
    if choice == "keep_theirs":
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
        assert dialog.result() == forms.QDialog.DialogCode.Rejected
        assert _stored(database, case, row_id) == "theirs"
    elif choice == "overwrite":
        qtbot.waitUntil(lambda: _stored(database, case, row_id) == "mine", timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    else:  # the form stays open with mine; saving again is made from their version
        assert dialog.isVisible() and getattr(dialog, case.field).text() == "mine"
        assert _stored(database, case, row_id) == "theirs"
        dialog.accept()
        qtbot.waitUntil(lambda: _stored(database, case, row_id) == "mine", timeout=TIMEOUT_MS)
        assert len(asked) == 1
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)
