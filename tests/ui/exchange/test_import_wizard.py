"""The import wizard driven with qtbot: a Windows-1251 CSV with semicolons and Russian headers
through mapping, validation, skip, import and the summary; a cancelled import; saved mappings;
the wizard's item models under QAbstractItemModelTester."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFormLayout, QLabel, QWizard
from pytestqt.qtbot import QtBot

from salesdesk import exchange
from salesdesk.periods import Period
from salesdesk.store.db import Database, open_database

from ui.dashboard.section import DashboardSection
from ui.exchange.files import MappingNameDialog
from ui.exchange.import_wizard import ImportWizard
from ui.exchange.mapping_model import COLUMN, EXAMPLE, FIELD
from ui.exchange.problems_model import LINE, REASON
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.tasks import task_registry

TIMEOUT_MS = 20_000
HEADER = "Дата;Номер заказа;Строка;Код клиента;Клиент;Товар;Кол-во;Цена;Сумма;Примечание"
ROWS = (
    "05.03.2026;З-1;З-1/1;К-001;ООО Ромашка;Чай;2;617,25;1 234,50;первый",
    "06.03.2026;З-2;З-2/1;К-002;ИП Иванов;Кофе;1;999,00;999,00;",
    "31.02.2026;З-3;З-3/1;К-001;ООО Ромашка;Чай;1;100,00;100,00;плохая дата",
    "07.03.2026;З-4;З-4/1;К-003;АО Лютик;Сахар;3;100,00;300,00;",
)
GUESSED = {
    "Дата": "date",
    "Номер заказа": "order_ref",
    "Строка": "line_ref",
    "Код клиента": "customer_code",
    "Клиент": "customer_name",
    "Товар": "product_name",
    "Кол-во": "quantity",
    "Цена": "unit_price",
    "Сумма": "amount",
}
# Lines 2, 3 and 5 are good: 1 234,50 + 999,00 + 300,00 in kopecks.
GOOD_AMOUNTS_KOPECKS = 123_450 + 99_900 + 30_000


def write_cp1251(path: Path, rows: tuple[str, ...] = ROWS) -> Path:
    path.write_bytes(("\r\n".join((HEADER, *rows)) + "\r\n").encode("cp1251"))
    return path


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    with open_database(empty_db_path) as opened:
        yield opened


@pytest.fixture
def sales_csv(tmp_path: Path) -> Path:
    return write_cp1251(tmp_path / "выгрузка 1С.csv")


@pytest.fixture
def make_wizard(qtbot: QtBot, database: Database) -> Iterator[Callable[[], ImportWizard]]:
    def make() -> ImportWizard:
        wizard = ImportWizard(database)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    yield make
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def sales_totals(database: Database) -> tuple[int, int]:
    with database.read() as conn:
        count, total = conn.exec_driver_sql("SELECT count(*), sum(amount) FROM sale").one()
    return count, total or 0


def to_mapping_page(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    with qtbot.waitSignal(wizard.file_page.completeChanged, timeout=TIMEOUT_MS):
        wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT_MS)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page


def on_summary_page(wizard: ImportWizard) -> bool:
    return wizard.currentPage() is wizard.summary_page


def to_validation_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.validation_page
    qtbot.waitUntil(lambda: wizard.job.validation is not None, timeout=TIMEOUT_MS)


def test_a_windows_1251_file_goes_through_every_step(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], database: Database, sales_csv: Path
) -> None:
    wizard = make_wizard()
    to_mapping_page(qtbot, wizard, sales_csv)
    assert "Windows-1251" in wizard.file_page.detected_label.text()
    assert '";"' in wizard.file_page.detected_label.text()

    mapping_model = wizard.mapping_page.mapping_model
    assert mapping_model.mapping() == GUESSED
    assert mapping_model.index(9, COLUMN).data() == "Примечание"
    assert mapping_model.index(9, FIELD).data() == "— not imported —"
    assert mapping_model.index(0, EXAMPLE).data() == "05.03.2026, 06.03.2026, 31.02.2026"
    preview = wizard.mapping_page.preview_model
    assert preview.rowCount() == 4
    assert preview.index(0, 8).data() == "1 234,50"
    assert preview.headerData(8, wizard.mapping_page.preview_view.horizontalHeader().orientation())
    assert wizard.mapping_page.isComplete()

    to_validation_page(qtbot, wizard)
    page = wizard.validation_page
    problems = page.problems_model
    assert problems.rowCount() == 1
    assert problems.index(0, LINE).data() == "4"  # the header is line 1
    assert "31.02.2026" in problems.index(0, REASON).data()
    assert page.rows_label.text() == "4" and page.rejected_label.text() == "1"
    assert not page.isComplete()  # "stop" with a bad row would import nothing
    page.skip_button.setChecked(True)
    assert page.isComplete()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=TIMEOUT_MS)
    summary = wizard.job.summary
    assert summary is not None and summary.committed
    assert (summary.added, summary.rejected, summary.duplicates) == (3, 1, 0)
    assert summary.created == {"customer": 3, "product": 3}
    counts = summary_counts(wizard)
    assert counts["Sales lines added:"] == "3"
    assert counts["New customers:"] == "3"
    assert counts["New products:"] == "3"
    assert counts["Rows rejected:"] == "1"
    assert wizard.summary_page.problems_model.rowCount() == 1
    assert wizard.data_changed
    assert sales_totals(database) == (3, GOOD_AMOUNTS_KOPECKS)


def summary_counts(wizard: ImportWizard) -> dict[str, str]:
    """The summary page's form as label text -> value text."""
    return form_counts(wizard.summary_page.counts)


def form_counts(form: QFormLayout) -> dict[str, str]:
    """A form of labels and counts as label text -> value text."""

    def text(row: int, role: QFormLayout.ItemRole) -> str:
        item = form.itemAt(row, role)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        return label.text()

    label_role, field_role = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole
    return {text(row, label_role): text(row, field_role) for row in range(form.rowCount())}


def test_a_typed_path_enables_next_as_it_is_typed(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], sales_csv: Path
) -> None:
    sales_csv = write_cp1251(sales_csv.with_name("sales-1c.csv"))  # keys QTest can type
    wizard = make_wizard()
    page, next_button = wizard.file_page, wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    missing = sales_csv.with_name("nothing here.csv")
    qtbot.keyClicks(page.path_edit, str(missing))  # no Enter, no Tab
    qtbot.waitUntil(lambda: "There is no file" in page.detected_label.text(), timeout=TIMEOUT_MS)
    assert not next_button.isEnabled()
    page.path_edit.clear()
    qtbot.keyClicks(page.path_edit, str(sales_csv))
    qtbot.waitUntil(next_button.isEnabled, timeout=TIMEOUT_MS)
    assert "Windows-1251" in page.detected_label.text()
    qtbot.keyClicks(page.path_edit, "x")  # another file now: Next waits for it
    assert not next_button.isEnabled()


def test_before_import_the_check_says_what_will_be_created(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], database: Database, sales_csv: Path
) -> None:
    """Worked out by the core on the database, and nothing written: the three good lines bring
    three new customers (К-001, К-002, К-003) and three new products (Чай, Кофе, Сахар)."""
    wizard = make_wizard()
    to_mapping_page(qtbot, wizard, sales_csv)
    to_validation_page(qtbot, wizard)
    page = wizard.validation_page
    assert page.outcome_box.isVisible()
    assert page.outcome_box.title() == "The import will add, leaving out the rows with problems:"
    assert form_counts(page.outcome) == {
        "Sales lines:": "3",
        "New customers:": "3",
        "New products:": "3",
        "Duplicates to skip:": "0",
    }
    assert sales_totals(database) == (0, 0)


def test_the_same_file_again_adds_nothing(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], database: Database, sales_csv: Path
) -> None:
    good = write_cp1251(sales_csv.with_name("good.csv"), (ROWS[0], ROWS[1], ROWS[3]))
    for expected_added, expected_duplicates in ((3, 0), (0, 3)):
        wizard = make_wizard()
        to_mapping_page(qtbot, wizard, good)
        to_validation_page(qtbot, wizard)
        assert wizard.validation_page.isComplete()  # no problems: "stop" may go on
        wizard.next()
        qtbot.waitUntil(partial(on_summary_page, wizard), timeout=TIMEOUT_MS)
        summary = wizard.job.summary
        assert summary is not None
        assert (summary.added, summary.duplicates) == (expected_added, expected_duplicates)
    assert sales_totals(database) == (3, GOOD_AMOUNTS_KOPECKS)


def test_a_cancelled_import_leaves_the_database_unchanged(
    qtbot: QtBot,
    make_wizard: Callable[[], ImportWizard],
    database: Database,
    sales_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = write_cp1251(sales_csv.with_name("good.csv"), (ROWS[0], ROWS[1], ROWS[3]))
    before = sales_totals(database)
    cancel_pressed = threading.Event()
    real_import = exchange.import_file

    def import_after_cancel(*args: Any, **kwargs: Any) -> exchange.ImportSummary:
        cancel_pressed.wait(TIMEOUT_MS / 1000)  # the import starts only once Cancel was hit
        return real_import(*args, **kwargs)

    monkeypatch.setattr(exchange, "import_file", import_after_cancel)
    wizard = make_wizard()
    to_mapping_page(qtbot, wizard, good)
    to_validation_page(qtbot, wizard)
    wizard.next()
    assert wizard.run_page.running
    wizard.reject()  # the wizard's Cancel button: asks the import to stop, stays open
    cancel_pressed.set()
    qtbot.waitUntil(lambda: not wizard.run_page.running, timeout=TIMEOUT_MS)
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.run_page
    assert "cancelled" in wizard.run_page.status_label.text()
    assert not wizard.data_changed
    assert sales_totals(database) == before
    wizard.reject()
    assert not wizard.isVisible()


def test_a_saved_mapping_is_offered_for_the_next_file(
    qtbot: QtBot,
    make_wizard: Callable[[], ImportWizard],
    sales_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(MappingNameDialog, "ask", classmethod(lambda *_: "1C sales"))
    wizard = make_wizard()
    to_mapping_page(qtbot, wizard, sales_csv)
    page = wizard.mapping_page
    line_ref = page.mapping_model.index(2, FIELD)
    assert page.mapping_model.setData(line_ref, "")  # "Строка" is not imported
    assert page.mapping_model.setData(page.mapping_model.index(9, FIELD), "channel")
    page.date_edit.setText("%d.%m.%Y")
    page.save_mapping()
    qtbot.waitUntil(lambda: page.saved_combo.currentText() == "1C sales", timeout=TIMEOUT_MS)
    wizard.reject()

    next_month = write_cp1251(sales_csv.with_name("april.csv"), (ROWS[0],))
    wizard = make_wizard()
    to_mapping_page(qtbot, wizard, next_month)
    page = wizard.mapping_page
    assert page.saved_combo.currentText() == "1C sales"
    expected = {**GUESSED, "Примечание": "channel"}
    del expected["Строка"]
    assert page.mapping_model.mapping() == expected
    assert page.date_edit.text() == "%d.%m.%Y"
    page.saved_combo.setCurrentIndex(0)  # back to the guess
    assert page.mapping_model.mapping() == GUESSED


def test_a_field_goes_to_one_column_and_required_fields_are_asked_for(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], sales_csv: Path
) -> None:
    wizard = make_wizard()
    to_mapping_page(qtbot, wizard, sales_csv)
    page, model = wizard.mapping_page, wizard.mapping_page.mapping_model
    assert model.setData(model.index(9, FIELD), "amount")  # "Примечание" takes the amount
    assert model.mapping()["Примечание"] == "amount"
    assert "Сумма" not in model.mapping()
    assert model.setData(model.index(0, FIELD), "")  # no date column
    assert not page.isComplete()
    assert "Date" in page.problems_label.text()
    page.date_edit.setText("not a format")
    assert "not a format" in page.problems_label.text()


def test_the_item_models_pass_the_model_tester(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], sales_csv: Path
) -> None:
    wizard = make_wizard()
    page = wizard.mapping_page
    mode = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [
        QAbstractItemModelTester(model, mode)
        for model in (page.mapping_model, page.preview_model, wizard.validation_page.problems_model)
    ]
    to_mapping_page(qtbot, wizard, sales_csv)
    page.mapping_model.setData(page.mapping_model.index(9, FIELD), "amount")
    page.saved_combo.setCurrentIndex(0)
    to_validation_page(qtbot, wizard)
    assert len(testers) == 3


def test_an_unreadable_file_is_explained_on_the_first_page(
    qtbot: QtBot, make_wizard: Callable[[], ImportWizard], tmp_path: Path
) -> None:
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0 not a zip")
    wizard = make_wizard()
    wizard.file_page.load(old_excel)
    qtbot.waitUntil(lambda: ".xlsx" in wizard.file_page.detected_label.text(), timeout=TIMEOUT_MS)
    assert not wizard.file_page.isComplete()


def test_the_window_shows_current_figures_after_an_import(
    qtbot: QtBot, empty_db_path: Path, sales_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_cp1251(sales_csv.with_name("good.csv"), (ROWS[0], ROWS[1], ROWS[3]))

    def import_as_the_wizard_would(_cls: object, _parent: object, database: Database) -> bool:
        return exchange.import_file(database, good, "sales", GUESSED).committed

    monkeypatch.setattr(ImportWizard, "run", classmethod(import_as_the_wizard_would))
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    dashboard = window.sections[0]
    assert isinstance(dashboard, DashboardSection)
    with qtbot.waitSignal(window.controller.opened, timeout=TIMEOUT_MS):
        window.controller.open_path(empty_db_path)
    assert window.import_action.isEnabled() and window.export_action.isEnabled()
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT_MS):
        window.period_picker.set_period(Period.month(2026, 3))
    assert dashboard.cards["orders"].value_label.text() == "0"

    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT_MS):
        window.import_action.trigger()
    assert dashboard.cards["orders"].value_label.text() == "3"  # З-1, З-2 and З-4 in March
    qtbot.waitUntil(lambda: "3 sale line" in window._counts_label.text(), timeout=TIMEOUT_MS)
    window.close()
