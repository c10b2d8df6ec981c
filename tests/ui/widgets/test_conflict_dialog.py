"""The dialog of a save over someone else's newer change (ui/dialogs/conflict.py): theirs and
mine per field, and one button per choice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from ui.dialogs.conflict import ConflictChoice, ConflictDialog


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_each_button_gives_its_choice(qtbot, choice: ConflictChoice) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog([("Notes", "Theirs", "Mine"), ("Phone", "—", "+1 555 0100")])
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = [[table.item(row, column).text() for column in range(3)] for row in range(2)]
    assert cells == [["Notes", "Theirs", "Mine"], ["Phone", "—", "+1 555 0100"]]
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons[choice].click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice is choice


def test_closing_the_window_loses_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog([("Notes", "Theirs", "Mine")])
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.choice is ConflictChoice.EDIT_AGAIN
