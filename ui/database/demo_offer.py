"""The first-start offer of a demo database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class DemoOffer(QMessageBox):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to SalesDesk"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(self.tr("Create a demo database to explore SalesDesk?"))
        self.setInformativeText(
            self.tr(
                "It holds an invented company with its sales team, customers and sales. "
                "It is saved as {path}; your own data can go into a new database any time."
            ).format(path=path)
        )
        self.create_button = self.addButton(
            self.tr("Create demo database"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.create_button)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        """True when the user wants the demo database created at ``path``."""
        box = cls(path, parent)
        box.exec()
        return box.clickedButton() is box.create_button
