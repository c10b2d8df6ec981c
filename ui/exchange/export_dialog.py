"""File > Export: sales, customers, products, members or goals to CSV or XLSX (SPEC §7, §8).

Sales can be narrowed to the period the window shows, to dates of one's own, and to who sold
them, where and through which channel; the other kinds are exported whole. The export runs as a
background task with progress and cancel; the core writes under a temporary name and renames
when complete, so a cancelled or failed export leaves no file.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.errors import SalesDeskError
from salesdesk.exchange.exporting import ExportKind
from salesdesk.metrics.scope import Scope
from salesdesk.periods import Period, period_code

from ui.exchange.files import EXPORT_SUFFIXES, ExchangeFiles
from ui.tasks import Op, ProgressFn, Task
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.exchange.exporting import SalesFilterChoices
    from salesdesk.store.db import Database

ERROR_STYLE = "color: #C62828;"
PROGRESS_STEPS = 1000
DIALOG_WIDTH = 560


class DataExportDialog(QDialog):
    """What to export, in which format, where; then the export with progress and cancel."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        period: Period | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today or dt.date.today()
        self._shown_period = period  # the window's: what the view shows
        self._task: Task | None = None
        self._cancel_requested = threading.Event()
        self._suggested: Path | None = None  # the path we proposed, replaced while untouched
        self.setWindowTitle(self.tr("Export"))
        self.kind_combo = QComboBox()
        for kind, label in self._kind_labels().items():
            self.kind_combo.addItem(label, kind.value)
        self.xlsx_button = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.csv_button = QRadioButton(self.tr("CSV, comma-separated, UTF-8 (.csv)"))
        self.xlsx_button.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.xlsx_button)
        self.format_group.addButton(self.csv_button)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.hide()
        self._build_sales_choices()
        self._connect()
        self._lay_out()
        self._suggest_path()
        self._load_filters()

    def _kind_labels(self) -> dict[ExportKind, str]:
        return {
            ExportKind.SALES: self.tr("Sales (order lines)"),
            ExportKind.CUSTOMERS: self.tr("Customers"),
            ExportKind.PRODUCTS: self.tr("Products"),
            ExportKind.MEMBERS: self.tr("Team members"),
            ExportKind.GOALS: self.tr("Goals"),
            ExportKind.DEALS: self.tr("Deals"),
        }

    def _build_sales_choices(self) -> None:
        """Which sales: of the period shown, all, or between two dates; sold by whom, where,
        through which channel."""
        shown = self._shown_period
        self.shown_period_button = QRadioButton(
            self.tr("In {period}, the period shown").format(period=shown.label() if shown else "")
        )
        self.all_sales_button = QRadioButton(self.tr("All sales"))
        self.dates_button = QRadioButton(self.tr("From"))
        first = shown.start if shown else self._today.replace(day=1)
        self.from_edit, self.to_edit = (
            _date_edit(first),
            _date_edit(shown.end if shown else self._today),
        )
        self.period_group = QButtonGroup(self)
        for button in (self.shown_period_button, self.all_sales_button, self.dates_button):
            self.period_group.addButton(button)
        self.shown_period_button.setVisible(shown is not None)
        (self.shown_period_button if shown else self.all_sales_button).setChecked(True)
        self.member_combo = _filter_combo(self.tr("Everyone"))
        self.territory_combo = _filter_combo(self.tr("All territories"))
        self.channel_combo = _filter_combo(self.tr("All channels"))
        self.sales_box = QGroupBox(self.tr("Which sales"))
        dates = QHBoxLayout()
        dates.addWidget(self.dates_button)
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        form = QFormLayout(self.sales_box)
        form.addRow(self.shown_period_button)
        form.addRow(self.all_sales_button)
        form.addRow(dates)
        form.addRow(self.tr("Sold by:"), self.member_combo)
        form.addRow(self.tr("Territory:"), self.territory_combo)
        form.addRow(self.tr("Channel:"), self.channel_combo)

    def _load_filters(self) -> None:
        """The members, territories and channels to choose from, read in the background."""
        from salesdesk.exchange.exporting import sales_filter_choices

        database = self._database
        Op(
            self.tr("Reading the filters"),
            lambda *_: sales_filter_choices(database),
            parent=self,
        ).success(self._fill_filters).run_in_background()

    def _fill_filters(self, choices: SalesFilterChoices) -> None:
        for combo, items in (
            (self.member_combo, choices.members),
            (self.territory_combo, choices.territories),
            (self.channel_combo, choices.channels),
        ):
            for value, name in items:
                combo.addItem(name, value)

    def period(self) -> Period | None:
        """The sales export's period; None for all sales."""
        if self.all_sales_button.isChecked():
            return None
        if self.shown_period_button.isChecked() and self._shown_period is not None:
            return self._shown_period
        start, end = _day(self.from_edit), _day(self.to_edit)
        return Period(min(start, end), max(start, end))

    def scope(self) -> Scope | None:
        member, territory = self.member_combo.currentData(), self.territory_combo.currentData()
        channel = self.channel_combo.currentData()
        if member is None and territory is None and channel is None:
            return None
        return Scope(member_id=member, territory_id=territory, channel_id=channel)

    def _connect(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._show_sales_choices)
        self.period_group.buttonToggled.connect(self._suggest_path)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._dates_edited)
        self.kind_combo.currentIndexChanged.connect(self._suggest_path)
        self.format_group.buttonToggled.connect(self._format_chosen)
        self.browse_button.clicked.connect(self.choose_file)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        formats = QVBoxLayout()
        formats.addWidget(self.xlsx_button)
        formats.addWidget(self.csv_button)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind_combo)
        form.addRow(self.sales_box)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("File:"), file_row)
        note = QLabel(
            self.tr(
                "Columns are named as the import expects them, so the file can be imported "
                "back. Text that a spreadsheet would run as a formula is written as text."
            )
        )
        note.setWordWrap(True)
        mute(note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(DIALOG_WIDTH)

    # --- choices -------------------------------------------------------------------------------

    def kind(self) -> ExportKind:
        return ExportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ExportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def suffix(self) -> str:
        return ".csv" if self.csv_button.isChecked() else ".xlsx"

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        """A path the user chose: its extension picks the format."""
        self._suggested = None
        (self.csv_button if path.suffix.lower() == ".csv" else self.xlsx_button).setChecked(True)
        self.path_edit.setText(str(path))

    def choose_file(self) -> None:
        suggested = self.path() or Path.home() / self._suggested_name()
        path = ExchangeFiles.export_target(self, suggested)
        if path is not None:
            self.set_path(path)

    def _suggested_name(self) -> str:
        """ "sales-2026-Q3.xlsx" for a period's sales, else "customers-2026-11-28.xlsx"."""
        period = self.period() if self.kind() is ExportKind.SALES else None
        when = period_code(period) if period is not None else self._today.isoformat()
        return f"{self.kind().value}-{when}{self.suffix()}"

    def _show_sales_choices(self) -> None:
        self.sales_box.setVisible(self.kind() is ExportKind.SALES)
        self.adjustSize()

    def _dates_edited(self) -> None:
        self.dates_button.setChecked(True)
        self._suggest_path()

    def _suggest_path(self) -> None:
        """Names the file after what is exported, unless the user chose a file themselves."""
        current = self.path()
        if current is not None and current != self._suggested:
            return
        folder = current.parent if current is not None else Path.home()
        self._suggested = folder / self._suggested_name()
        self.path_edit.setText(str(self._suggested))

    def _format_chosen(self) -> None:
        current = self.path()
        if current is None or current == self._suggested:
            self._suggest_path()
        elif current.suffix.lower() in EXPORT_SUFFIXES and current.suffix.lower() != self.suffix():
            self.path_edit.setText(str(current.with_suffix(self.suffix())))

    def _update_buttons(self) -> None:
        running = self._task is not None and self._task.running
        self.export_button.setEnabled(not running and self.path() is not None)

    # --- exporting -----------------------------------------------------------------------------

    def start_export(self) -> Task | None:
        path = self.path()
        if path is None:
            return None
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            path = path.with_name(path.name + self.suffix())
            self.path_edit.setText(str(path))
        database, kind = self._database, self.kind()
        sales = kind is ExportKind.SALES
        period, scope = (self.period(), self.scope()) if sales else (None, None)
        self._cancel_requested.clear()
        # Our own flag rather than the task's: an export cancelled just after its file was
        # renamed into place must be reported as written, not as cancelled.
        cancelled = self._cancel_requested.is_set

        def export(progress: ProgressFn, _task_cancelled: object) -> int:
            from salesdesk.exchange import export_table

            return export_table(
                database,
                kind,
                path,
                period=period,
                scope=scope,
                progress=progress,
                cancelled=cancelled,
            )

        self._task = Task(self.tr("Exporting to {name}").format(name=path.name), export, self)
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(lambda count: self._exported(path, count))
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._stopped)
        self._set_running(True)
        self._task.start()
        return self._task

    def cancel_export(self) -> None:
        self._cancel_requested.set()
        self.cancel_button.setEnabled(False)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.kind_combo,
            self.sales_box,
            self.xlsx_button,
            self.csv_button,
            self.path_edit,
        ):
            widget.setEnabled(not running)
        self.browse_button.setEnabled(not running)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setValue(0)
        if running:
            self._show_status(self.tr("Exporting…"), error=False)
        self._update_buttons()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(round(fraction * PROGRESS_STEPS))
        if message:
            self.status_label.setText(message)

    def _exported(self, path: Path, count: int) -> None:
        self._show_status(
            self.tr("Wrote %Ln row(s) to {path}.", "", count).format(path=path), False
        )

    def _failed(self, error: BaseException) -> None:
        text = str(error)
        if not isinstance(error, SalesDeskError):
            text = self.tr("The export failed: {error}").format(error=text or type(error).__name__)
        self._show_status(text, error=True)

    def _stopped(self) -> None:
        self._task = None
        self._set_running(False)

    def _show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")

    def reject(self) -> None:
        if self._task is not None and self._task.running:
            self.cancel_export()  # closing waits for the export to stop and clean up
            return
        super().reject()

    @classmethod
    def run(cls, parent: QWidget | None, database: Database, period: Period | None = None) -> None:
        """The dialog; ``period``, the one the window shows, is offered for the sales."""
        cls(database, parent, period=period).exec()


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _filter_combo(everything: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everything, None)
    combo.setMinimumContentsLength(20)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo
