"""The Strategy section on the hand-worked strategy fixture
(tests/salesdesk/strategy/strategy_fixture.py): what each tab shows, edits with undo and redo,
the calculator applied, and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from salesdesk.periods import Period
from salesdesk.store import editing
from salesdesk.store.db import Database
from tests.salesdesk.metrics import metric_fixture as fx
from tests.salesdesk.strategy import strategy_fixture as sf

from ui.dialogs.messages import AskFirst, Confirm, Messages
from ui.section import AppContext
from ui.strategy import forms
from ui.strategy.base import StrategyView
from ui.strategy.pricing import PricingView
from ui.strategy.section import StrategySection

Q1_2025 = Period.quarter(2025, 1)
TIMEOUT_MS = 30_000


def edit_and_wait(qtbot: QtBot, view: StrategyView, action: Callable[[], Any]) -> None:
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT_MS):
        action()


def answer(monkeypatch: pytest.MonkeyPatch, dialog: type, values: dict[str, Any]) -> None:
    """Makes ``dialog.ask`` save ``values`` merged over what the form started with."""

    def ask(_cls: type, *args: Any) -> bool:
        *_, initial, save = args
        save({**initial, **values})
        return True

    monkeypatch.setattr(dialog, "ask", classmethod(ask))


def competitor_names(section: StrategySection) -> list[str]:
    return [c.name for c in section.market.competitor_model.records()]


def test_market_shows_competitors_profile_and_comparison(section: StrategySection) -> None:
    market = section.market
    assert competitor_names(section) == ["Acme", "Bolt"]
    assert "Cheap and cheerful" in market.profile.text()
    assert market.history_model.rowCount() == 3  # Acme's three observations
    assert market.comparison_model.index(0, 3).data() == "$1,100.00 (-9.1%) *"
    assert "May 28, 2026" in market.comparison_note.text()


def test_a_new_competitor_can_be_undone_and_redone(
    qtbot: QtBot, section: StrategySection, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, forms.CompetitorDialog, {"name": "Crest", "market_share": 0.1})
    market, stack = section.market, section.undo_stack()
    edit_and_wait(qtbot, market, market.add_competitor)
    assert competitor_names(section) == ["Acme", "Bolt", "Crest"]
    assert stack.undoText() == "Add competitor Crest"
    edit_and_wait(qtbot, market, stack.undo)
    assert competitor_names(section) == ["Acme", "Bolt"]
    edit_and_wait(qtbot, market, stack.redo)
    assert competitor_names(section) == ["Acme", "Bolt", "Crest"]


def test_a_failed_save_keeps_the_form_open_and_says_why(
    qtbot: QtBot, section: StrategySection
) -> None:
    def save(values: dict[str, Any]) -> None:
        with section.market.database.read() as conn:  # type: ignore[union-attr]
            from salesdesk.strategy.competitors import check_profile

            check_profile(conn, values, None)

    dialog = forms.CompetitorDialog(section, {}, save)
    qtbot.addWidget(dialog)
    dialog.name.setText("Bolt")
    dialog.accept()
    assert dialog.result() != forms.QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "There is already a competitor named Bolt."
    assert dialog.name.text() == "Bolt"


def test_a_form_closes_when_its_edit_is_in_and_stays_open_when_refused(
    qtbot: QtBot, section: StrategySection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check runs with the write, on the writer: a refusal comes back into the form."""
    opened: list[forms.CompetitorDialog] = []

    def ask(cls: type, parent: Any, initial: dict[str, Any], save: Any) -> bool:
        dialog = forms.CompetitorDialog(parent, initial, save)
        opened.append(dialog)
        dialog.show()
        return True

    monkeypatch.setattr(forms.CompetitorDialog, "ask", classmethod(ask))
    market, stack = section.market, section.undo_stack()
    market.add_competitor()
    dialog = opened[0]
    dialog.name.setText("Bolt")
    dialog.accept()
    assert not dialog.buttons.isEnabled()  # waiting for the writer
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=TIMEOUT_MS)
    assert dialog.error_label.text() == "There is already a competitor named Bolt."
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert stack.count() == 0  # the refused edit left no step behind
    dialog.name.setText("Crest")
    with qtbot.waitSignal(market.loaded, timeout=TIMEOUT_MS):
        dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert dialog.result() == forms.QDialog.DialogCode.Accepted
    assert competitor_names(section) == ["Acme", "Bolt", "Crest"]
    assert stack.undoText() == "Add competitor Crest"


def test_deleting_a_competitor_names_what_goes_with_it_and_undoes(
    qtbot: QtBot, section: StrategySection, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(_cls: type, _parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Confirm, "ask", classmethod(confirm))
    edit_and_wait(qtbot, section.market, section.market.delete_competitor)  # Acme is selected
    assert asked == [
        "Delete Acme?\n3 price observation(s) will be deleted with it.\n"
        "1 research note(s) will lose their link to it.\nYou can undo this with Edit > Undo."
    ]
    assert competitor_names(section) == ["Bolt"]
    edit_and_wait(qtbot, section.market, section.undo_stack().undo)
    assert competitor_names(section) == ["Acme", "Bolt"]
    with database.read() as conn:
        note = editing.read_row(conn, "research_note", sf.ACME_NOTE)
    assert note["competitor_id"] == sf.ACME


def select_product(qtbot: QtBot, pricing: PricingView, code: str) -> None:
    row = pricing.product_model.row_of(lambda p: p.code == code)
    pricing.product_table.selectRow(row)
    assert pricing.calculator.product is not None
    assert pricing.calculator.product.code == code


def test_calculator_explains_each_step_and_applies_in_one_undo(
    qtbot: QtBot, section: StrategySection, database: Database
) -> None:
    pricing = section.pricing
    select_product(qtbot, pricing, "MON-1")
    calculator = pricing.calculator
    # Monitor: cost 150.00, price 200.00 -> the margin starts at 33.33% on the cost
    assert calculator.margin.value() == pytest.approx(33.33)
    calculator.margin.setValue(40)  # 150.00 + 60.00 = 210.00
    calculator.fixed_costs.setValue(1000)  # 1,000.00 over 200 units: 5.00 a unit
    calculator.units.setValue(200)
    assert [card.amount_label.text() for card in calculator.steps] == [
        "$150.00", "$210.00", "$215.00", "$215.00"
    ]  # fmt: skip
    # Acme's fresh 250.00 is the only market price: 215.00 is -14.0% against it
    assert calculator.steps[3].explanation_label.text() == (
        "1 competitor charges $250.00 to $250.00, $250.00 on average. $215.00 is -14.0% "
        "against the average; that is below the cheapest competitor."
    )
    assert calculator.price_label.text() == "Suggested price: $215.00 (now $200.00, +7.5%)"
    edit_and_wait(qtbot, pricing, calculator.apply_button.click)
    with database.read() as conn:
        assert editing.read_row(conn, "product", fx.MONITOR)["list_price"] == 21500
    edit_and_wait(qtbot, pricing, section.undo_stack().undo)
    with database.read() as conn:
        assert editing.read_row(conn, "product", fx.MONITOR)["list_price"] == 20000


class Asked:
    """Answers AskFirst with ``answer``, recording the reasons it was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.answer = answer
        self.reasons: list[list[str]] = []
        monkeypatch.setattr(AskFirst, "ask", classmethod(lambda _cls, *args: self(*args)))

    def __call__(self, *args: Any) -> bool:
        self.reasons.append(list(args[3]))
        return self.answer


def test_calculator_refuses_a_negative_cost_at_the_field(
    qtbot: QtBot, section: StrategySection
) -> None:
    pricing = section.pricing
    select_product(qtbot, pricing, "MON-1")
    calculator = pricing.calculator
    calculator.variable_cost.setValue(-5)  # never read as zero
    assert calculator.errors.messages() == {"variable_cost": "Costs and units cannot be negative."}
    assert calculator.result is None and not calculator.apply_button.isEnabled()
    calculator.variable_cost.setValue(160)  # 160.00 + 33.33 % = 213.33
    assert calculator.errors.messages() == {} and calculator.apply_button.isEnabled()
    assert calculator.result is not None and calculator.result.price == 21333


@pytest.mark.parametrize("answer", [False, True])
def test_applying_a_price_below_cost_and_far_from_the_current_asks_first(
    qtbot: QtBot,
    section: StrategySection,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    asked = Asked(monkeypatch, answer)
    pricing = section.pricing
    select_product(qtbot, pricing, "MON-1")
    calculator = pricing.calculator
    calculator.margin.setValue(-50)  # Monitor: cost 150.00 less 50 % = 75.00; now 200.00
    if answer:
        edit_and_wait(qtbot, pricing, calculator.apply_button.click)
    else:
        calculator.apply_button.click()
    assert asked.reasons == [
        [
            "$75.00 is below the unit cost of $150.00: every sale would lose $75.00.",
            "$75.00 is -62.5% against the current $200.00.",
        ]
    ]
    with database.read() as conn:
        price = editing.read_row(conn, "product", fx.MONITOR)["list_price"]
    assert price == (7500 if answer else 20000)


def test_a_small_price_change_is_applied_without_asking(
    qtbot: QtBot, section: StrategySection, database: Database
) -> None:
    pricing = section.pricing  # an unanswered question would fail the test (tests/ui)
    select_product(qtbot, pricing, "MON-1")
    pricing.calculator.margin.setValue(60)  # 150.00 + 90.00 = 240.00: +20 % on 200.00
    edit_and_wait(qtbot, pricing, pricing.calculator.apply_button.click)
    with database.read() as conn:
        assert editing.read_row(conn, "product", fx.MONITOR)["list_price"] == 24000


def _host(qtbot: QtBot) -> QWidget:
    """A parent for a dialog, deleted by qtbot on the GUI thread: a parentless dialog caught
    in a reference cycle could be collected, and so deleted, on a worker thread."""
    host = QWidget()
    qtbot.addWidget(host)
    return host


MONITOR_FORM = {"code": "MON-1", "name": "Monitor", "unit_cost": 15000, "list_price": 20000}


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("unit_cost", "The unit cost cannot be negative."),
        ("list_price", "The list price cannot be negative."),
    ],
)
def test_product_form_refuses_a_negative_amount_at_the_field(
    qtbot: QtBot, field: str, message: str
) -> None:
    saved: list[dict[str, Any]] = []
    host = _host(qtbot)  # held here: qtbot keeps only a weak reference
    dialog = forms.ProductDialog(host, [], "USD", MONITOR_FORM, saved.append)  # type: ignore[arg-type]
    getattr(dialog, field).setValue(-5)
    dialog.accept()
    assert dialog.errors.messages() == {field: message} and saved == []
    assert dialog.result() != forms.QDialog.DialogCode.Accepted


def test_price_form_refuses_a_minus_at_the_field_instead_of_swallowing_it(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    host = _host(qtbot)  # held here: qtbot keeps only a weak reference
    products = [(fx.LAPTOP, "Laptop Pro")]
    dialog = forms.PriceDialog(host, "Acme", products, {}, saved.append)  # type: ignore[arg-type]
    dialog.price.lineEdit().selectAll()
    qtbot.keyClicks(dialog.price, "-25")  # what the user types
    assert dialog.price.value() == -25
    dialog.accept()
    assert dialog.errors.messages() == {"price": "A competitor's price must be above zero."}
    assert saved == [] and dialog.result() != forms.QDialog.DialogCode.Accepted
    dialog.price.setValue(25)
    dialog.accept()
    assert [values["price"] for values in saved] == [2500]


def test_calculator_refuses_negative_units_at_the_field(
    qtbot: QtBot, section: StrategySection
) -> None:
    pricing = section.pricing
    select_product(qtbot, pricing, "MON-1")
    calculator = pricing.calculator
    calculator.units.lineEdit().selectAll()
    qtbot.keyClicks(calculator.units, "-3")
    assert calculator.units.value() == -3  # typed, not swallowed
    assert calculator.errors.messages() == {"expected_units": "Costs and units cannot be negative."}
    assert calculator.result is None


@pytest.mark.parametrize("answer", [False, True])
def test_product_form_asks_before_a_price_below_cost_and_far_from_the_current(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    asked = Asked(monkeypatch, answer)
    saved: list[dict[str, Any]] = []
    host = _host(qtbot)  # held here: qtbot keeps only a weak reference
    dialog = forms.ProductDialog(host, [], "USD", MONITOR_FORM, saved.append)  # type: ignore[arg-type]
    dialog.list_price.setValue(90)  # below the cost of 150.00, and -55 % on 200.00
    dialog.accept()
    assert asked.reasons == [
        [
            "$90.00 is below the unit cost of $150.00: every sale would lose $60.00.",
            "$90.00 is -55.0% against the current $200.00.",
        ]
    ]
    assert [values["list_price"] for values in saved] == ([9000] if answer else [])


def test_perceived_value_method(qtbot: QtBot, section: StrategySection) -> None:
    pricing = section.pricing
    select_product(qtbot, pricing, "MON-1")
    calculator = pricing.calculator
    calculator.method.setCurrentIndex(1)
    calculator.premium.setValue(-10)  # 250.00 less 10%: 225.00
    assert calculator.result is not None
    assert calculator.result.price == 22500


def test_product_in_use_is_not_deleted(
    qtbot: QtBot, section: StrategySection, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        Messages,
        "information",
        classmethod(lambda _cls, _parent, _title, text: told.append(text)),
    )
    select_product(qtbot, section.pricing, "MON-1")
    section.pricing.delete_product()
    qtbot.waitUntil(lambda: bool(told), timeout=TIMEOUT_MS)
    assert told == [
        "Monitor cannot be deleted: other records use it (competitor prices: 1, sales lines: 4)."
        " Mark it inactive instead (Edit…), which keeps its history."
    ]


def test_catalogue_edits_are_undoable(
    qtbot: QtBot, section: StrategySection, monkeypatch: pytest.MonkeyPatch
) -> None:
    pricing = section.pricing
    select_product(qtbot, pricing, "SUP-1")
    answer(monkeypatch, forms.ProductDialog, {"active": False, "list_price": 16000})
    edit_and_wait(qtbot, pricing, pricing.edit_product)
    support = pricing.product_model.record(
        pricing.product_model.row_of(lambda p: p.code == "SUP-1")
    )
    assert (support.active, support.list_price, support.margin) == (False, 16000, 11000)
    edit_and_wait(qtbot, pricing, section.undo_stack().undo)
    support = pricing.product_model.record(
        pricing.product_model.row_of(lambda p: p.code == "SUP-1")
    )
    assert (support.active, support.list_price) == (True, 15000)


def test_channels_tab(section: StrategySection) -> None:
    channels = section.channels
    assert channels.title_label.text() == "Channels in Q1 2025"
    assert [channels.model.index(row, 0).data() for row in range(3)] == [
        "Field sales", "E-commerce", "Store"
    ]  # fmt: skip
    assert channels.model.index(0, 9).data() == "$4,000"  # CAC: 400000 / 1 new customer
    assert channels.revenue_chart.figure is not None
    assert channels.trend_chart.figure is not None


def test_research_search_and_new_note(
    qtbot: QtBot, section: StrategySection, monkeypatch: pytest.MonkeyPatch
) -> None:
    research = section.research
    edit_and_wait(qtbot, research, lambda: research.search.setText("interviews"))
    assert [n.title for n in research.model.records()] == ["Why small firms leave"]
    edit_and_wait(qtbot, research, research.search.clear)
    answer(
        monkeypatch,
        forms.NoteDialog,
        {"title": "Bolt raises prices", "tags": "pricing", "competitor_id": sf.BOLT,
         "date": sf.TODAY},
    )  # fmt: skip
    edit_and_wait(qtbot, research, research.add_note)
    newest = research.model.record(0)
    assert (newest.title, newest.competitor, newest.tags) == (
        "Bolt raises prices",
        "Bolt",
        ("pricing",),
    )
    edit_and_wait(qtbot, research, section.undo_stack().undo)
    assert len(research.model.records()) == 2


@pytest.mark.parametrize("language", ["en", "ru"])
def test_screenshots(
    qtbot: QtBot, qapp: Any, database: Database, tmp_path: Path, language: str
) -> None:
    """Renders every tab to PNG (tmp_path/strategy_<tab>_<language>.png), to look at."""
    from salesdesk import i18n

    from ui.app import install_translators

    translators = install_translators(qapp, language)
    i18n.set_language(language)
    try:
        section = StrategySection(today=sf.TODAY)
        qtbot.addWidget(section)
        section.resize(1280, 760)
        section.show()
        with qtbot.waitSignals([view.loaded for view in section.views], timeout=TIMEOUT_MS):
            section.set_context(AppContext(database, Q1_2025, "geographic", "RUB"))
        for index in range(section.tabs.count()):
            section.tabs.setCurrentIndex(index)
            target = tmp_path / f"strategy_{index}_{language}.png"
            assert section.grab().save(str(target))
            assert target.stat().st_size > 10_000
        if language == "ru":
            assert section.tabs.tabText(1) == "Цены"
            assert section.pricing.calculator.title_label.text() == "Калькулятор цены"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
