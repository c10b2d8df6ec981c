"""Russian for periods, metrics and the ``kpi`` command."""

# Month names after "к" ("к ноябрю 2026"): Babel has the nominative and genitive only.
MONTHS_DATIVE = (
    "январю", "февралю", "марту", "апрелю", "маю", "июню",
    "июлю", "августу", "сентябрю", "октябрю", "ноябрю", "декабрю",
)  # fmt: skip

MESSAGES = {
    # periods
    "{text!r} is not a period; use 2026-Q3, 2026-07 or 2026": "{text!r} — не период; используйте 2026-Q3, 2026-07 или 2026",
    "FY {first}/{second}": "ФГ {first}/{second}",
    "Q{q} {year}": "{q} кв. {year}",
    # metrics
    "(not set)": "(не указано)",
    # the kpi command
    "sales KPIs per member, team, territory, product, month...": "показатели продаж по сотрудникам, командам, территориям, товарам, месяцам...",
    "Revenue, orders, units, buying and new customers, average order value and gross margin, "
    "in total or per group. Money is in major units (e.g. roubles) with 2 decimals. Without "
    "--from and --to the period runs from the first to the last sale in the database.": "Выручка, заказы, количество, покупавшие и новые клиенты, средний чек и валовая "
    "прибыль — всего или по группам. Деньги — в основных единицах (например, в рублях) "
    "с 2 знаками после запятой. Без --from и --to период — от первой до последней "
    "продажи в базе.",
    "one row per group of this kind": "по строке на каждую группу такого вида",
    "first day, YYYY-MM-DD (default: the date of the first sale)": "первый день, ГГГГ-ММ-ДД (по умолчанию — дата первой продажи)",
    "last day, YYYY-MM-DD (default: the date of the last sale)": "последний день, ГГГГ-ММ-ДД (по умолчанию — дата последней продажи)",
    "output format": "формат вывода",
    "--to ({end}) is before --from ({start})": "--to ({end}) раньше, чем --from ({start})",
    "Group": "Группа",
    "Revenue": "Выручка",
    "Orders": "Заказы",
    "Units": "Количество",
    "Buying customers": "Покупавшие клиенты",
    "New customers": "Новые клиенты",
    "Avg order value": "Средний чек",
    "Gross margin": "Валовая прибыль",
    "Total": "Итого",
    "{period}, money in {currency}": "{period}, деньги в {currency}",
    # comparisons (salesdesk.metrics.comparison)
    "vs {period}": "к {period}",
    "vs {period} to date": "к {period} за те же дни",
    "{period} to date": "{period}, с начала по сегодня",
}
