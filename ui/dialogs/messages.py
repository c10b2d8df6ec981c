"""Message boxes behind classmethods, the one seam tests patch to answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)
