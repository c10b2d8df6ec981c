"""File > Export: the dialog's choices, an export to CSV and to XLSX whose contents are checked,
and a cancelled export that leaves no file."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from salesdesk import exchange
from salesdesk.exchange import ExportKind
from salesdesk.store.db import Database, open_database

from ui.exchange.export_dialog import DataExportDialog
from ui.exchange.files import ExchangeFiles
from ui.tasks import task_registry

TIMEOUT_MS = 20_000
TODAY = dt.date(2026, 11, 28)
SALES_CSV = """order_ref,line_ref,date,customer_code,customer_name,product_code,quantity,amount
A-1,A-1/1,2026-03-05,C-1,=HYPERLINK("x"),P-1,2,1234.50
A-2,A-2/1,2026-03-06,C-2,Beta Ltd,P-1,1,-10.00
"""


@pytest.fixture
def database(empty_db_path: Path, tmp_path: Path) -> Iterator[Database]:
    source = tmp_path / "sales.csv"
    source.write_text(SALES_CSV, encoding="utf-8")
    with open_database(empty_db_path) as opened:
        mapping = exchange.guess_mapping("sales", exchange.read_preview(source).headers)
        assert exchange.import_file(opened, source, "sales", mapping).committed
        yield opened


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> Iterator[DataExportDialog]:
    dialog = DataExportDialog(database, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def export(qtbot: QtBot, dialog: DataExportDialog, path: Path) -> None:
    dialog.set_path(path)
    task = dialog.start_export()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass


def test_the_file_is_named_after_what_is_exported_until_the_user_picks_one(
    dialog: DataExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert dialog.path() == Path.home() / "sales-2026-11-28.xlsx"
    dialog.set_kind(ExportKind.GOALS)
    dialog.csv_button.setChecked(True)
    assert dialog.path() == Path.home() / "goals-2026-11-28.csv"
    chosen = tmp_path / "for the board.xlsx"
    monkeypatch.setattr(ExchangeFiles, "export_target", classmethod(lambda *_: chosen))
    dialog.choose_file()
    assert dialog.path() == chosen
    assert dialog.xlsx_button.isChecked()  # the extension picked the format
    dialog.set_kind(ExportKind.MEMBERS)
    assert dialog.path() == chosen  # the user's own choice stays
    dialog.csv_button.setChecked(True)
    assert dialog.path() == tmp_path / "for the board.csv"


def test_sales_export_to_csv(qtbot: QtBot, dialog: DataExportDialog, tmp_path: Path) -> None:
    target = tmp_path / "sales.csv"
    export(qtbot, dialog, target)
    assert dialog.status_label.text().startswith("Wrote 2 row")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [row["Order ref"] for row in rows] == ["A-1", "A-2"]
    assert [row["Date"] for row in rows] == ["2026-03-05", "2026-03-06"]
    assert [row["Amount"] for row in rows] == ["1234.50", "-10.00"]  # a number stays a number
    assert rows[0]["Customer"] == '\'=HYPERLINK("x")'  # a formula is neutralised


def test_customers_export_to_xlsx(qtbot: QtBot, dialog: DataExportDialog, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    dialog.set_kind(ExportKind.CUSTOMERS)
    target = tmp_path / "customers.xlsx"
    export(qtbot, dialog, target)
    workbook = load_workbook(target, read_only=True)  # holds the file open until closed
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    header = rows[0]
    codes = header.index("Code")
    names = header.index("Name")
    assert [(row[codes], row[names]) for row in rows[1:]] == [
        ("C-1", '\'=HYPERLINK("x")'),
        ("C-2", "Beta Ltd"),
    ]


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot,
    dialog: DataExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from salesdesk.exchange import exporting

    monkeypatch.setattr(exporting, "_PROGRESS_EVERY", 1)  # check for a cancel at every row
    cancel_pressed = threading.Event()
    real_export = exchange.export_table

    def export_after_cancel(*args: Any, **kwargs: Any) -> int:
        cancel_pressed.wait(TIMEOUT_MS / 1000)  # the export starts only once Cancel was hit
        return real_export(*args, **kwargs)

    monkeypatch.setattr(exchange, "export_table", export_after_cancel)
    target = tmp_path / "never.csv"
    dialog.set_path(target)
    task = dialog.start_export()
    assert task is not None and dialog.cancel_button.isVisible()
    dialog.reject()  # closing while exporting cancels instead
    cancel_pressed.set()
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert dialog.isVisible()
    assert dialog.status_label.text() == "The export was cancelled; no file was written."
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_sales_of_the_period_shown_with_a_moving_bar(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window shows 5 March 2026: only A-1 is exported, unless all sales are asked for."""
    from salesdesk.exchange import exporting
    from salesdesk.periods import Period

    monkeypatch.setattr(exporting, "_PROGRESS_EVERY", 1)  # two rows: the bar moves twice
    shown = Period(dt.date(2026, 3, 5), dt.date(2026, 3, 5))
    dialog = DataExportDialog(database, today=TODAY, period=shown)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.shown_period_button.isChecked()
    assert dialog.shown_period_button.text() == "In Mar 5, 2026 – Mar 5, 2026, the period shown"
    assert dialog.path() == Path.home() / "sales-2026-03-05_2026-03-05.xlsx"
    moves: list[int] = []
    dialog.progress_bar.valueChanged.connect(moves.append)
    target = tmp_path / "day.csv"
    export(qtbot, dialog, target)
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert [row["Order ref"] for row in csv.DictReader(f)] == ["A-1"]
    assert max(moves) > 0
    dialog.all_sales_button.setChecked(True)
    assert dialog.period() is None
    dialog.set_kind(ExportKind.CUSTOMERS)
    assert dialog.sales_box.isHidden()  # customers are exported whole
    qtbot.waitUntil(lambda: not task_registry().running(), timeout=TIMEOUT_MS)


def test_sales_of_chosen_dates(qtbot: QtBot, dialog: DataExportDialog, tmp_path: Path) -> None:
    assert dialog.all_sales_button.isChecked()  # no period shown: all sales
    dialog.from_edit.setDate(dialog.from_edit.date().fromString("2026-03-06", "yyyy-MM-dd"))
    dialog.to_edit.setDate(dialog.to_edit.date().fromString("2026-03-31", "yyyy-MM-dd"))
    assert dialog.dates_button.isChecked()  # editing a date chooses the dates
    assert dialog.path() == Path.home() / "sales-2026-03-06_2026-03-31.xlsx"
    target = tmp_path / "march.csv"
    export(qtbot, dialog, target)
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert [row["Order ref"] for row in csv.DictReader(f)] == ["A-2"]
    assert dialog.scope() is None  # no one, no territory, no channel chosen: everyone's
