"""Costs, returns and disagreeing lines in a sales file (SPEC §3a, §8), worked out by hand."""

from __future__ import annotations

from pathlib import Path

from salesdesk import i18n
from salesdesk.exchange import summary_notes
from tests.salesdesk.exchange.exchange_files import query, run_import, write_csv

HEADER = ["line_ref", "date", "customer_code", "customer_name", "territory", "account_type",
          "product_code", "quantity", "unit_price", "amount", "unit_cost", "profit"]  # fmt: skip
LINES = [
    # 0.7 x 1.65 = 1.155 -> 1.16; unit cost 1.10 x 0.7 = 0.77
    ["L1", "2026-02-01", "C1", "Alpha", "Moscow", "Corporate", "P1", "0.7", "1.65", "", "1.10",
     ""],
    # cost = amount - profit = 200.00 - 35.50
    ["L2", "2026-02-02", "C1", "Alpha", "Tver", "Small business", "P2", "2", "100", "200.00",
     "", "35.50"],
    # a return of one P2: no cost given, none known for P2 (its first line gave a profit)
    ["L3", "2026-02-03", "C1", "Alpha", "Moscow", "Corporate", "P2", "-1", "100", "-100.00",
     "", ""],
    # another customer, whose second line names another territory too
    ["L4", "2026-02-03", "C2", "Beta", "Kazan", "Corporate", "P1", "1", "1.65", "", "", ""],
    ["L5", "2026-02-04", "C2", "Beta", "Samara", "Corporate", "P1", "1", "1.65", "", "", ""],
]  # fmt: skip


def test_amounts_and_costs_from_unit_cost_profit_and_the_catalogue(
    empty_db_path: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "sales.csv", [HEADER, *LINES])
    summary = run_import(empty_db_path, path, "sales")
    assert summary.committed and summary.added == 5
    lines = query(empty_db_path, "SELECT line_ref, amount, cost FROM sale ORDER BY line_ref")
    assert lines == [
        ("L1", 116, 77),
        ("L2", 20000, 16450),
        ("L3", -10000, None),
        # P1 was created by L1 with the unit cost of its line, 1.10: 1 x 1.10
        ("L4", 165, 110),
        ("L5", 165, 110),
    ]
    assert summary.returns == 1


def test_the_summary_says_what_was_odd(empty_db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "sales.csv", [HEADER, *LINES])
    summary = run_import(empty_db_path, path, "sales")
    # Alpha: Moscow, then Tver; Beta: Kazan, then Samara. Alpha: Corporate, then Small business
    assert summary.conflicts["territory"].customers == 2
    assert summary.conflicts["territory"].example == ("Alpha (C1)", "Moscow", "Tver")
    assert summary.conflicts["account_type"].customers == 1
    # the first line's territory is kept
    kept = query(
        empty_db_path,
        "SELECT c.code, t.name FROM customer c JOIN territory t ON t.id = c.territory_id"
        " ORDER BY c.code",
    )
    assert kept == [("C1", "Moscow"), ("C2", "Kazan")]
    assert summary_notes(summary) == [
        "1 line is a return (a negative amount): it lowers revenue but is no order.",
        "2 customers' lines named more than one territory; the first was kept"
        " (e.g. Alpha (C1): Moscow, also Tver).",
        "1 customer's lines named more than one account type; the first was kept"
        " (e.g. Alpha (C1): Corporate, also Small business).",
    ]
    with i18n.language_set_to("ru"):
        assert summary_notes(summary)[0].startswith("1 строка — возврат")
