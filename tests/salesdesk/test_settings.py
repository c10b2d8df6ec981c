"""The company's settings in the database (SPEC §3a Settings): typed defaults, checks naming
the field, logged saves whose undo is a save of what they return, and every figure using
them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from salesdesk import i18n
from salesdesk.errors import FieldError
from salesdesk.formatting import currency_position_set_to, format_money
from salesdesk.metrics.customer_counts import at_risk_count
from salesdesk.metrics.glossary import definition
from salesdesk.metrics.status import StatusRules
from salesdesk.settings import DEFAULTS, load_settings, save_settings
from salesdesk.store.changes import undo
from salesdesk.store.db import open_database
from salesdesk.store.editing import change_history
from tests.salesdesk.metrics import metric_fixture as fx


def test_a_new_database_has_the_defaults(empty_db_path: Path) -> None:
    with open_database(empty_db_path) as database, database.read() as conn:
        settings = load_settings(conn)
    assert (settings.retention_window_days, settings.at_risk_days) == (365, 90)
    assert (settings.complaint_days, settings.currency_position) == (14, "language")
    assert (DEFAULTS.complaint_days, DEFAULTS.fiscal_year_start_month) == (14, 1)
    # the file is created with the defaults the core falls back on
    assert replace(settings, company_name="", currency="RUB", report_language="en") == DEFAULTS


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"retention_window_days": 0}, "retention_window_days"),
        ({"at_risk_days": 400}, "at_risk_days"),  # beyond the 365-day window
        ({"complaint_days": -1}, "complaint_days"),
        ({"fiscal_year_start_month": 13}, "fiscal_year_start_month"),
        ({"currency_position": "middle"}, "currency_position"),
        ({"currency": "rub"}, "currency"),
    ],
)
def test_a_bad_value_is_refused_at_its_field(
    empty_db_path: Path, changes: dict[str, object], field: str
) -> None:
    with (
        open_database(empty_db_path) as database,
        database.write() as conn,
        pytest.raises(FieldError) as refused,
    ):
        save_settings(conn, changes)
    assert refused.value.field == field


def test_saving_is_logged_and_undone_like_any_edit(tmp_path: Path) -> None:
    path = fx.create_metric_database(tmp_path / "settings.sqlite")
    with open_database(path) as database:
        with database.write() as conn:
            change = save_settings(conn, {"complaint_days": 30, "currency_position": "after"})
            (step,) = change
            assert step.before == {"complaint_days": 14, "currency_position": "language"}
            logged = {e["field"] for e in change_history(conn, "settings", 1)}
            assert logged == {"complaint_days", "currency_position"}
        with database.read() as conn:
            # KAPPA's complaint of 1 March is 30 days old on 31 March: no longer old enough
            assert at_risk_count(conn, date(2025, 3, 31)) == 1  # IOTA only
            assert "open for more than 30 days" in definition("at_risk", StatusRules.load(conn))
        with database.write() as conn:
            undo(conn, change)
        with database.read() as conn:
            assert at_risk_count(conn, date(2025, 3, 31)) == 2
            assert load_settings(conn).currency_position == "language"


def test_the_currency_symbol_goes_where_the_setting_says() -> None:
    with i18n.language_set_to("en"):
        assert format_money(123456, "USD") == "$1,234.56"
        with currency_position_set_to("after"):
            assert format_money(123456, "USD") == "1,234.56\xa0$"
    with i18n.language_set_to("ru"), currency_position_set_to("before"):
        assert format_money(123456, "RUB") == "₽1\xa0234,56"
