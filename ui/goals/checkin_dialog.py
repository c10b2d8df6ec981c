"""A check-in of a goal: the day, the value measured (for a manual metric) and a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ui.dialogs.buttons import ok_cancel
from ui.widgets.dates import date_edit, day_of


@dataclass(frozen=True)
class CheckinValues:
    day: date
    value: float | None
    note: str


class CheckinDialog(QDialog):
    def __init__(self, values: CheckinValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in"))
        self.day_edit = date_edit(values.day)
        self.has_value = QCheckBox(self.tr("Value measured:"))
        self.has_value.setChecked(values.value is not None)
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setRange(-1e12, 1e12)
        self.value_spin.setDecimals(2)
        self.value_spin.setValue(values.value or 0.0)
        self.value_spin.setEnabled(values.value is not None)
        self.has_value.toggled.connect(self.value_spin.setEnabled)
        self.note_edit = QLineEdit(values.note)
        self.note_edit.setMinimumWidth(320)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Date:"), self.day_edit)
        form.addRow(self.has_value, self.value_spin)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(buttons)

    def values(self) -> CheckinValues:
        return CheckinValues(
            day_of(self.day_edit),
            self.value_spin.value() if self.has_value.isChecked() else None,
            self.note_edit.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, values: CheckinValues) -> CheckinValues | None:
        dialog = cls(values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
