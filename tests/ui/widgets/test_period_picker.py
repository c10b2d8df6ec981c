"""PeriodPicker: units of today, previous/next across years and fiscal quarters, custom ranges.

"Today" is Saturday 28 November 2026 throughout; every expected range is worked out by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from salesdesk import i18n
from salesdesk.periods import Period

from ui.widgets.period_picker import PeriodPicker

TODAY = date(2026, 11, 28)


@pytest.fixture
def picker(qtbot: QtBot) -> PeriodPicker:
    widget = PeriodPicker(today=lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def _range(picker: PeriodPicker) -> tuple[date, date]:
    period = picker.period()
    return period.start, period.end


def test_starts_on_this_month(picker: PeriodPicker) -> None:
    assert _range(picker) == (date(2026, 11, 1), date(2026, 11, 30))
    assert picker.kind() == "month"
    assert picker._label.text() == "November 2026"


def test_next_month_crosses_into_the_new_year(qtbot: QtBot, picker: PeriodPicker) -> None:
    picker.next()
    assert _range(picker) == (date(2026, 12, 1), date(2026, 12, 31))
    with qtbot.waitSignal(picker.period_changed) as blocker:
        picker.next()
    assert (blocker.args[0].start, blocker.args[0].end) == (date(2027, 1, 1), date(2027, 1, 31))
    assert picker._label.text() == "January 2027"


def test_previous_calendar_quarter_and_back_across_the_year(picker: PeriodPicker) -> None:
    picker.set_kind("quarter")
    assert _range(picker) == (date(2026, 10, 1), date(2026, 12, 31))  # Q4 2026
    picker.next()
    assert _range(picker) == (date(2027, 1, 1), date(2027, 3, 31))  # Q1 2027
    assert picker._label.text() == "Q1 2027"
    picker.previous()
    picker.previous()
    assert _range(picker) == (date(2026, 7, 1), date(2026, 9, 30))  # Q3 2026


def test_fiscal_quarters_follow_a_year_starting_in_april(picker: PeriodPicker) -> None:
    picker.set_fiscal_start_month(4)
    picker.set_kind("quarter")
    # Fiscal 2026 runs 1 Apr 2026 - 31 Mar 2027; 28 Nov falls in its third quarter.
    assert _range(picker) == (date(2026, 10, 1), date(2026, 12, 31))
    assert picker._label.text() == "Q3 FY 2026/27"
    picker.next()
    assert _range(picker) == (date(2027, 1, 1), date(2027, 3, 31))
    assert picker._label.text() == "Q4 FY 2026/27"
    picker.next()  # the fiscal year turns in April, not in January
    assert _range(picker) == (date(2027, 4, 1), date(2027, 6, 30))
    assert picker._label.text() == "Q1 FY 2027/28"


def test_fiscal_year_and_the_one_before(picker: PeriodPicker) -> None:
    picker.set_fiscal_start_month(4)
    picker.set_kind("year")
    assert _range(picker) == (date(2026, 4, 1), date(2027, 3, 31))
    picker.previous()
    assert _range(picker) == (date(2025, 4, 1), date(2026, 3, 31))
    assert picker._label.text() == "FY 2025/26"


def test_a_new_fiscal_start_re_anchors_the_quarter(picker: PeriodPicker) -> None:
    picker.set_kind("quarter")  # Q4 2026: 1 Oct - 31 Dec
    picker.set_fiscal_start_month(2)
    # With years from February the quarters are Feb-Apr, May-Jul, Aug-Oct, Nov-Jan;
    # the quarter holding 1 Oct (the old start) is Aug-Oct.
    assert _range(picker) == (date(2026, 8, 1), date(2026, 10, 31))


def test_custom_range_steps_by_its_own_length(picker: PeriodPicker) -> None:
    picker.set_kind("custom")
    assert _range(picker) == (date(2026, 11, 1), date(2026, 11, 30))  # kept from the month
    picker.previous()  # 30 days ending on 31 Oct
    assert _range(picker) == (date(2026, 10, 2), date(2026, 10, 31))
    picker.next()
    picker.next()  # 30 days from 1 Dec
    assert _range(picker) == (date(2026, 12, 1), date(2026, 12, 30))


def test_editing_the_custom_dates(picker: PeriodPicker) -> None:
    from PySide6.QtCore import QDate

    picker.set_kind("custom")
    picker._from_edit.setDate(QDate(2026, 11, 10))
    assert _range(picker) == (date(2026, 11, 10), date(2026, 11, 30))
    # before the start: the range moves along, 21 days long as it was, not a single day
    picker._to_edit.setDate(QDate(2026, 11, 5))
    assert _range(picker) == (date(2026, 10, 16), date(2026, 11, 5))
    picker._from_edit.setDate(QDate(2026, 11, 20))  # past the end: the end moves along
    assert _range(picker) == (date(2026, 11, 20), date(2026, 12, 10))


def test_today_returns_to_the_unit_that_holds_today(picker: PeriodPicker) -> None:
    picker.set_kind("year")
    picker.previous()
    picker.previous()
    assert _range(picker) == (date(2024, 1, 1), date(2024, 12, 31))
    picker.go_to_today()
    assert picker.period() == Period.year(2026)


def test_today_moves_a_custom_range_to_end_today_keeping_its_length(
    picker: PeriodPicker,
) -> None:
    from PySide6.QtCore import QDate

    picker.set_kind("custom")
    picker._from_edit.setDate(QDate(2026, 3, 1))
    picker._to_edit.setDate(QDate(2026, 5, 29))  # 90 days of last spring
    picker.go_to_today()
    # the latest 90 days: 31 Aug - 28 Nov 2026, still a custom range
    assert _range(picker) == (date(2026, 8, 31), date(2026, 11, 28))
    assert picker.kind() == "custom"
    picker.next()  # 29 Nov - 27 Feb: it holds no today now ... and Today brings it back
    picker.go_to_today()
    assert _range(picker) == (date(2026, 8, 31), date(2026, 11, 28))


def test_today_keeps_a_custom_range_that_holds_today(picker: PeriodPicker) -> None:
    picker.set_kind("custom")  # 1 - 30 Nov 2026, today the 28th
    picker.go_to_today()
    assert _range(picker) == (date(2026, 11, 1), date(2026, 11, 30))


def test_the_date_fields_write_dates_as_the_labels_do(qtbot: QtBot) -> None:
    """ "Nov 1, 2026" in the field beside "Nov 1, 2026" on the dashboard, not "11/1/26"."""
    from salesdesk.formatting import format_date

    from ui.theme import SalesDeskStyle

    style, locale = SalesDeskStyle(), QLocale()
    try:
        for language in ("en", "ru"):
            QLocale.setDefault(QLocale(language))  # as ui.app.set_language does
            with i18n.language_set_to(language):
                picker = PeriodPicker(today=lambda: TODAY)
                qtbot.addWidget(picker)
                picker._from_edit.setStyle(style)  # polished by the application's style
                picker.set_kind("custom")
                assert picker._from_edit.text() == format_date(date(2026, 11, 1))
    finally:
        QLocale.setDefault(locale)


def test_arrow_buttons_are_labelled_for_everyone(picker: PeriodPicker) -> None:
    for button, text in (
        (picker._previous_button, "Previous period"),
        (picker._next_button, "Next period"),
    ):
        assert button.toolTip() == text
        assert button.accessibleName() == text
        assert not button.icon().isNull()
