"""File > New: the company name and currency of a new database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from salesdesk import i18n
from salesdesk.formatting import is_currency_code

from ui.dialogs.buttons import ok_cancel
from ui.widgets.labels import mute

CURRENCIES = ("RUB", "USD", "EUR", "KZT", "BYN", "UZS", "CNY", "GBP")


@dataclass(frozen=True)
class NewDatabaseChoice:
    company: str
    currency: str


class NewDatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New database"))
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText(self.tr("e.g. Northwind Trading"))
        self.company_edit.setMinimumWidth(300)
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.setCurrentText("RUB" if i18n.language() == "ru" else "USD")
        # ISO 4217: three capital letters; the money of the whole database is kept in it.
        self.currency_combo.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Z]{3}"), self)
        )
        self.currency_combo.setToolTip(self.tr("All amounts of this database are in it."))
        self._buttons = ok_cancel(self)
        self.company_edit.textChanged.connect(self._update_ok)
        self.currency_combo.editTextChanged.connect(self._update_ok)
        # why OK is greyed out, under the field that causes it
        self.currency_problem = QLabel()
        self.currency_problem.setWordWrap(True)
        mute(self.currency_problem)
        form = QFormLayout(self)
        form.addRow(self.tr("Company name:"), self.company_edit)
        form.addRow(self.tr("Currency:"), self.currency_combo)
        form.addRow("", self.currency_problem)
        form.addRow(self._buttons)
        self._update_ok()

    def choice(self) -> NewDatabaseChoice:
        return NewDatabaseChoice(
            self.company_edit.text().strip(), self.currency_combo.currentText().strip()
        )

    def _update_ok(self) -> None:
        choice = self.choice()
        known = is_currency_code(choice.currency)
        self.currency_problem.setText(
            ""
            if known
            else self.tr("{code} is not an ISO 4217 currency code such as RUB, USD or EUR.").format(
                code=choice.currency or "…"
            )
        )
        self.currency_problem.setVisible(not known)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(choice.company) and known)

    @classmethod
    def ask(cls, parent: QWidget | None) -> NewDatabaseChoice | None:
        dialog = cls(parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
