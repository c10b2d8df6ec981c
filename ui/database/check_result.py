"""Tools > Check database: the result in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from salesdesk.store.db import CheckReport


class CheckResultDialog(QMessageBox):
    def __init__(self, path: Path, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check database"))
        self.setIcon(QMessageBox.Icon.Information if report.healthy else QMessageBox.Icon.Warning)
        self.setText(self.summary(path, report))
        self.setInformativeText(self.advice(report))
        if report.problems:
            self.setDetailedText("\n".join(report.problems))

    def summary(self, path: Path, report: CheckReport) -> str:
        """One sentence a sales manager understands, naming the file."""
        if report.healthy:
            return self.tr(
                "{name} is healthy: the file is intact and every record it refers to exists."
            ).format(name=path.name)
        if report.problems:
            count = len(report.problems)
            return self.tr("{name} has %n problem(s).", "", count).format(name=path.name)
        return self.tr(
            "{name} uses data format {found}; this SalesDesk uses format {supported}."
        ).format(name=path.name, found=report.schema_version, supported=report.supported_version)

    def advice(self, report: CheckReport) -> str:
        if report.healthy:
            return self.tr("Nothing needs to be done.")
        return self.tr(
            "Make no more changes in this file: restore the latest backup, or ask your "
            "administrator to look at the details."
        )

    @classmethod
    def show_report(cls, parent: QWidget | None, path: Path, report: CheckReport) -> None:
        cls(path, report, parent).exec()
