"""The period picker shared by all sections: month / quarter / year / custom, previous / next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from salesdesk.periods import KINDS, Period

from ui.icons import icon


class PeriodPicker(QWidget):
    """Picks a :class:`Period`; calendar units follow the database's fiscal year start."""

    period_changed = Signal(object)  # Period

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._fiscal_start_month = 1
        self._period = Period.containing(today(), "month")
        self._build()
        self._show_period()

    # --- public API -------------------------------------------------------------------------

    def period(self) -> Period:
        return self._period

    def kind(self) -> str:
        return self._period.kind

    def set_kind(self, kind: str) -> None:
        """Switches to this month / quarter / year (of today), or to a custom range."""
        self._kind_combo.setCurrentIndex(KINDS.index(kind))

    def set_fiscal_start_month(self, month: int) -> None:
        """Re-anchors quarters and years on the fiscal year that starts in ``month``."""
        self._fiscal_start_month = month
        if self._period.kind in ("quarter", "year"):
            self._set_period(self._unit_containing(self._period.start, self._period.kind))

    def set_period(self, period: Period) -> None:
        self._set_period(period)

    def previous(self) -> None:
        self._set_period(self._period.previous())

    def next(self) -> None:
        self._set_period(self._period.next())

    def go_to_today(self) -> None:
        """The month, quarter or year that holds today. A custom range is kept when it holds
        today; else it moves to end today, as long as it was — as the arrows step it by its
        length: a manager who looked at some 90 days of last spring wants the latest 90 days,
        not a single day, nor a unit of the calendar they did not ask for."""
        today = self._today()
        if self._period.kind != "custom":
            self._set_period(self._unit_containing(today, self._period.kind))
        elif not self._period.contains(today):
            start = date.fromordinal(today.toordinal() - self._period.days + 1)
            self._set_period(Period(start, today))

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._kind_combo = QComboBox()
        for label in (self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Custom")):
            self._kind_combo.addItem(label)
        self._kind_combo.setToolTip(self.tr("Length of the period"))
        self._kind_combo.setAccessibleName(self.tr("Period length"))
        self._kind_combo.currentIndexChanged.connect(self._on_kind_chosen)
        self._previous_button = self._arrow_button(
            "go-previous", self.tr("Previous period"), self.previous
        )
        self._next_button = self._arrow_button("go-next", self.tr("Next period"), self.next)
        self._label = QLabel()
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setMinimumWidth(self._label.fontMetrics().horizontalAdvance("M" * 12))
        self._from_edit, self._to_edit = self._date_edit(), self._date_edit()
        self._from_edit.setAccessibleName(self.tr("First day"))
        self._to_edit.setAccessibleName(self.tr("Last day"))
        self._dash = QLabel("–")
        self._today_button = QToolButton()
        self._today_button.setText(self.tr("Today"))
        self._today_button.setToolTip(self.tr("Go to the period that contains today"))
        self._today_button.clicked.connect(self.go_to_today)
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (
            self._kind_combo,
            self._previous_button,
            self._label,
            self._from_edit,
            self._dash,
            self._to_edit,
            self._next_button,
            self._today_button,
        ):
            layout.addWidget(widget)

    def _arrow_button(self, icon_name: str, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(icon_name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._on_custom_dates_edited)
        return edit

    # --- reacting ---------------------------------------------------------------------------

    def _on_kind_chosen(self, index: int) -> None:
        kind = KINDS[index]
        if kind == self._period.kind:
            return
        if kind == "custom":
            self._set_period(Period(self._period.start, self._period.end))
        else:
            self._set_period(self._unit_containing(self._today(), kind))

    def _on_custom_dates_edited(self) -> None:
        if self._period.kind != "custom":
            return
        start, end = _day(self._from_edit.date()), _day(self._to_edit.date())
        if end < start:  # one end was moved past the other: the range moves, as long as it was
            span = timedelta(days=self._period.days - 1)
            if self.sender() is self._from_edit:
                end = start + span
            else:
                start = end - span
        self._set_period(Period(start, end))

    def _unit_containing(self, day: date, kind: str) -> Period:
        return Period.containing(day, kind, self._fiscal_start_month)

    def _set_period(self, period: Period) -> None:
        if period == self._period and period.kind == self._period.kind:
            return
        self._period = period
        self._show_period()
        self.period_changed.emit(period)

    def _show_period(self) -> None:
        period = self._period
        custom = period.kind == "custom"
        self._kind_combo.blockSignals(True)
        self._kind_combo.setCurrentIndex(KINDS.index(period.kind))
        self._kind_combo.blockSignals(False)
        self._label.setText(period.label())
        self._label.setVisible(not custom)
        for edit, day in ((self._from_edit, period.start), (self._to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
            edit.setVisible(custom)
        self._dash.setVisible(custom)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
