"""Message boxes behind classmethods, the seams tests patch to answer them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def question(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """True when the user answers Yes; No is the default, so Enter never confirms."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class Confirm(QMessageBox):
    """A yes/no question before an edit that takes other records with it; Cancel is the
    default, so Enter never deletes."""

    def __init__(self, title: str, text: str, detail: str, parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Question, title, text, parent=parent)
        self.setInformativeText(detail)
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, detail: str = "") -> bool:
        answer = cls(title, text, detail, parent).exec()
        return answer == QMessageBox.StandardButton.Yes


class AskFirst(QMessageBox):
    """Before a risky action: what is odd about it, one reason a line, and two buttons — do
    it anyway, or go back. Going back is the default (Enter) and the escape (Esc)."""

    def __init__(
        self,
        title: str,
        text: str,
        reasons: Sequence[str],
        proceed: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QMessageBox.Icon.Warning, title, text, parent=parent)
        self.setInformativeText("\n".join(f"• {reason}" for reason in reasons))
        self.proceed_button = self.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
        self.back_button = self.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        reasons: Sequence[str],
        proceed: str,
    ) -> bool:
        """True when the user chose ``proceed``."""
        box = cls(title, text, reasons, proceed, parent)
        box.exec()
        return box.clickedButton() is box.proceed_button
