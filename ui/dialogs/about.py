"""Help > About."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from salesdesk import __version__


def about_text() -> str:
    translate = QCoreApplication.translate
    return (
        f"<h3>SalesDesk {__version__}</h3>"
        + "<p>"
        + translate(
            "AboutDialog",
            "The desktop workbench of a head of sales: the team, the sales strategy, customers, "
            "SMART goals and PDF reports — offline, in one local file.",
        )
        + "</p><p>"
        + translate("AboutDialog", "Built with Qt for Python {qt} and Python {python}.").format(
            qt=PySide6.__version__, python=platform.python_version()
        )
        + "</p>"
    )


class AboutDialog:
    @classmethod
    def show_about(cls, parent: QWidget | None) -> None:
        """What ``QMessageBox.about`` shows, built here so that its ``exec`` can be watched."""
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About SalesDesk"))
        box.setText(about_text())
        box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
        box.exec()
