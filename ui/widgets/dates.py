"""Date fields: a QDateEdit with its calendar, set from and read back as a Python date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def date_edit(day: date) -> QDateEdit:
    """A date field showing ``day``, with the calendar a click away."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    return edit


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    """The date a field shows."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())
