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
    # status and the reason (salesdesk.metrics.status)
    "to date": "на сегодня",
    # the glossary (salesdesk.metrics.glossary)
    "Average order value": "Средний чек",
    "Margin %": "Маржа, %",
    "Current customers": "Текущие клиенты",
    "Prospects": "Потенциальные клиенты",
    "Lost customers": "Потерянные клиенты",
    "Customers at risk": "Клиенты под угрозой",
    "Conversion rate": "Конверсия",
    "Growth": "Рост",
    "To date": "На сегодня",
    "Acquisition cost (CAC)": "Стоимость привлечения (CAC)",
    "Retention cost": "Стоимость удержания",
    "Customer lifetime value": "Пожизненная ценность клиента",
    "Revenue at stake": "Выручка под угрозой",
    "The sum of the sales lines' net amounts in the period; returns (negative lines) lower it.": (
        "Сумма строк продаж за период за вычетом скидок; возвраты (отрицательные строки)"
        " её уменьшают."
    ),
    "Distinct orders in the period whose lines add up to more than zero; a line without an "
    "order number is an order of its own.": (
        "Число разных заказов за период, сумма строк которых больше нуля; строка без номера"
        " заказа — отдельный заказ."
    ),
    "The quantities sold in the period, less those returned.": (
        "Количество, проданное за период, за вычетом возвращённого."
    ),
    "Revenue divided by orders.": "Выручка, делённая на число заказов.",
    "Revenue less cost, over the lines whose cost is known; unknown when no line has a cost.": (
        "Выручка минус себестоимость по строкам с известной себестоимостью; неизвестна, если"
        " себестоимость не указана ни в одной строке."
    ),
    "Gross margin as a share of the revenue of the lines whose cost is known.": (
        "Валовая прибыль как доля выручки строк с известной себестоимостью."
    ),
    "Customers with at least one purchase in the period.": (
        "Клиенты, сделавшие за период хотя бы одну покупку."
    ),
    "Customers whose first purchase falls in the period, counted with the member, channel "
    "and product of that first purchase.": (
        "Клиенты, чья первая покупка пришлась на период; каждый засчитывается сотруднику,"
        " каналу и товару этой первой покупки."
    ),
    "Customers whose last purchase lies within the last {window} days.": (
        "Клиенты, чья последняя покупка была в последние {window} дн."
    ),
    "Customers who have not bought yet.": "Клиенты, которые ещё ничего не купили.",
    "Customers current at the start of the period who are not current at its end: no "
    "purchase for {window} days, or marked lost.": (
        "Клиенты, текущие на начало периода и не текущие на его конец: нет покупок {window}"
        " дн. или отмечены как потерянные."
    ),
    "Current customers with no purchase for more than {quiet} days, or with a complaint or "
    "service ticket open for more than {complaint} days.": (
        "Текущие клиенты без покупок дольше {quiet} дн. или с жалобой или заявкой в сервис,"
        " открытой дольше {complaint} дн."
    ),
    "The share of the customers current at the start of the period who are still current "
    "at its end.": (
        "Доля клиентов, текущих на начало периода, которые остались текущими на его конец."
    ),
    "The share of the customers current at the start of the period who were lost by its "
    "end: 100% less the retention rate.": (
        "Доля клиентов, текущих на начало периода, потерянных к его концу: 100% минус удержание."
    ),
    "Prospects who made their first purchase in the period, as a share of the prospects at "
    "its start and the customers created in it.": (
        "Потенциальные клиенты, сделавшие первую покупку за период, как доля потенциальных"
        " клиентов на его начало и клиентов, заведённых за период."
    ),
    "The change against the previous period of equal length, or the same period a year earlier.": (
        "Изменение к предыдущему периоду той же длины или к тому же периоду год назад."
    ),
    "A period still running is measured up to today and compared with the same number of "
    "days of the earlier periods.": (
        "Незавершённый период считается по сегодняшний день и сравнивается с тем же числом"
        " дней прежних периодов."
    ),
    "Acquisition spend in the period divided by the new customers; per channel, by the new "
    "customers that channel acquired.": (
        "Затраты на привлечение за период, делённые на новых клиентов; по каналу — на новых"
        " клиентов, привлечённых этим каналом."
    ),
    "Retention spend in the period divided by the customers retained over it.": (
        "Затраты на удержание за период, делённые на удержанных за период клиентов."
    ),
    "Average yearly revenue per current customer × margin % × the expected lifetime in years "
    "(1 ÷ the yearly churn rate).": (
        "Средняя годовая выручка на текущего клиента × маржа, % × ожидаемый срок жизни в"
        " годах (1 ÷ годовой отток)."
    ),
    "Recency, frequency and money of the last 365 days, each scored 1 to 5 among the "
    "customers who bought in those days.": (
        "Давность, частота и сумма покупок за последние 365 дней; каждая оценена от 1 до 5"
        " среди клиентов, покупавших в эти дни."
    ),
    "What the customer bought in the last 365 days.": (
        "Сколько клиент купил за последние 365 дней."
    ),
    "The goal's actual so far divided by its target; for a lower-is-better goal, the target "
    "divided by the forecast.": (
        "Факт цели на сегодня, делённый на целевое значение; для цели «чем меньше, тем"
        " лучше» — целевое значение, делённое на прогноз."
    ),
}

PLURALS: dict[str, tuple[str, str, str]] = {
    "No purchase for {n} day, since {date}": (
        "Нет покупок {n} день, с {date}",
        "Нет покупок {n} дня, с {date}",
        "Нет покупок {n} дней, с {date}",
    ),
    "Complaint or ticket open for {n} day, since {date}": (
        "Жалоба или заявка открыта {n} день, с {date}",
        "Жалоба или заявка открыта {n} дня, с {date}",
        "Жалоба или заявка открыта {n} дней, с {date}",
    ),
}
