"""Russian for the PDF reports, their charts and the ``report`` command."""

MESSAGES = {
    # registry and page frame
    "Team report": "Отчёт по команде",
    "page {number} of {total}": "стр. {number} из {total}",
    "Generated {when}": "Сформирован {when}",
    "Whole company": "Вся компания",
    "The report font {path} is missing; reinstall SalesDesk.": "Нет шрифта для отчётов {path}; переустановите SalesDesk.",
    "Team: {name}": "Команда: {name}",
    "Member: {name}": "Сотрудник: {name}",
    "Territory: {name}": "Территория: {name}",
    "Account type: {name}": "Тип клиента: {name}",
    "Category: {name}": "Категория: {name}",
    "Product: {name}": "Товар: {name}",
    "Channel: {name}": "Канал: {name}",
    # team report
    "Key figures": "Ключевые показатели",
    "Revenue by month against a year earlier": "Выручка по месяцам в сравнении с прошлым годом",
    "Teams and members": "Команды и сотрудники",
    "Revenue by member": "Выручка по сотрудникам",
    "Revenue": "Выручка",
    "Orders": "Заказы",
    "Average order value": "Средний чек",
    "New customers": "Новые клиенты",
    "Lost customers": "Потерянные клиенты",
    "Retention rate": "Удержание клиентов",
    "{change} vs previous period": "{change} к пред. периоду",
    "{change} vs a year earlier": "{change} к прошлому году",
    "Previous period: {previous}; a year earlier: {year_ago}.": "Предыдущий период: {previous}; год назад: {year_ago}.",
    "Compared with {period}.": "Сравнение с периодом {period}.",
    "{points} pp": "{points} п. п.",
    "The {shown} members with the most revenue; {total} members had sales.": (
        "{shown} сотрудников с наибольшей выручкой; всего с продажами: {total}."
    ),
    "Member": "Сотрудник",
    "Growth": "Рост",
    "Goal attainment": "Выполнение целей",
    "Current accounts": "Текущие клиенты",
    "Average order": "Средний чек",
    "Team total": "Итого по команде",
    "No team": "Вне команд",
    "No teams or members yet.": "Команд и сотрудников пока нет.",
    "Lead: {name}": "Руководитель: {name}",
    "{name} (left {date})": "{name} (дата ухода: {date})",
    # charts
    "This year": "Этот год",
    "A year earlier": "Годом ранее",
    "No sales in this period": "Нет продаж за этот период",
    "{value}bn": "{value} млрд",
    "{value}M": "{value} млн",
    "{value}K": "{value} тыс.",
    # the report command
    "write a PDF report": "записать отчёт в PDF",
    "which report": "какой отчёт",
    "the PDF file to write": "файл PDF, который записать",
    "first day": "первый день",
    "last day": "последний день",
    "2026-Q3, 2026-07 or 2026 (default: the current quarter)": "2026-Q3, 2026-07 или 2026 (по умолчанию — текущий квартал)",
    "the report's language (default: the database's setting)": "язык отчёта (по умолчанию — из настроек базы)",
    "paper size": "формат бумаги",
    "give either --period or --from and --to, not both": "укажите либо --period, либо --from и --to, но не всё сразу",
    "--from and --to go together": "--from и --to указываются вместе",
    "--to is before --from": "--to раньше, чем --from",
    "The folder {path} does not exist.": "Папки {path} нет.",
    "Cannot write {path}: {error}": "Не удалось записать {path}: {error}",
    "Wrote {path}: {scope}.": "Записан файл {path}: {scope}.",
    # the glossary page and the comparison note
    "Glossary": "Словарь показателей",
    "Term": "Показатель",
    "{period} to date ({days}), against the same days of {previous}.": (
        "{period} на сегодня ({days}) в сравнении с теми же днями периода «{previous}»."
    ),
    "{period} to date ({days}), against the same days of {previous} and, a year earlier, of "
    "{year_ago}.": (
        "{period} на сегодня ({days}) в сравнении с теми же днями периода «{previous}» и,"
        " годом ранее, «{year_ago}»."
    ),
    (
        "Revenue, average order and new customers count the sales credited to the member (a "
        "new customer with the member of its first purchase), growth compares revenue with "
        "the previous period (to date while the period runs); the team total includes its "
        "sub-teams. Lost and current accounts count the customers the member owned at the "
        "end of the period. Goal attainment: the goals owned by the member or team whose "
        "dates overlap the period, actual from the goal's start to the end of the period "
        "divided by its target (the mean of several goals)."
    ): (
        "Выручка, средний чек и новые клиенты — по продажам, закреплённым за сотрудником"
        " (новый клиент — за сотрудником его первой покупки), рост — выручки к предыдущему"
        " периоду (у незавершённого периода — за те же дни); итог команды включает её"
        " подкоманды. Потерянные и текущие клиенты — среди клиентов, которых сотрудник вёл на"
        " конец периода. Выполнение целей: цели сотрудника или команды, сроки которых"
        " пересекаются с периодом; факт с начала цели до конца периода, делённый на целевое"
        " значение (среднее, если целей несколько)."
    ),
}

PLURALS = {
    "{attainment} ({n} goal)": (
        "{attainment} ({n} цель)",
        "{attainment} ({n} цели)",
        "{attainment} ({n} целей)",
    ),
}
