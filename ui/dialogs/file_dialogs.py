"""File choosers for databases and backups, behind classmethods tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _database_filter() -> str:
    return QCoreApplication.translate("FileDialogs", "SalesDesk databases (*.sqlite *.db)")


class FileDialogs:
    @classmethod
    def open_database(cls, parent: QWidget | None, directory: Path) -> Path | None:
        title = QCoreApplication.translate("FileDialogs", "Open database")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(directory), _database_filter())
        return Path(name) if name else None

    @classmethod
    def new_database(cls, parent: QWidget | None, directory: Path) -> Path | None:
        title = QCoreApplication.translate("FileDialogs", "New database")
        return cls._save(parent, title, directory / "sales.sqlite", _database_filter())

    @classmethod
    def backup_source(cls, parent: QWidget | None, directory: Path) -> Path | None:
        title = QCoreApplication.translate("FileDialogs", "Restore from backup")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(directory), _database_filter())
        return Path(name) if name else None

    @classmethod
    def backup_target(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        title = QCoreApplication.translate("FileDialogs", "Back up database")
        return cls._save(parent, title, suggested, _database_filter())

    @staticmethod
    def _save(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        # No overwrite question: the core refuses an existing file and says so, leaving it intact.
        options = QFileDialog.Option.DontConfirmOverwrite
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters, "", options)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix in (".sqlite", ".db") else path.with_name(path.name + ".sqlite")
