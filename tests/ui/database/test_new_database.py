"""File > New: the currency must be an ISO 4217 code, and the dialog says why OK is greyed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.database.new_database import NewDatabaseDialog


def test_an_unknown_currency_is_refused_at_the_field_with_the_reason(qtbot: QtBot) -> None:
    dialog = NewDatabaseDialog()
    qtbot.addWidget(dialog)
    ok = dialog._buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.company_edit.setText("Northwind")
    dialog.currency_combo.setCurrentText("QQQ")
    assert not ok.isEnabled()
    assert dialog.currency_problem.text() == (
        "QQQ is not an ISO 4217 currency code such as RUB, USD or EUR."
    )
    dialog.currency_combo.setCurrentText("KZT")
    assert ok.isEnabled() and dialog.currency_problem.isHidden()
