"""The first two pages of the import wizard: the file, then its columns matched to fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from salesdesk.errors import SalesDeskError
from salesdesk.exchange.fields import ImportKind, fields_for, guess_mapping, mapping_problems
from salesdesk.i18n import tr

from ui.dialogs.messages import Messages
from ui.exchange.field_delegate import FieldDelegate
from ui.exchange.files import ExchangeFiles, MappingNameDialog
from ui.exchange.import_job import ImportJob, kind_label
from ui.exchange.mapping_model import COLUMN, FIELD, ImportMappingModel
from ui.exchange.preview_model import ImportPreviewModel
from ui.tasks import Op, Task
from ui.widgets.labels import mute

if TYPE_CHECKING:
    from salesdesk.exchange import Preview, SavedMapping

ERROR_STYLE = "color: #C62828;"  # an error reads red in either colour scheme
PREVIEW_ROWS = 20
TYPING_PAUSE_MS = 400
FIELD_COLUMN_WIDTH = 260
DATE_FORMAT_WIDTH = 150


class FilePage(QWizardPage):
    """The file and what it holds; its format is detected in the background once chosen."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._task: Task | None = None
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (UTF-8 or Windows-1251; commas, semicolons or tabs) or an Excel "
                "workbook (.xlsx). The first row must name the columns."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        # A typed path is read once the typing pauses, so Next comes on without Enter or Tab.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._path_typed)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_edit.editingFinished.connect(self._path_typed)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.choose_file)
        self.kind_combo = QComboBox()
        for kind in ImportKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.detected_label = QLabel()
        self.detected_label.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("It holds:"), self.kind_combo)
        form.addRow("", self.detected_label)

    # --- choosing -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = self._job.path.parent if self._job.path else Path.home()
        path = ExchangeFiles.import_source(self, start)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Task:
        """Reads the file's format, columns and first rows in the background."""
        self.stop_background_work()
        path = Path(path)
        self.path_edit.setText(str(path))
        self._job.path, self._job.preview = path, None
        self.completeChanged.emit()
        self._show_detected(self.tr("Reading the file…"), error=False)

        database = self._job.database

        def read(*_: object) -> tuple[Preview, dict[ImportKind, list[SavedMapping]]]:
            from salesdesk.exchange import read_preview, saved_mappings

            saved = {kind: saved_mappings(database, kind) for kind in ImportKind}
            return read_preview(path, max_rows=PREVIEW_ROWS), saved

        self._task = task = Task(self.tr("Reading {name}").format(name=path.name), read, self)
        task.succeeded.connect(lambda read: self._previewed(path, *read))
        task.failed.connect(self._failed)
        task.start()
        return task

    def set_kind(self, kind: ImportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def stop_background_work(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._task = None

    def _on_path_edited(self) -> None:
        """Each keystroke: the file read before no longer counts; the new one is read when
        the typing pauses."""
        self.stop_background_work()
        self._job.path, self._job.preview = None, None
        self.completeChanged.emit()
        self._typing.start()

    def _path_typed(self) -> None:
        self._typing.stop()
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        if not text or path == self._job.path:
            return
        if not path.is_file():
            problem = (
                self.tr("{name} is a folder, not a file.")
                if path.is_dir()
                else self.tr("There is no file {name}.")
            )
            self._show_detected(problem.format(name=path), error=True)
            return
        self.load(path)

    def _kind_chosen(self) -> None:
        self._job.kind = ImportKind(self.kind_combo.currentData())

    def _previewed(
        self, path: Path, preview: Preview, saved: dict[ImportKind, list[SavedMapping]]
    ) -> None:
        if path != self._job.path:
            return  # another file was chosen meanwhile
        self._job.preview = preview
        self._job.saved_mappings = saved
        columns = self.tr("%Ln column(s)", "", len(preview.headers))
        self._show_detected(
            self.tr("Read as {format}; {columns}.").format(
                format=preview.source.describe(), columns=columns
            ),
            error=False,
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        text = str(error)
        if not isinstance(error, SalesDeskError):
            text = self.tr("Cannot read the file: {error}").format(error=text)
        self._show_detected(text, error=True)

    def _show_detected(self, text: str, *, error: bool) -> None:
        self.detected_label.setText(text)
        self.detected_label.setStyleSheet(ERROR_STYLE if error else "")
        mute(self.detected_label, not error)

    def isComplete(self) -> bool:
        return self._job.preview is not None


class MappingPage(QWizardPage):
    """The guessed mapping, editable per column, saved mappings, and the file's first rows."""

    def __init__(self, job: ImportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._shown_for: tuple[Path | None, ImportKind] | None = None
        self._saved: list[SavedMapping] = []
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(
            self.tr(
                "SalesDesk guessed from the column names what each column holds. Correct "
                "any guess; columns left “not imported” are passed over."
            )
        )
        self.mapping_model = ImportMappingModel(self)
        self.preview_model = ImportPreviewModel(self)
        self.saved_combo = QComboBox()
        self.saved_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved_combo.currentIndexChanged.connect(self._saved_mapping_chosen)
        self.save_button = QPushButton(self.tr("Save mapping as…"))
        self.save_button.clicked.connect(self.save_mapping)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("detected"))
        self.date_edit.setToolTip(
            self.tr("Only for files whose dates could be read two ways, e.g. %d/%m/%Y or %m/%d/%Y")
        )
        self.date_edit.textChanged.connect(self._update_state)
        self.mapping_view = self._mapping_view()
        self.preview_view = _table_view(self.preview_model)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.mapping_model.mapping_changed.connect(self._update_state)
        self._lay_out()

    def _mapping_view(self) -> QTableView:
        view = _table_view(self.mapping_model)
        view.setItemDelegateForColumn(FIELD, FieldDelegate(self.mapping_model, view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.mapping_model.modelReset.connect(self._open_field_editors)
        return view

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mapping:")))
        top.addWidget(self.saved_combo)
        top.addWidget(self.save_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Date format:")))
        self.date_edit.setFixedWidth(DATE_FORMAT_WIDTH)
        top.addWidget(self.date_edit)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 6, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        preview_layout.addWidget(self.preview_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.mapping_view)
        splitter.addWidget(preview_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems_label)

    # --- showing a file ------------------------------------------------------------------------

    def initializePage(self) -> None:
        job = self._job
        if self._shown_for == (job.path, job.kind) or job.preview is None:
            return  # back and forth keeps the user's corrections
        self._shown_for = (job.path, job.kind)
        preview = job.preview
        fields = [(f.name, tr(f.label)) for f in fields_for(job.kind, preview.headers)]
        self.preview_model.set_preview(preview.headers, preview.rows)
        self.mapping_model.set_columns(
            preview.headers, preview.rows, fields, guess_mapping(job.kind, preview.headers)
        )
        self._fill_saved_combo(select=self._offered_mapping())
        self.mapping_view.resizeColumnToContents(COLUMN)
        self.mapping_view.setColumnWidth(FIELD, FIELD_COLUMN_WIDTH)
        self.preview_view.resizeColumnsToContents()

    def _offered_mapping(self) -> str | None:
        """The latest mapping saved for this kind whose columns are all in the file."""
        assert self._job.preview is not None
        headers = set(self._job.preview.headers)
        self._saved = _saved_mappings(self._job)
        for saved in self._saved:
            if saved.columns and set(saved.columns) <= headers:
                return saved.name
        return None

    def _fill_saved_combo(self, select: str | None) -> None:
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Guessed from the column names"), None)
        for saved in self._saved:
            self.saved_combo.addItem(saved.name, saved.name)
        self.saved_combo.blockSignals(False)
        index = self.saved_combo.findData(select) if select else 0
        self.saved_combo.setCurrentIndex(max(index, 0))
        self._saved_mapping_chosen()

    def _saved_mapping_chosen(self) -> None:
        name = self.saved_combo.currentData()
        saved = next((s for s in self._saved if s.name == name), None)
        if saved is None:
            assert self._job.preview is not None
            self.mapping_model.set_mapping(guess_mapping(self._job.kind, self._job.preview.headers))
            return
        self.date_edit.setText(saved.date_format or "")
        self.mapping_model.set_mapping(saved.columns)

    def _open_field_editors(self) -> None:
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, FIELD))

    # --- saving --------------------------------------------------------------------------------

    def save_mapping(self) -> None:
        from salesdesk.exchange import save_mapping

        current = self.saved_combo.currentData()
        suggested = current or (self._job.path.stem if self._job.path else "")
        name = MappingNameDialog.ask(self, suggested)
        if name is None:
            return
        job, kind = self._job, self._job.kind
        mapping, date_format = self.mapping_model.mapping(), self.date_format()

        def save(*_: object) -> list[SavedMapping]:
            from salesdesk.exchange import saved_mappings

            save_mapping(job.database, name, kind, mapping, date_format=date_format)
            return saved_mappings(job.database, kind)

        (
            Op(self.tr("Saving the mapping {name}").format(name=name), save, parent=self)
            .success(lambda saved: self._mapping_saved(kind, saved, name))
            .failure(
                lambda error: Messages.error(self, self.tr("Cannot save the mapping"), str(error))
            )
            .run_on_writer(job.database)
        )

    def _mapping_saved(self, kind: ImportKind, saved: list[SavedMapping], name: str) -> None:
        self._job.saved_mappings[kind] = saved
        self._saved = saved
        self._fill_saved_combo(select=name)

    # --- state ---------------------------------------------------------------------------------

    def date_format(self) -> str | None:
        return self.date_edit.text().strip() or None

    def problems(self) -> list[str]:
        problems = mapping_problems(self._job.kind, self.mapping_model.mapping())
        date_format = self.date_format()
        if date_format is not None and not _describes_a_date(date_format):
            problems.append(
                self.tr("{format} is not a date format such as %d.%m.%Y").format(format=date_format)
            )
        return problems

    def _update_state(self) -> None:
        self.preview_model.set_field_labels(self.mapping_model.field_labels())
        problems = self.problems()
        text = "; ".join(problems)
        self.problems_label.setText(text[:1].upper() + text[1:] + "." if text else "")
        self.problems_label.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.mapping_model.rowCount() > 0 and not self.problems()

    def validatePage(self) -> bool:
        self._job.mapping = self.mapping_model.mapping()
        self._job.date_format = self.date_format()
        return True


def _saved_mappings(job: ImportJob) -> list[SavedMapping]:
    """The mappings saved for the job's kind, read with the file's preview."""
    return list(job.saved_mappings.get(job.kind, []))


def _describes_a_date(date_format: str) -> bool:
    """Whether a date written with ``date_format`` reads back as the same date."""
    sample = dt.date(2026, 12, 31)
    try:
        return dt.datetime.strptime(sample.strftime(date_format), date_format).date() == sample
    except ValueError:
        return False


def _table_view(model: ImportMappingModel | ImportPreviewModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    return view
