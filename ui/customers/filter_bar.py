"""The customer list's search box and filters. Typing is debounced: the query runs once the
user pauses, not on every keystroke."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.customers.query import NOT_OWNED, STATUSES, CustomerQuery
from salesdesk.customers.words import rfm_tier_names, status_names

if TYPE_CHECKING:
    from salesdesk.customers.detail import Choices

SEARCH_DELAY_MS = 200
ANY = None


class FilterBar(QWidget):
    """Search and filters; ``changed`` fires with the new query (and segment id, or None)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, code, contact, e-mail, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.textChanged.connect(self._timer.start)
        self.status = self._combo(self.tr("Status"))
        self.segment = self._combo(self.tr("Segment"))
        self.persona = self._combo(self.tr("Persona"))
        self.territory = self._combo(self.tr("Territory"))
        self.account_type = self._combo(self.tr("Account type"))
        self.owner = self._combo(self.tr("Owner"))
        self.tier = self._combo(self.tr("RFM tier"))
        self.quiet_days = QSpinBox()
        self.quiet_days.setRange(0, 3650)
        self.quiet_days.setSingleStep(30)
        self.quiet_days.setSpecialValueText(self.tr("Any days since sale"))
        self.quiet_days.setPrefix(self.tr("No sale for ≥ "))
        self.quiet_days.setSuffix(self.tr(" days"))
        self.quiet_days.setToolTip(self.tr("Only customers whose last sale is at least this old"))
        self.quiet_days.valueChanged.connect(self._timer.start)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self._fill_fixed_choices()
        self._lay_out()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _lay_out(self) -> None:
        first = QHBoxLayout()
        first.addWidget(self.search, 3)
        first.addWidget(self.status)
        first.addWidget(self.segment)
        first.addWidget(self.tier)
        first.addWidget(self.quiet_days)
        second = QHBoxLayout()
        for combo in (self.owner, self.territory, self.account_type, self.persona):
            second.addWidget(combo)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def _fill_fixed_choices(self) -> None:
        statuses = status_names()
        _fill(self.status, self.tr("All statuses"), [(s, statuses[s]) for s in STATUSES])
        _fill(self.tier, self.tr("All RFM tiers"), list(rfm_tier_names().items()))

    def set_choices(self, choices: Choices) -> None:
        """Fills the lists from the database, keeping what was chosen where it still exists."""
        _fill(self.segment, self.tr("All segments"), choices.segments)
        _fill(self.persona, self.tr("All personas"), choices.personas)
        territories = [(id_, "  " * depth + name) for id_, name, depth in choices.territories]
        _fill(self.territory, self.tr("All territories"), territories)
        _fill(self.account_type, self.tr("All account types"), choices.account_types)
        owners = [(NOT_OWNED, self.tr("No owner"))] + [(i, n) for i, n, _left in choices.members]
        _fill(self.owner, self.tr("All owners"), owners)

    def clear(self) -> None:
        self.search_for("")

    def search_for(self, text: str) -> None:
        """Every filter cleared and ``text`` searched for, in one query, at once."""
        blocked = [w.blockSignals(True) for w in self._inputs()]
        self.search.setText(text)
        self.quiet_days.setValue(0)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        for widget, was in zip(self._inputs(), blocked, strict=True):
            widget.blockSignals(was)
        self._timer.stop()
        self.changed.emit()

    def select_segment(self, segment_id: int) -> None:
        index = self.segment.findData(segment_id)
        if index >= 0:
            self.segment.setCurrentIndex(index)

    def _combos(self) -> list[QComboBox]:
        return [
            self.status,
            self.segment,
            self.persona,
            self.territory,
            self.account_type,
            self.owner,
            self.tier,
        ]

    def _inputs(self) -> list[QWidget]:
        return [self.search, self.quiet_days, *self._combos()]

    def query(self) -> CustomerQuery:
        """The filters as a query (the segment is added on the worker; see ``segment_id``)."""
        days = self.quiet_days.value()
        return CustomerQuery(
            search=self.search.text(),
            status=self.status.currentData(),
            persona_id=self.persona.currentData(),
            territory_id=self.territory.currentData(),
            account_type_id=self.account_type.currentData(),
            owner_member_id=self.owner.currentData(),
            rfm_tier=self.tier.currentData(),
            min_days_since_sale=days or None,
        )

    def segment_id(self) -> int | None:
        value = self.segment.currentData()
        return None if value is None else int(value)


def _fill(combo: QComboBox, everything: str, items: list[tuple[Any, str]]) -> None:
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, ANY)
    for value, name in items:
        combo.addItem(name, value)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(blocked)
