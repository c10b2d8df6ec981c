"""The first-start offer of a demo database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemoOffer", text)


class DemoOffer:
    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        """True when the user wants the demo database created at ``path``."""
        box = QMessageBox(parent)
        box.setWindowTitle(_tr("Welcome to SalesDesk"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(_tr("Create a demo database to explore SalesDesk?"))
        box.setInformativeText(
            _tr(
                "It holds an invented company with a sales team, customers and two years of "
                "sales. It is saved as {path}; your own data can go into a new database any time."
            ).format(path=path)
        )
        create = box.addButton(_tr("Create demo database"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(create)
        box.exec()
        return box.clickedButton() is create
