"""Money fields write the currency symbol where the figures put it ("$1,000.00",
"1 000,00 ₽"), so that a field and the number it becomes read alike."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from salesdesk.formatting import currency_affixes


def show_currency(spin: QDoubleSpinBox, currency: str) -> None:
    before, after = currency_affixes(currency)
    spin.setPrefix(before)
    spin.setSuffix(after)
