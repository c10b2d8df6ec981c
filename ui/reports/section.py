"""The Reports section (SPEC §4, §6): pick a report, a language and a page size; see a preview;
export the PDF. The period is the one the window's period picker shows, like every section's.

Reports come from :data:`salesdesk.reports.REPORTS`, the registry the ``report`` command uses,
so the GUI and the command line build the same document. Building and rasterising run in a
background task; a preview's PDF is what Export saves while the choices stay the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk import i18n
from salesdesk.errors import SalesDeskError, explain
from salesdesk.files import write_bytes_atomically
from salesdesk.periods import Period, period_code
from salesdesk.reports import REPORTS, service

from ui.dialogs.messages import Messages
from ui.reports.pdf_preview import PdfPreview, rasterise_pdf
from ui.section import AppContext, Section
from ui.tasks import Op, Task
from ui.widgets.labels import mute, scale_font

if TYPE_CHECKING:
    from salesdesk.store.db import Database

T = TypeVar("T")

PAGE_SIZES = ("A4", "Letter")
FORM_WIDTH = 400


@dataclass(frozen=True)
class ReportRequest:
    """Everything that decides a report's content."""

    report: str  # a key of REPORTS
    period: Period
    language: str  # "ru" or "en"
    page_size: str  # one of PAGE_SIZES

    def file_name(self) -> str:
        """ "team-report-2026-Q4.pdf": the report, then the period as the command line writes it."""
        return f"{self.report}-report-{period_code(self.period)}.pdf"


def build_report(database: Database, request: ReportRequest) -> bytes:
    """The requested report's PDF; runs on a worker thread."""
    from salesdesk.reports.service import build_report as build

    return build(
        database,
        request.report,
        request.period,
        language=request.language,
        page_size=request.page_size,
    )


@dataclass(frozen=True)
class RenderedReport:
    request: ReportRequest
    pdf: bytes
    pages: list[QImage]


class ExportDialog:
    """Where to save a report; tests replace :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        title = QCoreApplication.translate("ExportDialog", "Export PDF")
        filters = QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class ReportsSection(Section):
    """The report form on the left, the preview on the right."""

    preview_shown = Signal()
    exported = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Reports")
        self.icon_name = "reports"
        self._task: Task | None = None
        self._database: Database | None = None
        self._rendered: RenderedReport | None = None
        self.preview = PdfPreview()
        self._build_form()
        layout = QHBoxLayout(self)
        layout.addWidget(self.form_panel)
        layout.addWidget(self.preview, 1)
        self._show_idle()

    # --- building -------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.report_combo = QComboBox()
        for name, kind in REPORTS.items():
            self.report_combo.addItem(kind.title(), name)
        self.period_label = QLabel()
        self.period_label.setToolTip(self.tr("Choose the period in the toolbar at the top"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("English", "en")  # each language in its own name
        self.language_combo.addItem("Русский", "ru")
        self.page_size_combo = QComboBox()
        for size in PAGE_SIZES:
            self.page_size_combo.addItem(size, size)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.render_preview)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        mute(self.state_label)
        for combo in (self.report_combo, self.language_combo, self.page_size_combo):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.form_panel = self._lay_out_form()

    def _lay_out_form(self) -> QWidget:
        heading = QLabel(self.tr("PDF report"))
        scale_font(heading, 1.4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # labels above their fields: the panel is narrow, a report title long
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Report:"), self.report_combo)
        period_note = QLabel(self.tr("as chosen in the toolbar, for every section"))
        mute(period_note)
        period_box = QVBoxLayout()
        period_box.setSpacing(0)
        period_box.addWidget(self.period_label)
        period_box.addWidget(period_note)
        form.addRow(self.tr("Period:"), period_box)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Page size:"), self.page_size_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        panel = QWidget()
        panel.setFixedWidth(FORM_WIDTH)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        return panel

    @property
    def busy(self) -> bool:
        """True while a report is being built (or the database's settings are read)."""
        return self._task is not None

    # --- the choices ----------------------------------------------------------------------

    def request(self) -> ReportRequest:
        assert self.context is not None, "a report needs the window's period"
        return ReportRequest(
            report=self.report_combo.currentData(),
            period=self.context.period,
            language=self.language_combo.currentData(),
            page_size=self.page_size_combo.currentData(),
        )

    def set_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    def set_context(self, context: AppContext) -> None:
        """Takes the shared period; the database's report language when the file changes."""
        super().set_context(context)
        self.period_label.setText(context.period.label())
        if context.database is not self._database:
            self._database = context.database
            self._on_database_changed()
        else:
            self._on_choice_changed()

    def _on_database_changed(self) -> None:
        self._cancel_task()
        self._rendered = None
        database = self._database
        has_database = database is not None
        self.preview_button.setEnabled(has_database)
        self.export_button.setEnabled(has_database)
        self._show_idle()
        if database is None:
            return
        self.set_language(i18n.language())
        self._task = (
            Op(
                self.tr("Reading the report settings"),
                lambda *_: service.report_language(database),
                parent=self,
            )
            .success(self._on_language_read)
            .run_in_background()
        )

    def _on_language_read(self, language: str) -> None:
        self._task = None
        if language in ("en", "ru"):
            self.set_language(language)

    def _on_choice_changed(self) -> None:
        if self._rendered is not None and self._rendered.request != self.request():
            self._show_idle(self.tr("The choices changed: press Preview to see the new report."))

    def _show_idle(self, message: str = "") -> None:
        if self._database is None:
            message = self.tr("Open a database to build reports.")
        self.preview.clear(message or self.tr("Press Preview to see the report here."))
        self.state_label.clear()

    # --- preview and export ---------------------------------------------------------------

    def render_preview(self) -> None:
        database = self._database
        if database is None:
            return
        request = self.request()
        self._start(
            self.tr("Building the report"),
            lambda: _render(database, request),
            self._show_preview,
        )
        self.preview.clear(self.tr("Building the report…"))

    def _show_preview(self, rendered: RenderedReport) -> None:
        self._rendered = rendered
        self.preview.show_pages(rendered.pages)
        self.state_label.setText(self.tr("%n page(s)", "", len(rendered.pages)))
        self.preview_shown.emit()

    def export_pdf(self) -> None:
        database = self._database
        if database is None:
            return
        request = self.request()
        target = ExportDialog.ask(self, _documents_folder() / request.file_name())
        if target is None:
            return
        if self._rendered is not None and self._rendered.request == request:
            self._save(self._rendered.pdf, target)
            return
        self._start(
            self.tr("Building the report"),
            lambda: build_report(database, request),
            lambda pdf: self._save(pdf, target),
        )

    def _save(self, pdf: bytes, target: Path) -> None:
        try:  # private, complete or absent, and never onto a database (salesdesk.files)
            write_bytes_atomically(target, pdf, suffixes=(".pdf",))
        except (OSError, SalesDeskError) as error:
            Messages.error(
                self,
                self.tr("Export PDF"),
                self.tr("The report could not be saved to {path}: {error}").format(
                    path=target, error=explain(error) or error
                ),
            )
            return
        message = self.tr("Saved {path}").format(path=target)
        self.state_label.setText(message)
        self.status_message.emit(message)
        self.exported.emit(target)

    def _start(self, title: str, work: Callable[[], T], on_success: Callable[[T], None]) -> None:
        self._cancel_task()
        self.state_label.setText(self.tr("Building the report…"))
        self._task = (
            Op(title, lambda *_: work(), parent=self)
            .success(lambda value: self._finished(on_success, value))
            .failure(self._show_failure)
            .run_in_background()
        )

    def _finished(self, on_success: Callable[[T], None], value: T) -> None:
        self._task = None
        self.state_label.clear()
        on_success(value)

    def _show_failure(self, error: BaseException) -> None:
        self._task = None
        message = self.tr("The report could not be built: {error}").format(error=error)
        self.state_label.setText(message)
        self.preview.clear(message)
        self.status_message.emit(message)

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None


def _render(database: Database, request: ReportRequest) -> RenderedReport:
    pdf = build_report(database, request)
    return RenderedReport(request, pdf, rasterise_pdf(pdf))


def _documents_folder() -> Path:
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())
