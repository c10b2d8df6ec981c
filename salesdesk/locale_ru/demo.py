"""Russian for the demo database generator and the ``demo`` command.

The demo data itself is written in Russian by :mod:`salesdesk.demo.content_ru`; this
catalogue holds only the messages around it.
"""

MESSAGES = {
    "create a demo database": "создать демонстрационную базу",
    "Creates a demo database: a sales department with teams, territories, products, "
    "customers, three years of sales, interactions, competitors, personas, segments and "
    "goals, in the chosen language. The same seed and sizes always give the same data. The "
    "default size ({customers} customers, {sales} sales lines) takes a few seconds; 1000000 "
    "customers and 10000000 lines take about a minute.": "Создаёт демонстрационную базу: отдел продаж с командами, территориями, товарами, "
    "клиентами, продажами за три года, контактами, конкурентами, портретами клиентов, "
    "сегментами и целями — на выбранном языке. Одинаковые зерно и размеры всегда дают "
    "одинаковые данные. Размер по умолчанию ({customers} клиентов, {sales} строк продаж) "
    "создаётся за несколько секунд; 1000000 клиентов и 10000000 строк — примерно за "
    "минуту.",
    "random seed (default 1)": "зерно случайных чисел (по умолчанию 1)",
    "number of customers (default {n})": "число клиентов (по умолчанию {n})",
    "number of sales lines (default {n})": "число строк продаж (по умолчанию {n})",
    "language of the demo data and of messages": "язык демонстрационных данных и сообщений",
    "replace an existing SalesDesk database (it stays until the new one is complete)": "заменить существующую базу SalesDesk (она остаётся, пока новая не готова)",
    "{text!r} is not a whole number": "{text!r} — не целое число",
    "must be at least {n}": "должно быть не меньше {n}",
    "Created the demo database {path}: {members} team members, {customers} customers, "
    "{orders} orders with {lines} sales lines.": "Создана демонстрационная база {path}: сотрудников — {members}, клиентов — "
    "{customers}, заказов — {orders}, строк продаж — {lines}.",
    "The demo database was not created: cancelled.": "Демонстрационная база не создана: отменено.",
    "Planning the department and its customers": "Планирование отдела и клиентов",
    "Writing customers": "Запись клиентов",
    "Writing sales": "Запись продаж",
    "Writing interactions and marketing spend": "Запись контактов и маркетинговых затрат",
    "Building indexes": "Построение индексов",
    "Finishing": "Завершение",
}
