"""Someone else saved the same record first (SPEC §13, no lost update): their values and mine
side by side per changed field, and the user's choice of what happens to mine."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ConflictChoice(Enum):
    KEEP_THEIRS = "keep_theirs"  # drop my change, show theirs
    OVERWRITE = "overwrite"  # save mine over theirs
    EDIT_AGAIN = "edit_again"  # back to the editor with my values, now based on theirs


# one changed field: its label, their value, mine (as the user reads them)
Difference = tuple[str, str, str]


def differences(theirs: Mapping[str, str], mine: Mapping[str, str]) -> list[Difference]:
    """The fields whose text differs, in my fields' order: both sides as the form shows them,
    keyed by the field's label."""
    return [(label, theirs[label], text) for label, text in mine.items() if theirs[label] != text]


def shown_by_label(
    labels: Mapping[str, str], values: Mapping[str, Any], keys: Iterable[str], shown: ShownFn
) -> dict[str, str]:
    """``values`` of ``keys`` (those with a label) as the form shows them, keyed by label."""
    return {labels[key]: shown(key, values.get(key)) for key in keys if key in labels}


ShownFn = Callable[[str, Any], str]  # a field's value (by its key) as the form shows it


class ConflictDialog(QDialog):
    def __init__(self, differences: list[Difference], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = ConflictChoice.EDIT_AGAIN  # closing the window loses nothing
        intro = QLabel(
            self.tr("Someone else saved this record after you opened it. Your change is not "
                    "saved yet: choose which values to keep.")
        )  # fmt: skip
        intro.setWordWrap(True)
        table = QTableWidget(len(differences), 3)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs"), self.tr("Mine")])
        for row, cells in enumerate(differences):
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.verticalHeader().setMinimumSectionSize(28)  # room around one line of text
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(True)
        self.table = table
        buttons = QDialogButtonBox()
        self.buttons: dict[ConflictChoice, QPushButton] = {}
        for choice, text, role in (
            (ConflictChoice.KEEP_THEIRS, self.tr("Keep theirs"),
             QDialogButtonBox.ButtonRole.RejectRole),
            (ConflictChoice.OVERWRITE, self.tr("Overwrite with mine"),
             QDialogButtonBox.ButtonRole.DestructiveRole),
            (ConflictChoice.EDIT_AGAIN, self.tr("Edit again"),
             QDialogButtonBox.ButtonRole.AcceptRole),
        ):  # fmt: skip
            button = buttons.addButton(text, role)
            button.clicked.connect(lambda _=False, chosen=choice: self._choose(chosen))
            self.buttons[choice] = button
        self.buttons[ConflictChoice.EDIT_AGAIN].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 170 + 34 * min(len(differences), 10))
        table.resizeRowsToContents()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted)

    @classmethod
    def ask(cls, parent: QWidget, differences: list[Difference]) -> ConflictChoice:
        dialog = cls(differences, parent)
        dialog.exec()
        return dialog.choice
