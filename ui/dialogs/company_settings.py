"""Tools > Company settings: the settings stored in the database (SPEC §3a Settings), which
every view and report reads — the retention window, the at-risk and complaint days, the month
the fiscal year starts in and where the currency symbol goes.

Each value is checked by the core (:meth:`salesdesk.settings.CompanySettings.changed`) and a
refusal shows at its field. Saving is one undoable edit on the database's writer; the window
then reads the settings again and refreshes the views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from salesdesk.errors import FieldError
from salesdesk.formatting import month_names

from ui.dialogs.buttons import ok_cancel
from ui.dialogs.messages import Messages
from ui.dialogs.saving import save_and_close
from ui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from salesdesk.settings import CompanySettings

    from ui.undo import EditCommand

# Saves the changed settings: returns the pushed edit, whose outcome the dialog waits for.
SaveFn = Callable[[dict[str, Any]], "EditCommand | None"]
DAYS_MAX = 9999  # beyond every rule: the core says what the limit is


class CompanySettingsDialog(QDialog):
    def __init__(
        self, current: CompanySettings, save: SaveFn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Company settings"))
        self._current, self._save = current, save
        self.errors = FieldErrors()
        days = self.tr(" days")
        self.retention_spin = _days(current.retention_window_days, days)
        self.at_risk_spin = _days(current.at_risk_days, days)
        self.complaint_spin = _days(current.complaint_days, days)
        self.fiscal_combo = QComboBox()
        for month, name in enumerate(month_names(), start=1):
            self.fiscal_combo.addItem(name, month)
        self.fiscal_combo.setCurrentIndex(current.fiscal_year_start_month - 1)
        self.position_combo = QComboBox()
        for position, label in (
            ("language", self.tr("As the language writes it")),
            ("before", self.tr("Before the amount")),
            ("after", self.tr("After the amount")),
        ):
            self.position_combo.addItem(label, position)
        self.position_combo.setCurrentIndex(
            max(self.position_combo.findData(current.currency_position), 0)
        )
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        wrap = self.errors.wrap
        for label, name, field, tip in (
            (
                self.tr("Retention window:"),
                "retention_window_days",
                self.retention_spin,
                self.tr("A customer is current while their last purchase is this recent."),
            ),
            (
                self.tr("At risk after:"),
                "at_risk_days",
                self.at_risk_spin,
                self.tr("A current customer who has not bought for longer is at risk."),
            ),
            (
                self.tr("Complaints put at risk after:"),
                "complaint_days",
                self.complaint_spin,
                self.tr("A complaint or ticket open for longer puts the customer at risk."),
            ),
            (
                self.tr("Fiscal year starts in:"),
                "fiscal_year_start_month",
                self.fiscal_combo,
                self.tr("Quarters and years of the period picker and the reports follow it."),
            ),
            (
                self.tr("Currency symbol:"),
                "currency_position",
                self.position_combo,
                "",
            ),
        ):
            field.setToolTip(tip)
            form.addRow(label, wrap(name, field))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        """The settings of the form, by name."""
        return {
            "retention_window_days": self.retention_spin.value(),
            "at_risk_days": self.at_risk_spin.value(),
            "complaint_days": self.complaint_spin.value(),
            "fiscal_year_start_month": self.fiscal_combo.currentData(),
            "currency_position": self.position_combo.currentData(),
        }

    def changes(self) -> dict[str, Any]:
        """The settings the form changes, by name."""
        return {k: v for k, v in self.values().items() if getattr(self._current, k) != v}

    def accept(self) -> None:
        """Refuses at the field what the core refuses; saves the rest as one edit."""
        changes = self.changes()
        try:  # every value, as one depends on another (the at-risk days on the window)
            self._current.changed(**self.values())
        except FieldError as error:
            self.errors.show([(error.field, str(error))])
            return
        self.errors.clear()
        if not changes:
            super().accept()
            return
        save_and_close(self, self.buttons, lambda: self._save(changes), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, FieldError) and self.errors.has(error.field):
            self.errors.show([(error.field, str(error))])
            return
        Messages.error(
            self,
            self.tr("Company settings"),
            self.tr("The settings were not saved: {error}").format(error=error),
        )

    @classmethod
    def edit(cls, parent: QWidget | None, current: CompanySettings, save: SaveFn) -> bool:
        """Opens the dialog; True when changed settings were saved."""
        return cls(current, save, parent).exec() == QDialog.DialogCode.Accepted


def _days(value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, DAYS_MAX)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin
