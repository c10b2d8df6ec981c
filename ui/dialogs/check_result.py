"""Tools > Check database: the result in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from salesdesk.db import CheckReport


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CheckResultDialog", text, None, n)


def summary(path: Path, report: CheckReport) -> str:
    """One or two sentences a sales manager understands, naming the file."""
    if report.healthy:
        return _tr(
            "{name} is healthy: the file is intact and every record it refers to exists."
        ).format(name=path.name)
    if report.problems:
        return _tr("{name} has %n problem(s).", len(report.problems)).format(name=path.name)
    return _tr("{name} uses data format {found}; this SalesDesk uses format {supported}.").format(
        name=path.name, found=report.schema_version, supported=report.supported_version
    )


def advice(report: CheckReport) -> str:
    if report.healthy:
        return _tr("Nothing needs to be done.")
    return _tr(
        "Keep working on a copy: restore the latest backup, or ask your administrator to "
        "look at the details below."
    )


class CheckResultDialog:
    @classmethod
    def show_report(cls, parent: QWidget | None, path: Path, report: CheckReport) -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(_tr("Check database"))
        box.setIcon(QMessageBox.Icon.Information if report.healthy else QMessageBox.Icon.Warning)
        box.setText(summary(path, report))
        box.setInformativeText(advice(report))
        if report.problems:
            box.setDetailedText("\n".join(report.problems))
        box.exec()
