"""The last three pages of the import wizard: check every row, import, and the summary."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from salesdesk.errors import SalesDeskError, explain
from salesdesk.exchange.fields import ImportKind
from salesdesk.exchange.importing import OnError
from salesdesk.formatting import format_number

from ui.exchange.import_job import ImportJob
from ui.exchange.problems_model import REASON, ImportProblemsModel
from ui.tasks import CancelledFn, ProgressFn, Task
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.exchange import ImportSummary

ERROR_STYLE = "color: #C62828;"
PROGRESS_STEPS = 1000
PROBLEMS_STRETCH = 10  # the list of problems takes the page's room (beside a stretch of 1)


def _problems_view(model: ImportProblemsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
    return view


def _progress_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, PROGRESS_STEPS)
    bar.setTextVisible(False)
    return bar


class ValidationPage(QWizardPage):
    """Reads every row and lists what cannot be imported; nothing is written yet."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._task: Task | None = None
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Every row of the file is read and checked. Nothing is written yet.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.progress_bar = _progress_bar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.rows_label, self.rejected_label, self.problems_label = QLabel(), QLabel(), QLabel()
        self.problems_model = ImportProblemsModel(self)
        self.problems_view = _problems_view(self.problems_model)
        self.stop_button = QRadioButton(
            self.tr("Import nothing while any row has a problem (fix the file first)")
        )
        self.skip_button = QRadioButton(
            self.tr("Leave out the rows with problems and import the others")
        )
        self.on_error_group = QButtonGroup(self)
        self.on_error_group.addButton(self.stop_button)
        self.on_error_group.addButton(self.skip_button)
        self.stop_button.setChecked(True)
        self.on_error_group.buttonToggled.connect(self._on_error_chosen)
        self.hint_label = QLabel(
            self.tr(
                "To import, leave out the rows with problems, or go back after fixing the "
                "file and check it again."
            )
        )
        self.hint_label.setWordWrap(True)
        mute(self.hint_label)
        self.hint_label.hide()
        self.outcome_box = QGroupBox()
        self.outcome_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.outcome = QFormLayout(self.outcome_box)
        self.outcome_box.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        counts = QFormLayout()
        counts.addRow(self.tr("Rows read:"), self.rows_label)
        counts.addRow(self.tr("Rows with problems:"), self.rejected_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(counts)
        layout.addWidget(self.outcome_box)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, PROBLEMS_STRETCH)
        layout.addWidget(QLabel(self.tr("If a row has a problem:")))
        layout.addWidget(self.stop_button)
        layout.addWidget(self.skip_button)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)  # the room the list of problems leaves, when it is hidden

    def initializePage(self) -> None:
        self.stop_background_work()
        job = self._job
        job.validation = None
        self.problems_model.set_problems([])
        self._show_counts(None)
        self.outcome_box.hide()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._show_status(self.tr("Checking the rows…"), error=False)
        path, kind, mapping, date_format = job.path, job.kind, job.mapping, job.date_format
        database = job.database
        assert path is not None

        def validate(progress: ProgressFn, cancelled: CancelledFn) -> ImportSummary:
            from salesdesk.exchange import validate_file

            # on the database: the counts of what the import will add and create
            return validate_file(
                path, kind, mapping, date_format=date_format, database=database,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip

        self._task = task = Task(self.tr("Checking {name}").format(name=path.name), validate, self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        # the check is an import rolled back: a write, on the database's writer, in turn
        task.start(writer_of=database)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.stop_background_work()

    def stop_background_work(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._task = None

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(round(fraction * PROGRESS_STEPS))
        if message:
            self.status_label.setText(message)

    def _checked(self, summary: ImportSummary) -> None:
        self._job.validation = summary
        self.progress_bar.hide()
        self.problems_model.set_problems(summary.problems)
        self._show_counts(summary)
        self._show_outcome(summary)
        if summary.rejected:
            self._show_status(self.tr("Some rows cannot be imported, for these reasons:"), True)
        else:
            self._show_status(self.tr("No problems found: every row can be imported."), False)
        self._on_error_chosen()

    def _failed(self, error: BaseException) -> None:
        self.progress_bar.hide()
        text = str(error)
        if not isinstance(error, SalesDeskError):
            text = self.tr("Cannot read the file: {error}").format(error=text)
        self._show_status(text, error=True)

    def _show_counts(self, summary: ImportSummary | None) -> None:
        rows = format_number(summary.rows) if summary else "…"
        rejected = format_number(summary.rejected) if summary else "…"
        self.rows_label.setText(rows)
        self.rejected_label.setText(rejected)
        shown = len(summary.problems) if summary else 0
        hidden = summary is not None and summary.problem_count > shown
        self.problems_label.setVisible(hidden)
        if hidden:
            assert summary is not None
            self.problems_label.setText(
                self.tr(
                    "Only the first {shown} problems are listed; there are {count} in all."
                ).format(shown=format_number(shown), count=format_number(summary.problem_count))
            )
        self.problems_view.setVisible(bool(shown))

    def _show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")

    def _show_outcome(self, summary: ImportSummary) -> None:
        """What Import will add and create, as the check worked it out on the database."""
        self.outcome_box.setTitle(
            self.tr("The import will add, leaving out the rows with problems:")
            if summary.rejected
            else self.tr("The import will add:")
        )
        fill_counts(self.outcome, outcome_rows(summary, planned=True))
        self.outcome_box.show()

    def _on_error_chosen(self) -> None:
        validation = self._job.validation
        blocked = validation is not None and validation.rejected > 0
        self.hint_label.setVisible(blocked and self.on_error() is OnError.STOP)
        self.completeChanged.emit()

    def on_error(self) -> OnError:
        return OnError.SKIP if self.skip_button.isChecked() else OnError.STOP

    def isComplete(self) -> bool:
        validation = self._job.validation
        if validation is None:
            return False
        return not validation.rejected or self.on_error() is OnError.SKIP

    def validatePage(self) -> bool:
        self._job.on_error = self.on_error()
        return True


class RunPage(QWizardPage):
    """The import, in one transaction; Cancel rolls it back."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._task: Task | None = None
        self._cancel_requested = threading.Event()
        self._done = False
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("The import is one transaction: if you cancel, the database stays as it was.")
        )
        self.progress_bar = _progress_bar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addStretch(2)

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def initializePage(self) -> None:
        self._done = False
        self._cancel_requested.clear()
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self._show_status(self.tr("Importing…"), error=False)
        job = self._job
        database, path, kind, mapping = job.database, job.path, job.kind, job.mapping
        assert path is not None
        options_on_error, date_format = job.on_error, job.date_format
        # The import polls our own flag rather than the task's: a Task cancelled after the
        # import committed would report "aborted", and the wizard must never say "nothing was
        # changed" about an import that went in.
        cancelled = self._cancel_requested.is_set

        def work(progress: ProgressFn, _task_cancelled: object) -> ImportSummary:
            from salesdesk.exchange import ImportOptions, import_file

            options = ImportOptions(options_on_error, date_format)
            return import_file(
                database, path, kind, mapping, options=options, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip

        self._task = Task(self.tr("Importing {name}").format(name=path.name), work, self)
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(self._imported)
        self._task.failed.connect(self._failed)
        self._task.start(writer_of=database)  # a write: on the database's writer, in turn

    def cancel(self) -> None:
        if not self.running or not self.cancel_button.isEnabled():
            return
        self._cancel_requested.set()
        self.cancel_button.setEnabled(False)
        self._show_status(self.tr("Cancelling…"), error=False)

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(round(fraction * PROGRESS_STEPS))
        if message and not self._cancel_requested.is_set():
            self.status_label.setText(message)

    def _imported(self, summary: ImportSummary) -> None:
        self._job.summary = summary
        if not summary.committed:
            self._finish()
            return
        self._job.committed = True
        self.cancel_button.setEnabled(False)  # it is in; only the stored figures are left
        self._refresh_stored_figures()

    def _refresh_stored_figures(self) -> None:
        """Rebuilds the dashboard's and goals' stored aggregates now, in the background, so
        the first look at them after the import is fast (they are right either way)."""
        database = self._job.database
        self._show_status(self.tr("Updating the dashboard's figures…"), error=False)
        self.progress_bar.setValue(0)

        def refresh(progress: ProgressFn, _cancelled: object) -> bool:
            from salesdesk.metrics.upkeep import bring_aggregates_up_to_date

            return bring_aggregates_up_to_date(database, progress)

        self._task = Task(self.tr("Updating the stored figures"), refresh, self)
        self._task.progressed.connect(self._progressed)
        self._task.finished.connect(self._finish)
        self._task.start()

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        error = explain(error) or error  # SQLite's and the system's errors in plain words
        text = str(error)
        if not isinstance(error, SalesDeskError):
            text = self.tr("The import failed and nothing was changed: {error}").format(
                error=text or type(error).__name__
            )
        self._show_status(text, error=True)

    def _finish(self) -> None:
        self._done = True
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")

    def isComplete(self) -> bool:
        return self._done


class SummaryPage(QWizardPage):
    """What the import added, created, skipped and rejected."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.counts = QFormLayout()
        self.problems_model = ImportProblemsModel(self)
        self.problems_view = _problems_view(self.problems_model)
        layout = QVBoxLayout(self)
        layout.addLayout(self.counts)
        layout.addWidget(self.problems_view, 1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        summary = self._job.summary
        assert summary is not None
        if summary.committed:
            self.setTitle(self.tr("Import finished"))
            note = self.tr("Imported from {name} ({format}).")
        else:
            self.setTitle(self.tr("Nothing was imported"))
            note = self.tr(
                "Rows of {name} ({format}) have problems, so nothing was written. Fix them "
                "and import again, or import again and leave those rows out."
            )
        self.setSubTitle(
            note.format(name=summary.source.path.name, format=summary.source.describe())
        )
        self._fill_counts(summary)
        self.problems_model.set_problems(summary.problems)
        self.problems_view.setVisible(bool(summary.problems))

    def _fill_counts(self, summary: ImportSummary) -> None:
        rows = [(self.tr("Rows read:"), summary.rows)]
        if summary.committed:
            rows += outcome_rows(summary)
        rows.append((self.tr("Rows rejected:"), summary.rejected))
        fill_counts(self.counts, rows)
        from salesdesk.exchange import summary_notes

        for text in summary_notes(summary):
            note = QLabel(text)
            note.setWordWrap(True)
            self.counts.addRow(note)


def fill_counts(form: QFormLayout, rows: list[tuple[str, int]]) -> None:
    """``form`` lists ``rows`` of (label, count), and nothing else."""
    while form.rowCount():
        form.removeRow(0)
    for label, count in rows:
        form.addRow(label, QLabel(format_number(count)))


def outcome_rows(summary: ImportSummary, *, planned: bool = False) -> list[tuple[str, int]]:
    """What an import added, updated, created and skipped — or, ``planned``, will (its dry
    run)."""
    translate = QCoreApplication.translate
    rows = [(_added_label(summary.kind, planned), summary.added)]
    if summary.updated:
        updated = (
            translate("ValidationPage", "Deals to update:")
            if planned
            else translate("SummaryPage", "Deals updated:")
        )
        rows.append((updated, summary.updated))
    rows += [(_created_label(kind), n) for kind, n in summary.created.items()]
    duplicates = (
        translate("ValidationPage", "Duplicates to skip:")
        if planned
        else translate("SummaryPage", "Duplicates skipped:")
    )
    return [*rows, (duplicates, summary.duplicates)]


def _added_label(kind: ImportKind, planned: bool) -> str:
    translate = QCoreApplication.translate
    if planned:
        return {
            ImportKind.SALES: translate("ValidationPage", "Sales lines:"),
            ImportKind.CUSTOMERS: translate("ValidationPage", "Customers:"),
            ImportKind.PRODUCTS: translate("ValidationPage", "Products:"),
            ImportKind.MEMBERS: translate("ValidationPage", "Team members:"),
            ImportKind.DEALS: translate("ValidationPage", "Deals:"),
        }[kind]
    return {
        ImportKind.SALES: translate("SummaryPage", "Sales lines added:"),
        ImportKind.CUSTOMERS: translate("SummaryPage", "Customers added:"),
        ImportKind.PRODUCTS: translate("SummaryPage", "Products added:"),
        ImportKind.MEMBERS: translate("SummaryPage", "Team members added:"),
        ImportKind.DEALS: translate("SummaryPage", "Deals added:"),
    }[kind]


def _created_label(entity: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "customer": translate("SummaryPage", "New customers:"),
        "product": translate("SummaryPage", "New products:"),
        "category": translate("SummaryPage", "New product categories:"),
        "territory": translate("SummaryPage", "New territories:"),
        "account_type": translate("SummaryPage", "New account types:"),
        "channel": translate("SummaryPage", "New channels:"),
        "member": translate("SummaryPage", "New team members:"),
        "team": translate("SummaryPage", "New teams:"),
        "persona": translate("SummaryPage", "New personas:"),
        "pipeline": translate("SummaryPage", "New pipelines:"),
        "stage": translate("SummaryPage", "New stages:"),
    }
    return labels.get(entity, entity)
