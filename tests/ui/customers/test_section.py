"""The Customers section on the customer fixture: the list with search and filters, the
detail pane's undoable edits, segments, personas and retention, rendered in en and ru."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow

from salesdesk import i18n
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database
from tests.salesdesk.customers.customers_fixture import create_customer_database

from ui.customers.edits import LostReasonDialog
from ui.customers.section import CustomersSection
from ui.customers.table_model import COLUMN_KEYS
from ui.section import AppContext
from ui.tasks import task_registry

Q1_2025 = Period.quarter(2025, 1)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = create_customer_database(tmp_path / "section.sqlite")
    with open_database(path) as opened:
        yield opened


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English translator, which holds the plural forms ("1 customer", "3 customers")."""
    from ui.app import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, database: Database, english: None) -> QMainWindow:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    window.undo_stack = QUndoStack(window)  # type: ignore[attr-defined]
    section = CustomersSection()
    window.setCentralWidget(section)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(section.ready, timeout=20_000):
        section.set_context(AppContext(database, Q1_2025, "geographic", "RUB"))
    idle(qtbot)
    return window


def idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=20_000)


def section_of(window: QMainWindow) -> CustomersSection:
    section = window.centralWidget()
    assert isinstance(section, CustomersSection)
    return section


def names(section: CustomersSection) -> list[str]:
    model = section.list_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_list_searches_and_filters_in_the_database(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    # the summary was built today: every fixture customer is listed, by name
    assert names(section)[:3] == ["Alfa", "Beta", "Delta"]
    assert section.list_page.model.total == 10
    with qtbot.waitSignal(section.list_page.model.page_loaded, timeout=10_000):
        section.list_page.filters.search.setText("kap")  # debounced
    assert names(section) == ["Kappa"]
    section.list_page.filters.clear()
    idle(qtbot)
    filters = section.list_page.filters
    with qtbot.waitSignal(section.list_page.model.page_loaded, timeout=10_000):
        filters.account_type.setCurrentIndex(filters.account_type.findText("Small business"))
    assert names(section) == ["Beta", "Delta", "Eta"]
    idle(qtbot)
    assert section.list_page.count_label.text() == "3 customers"


def test_mark_lost_is_undoable(qtbot, window: QMainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    page = section.list_page
    eta = names(section).index("Eta")  # a prospect: it never bought
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.table.selectRow(eta)
    monkeypatch.setattr(LostReasonDialog, "ask", classmethod(lambda cls, parent: "Closed down"))
    status = COLUMN_KEYS.index("status")
    assert page.model.index(eta, status).data() == "Prospect"
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        page.detail.lost_button.click()
    assert page.model.index(eta, status).data() == "Lost"
    assert window.undo_stack.undoText() == "Mark Eta lost"  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        window.undo_stack.undo()  # type: ignore[attr-defined]
    assert page.model.index(eta, status).data() == "Prospect"
    idle(qtbot)


def test_the_profile_refuses_an_email_that_is_not_one_at_the_field(
    qtbot, window: QMainWindow
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    page = section.list_page
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.table.selectRow(names(section).index("Eta"))
    detail = page.detail
    detail.fields["email"].setText("eta at example.com")  # type: ignore[attr-defined]
    detail.save_button.click()
    assert detail.errors.messages() == {
        "email": "eta at example.com is not an e-mail address (name@example.com)."
    }
    assert window.undo_stack.count() == 0  # type: ignore[attr-defined]
    detail.fields["email"].setText("eta@example.com")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.model.page_loaded, timeout=10_000):
        detail.save_button.click()
    assert detail.errors.messages() == {}
    assert window.undo_stack.count() == 1  # type: ignore[attr-defined]
    idle(qtbot)


def test_retention_lists_the_customers_at_risk(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    with qtbot.waitSignal(section.retention_page.loaded, timeout=30_000):
        section.tabs.setCurrentIndex(3)
    # read at the end of Q1 2025, not today (SPEC §3a): KAPPA (1,400 at stake, an open
    # complaint) and IOTA (400, quiet for 181 days)
    table = section.retention_page.at_risk
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["Kappa", "Iota"]
    # and why: KAPPA's complaint of 1 March; IOTA's last sale 181 days before 31 March
    assert [table.item(row, 6).text() for row in range(table.rowCount())] == [
        "Complaint or ticket open for 30 days, since Mar 1, 2025",
        "No purchase for 181 days, since Oct 1, 2024",
    ]
    header = table.horizontalHeaderItem(4).toolTip()
    assert header == "What the customer bought in the last 365 days."


def test_the_list_headers_and_statuses_explain_themselves(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    model = section_of(window).list_page.model
    revenue = COLUMN_KEYS.index("period_revenue")
    assert model.headerData(revenue, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "The sum of the sales lines' net amounts in the period; returns (negative lines) lower it."
    )
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


@pytest.fixture
def end_of_march(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is 31 March 2025: KAPPA's complaint of 1 March has been open for 30 days."""
    from salesdesk.metrics import clock

    monkeypatch.setattr(clock, "today", lambda: date(2025, 3, 31))


def test_the_detail_says_why_and_resolves_the_complaint_undoably(
    qtbot, end_of_march: None, window: QMainWindow
) -> None:  # type: ignore[no-untyped-def]
    section = section_of(window)
    page = section.list_page
    kappa = names(section).index("Kappa")
    status = COLUMN_KEYS.index("status")
    assert page.model.index(kappa, status).data(Qt.ItemDataRole.ToolTipRole) == (
        "At risk: Complaint or ticket open for 30 days, since Mar 1, 2025"
    )
    detail = page.detail
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        page.table.selectRow(kappa)
    assert detail.risk_label.text() == (
        "At risk: Complaint or ticket open for 30 days, since Mar 1, 2025"
    )
    assert not detail.risk_label.isHidden() and not detail.resolve_button.isHidden()
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        detail.resolve_button.click()
    assert detail.risk_label.isHidden() and detail.resolve_button.isHidden()
    assert window.undo_stack.undoText() == "Resolve the complaint of Kappa"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.index(kappa, status).data() == "Current", timeout=10_000)
    with qtbot.waitSignal(detail.loaded, timeout=10_000):
        window.undo_stack.undo()  # type: ignore[attr-defined]
    assert not detail.risk_label.isHidden() and not detail.resolve_button.isHidden()
    idle(qtbot)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_rendered_to_png(qapp, qtbot, tmp_path: Path, database: Database, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every tab to tmp_path/customers-<tab>-<language>.png, to look at."""
    from ui.app import install_translators

    translators = install_translators(qapp, language)
    i18n.set_language(language)
    try:
        window = QMainWindow()
        window.undo_stack = QUndoStack(window)  # type: ignore[attr-defined]
        section = CustomersSection()
        window.setCentralWidget(section)
        window.resize(1280, 800)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(section.ready, timeout=20_000):
            section.set_context(AppContext(database, Q1_2025, "geographic", "RUB"))
        idle(qtbot)
        for tab in range(section.tabs.count()):
            section.tabs.setCurrentIndex(tab)
            idle(qtbot)
            target = tmp_path / f"customers-{tab}-{language}.png"
            assert window.grab().save(str(target))
            assert target.stat().st_size > 10_000
        if language == "ru":
            assert section.tabs.tabText(3) == "Удержание"
            assert section.list_page.count_label.text() == "10 клиентов"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_segment_builder_counts_live_and_saves_undoably(qtbot, window: QMainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.customers.segments_page import ConditionRow

    section = section_of(window)
    page = section.segments_page
    section.tabs.setCurrentIndex(1)
    idle(qtbot)
    page._new_segment()
    page.add_button.click()
    row = page.conditions.itemAt(0).widget()
    assert isinstance(row, ConditionRow)
    row.field.setCurrentIndex(row.field.findData("account_type"))
    values = row.values
    for i in range(values.count()):  # type: ignore[attr-defined]
        item = values.item(i)  # type: ignore[attr-defined]
        if item.text() == "Small business":
            with qtbot.waitSignal(page._timer.timeout, timeout=5_000):
                item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "match" in page.count_label.text(), timeout=10_000)
    assert page.count_label.text() == "3 customers match"  # BETA, DELTA, ETA
    page.name.setText("Small ones")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10_000)
    assert window.undo_stack.undoText() == "Save segment Small ones"  # type: ignore[attr-defined]
    window.undo_stack.undo()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.list.count() == 0, timeout=10_000)
    idle(qtbot)


# --- no lost update (SPEC §13): someone else saves the customer while the profile is open ------


def _notes_of(database: Database, customer_id: int) -> str:
    from sqlalchemy import text

    with database.read() as conn:
        query = text("SELECT notes FROM customer WHERE id = :id")
        return str(conn.execute(query, {"id": customer_id}).scalar_one())


@pytest.mark.parametrize("choice", ["keep_theirs", "overwrite", "edit_again"])
def test_a_save_over_someone_elses_change_asks_theirs_or_mine(
    qtbot, window: QMainWindow, database: Database, monkeypatch, choice: str
) -> None:  # type: ignore[no-untyped-def]
    from salesdesk.store import editing

    from ui.dialogs.conflict import ConflictChoice, ConflictDialog

    section = section_of(window)
    page = section.list_page
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.table.selectRow(names(section).index("Eta"))
    detail = page.detail
    eta = detail.customer_id()
    assert eta is not None
    # the other writer: a save of the notes that raises the row's version
    database.transact(lambda conn: editing.update_row(conn, "customer", eta, {"notes": "Theirs"}))
    asked: list[list[tuple[str, str, str]]] = []

    def ask(cls, parent, differences):  # type: ignore[no-untyped-def]
        asked.append(differences)
        return ConflictChoice(choice)

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))
    detail.fields["notes"].setPlainText("Mine")  # type: ignore[attr-defined]
    detail.fields["phone"].setText("+1 555 0100")  # type: ignore[attr-defined]
    if choice == "keep_theirs":
        with qtbot.waitSignal(detail.loaded, timeout=10_000):
            detail.save_button.click()
    else:
        detail.save_button.click()
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    idle(qtbot)
    # theirs and mine of each field I changed that differs from theirs ("—": no value)
    assert asked[0] == [("Phone", "—", "+1 555 0100"), ("Notes", "Theirs", "Mine")]
    if choice == "keep_theirs":
        assert detail.fields["notes"].toPlainText() == "Theirs"  # type: ignore[attr-defined]
        assert _notes_of(database, eta) == "Theirs"
        assert window.undo_stack.count() == 0  # type: ignore[attr-defined]
    elif choice == "overwrite":
        qtbot.waitUntil(lambda: _notes_of(database, eta) == "Mine", timeout=10_000)
        idle(qtbot)
        assert window.undo_stack.count() == 1  # type: ignore[attr-defined]
    else:  # my values stay in the fields; saving again is made from their version
        assert detail.fields["notes"].toPlainText() == "Mine"  # type: ignore[attr-defined]
        assert _notes_of(database, eta) == "Theirs"
        detail.save_button.click()
        qtbot.waitUntil(lambda: _notes_of(database, eta) == "Mine", timeout=10_000)
        idle(qtbot)
        assert len(asked) == 1 and window.undo_stack.count() == 1  # type: ignore[attr-defined]
