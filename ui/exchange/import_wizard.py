"""File > Import: a wizard over :mod:`salesdesk.exchange` (SPEC §8).

Choose a file and what it holds → match its columns to fields (the guess, editable, with a
preview of the first rows and saved mappings) → check every row → import in one transaction
with progress and cancel → the summary. The pages share one :class:`ImportJob`; the database
is written only on the import page, and a cancelled import leaves it as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from ui.exchange.import_job import ImportJob
from ui.exchange.import_pages import FilePage, MappingPage
from ui.exchange.import_steps import RunPage, SummaryPage, ValidationPage

if TYPE_CHECKING:
    from salesdesk.store.db import Database

WIZARD_SIZE = QSize(980, 700)


class ImportWizard(QWizard):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = ImportJob(database)
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self.job)
        self.mapping_page = MappingPage(self.job)
        self.validation_page = ValidationPage(self.job)
        self.run_page = RunPage(self.job)
        self.summary_page = SummaryPage(self.job)
        for page in (
            self.file_page,
            self.mapping_page,
            self.validation_page,
            self.run_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.resize(WIZARD_SIZE)

    @property
    def data_changed(self) -> bool:
        return self.job.committed

    def reject(self) -> None:
        """Cancel during the import asks the import to stop and keeps the wizard open until
        it has rolled back, so the page can say that nothing was changed."""
        if self.run_page.running:
            self.run_page.cancel()
            return
        for page in (self.file_page, self.validation_page):
            page.stop_background_work()
        super().reject()

    @classmethod
    def run(cls, parent: QWidget | None, database: Database) -> bool:
        """Shows the wizard; True when an import was committed."""
        wizard = cls(database, parent)
        wizard.exec()
        return wizard.data_changed
