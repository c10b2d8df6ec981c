"""Importing customers, products and members files (SPEC §2, §8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.salesdesk.exchange.exchange_files import query, run_import, write_csv

CUSTOMERS = [
    ["Код", "Наименование", "Вид", "Тип клиента", "Регион", "Менеджер", "Канал привлечения",
     "Дата создания", "Контактное лицо", "Телефон", "Статус", "Причина потери"],
    ["K-1", "ООО Альфа", "юрлицо", "Корпоративный", "Россия/Центр", "Иван Петров", "Сайт",
     "15.03.2024", "Анна", "+7 900 000-00-00", "", ""],
    ["K-2", "Петров П. П.", "физлицо", "Частное лицо", "Центр", "Иван Петров", "", "", "", "",
     "потерян", "Переехал"],
    ["K-3", "Бета", "инопланетянин", "", "", "", "", "", "", "", "", ""],
]  # fmt: skip


def test_customers_with_russian_headers_and_words(empty_db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "customers.csv", CUSTOMERS, delimiter=";")
    summary = run_import(empty_db_path, path, "customers", on_error="skip")
    assert (summary.added, summary.rejected) == (2, 1)
    assert [(p.line, p.column) for p in summary.problems] == [(4, "Вид")]
    assert summary.problems[0].reason == "not one of company, person: инопланетянин"
    assert summary.created == {"account_type": 2, "channel": 1, "member": 1, "territory": 2}
    rows = query(
        empty_db_path,
        "SELECT c.code, c.kind, a.name, t.name, m.name, ch.name, ch.kind, c.created_on,"
        " c.contact_name, c.phone, c.status_override, c.lost_reason FROM customer c"
        " JOIN account_type a ON a.id = c.account_type_id"
        " JOIN territory t ON t.id = c.territory_id JOIN member m ON m.id = c.owner_member_id"
        " LEFT JOIN channel ch ON ch.id = c.acquisition_channel_id ORDER BY c.code",
    )
    today = dt.date.today().isoformat()
    assert rows == [
        ("K-1", "company", "Корпоративный", "Центр", "Иван Петров", "Сайт", "online",
         "2024-03-15", "Анна", "+7 900 000-00-00", None, None),
        ("K-2", "person", "Частное лицо", "Центр", "Иван Петров", None, None, today, None,
         None, "lost", "Переехал"),
    ]  # fmt: skip
    again = run_import(empty_db_path, path, "customers", on_error="skip")
    assert (again.added, again.duplicates, again.rejected) == (0, 2, 1)


def test_products_with_grouped_numbers_and_yes_no(empty_db_path: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "products.csv",
        [
            ["code", "name", "category", "unit cost", "list price", "active"],
            ["P-1", "Laptop", "Hardware/Laptops", "1,200.00", "1,999.90", "yes"],
            ["P-2", "Old mouse", "Hardware/Accessories", "5", "9.5", "no"],
        ],
    )
    summary = run_import(empty_db_path, path, "products")
    assert (summary.added, summary.created) == (2, {"category": 3})
    assert query(
        empty_db_path,
        "SELECT p.code, p.unit_cost, p.list_price, p.active, c.name FROM product p"
        " JOIN product_category c ON c.id = p.category_id ORDER BY p.code",
    ) == [("P-1", 120000, 199990, 1, "Laptops"), ("P-2", 500, 950, 0, "Accessories")]
    assert run_import(empty_db_path, path, "products").duplicates == 2


def test_members_report_to_someone_listed_later_by_name_or_email(
    empty_db_path: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "team.csv",
        [
            ["ФИО", "Должность", "Команда", "Руководитель", "E-mail", "Дата приёма",
             "Макс клиентов"],
            ["Иван Петров", "менеджер по продажам", "Москва", "Ольга Смирнова", "ivan@x.ru",
             "01.02.2024", "40"],
            ["Ольга Смирнова", "Руководитель отдела продаж", "", "", "", "", ""],
            ["Пётр Сидоров", "торговый представитель", "Москва", "IVAN@x.ru", "", "", ""],
            ["Мария Ким", "стажёр", "", "", "", "", ""],
        ],
    )  # fmt: skip
    summary = run_import(empty_db_path, path, "members", on_error="skip")
    assert (summary.added, summary.rejected, summary.created) == (3, 1, {"team": 1})
    assert summary.problems[0].line == 5
    assert query(
        empty_db_path,
        "SELECT m.name, m.role, t.name, boss.name, m.email, m.hired_on, m.capacity"
        " FROM member m LEFT JOIN team t ON t.id = m.team_id"
        " LEFT JOIN member boss ON boss.id = m.reports_to_id ORDER BY m.id",
    ) == [
        ("Иван Петров", "manager", "Москва", "Ольга Смирнова", "ivan@x.ru", "2024-02-01", 40),
        ("Ольга Смирнова", "head", None, None, None, None, None),
        ("Пётр Сидоров", "representative", "Москва", "Иван Петров", None, None, None),
    ]
    again = run_import(empty_db_path, path, "members", on_error="skip")
    assert (again.added, again.duplicates) == (0, 3)
