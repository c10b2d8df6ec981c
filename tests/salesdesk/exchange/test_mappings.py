"""Saved import mappings: kept per kind under a name, replaced by saving again."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.exchange.mappings import delete_mapping, save_mapping, saved_mappings
from salesdesk.store.db import open_database


def test_mappings_are_saved_per_kind_replaced_and_deleted(empty_db_path: Path) -> None:
    with open_database(empty_db_path) as database:
        save_mapping(database, "1C", "sales", {"Дата": "date", "Контрагент": "customer_name"})
        save_mapping(database, "CRM", "sales", {"Date": "date"}, date_format="%d/%m/%Y")
        save_mapping(database, "1C", "customers", {"Код": "code"})
        save_mapping(database, "1C", "sales", {"Дата": "date", "Сумма": "amount"})

        sales = {m.name: m for m in saved_mappings(database, "sales")}
        assert sorted(sales) == ["1C", "CRM"]
        assert sales["1C"].columns == {"Дата": "date", "Сумма": "amount"}
        assert sales["1C"].date_format is None
        assert sales["CRM"].date_format == "%d/%m/%Y"
        assert saved_mappings(database, "sales")[0].name == "1C"  # saved last, offered first
        assert [m.columns for m in saved_mappings(database, "customers")] == [{"Код": "code"}]

        delete_mapping(database, "1C", "sales")
        assert [m.name for m in saved_mappings(database, "sales")] == ["CRM"]
        assert saved_mappings(database, "members") == []


def test_a_mapping_to_an_unknown_field_is_not_saved(empty_db_path: Path) -> None:
    with open_database(empty_db_path) as database:
        with pytest.raises(ValueError, match="revenue"):
            save_mapping(database, "bad", "sales", {"Сумма": "revenue"})
        assert saved_mappings(database, "sales") == []
