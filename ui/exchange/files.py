"""The file choosers of import and export, behind classmethods that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

EXPORT_SUFFIXES = (".xlsx", ".csv")


class ExchangeFiles:
    @classmethod
    def import_source(cls, parent: QWidget | None, directory: Path) -> Path | None:
        filters = ";;".join(
            (
                QCoreApplication.translate(
                    "ExchangeFiles", "Tables (*.csv *.xlsx *.xlsm *.txt *.tsv)"
                ),
                QCoreApplication.translate("ExchangeFiles", "All files (*)"),
            )
        )
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ExchangeFiles", "Import from file"),
            str(directory),
            filters,
        )
        return Path(name) if name else None

    @classmethod
    def export_target(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        filters = ";;".join(
            (
                QCoreApplication.translate("ExchangeFiles", "Excel workbook (*.xlsx)"),
                QCoreApplication.translate("ExchangeFiles", "CSV, comma-separated (*.csv)"),
            )
        )
        chosen = filters.split(";;")[suggested.suffix.lower() == ".csv"]
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExchangeFiles", "Export to file"),
            str(suggested),
            filters,
            chosen,
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() in EXPORT_SUFFIXES:
            return path
        return path.with_name(path.name + (".csv" if "*.csv" in chosen else ".xlsx"))


class MappingNameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        """The name to save a mapping under; None when the user cancelled."""
        name, accepted = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ExchangeFiles", "Save mapping"),
            QCoreApplication.translate("ExchangeFiles", "Save this mapping as:"),
            QLineEdit.EchoMode.Normal,
            suggested,
        )
        return name.strip() or None if accepted else None
